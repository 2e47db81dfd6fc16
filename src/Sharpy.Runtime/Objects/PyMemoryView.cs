using System.Buffers.Binary;

namespace Sharpy.Runtime.Objects;

/// <summary>
/// A one-dimensional <c>memoryview</c> over a <see cref="PyBytes"/> (read-only) or <see cref="PyByteArray"/>
/// (writable, writes go through to the bytearray). Items are <see cref="ItemSize"/> bytes, laid out from
/// byte offset <see cref="Start"/> every <see cref="Stride"/> bytes (negative for reversed slices).
/// </summary>
public sealed class PyMemoryView : PyObject
{
    public readonly PyObject Obj;
    public readonly long Start;
    public readonly long Count;
    public readonly long Stride;
    public readonly string Format;
    public readonly int ItemSize;
    public readonly bool ReadOnly;
    public bool Released { get; private set; }
    internal long? CachedHash;

    public PyMemoryView(PyType type, PyObject obj, long start, long count, long stride, string format, bool readOnly) : base(type)
    {
        Obj = obj;
        Start = start;
        Count = count;
        Stride = stride;
        Format = format;
        ItemSize = ItemSizeOf(format);
        ReadOnly = readOnly;
    }

    /// <summary>A view of a whole bytes-like object, or null when <paramref name="obj"/> has no buffer.</summary>
    public static PyMemoryView? Over(PyType type, PyObject obj) => obj switch
    {
        PyBytes b => new PyMemoryView(type, b, 0, b.Value.Length, 1, "B", true),
        PyByteArray ba => new PyMemoryView(type, ba, 0, ba.Value.Count, 1, "B", false),
        PyMemoryView mv => mv.Released ? throw ReleasedError() : new PyMemoryView(type, mv.Obj, mv.Start, mv.Count, mv.Stride, mv.Format, mv.ReadOnly),
        _ => null,
    };

    public static PythonException ReleasedError() => new(PyExc.ValueError("operation forbidden on released memoryview object"));

    public void CheckReleased()
    {
        if (Released) throw ReleasedError();
    }

    public void Release() => Released = true;

    public long NBytes => Count * ItemSize;
    public bool IsContiguous => Count <= 1 || Stride == ItemSize;

    /// <summary>Item sizes of the native single-character struct formats memoryview supports.</summary>
    public static int ItemSizeOf(string format) => format switch
    {
        "B" or "b" or "c" or "?" => 1,
        "H" or "h" or "e" => 2,
        "I" or "i" or "f" => 4,
        "L" or "l" or "Q" or "q" or "d" or "N" or "n" or "P" => 8,
        _ => 0,
    };

    private byte RawAt(long pos) => Obj switch
    {
        PyBytes b => b.Value[pos],
        PyByteArray ba => pos < ba.Value.Count ? ba.Value[(int)pos] : (byte)0,
        _ => 0,
    };

    private void SetRaw(long pos, byte v)
    {
        if (Obj is PyByteArray ba && pos < ba.Value.Count) ba.Value[(int)pos] = v;
    }

    /// <summary>The bytes of item <paramref name="i"/> (0 &lt;= i &lt; Count).</summary>
    public byte[] ItemBytes(long i)
    {
        var r = new byte[ItemSize];
        long p = Start + i * Stride;
        for (int k = 0; k < ItemSize; k++) r[k] = RawAt(p + k);
        return r;
    }

    public void SetItemBytes(long i, ReadOnlySpan<byte> bytes)
    {
        long p = Start + i * Stride;
        for (int k = 0; k < ItemSize; k++) SetRaw(p + k, bytes[k]);
    }

    /// <summary>memoryview.tobytes(): the items' bytes in logical order.</summary>
    public byte[] ToBytes()
    {
        CheckReleased();
        var r = new byte[NBytes];
        for (long i = 0; i < Count; i++)
        {
            long p = Start + i * Stride;
            for (int k = 0; k < ItemSize; k++) r[i * ItemSize + k] = RawAt(p + k);
        }
        return r;
    }

    /// <summary>Item <paramref name="i"/> unpacked as struct would (native little-endian layout).</summary>
    public PyObject Unpack(long i)
    {
        var b = ItemBytes(i);
        return Format switch
        {
            "B" => PyInt.From(b[0]),
            "b" => PyInt.From((sbyte)b[0]),
            "c" => new PyBytes([b[0]]),
            "?" => Py.Bool(b[0] != 0),
            "H" => PyInt.From(BinaryPrimitives.ReadUInt16LittleEndian(b)),
            "h" => PyInt.From(BinaryPrimitives.ReadInt16LittleEndian(b)),
            "I" => PyInt.From(BinaryPrimitives.ReadUInt32LittleEndian(b)),
            "i" => PyInt.From(BinaryPrimitives.ReadInt32LittleEndian(b)),
            "L" or "Q" or "N" or "P" => PyInt.From(new System.Numerics.BigInteger(BinaryPrimitives.ReadUInt64LittleEndian(b))),
            "l" or "q" or "n" => PyInt.From(BinaryPrimitives.ReadInt64LittleEndian(b)),
            "e" => new PyFloat((double)BinaryPrimitives.ReadHalfLittleEndian(b)),
            "f" => new PyFloat(BinaryPrimitives.ReadSingleLittleEndian(b)),
            "d" => new PyFloat(BinaryPrimitives.ReadDoubleLittleEndian(b)),
            _ => throw new PythonException(PyExc.NotImplementedError($"memoryview: format {Format} not supported")),
        };
    }

    /// <summary>Packs <paramref name="v"/> into item <paramref name="i"/>, with memoryview's errors.</summary>
    public void Pack(long i, PyObject v)
    {
        var b = new byte[ItemSize];
        PythonException Invalid(string what) => new(PyExc.ValueError($"memoryview: invalid value for format '{Format}'"));
        PythonException WrongType() => new(PyExc.TypeError($"memoryview: invalid type for format '{Format}'"));
        switch (Format)
        {
            case "c":
                if (v is not PyBytes cb || cb.Value.Length != 1) throw v is PyBytes ? Invalid("c") : WrongType();
                b[0] = cb.Value[0];
                break;
            case "?":
                b[0] = Ops.IsTrue(v) ? (byte)1 : (byte)0;
                break;
            case "f" or "d" or "e":
                if (v is not PyFloat && v is not PyInt && v.Type.Lookup("__float__") == null) throw WrongType();
                double d = Ops.ToDouble(v);
                if (Format == "d") BinaryPrimitives.WriteDoubleLittleEndian(b, d);
                else if (Format == "f") BinaryPrimitives.WriteSingleLittleEndian(b, (float)d);
                else BinaryPrimitives.WriteHalfLittleEndian(b, (Half)d);
                break;
            default:
                if (v is not PyInt && v.Type.Lookup("__index__") == null) throw WrongType();
                var n = Ops.Index(v).AsBig;
                bool signed = Format is "b" or "h" or "i" or "l" or "q" or "n";
                int bits = ItemSize * 8;
                var min = signed ? -(System.Numerics.BigInteger.One << (bits - 1)) : System.Numerics.BigInteger.Zero;
                var max = signed ? (System.Numerics.BigInteger.One << (bits - 1)) - 1 : (System.Numerics.BigInteger.One << bits) - 1;
                if (n < min || n > max) throw Invalid(Format);
                ulong u = (ulong)(n & ulong.MaxValue);
                for (int k = 0; k < ItemSize; k++) b[k] = (byte)(u >> (8 * k));
                break;
        }
        SetItemBytes(i, b);
    }
}
