using System.Numerics;
using Sharpy.Bytecode.Code;
using Sharpy.Bytecode.Marshal;

namespace Sharpy.Bytecode.Tests.Marshal;

public sealed class MarshalRoundTripTests
{
    public static TheoryData<string> ConstantNames => new(TestCode.Rich().Consts.Select((_, i) => i.ToString()));

    [Fact]
    public void RichCodeObjectRoundTripsStructurallyAndByteForByte()
    {
        var code = TestCode.Rich();
        byte[] bytes = MarshalWriter.Serialize(code);
        var back = MarshalReader.DeserializeCode(bytes);
        Assert.True(ConstEquality.AreEqual(code, back));
        Assert.Equal(bytes, MarshalWriter.Serialize(back));
    }

    [Fact]
    public void EveryConstantRoundTripsAlone()
    {
        foreach (var value in TestCode.Rich().Consts)
        {
            byte[] bytes = MarshalWriter.Serialize(value);
            var back = MarshalReader.Deserialize(bytes);
            Assert.True(ConstEquality.AreEqual(value, back), $"constant {value} did not round-trip");
            Assert.Equal(bytes, MarshalWriter.Serialize(back));
        }
    }

    [Fact]
    public void SerializationIsDeterministic()
    {
        Assert.Equal(MarshalWriter.Serialize(TestCode.Rich()), MarshalWriter.Serialize(TestCode.Rich()));
    }

    [Fact]
    public void RepeatedStringsAreWrittenOnceThenReferenced()
    {
        byte[] bytes = MarshalWriter.Serialize(new ConstTuple(["spam", "spam", "spam"]));
        // ')' count 3, 'z'|0x80 len 4 "spam", then two refs 'r' + int32 0.
        Assert.Equal(new byte[] { (byte)')', 3, (byte)'z' | 0x80, 4, (byte)'s', (byte)'p', (byte)'a', (byte)'m',
            (byte)'r', 0, 0, 0, 0, (byte)'r', 0, 0, 0, 0 }, bytes);
    }

    [Theory]
    [InlineData(0, "69 00 00 00 00")]
    [InlineData(-1, "69 FF FF FF FF")]
    public void SmallIntsUseInt32Form(int value, string hex)
    {
        Assert.Equal(hex, BitConverter.ToString(MarshalWriter.Serialize(new BigInteger(value))).Replace('-', ' '));
    }

    [Fact]
    public void BigIntUsesMinimalTwosComplement()
    {
        Assert.Equal("6C-06-00-00-00-00-00-00-00-80-00",
            BitConverter.ToString(MarshalWriter.Serialize(BigInteger.One << 39)));
        Assert.Equal("6C-05-00-00-00-FF-FF-FF-7F-FF",
            BitConverter.ToString(MarshalWriter.Serialize(new BigInteger(int.MinValue) - 1)));
    }

    [Fact]
    public void UnsupportedValuesAreRejectedByTheWriter()
    {
        Assert.Throws<MarshalWriteException>(() => MarshalWriter.Serialize(new object()));
        Assert.Throws<MarshalWriteException>(() => MarshalWriter.Serialize(42));
    }

    [Fact]
    public void DeepNestingFailsCleanlyOnBothSides()
    {
        object? value = BigInteger.One;
        for (int i = 0; i < 5000; i++) value = new ConstTuple([value]);
        Assert.Throws<MarshalWriteException>(() => MarshalWriter.Serialize(value));

        // Hand-built: 5000 nested 1-tuples.
        var data = new byte[5000 * 2 + 1];
        for (int i = 0; i < 5000; i++) { data[2 * i] = (byte)')'; data[2 * i + 1] = 1; }
        data[^1] = (byte)'N';
        Assert.Throws<InvalidPycException>(() => MarshalReader.Deserialize(data));
    }

    [Fact]
    public void WriterAndReaderAgreeOnTheDepthLimit()
    {
        object? atLimit = null;
        for (int i = 0; i < 1999; i++) atLimit = new ConstTuple([atLimit]);
        byte[] bytes = MarshalWriter.Serialize(atLimit); // depth 2000 counting the leaf
        Assert.Equal(bytes, MarshalWriter.Serialize(MarshalReader.Deserialize(bytes)));
        Assert.Throws<MarshalWriteException>(() => MarshalWriter.Serialize(new ConstTuple([atLimit])));
        byte[] deeper = [(byte)')', 1, .. bytes];
        Assert.Throws<InvalidPycException>(() => MarshalReader.Deserialize(deeper));
    }

    [Fact]
    public void NestingAtTheLimitStillWorks()
    {
        object? value = null;
        for (int i = 0; i < 1000; i++) value = new ConstTuple([value]);
        byte[] bytes = MarshalWriter.Serialize(value);
        Assert.Equal(bytes, MarshalWriter.Serialize(MarshalReader.Deserialize(bytes)));
    }
}
