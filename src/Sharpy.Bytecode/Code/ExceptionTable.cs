namespace Sharpy.Bytecode.Code;

/// <summary>
/// One handler range: an exception raised by an instruction at code-unit index i with
/// <c>Start &lt;= i &lt; End</c> pops the value stack down to <see cref="Depth"/>, pushes the offending
/// instruction's index as an int when <see cref="PushLasti"/> is set, pushes the exception and jumps to
/// <see cref="Target"/>. All positions are code-unit indexes (byte offset / 2).
/// </summary>
public readonly record struct ExceptionTableEntry(int Start, int End, int Target, int Depth, bool PushLasti);

/// <summary>
/// Encoder and decoder of <see cref="CodeObject.ExceptionTable"/>. Format (docs/bytecode.md): a
/// sequence of entries sorted by <c>Start</c>, non-overlapping, each as five unsigned LEB128 varints:
/// <c>start</c>, <c>end - start</c>, <c>target</c>, <c>depth</c>, <c>lasti</c> (0 or 1).
/// </summary>
public static class ExceptionTable
{
    public static byte[] Encode(IReadOnlyList<ExceptionTableEntry> entries)
    {
        var output = new List<byte>(entries.Count * 5);
        foreach (var entry in entries)
        {
            Varint.Write(output, (uint)entry.Start);
            Varint.Write(output, (uint)(entry.End - entry.Start));
            Varint.Write(output, (uint)entry.Target);
            Varint.Write(output, (uint)entry.Depth);
            Varint.Write(output, entry.PushLasti ? 1u : 0u);
        }
        return output.ToArray();
    }

    /// <summary>Decodes the whole table. Malformed input throws <see cref="FormatException"/>.</summary>
    public static ExceptionTableEntry[] Decode(ReadOnlySpan<byte> table)
    {
        var entries = new List<ExceptionTableEntry>();
        int position = 0;
        while (position < table.Length)
        {
            int start = Varint.ReadInt(table, ref position);
            int length = Varint.ReadInt(table, ref position);
            int target = Varint.ReadInt(table, ref position);
            int depth = Varint.ReadInt(table, ref position);
            int lasti = Varint.ReadInt(table, ref position);
            entries.Add(new ExceptionTableEntry(start, checked(start + length), target, depth, lasti != 0));
        }
        return entries.ToArray();
    }

    /// <summary>The handler covering instruction <paramref name="index"/>, or null. Entries are sorted, so binary search.</summary>
    public static ExceptionTableEntry? Find(ExceptionTableEntry[] entries, int index)
    {
        int low = 0, high = entries.Length - 1;
        while (low <= high)
        {
            int middle = (low + high) >>> 1;
            var entry = entries[middle];
            if (index < entry.Start) high = middle - 1;
            else if (index >= entry.End) low = middle + 1;
            else return entry;
        }
        return null;
    }
}

/// <summary>Unsigned LEB128 helpers shared by the exception and location tables.</summary>
public static class Varint
{
    public static void Write(List<byte> output, uint value)
    {
        while (value >= 0x80)
        {
            output.Add((byte)(value | 0x80));
            value >>= 7;
        }
        output.Add((byte)value);
    }

    public static void WriteSigned(List<byte> output, int value) => Write(output, (uint)((value << 1) ^ (value >> 31)));

    public static uint Read(ReadOnlySpan<byte> input, ref int position)
    {
        uint result = 0;
        for (int shift = 0; shift < 35; shift += 7)
        {
            if (position >= input.Length) throw new FormatException("truncated varint");
            byte b = input[position++];
            result |= (uint)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return result;
        }
        throw new FormatException("varint too long");
    }

    public static int ReadInt(ReadOnlySpan<byte> input, ref int position)
    {
        uint value = Read(input, ref position);
        if (value > int.MaxValue) throw new FormatException("varint out of range");
        return (int)value;
    }

    public static int ReadSigned(ReadOnlySpan<byte> input, ref int position)
    {
        uint value = Read(input, ref position);
        return (int)(value >> 1) ^ -(int)(value & 1);
    }
}
