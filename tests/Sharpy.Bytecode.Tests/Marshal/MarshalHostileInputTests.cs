using Sharpy.Bytecode.Marshal;

namespace Sharpy.Bytecode.Tests.Marshal;

public sealed class MarshalHostileInputTests
{
    [Theory]
    [InlineData("")]                          // nothing
    [InlineData("FF")]                        // unknown type code
    [InlineData("69 01 02")]                  // truncated int32
    [InlineData("73 FF FF FF 7F 00")]         // bytes length far beyond the input
    [InlineData("73 FF FF FF FF")]            // negative length
    [InlineData("28 FF FF FF 7F")]            // huge tuple count
    [InlineData("3E 10 00 00 00 4E")]         // frozenset count beyond the input
    [InlineData("29 02 4E")]                  // small tuple missing an item
    [InlineData("7A 01 41")]                  // string without the reference flag
    [InlineData("FA 01 C3")]                  // non-ASCII byte in ASCII string
    [InlineData("E1 01 00 00 00 41")]         // long ASCII form for a short string
    [InlineData("F5 01 00 00 00 41")]         // unicode form for an ASCII string
    [InlineData("F5 02 00 00 00 C1 81")]      // overlong UTF-8
    [InlineData("72 00 00 00 00")]            // reference before any string
    [InlineData("29 02 FA 01 41 FA 01 41")]   // repeated string not written as a reference
    [InlineData("6C 01 00 00 00 05")]         // long form for a small int
    [InlineData("6C 06 00 00 00 00 00 00 00 80 00 00")] // trailing data / non-minimal
    [InlineData("4E 4E")]                     // trailing data
    [InlineData("CE")]                        // reference flag on None
    [InlineData("28 01 00 00 00 4E")]         // long tuple form for a small tuple
    [InlineData("63 FF FF FF FF")]            // negative argcount
    [InlineData("63 00 00 00 00")]            // truncated code object
    public void MalformedDataIsRejectedWithInvalidPycException(string hex)
    {
        byte[] data = hex.Length == 0 ? [] : Convert.FromHexString(hex.Replace(" ", ""));
        Assert.Throws<InvalidPycException>(() => MarshalReader.Deserialize(data));
    }

    [Fact]
    public void NonCodeTopLevelIsRejectedForCode()
    {
        Assert.Throws<InvalidPycException>(() => MarshalReader.DeserializeCode(new byte[] { (byte)'N' }));
    }

    [Fact]
    public void EveryTruncationOfAValidStreamIsRejected()
    {
        byte[] bytes = MarshalWriter.Serialize(TestCode.Rich());
        for (int length = 0; length < bytes.Length; length++)
            Assert.Throws<InvalidPycException>(() => MarshalReader.Deserialize(bytes.AsMemory(0, length)));
    }
}
