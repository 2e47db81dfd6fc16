using System.Buffers.Binary;
using System.Numerics;

namespace Sharpy.Bytecode.Pyc;

/// <summary>CRC-32C (Castagnoli), the checksum of Sharpy's pyc bodies. BitOperations.Crc32C uses the
/// SSE4.2/ARM instruction when available and a table otherwise.</summary>
internal static class Crc32C
{
    public static uint Compute(ReadOnlySpan<byte> data, uint crc = 0)
    {
        uint state = ~crc;
        int i = 0;
        for (; i + 8 <= data.Length; i += 8)
            state = BitOperations.Crc32C(state, BinaryPrimitives.ReadUInt64LittleEndian(data.Slice(i, 8)));
        for (; i < data.Length; i++)
            state = BitOperations.Crc32C(state, data[i]);
        return ~state;
    }
}
