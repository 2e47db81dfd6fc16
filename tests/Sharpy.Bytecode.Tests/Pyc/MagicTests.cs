using Sharpy.Bytecode.Pyc;

namespace Sharpy.Bytecode.Tests.Pyc;

public sealed class MagicTests
{
    [Fact]
    public void CurrentMagicIsTheLastLedgerEntry()
    {
        var last = MagicLedger.Entries[^1];
        string current = $"new({PycMagic.Number}, {PycMagic.SerializerVersion}, \"{PycMagic.Fingerprint[..16]}\", \"<what changed>\"),";
        Assert.True(last.Magic == PycMagic.Number && last.SerializerVersion == PycMagic.SerializerVersion
                    && PycMagic.Fingerprint.StartsWith(last.FingerprintPrefix, StringComparison.Ordinal)
                    && last.FingerprintPrefix.Length == 16,
            "The instruction set or serializer version changed: append this line to MagicLedger.Entries " +
            $"(src/Sharpy.Bytecode/Pyc/MagicLedger.cs) and to the ledger in docs/pyc-format.md:\n{current}");
    }

    [Fact]
    public void LedgerMagicsAreUniqueAndInSharpysRange()
    {
        var magics = MagicLedger.Entries.Select(e => e.Magic).ToList();
        Assert.Equal(magics.Count, magics.Distinct().Count());
        Assert.All(magics, m => Assert.InRange(m, PycMagic.RangeStart, PycMagic.RangeEnd - 1));
    }

    [Fact]
    public void MagicBytesEndWithCrLfAndNeverMatchCPython()
    {
        var bytes = PycMagic.Bytes.ToArray();
        Assert.Equal(PycMagic.Number, bytes[0] | (bytes[1] << 8));
        Assert.Equal(new byte[] { 13, 10 }, bytes[2..]);
        Assert.True(PycMagic.Number >= 4000, "CPython's magics are below 4000");
        Assert.Equal(BitConverter.ToUInt32(bytes), PycMagic.RawNumber);
    }

    [Fact]
    public void DerivationDependsOnFingerprintAndVersion()
    {
        ushort a = PycMagic.Derive(PycMagic.Fingerprint, 1);
        Assert.Equal(a, PycMagic.Derive(PycMagic.Fingerprint, 1));
        Assert.NotEqual(a, PycMagic.Derive(PycMagic.Fingerprint, 2));
        Assert.NotEqual(a, PycMagic.Derive("0" + PycMagic.Fingerprint[1..], 1));
    }

    [Fact]
    public void FingerprintCoversOpcodeNames()
    {
        Assert.Contains("LOAD_CONST", PycMagic.FingerprintText());
    }
}
