using Sharpy.Bytecode.Marshal;

namespace Sharpy.Bytecode.Tests.Marshal;

public sealed class Wtf8Tests
{
    [Fact]
    public void RandomUtf16StringsRoundTripIncludingLoneSurrogates()
    {
        var random = new Random(7);
        char[] alphabet = ['a', 'é', '€', '\ud800', '\udc00', '\udbff', '\udfff', '\0', '\u007f', '\u0080', '\u07ff', '\u0800', '\uffff'];
        for (int i = 0; i < 2000; i++)
        {
            string text = new(Enumerable.Range(0, random.Next(12)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            Assert.Equal(text, Wtf8.Decode(Wtf8.Encode(text)));
        }
    }

    [Fact]
    public void SurrogatePairIsOneFourByteSequenceAsUtf8()
    {
        Assert.Equal(new byte[] { 0xF0, 0x9F, 0x98, 0x80 }, Wtf8.Encode("😀"));
        Assert.Equal(new byte[] { 0xED, 0xB2, 0x80 }, Wtf8.Encode("\udc80")); // CPython's surrogatepass bytes
    }
}
