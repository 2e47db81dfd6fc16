using Sharpy.Bytecode.Code;
using Sharpy.Bytecode.Disassembly;
using Sharpy.Bytecode.Marshal;

namespace Sharpy.Bytecode.Tests.Marshal;

/// <summary>
/// '\ud834\udd1e' (two code points) and '\U0001d11e' (one) must stay apart through marshal. Expected bytes
/// from python3.11: marshal.dumps('\ud834\udd1e') == f5 06 00 00 00 ed a0 b4 ed b4 9e (surrogatepass UTF-8)
/// and marshal.dumps('\U0001d11e') == f5 04 00 00 00 f0 9d 84 9e.
/// </summary>
public sealed class SplitSurrogateMarshalTests
{
    private static readonly ConstCodePointString Split = new("\ud834\udd1e", [1]);

    [Fact]
    public void SplitPairIsTwoThreeByteSequencesLikeCPython()
    {
        Assert.Equal("F5-06-00-00-00-ED-A0-B4-ED-B4-9E", BitConverter.ToString(MarshalWriter.Serialize(Split)));
        Assert.Equal("F5-04-00-00-00-F0-9D-84-9E", BitConverter.ToString(MarshalWriter.Serialize("\U0001d11e")));
    }

    [Fact]
    public void SplitPairRoundTripsAndStaysDistinctFromTheAstralCharacter()
    {
        var tuple = new ConstTuple(["\U0001d11e", Split, Split, "\U0001d11e", new ConstCodePointString("a\U0001d11e\ud834\udd1e", [4])]);
        byte[] bytes = MarshalWriter.Serialize(tuple);
        var back = Assert.IsType<ConstTuple>(MarshalReader.Deserialize(bytes));
        Assert.Equal("\U0001d11e", Assert.IsType<string>(back.Items[0]));
        Assert.Equal(Split, Assert.IsType<ConstCodePointString>(back.Items[1]));
        Assert.Same(back.Items[1], back.Items[2]); // the repeat is a reference
        Assert.Equal("\U0001d11e", back.Items[3]);
        var mixed = Assert.IsType<ConstCodePointString>(back.Items[4]);
        Assert.Equal(new[] { 'a', 0x1D11E, 0xD834, 0xDD1E }, mixed.ToCodePoints());
        Assert.Equal(bytes, MarshalWriter.Serialize(back));
    }

    [Fact]
    public void RepeatedSplitStringNotWrittenAsReferenceIsRejected()
    {
        byte[] one = MarshalWriter.Serialize(Split);
        byte[] data = [(byte)')', 2, .. one, .. one];
        Assert.Throws<InvalidPycException>(() => MarshalReader.Deserialize(data));
    }

    [Fact]
    public void CodePointsAndEquality()
    {
        Assert.Equal(new[] { 0xD834, 0xDD1E }, Split.ToCodePoints());
        Assert.Equal(Split, new ConstCodePointString("\ud834\udd1e", [1]));
        Assert.False(Split.Equals("\U0001d11e"));
        Assert.Equal("\ud834\udd1e", ConstCodePointString.Create("\ud834\udd1e", null));
        Assert.True(Constants.IsValid(Split));
    }

    [Fact]
    public void ReprMatchesCPython()
    {
        Assert.Equal(@"'\ud834\udd1e'", ConstantRepr.Repr(Split));
        Assert.Equal("'\U0001d11e'", ConstantRepr.Repr("\U0001d11e"));
    }

    [Fact]
    public void CodeObjectConstantsKeepTheDistinction()
    {
        var code = TestCode.Make(consts: ["\U0001d11e", Split, null]);
        var back = MarshalReader.DeserializeCode(MarshalWriter.Serialize(code));
        Assert.IsType<string>(back.Consts[0]);
        Assert.IsType<ConstCodePointString>(back.Consts[1]);
    }
}
