using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace Sharpy.Bytecode.Marshal;

/// <summary>
/// Process-wide cache of short ASCII strings read by <see cref="MarshalReader"/>: names, attribute and
/// module names repeat across code objects and loads, so a load mostly finds its strings here instead of
/// allocating them (what CPython's interning does for its marshal). Two-way set associative (a colliding string
/// evicts the older of its pair); slots are written with single reference stores, so concurrent readers at
/// worst miss the cache. Memory stays bounded: <see cref="Slots"/> strings of at most 255 characters.
/// </summary>
internal static class StringCache
{
    private const int Slots = 1 << 15;
    private static readonly string?[] Entries = new string?[Slots];
    // Long ASCII strings (docstrings, mostly): fewer slots, and only up to MaxLongLength characters, so the
    // cache pins at most LongSlots * MaxLongLength characters (and usually only strings that live on in
    // loaded code objects anyway).
    private const int LongSlots = 1 << 11;
    private const int MaxLongLength = 1 << 14;
    private static readonly string?[] LongEntries = new string?[LongSlots];

    /// <summary>The string for the ASCII bytes <paramref name="ascii"/> whose <see cref="Hash"/> is <paramref name="hash"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string GetAscii(ReadOnlySpan<byte> ascii, uint hash)
    {
        if (ascii.Length == 0) return "";
        // Two-way set associative: a pair of slots per hash, the newest string first.
        int slot = (int)hash & (Slots - 2);
        string?[] entries = Entries;
        string? first = entries[slot];
        if (first != null && first.Length == ascii.Length && Ascii.Equals(ascii, first)) return first;
        string? second = entries[slot + 1];
        if (second != null && second.Length == ascii.Length && Ascii.Equals(ascii, second)) return second;
        string created = Encoding.ASCII.GetString(ascii);
        entries[slot + 1] = first;
        entries[slot] = created;
        return created;
    }

    /// <summary>The string for long ASCII bytes (256 characters or more).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string GetLongAscii(ReadOnlySpan<byte> ascii)
    {
        if (ascii.Length > MaxLongLength) return Encoding.ASCII.GetString(ascii);
        int slot = (int)Hash(ascii) & (LongSlots - 1);
        string? entry = LongEntries[slot];
        if (entry != null && entry.Length == ascii.Length && Ascii.Equals(ascii, entry)) return entry;
        string created = Encoding.ASCII.GetString(ascii);
        LongEntries[slot] = created;
        return created;
    }

    /// <summary>A fast non-cryptographic hash of a short byte string (8 bytes per step).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static uint Hash(ReadOnlySpan<byte> bytes)
    {
        ulong h = (ulong)bytes.Length * 0x9E3779B97F4A7C15UL;
        int i = 0;
        for (; i + 8 <= bytes.Length; i += 8)
            h = (BitOperations.RotateLeft(h, 23) ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes.Slice(i, 8))) * 0x9E3779B97F4A7C15UL;
        if (i < bytes.Length)
        {
            ulong tail = 0;
            for (int k = bytes.Length - 1; k >= i; k--) tail = (tail << 8) | bytes[k];
            h = (BitOperations.RotateLeft(h, 23) ^ tail) * 0x9E3779B97F4A7C15UL;
        }
        return (uint)(h >> 32) ^ (uint)h;
    }
}
