using System.Buffers.Binary;

namespace Sharpy.Bytecode.Pyc;

/// <summary>
/// importlib.util.source_hash: SipHash-1-3 of the source bytes keyed with (raw magic, 0), as 8 bytes
/// little-endian. Sharpy keys it with its own magic (<see cref="PycMagic.RawNumber"/>), so hashes
/// change whenever the magic does, exactly as CPython's do.
/// </summary>
// CPython 3.11: Python/import.c _imp_source_hash_impl
public static class SourceHash
{
    /// <summary>The hash as the 8 header bytes (little-endian).</summary>
    public static byte[] Compute(ReadOnlySpan<byte> source) => Compute(PycMagic.RawNumber, source);

    /// <summary>The algorithm with an explicit key (tests check it against CPython's magic).</summary>
    public static byte[] Compute(ulong key, ReadOnlySpan<byte> source)
    {
        var result = new byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(result, SipHash13.Hash(key, 0, source));
        return result;
    }

    /// <summary>The hash as a number (the header's 8 bytes read little-endian).</summary>
    public static ulong ComputeValue(ReadOnlySpan<byte> source) => SipHash13.Hash(PycMagic.RawNumber, 0, source);
}
