using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Struct;

/// <summary>How a format's items are laid out: native ('@': x86-64 sizes and alignment) or standard sizes
/// in little- ('<', '=') or big-endian ('>', '!') order.</summary>
internal enum ByteOrder { Native, Little, Big }

/// <summary>One run of a format: <see cref="Repeat"/> items of <see cref="Code"/> at <see cref="Offset"/>
/// (for 's' and 'p' a single item of <see cref="Size"/> bytes, as CPython's formatcode).</summary>
internal readonly record struct StructItem(char Code, int Offset, int Size, int Repeat);

/// <summary>
/// A compiled struct format (CPython 3.11 Modules/_struct.c prepare_s): its items, total size and number of
/// values packed. Formats are parsed once and cached by <see cref="StructModule"/>.
/// </summary>
internal sealed class StructLayout
{
    public readonly string Format;
    public readonly ByteOrder Order;
    public readonly StructItem[] Items;
    public readonly long Size;
    public readonly int ValueCount;

    private StructLayout(string format, ByteOrder order, StructItem[] items, long size, int count)
    {
        Format = format;
        Order = order;
        Items = items;
        Size = size;
        ValueCount = count;
    }

    /// <summary>Item size of a code, or 0 when the code does not exist in this byte order.</summary>
    public static int ItemSize(char c, bool native) => c switch
    {
        'x' or 'c' or 'b' or 'B' or '?' or 's' or 'p' => 1,
        'h' or 'H' or 'e' => 2,
        'i' or 'I' or 'f' => 4,
        'l' or 'L' => native ? 8 : 4,
        'q' or 'Q' or 'd' => 8,
        'n' or 'N' or 'P' => native ? 8 : 0,
        _ => 0,
    };

    private static PythonException Error(string msg) => new(StructModule.Error(msg));

    private static bool IsCSpace(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r';

    public static StructLayout Compile(string format)
    {
        int end = format.Length;
        int i = 0;
        var order = ByteOrder.Native;
        if (end > 0)
        {
            switch (format[0])
            {
                case '@': i = 1; break;
                case '<' or '=': order = ByteOrder.Little; i = 1; break;   // '=' is little-endian on x86-64
                case '>' or '!': order = ByteOrder.Big; i = 1; break;
            }
        }
        bool native = order == ByteOrder.Native;
        var items = new List<StructItem>();
        long size = 0;
        int count = 0;
        while (i < end)
        {
            char c = format[i++];
            if (IsCSpace(c)) continue;
            long num = 1;
            if (c is >= '0' and <= '9')
            {
                num = c - '0';
                while (true)
                {
                    c = i < end ? format[i++] : '\0';
                    if (c is < '0' or > '9') break;
                    if (num > (long.MaxValue - (c - '0')) / 10) throw Error("total struct size too long");
                    num = num * 10 + (c - '0');
                }
                if (c == '\0') throw Error("repeat count given without format specifier");
            }
            int itemSize = ItemSize(c, native);
            if (itemSize == 0) throw Error("bad char in struct format");
            if (native && itemSize > 1 && c is not ('s' or 'p' or 'x' or 'c' or 'b' or 'B' or '?'))
                size = (size + itemSize - 1) / itemSize * itemSize;     // C alignment of the member
            if (num > (long.MaxValue - size) / itemSize) throw Error("total struct size too long");
            if (c is 's' or 'p')
            {
                items.Add(new StructItem(c, Clamp(size), Clamp(num), 1));
                count++;
            }
            else if (c != 'x' && num > 0)
            {
                items.Add(new StructItem(c, Clamp(size), itemSize, Clamp(num)));
                count += Clamp(num);
            }
            size += num * itemSize;
        }
        return new StructLayout(format, order, items.ToArray(), size, count);
    }

    // Offsets beyond 2 GiB only occur in formats too large to pack (the buffer cannot be allocated).
    private static int Clamp(long v) => v > int.MaxValue ? int.MaxValue : (int)v;

    /// <summary>The byte count as an allocatable length (a MemoryError past what .NET arrays hold).</summary>
    public int CheckedSize => Size <= Array.MaxLength ? (int)Size : throw new PythonException(new PyBaseException(PyExc.MemoryError));
}
