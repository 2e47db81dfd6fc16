using Sharpy.Bytecode.Code;
using Sharpy.Bytecode.Marshal;

namespace Sharpy.Bytecode.Tests.Marshal;

/// <summary>The reader reuses its tables per thread and caches short ASCII strings: loads must stay independent.</summary>
public sealed class MarshalReaderReuseTests
{
    [Fact]
    public void LoadsAfterAFailedLoadAreUnaffected()
    {
        byte[] good = MarshalWriter.Serialize(TestCode.Rich());
        var first = MarshalReader.DeserializeCode(good);
        // Fails half-way, after strings entered the reference table.
        Assert.Throws<InvalidPycException>(() => MarshalReader.Deserialize(good.AsMemory(0, good.Length / 2)));
        var second = MarshalReader.DeserializeCode(good);
        Assert.True(ConstEquality.AreEqual(first, second));
        Assert.Equal(good, MarshalWriter.Serialize(second));
    }

    [Fact]
    public void ReferencesNeverLeakFromAnEarlierLoad()
    {
        MarshalReader.Deserialize(MarshalWriter.Serialize(new ConstTuple(["spam", "eggs"])));
        // 'r' 0 without any string in this stream: the earlier load's table must not answer it.
        Assert.Throws<InvalidPycException>(() => MarshalReader.Deserialize(new byte[] { (byte)'r', 0, 0, 0, 0 }));
    }

    [Fact]
    public void CachedStringsAreEqualToFreshOnesAndCollisionsStayCorrect()
    {
        var strings = Enumerable.Range(0, 40_000).Select(i => "name_" + i).ToArray(); // more than the cache's slots
        var back = (ConstTuple)MarshalReader.Deserialize(MarshalWriter.Serialize(new ConstTuple(strings.Take(255).Cast<object?>().ToArray())))!;
        Assert.Equal(strings.Take(255), back.Items.Cast<string>());
        foreach (var chunk in strings.Chunk(255))
        {
            var items = (ConstTuple)MarshalReader.Deserialize(MarshalWriter.Serialize(new ConstTuple(chunk.Cast<object?>().ToArray())))!;
            Assert.Equal(chunk, items.Items.Cast<string>());
        }
    }

    [Fact]
    public void ManyStringsGrowTheSeenTableAndStillRejectDuplicates()
    {
        var strings = Enumerable.Range(0, 3000).Select(i => (object?)("s" + i)).ToArray();
        byte[] data = MarshalWriter.Serialize(new ConstTuple(strings));
        Assert.Equal(3000, ((ConstTuple)MarshalReader.Deserialize(data)!).Items.Length);
        // One more item: a full (non-reference) copy of the first string, after the table has grown.
        byte[] tampered = [.. data, .. MarshalWriter.Serialize("s0")];
        BitConverter.GetBytes(3001).CopyTo(tampered, 1);
        var error = Assert.Throws<InvalidPycException>(() => MarshalReader.Deserialize(tampered));
        Assert.Contains("repeated string", error.Message);
    }
}
