using System.Text;
using Sharpy.Bytecode.Pyc;

namespace Sharpy.Bytecode.Tests.Pyc;

public sealed class SourceHashTests
{
    private const ulong CPython311RawMagic = 0x0A0D0DA7;

    // Expected values from python3.11: importlib.util.source_hash(...).hex()
    [Theory]
    [InlineData("", "738d9cd5d5e87f73")]
    [InlineData("x = 1\n", "4c0372aa93f75252")]
    public void MatchesCPythonWithCPythonsKey(string source, string expectedHex)
    {
        Assert.Equal(expectedHex, Convert.ToHexStringLower(SourceHash.Compute(CPython311RawMagic, Encoding.UTF8.GetBytes(source))));
    }

    [Fact]
    public void MatchesCPythonForEveryLengthUpTo20()
    {
        string[] expected = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "source_hash.txt"));
        for (int length = 0; length < expected.Length; length++)
        {
            byte[] data = Enumerable.Range(0, length).Select(i => (byte)(i * 7 + 3)).ToArray();
            Assert.Equal(expected[length], Convert.ToHexStringLower(SourceHash.Compute(CPython311RawMagic, data)));
        }
    }

    [Fact]
    public void SharpysHashIsKeyedWithSharpysMagic()
    {
        byte[] data = Encoding.UTF8.GetBytes("x = 1\n");
        Assert.Equal(SourceHash.Compute(PycMagic.RawNumber, data), SourceHash.Compute(data));
        Assert.NotEqual(SourceHash.Compute(CPython311RawMagic, data), SourceHash.Compute(data));
    }
}
