using System.Buffers.Binary;
using System.Numerics;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Struct;

/// <summary>
/// Packs values into and unpacks them from the bytes of a <see cref="StructLayout"/>, with CPython 3.11's
/// errors. Which of CPython's packing routines handles a code decides its message: native ('@') codes use the
/// np_* routines; on a little-endian host standard '<'/'=' codes whose size equals the native one use them
/// too (all but 'l', 'L', '?', 'f', 'd'); big-endian codes use bp_* (and 'b', 'B', 'c' always np_*).
/// </summary>
internal static class StructCodec
{
    private static PythonException Error(string msg) => new(StructModule.Error(msg));

    public static void Pack(StructLayout layout, Span<byte> dst, ReadOnlySpan<PyObject> values)
    {
        int vi = 0;
        var order = layout.Order;
        foreach (var item in layout.Items)
        {
            if (item.Code is 's' or 'p')
            {
                PackBytes(item, dst.Slice(item.Offset, item.Size), values[vi++]);
                continue;
            }
            int pos = item.Offset;
            for (int r = 0; r < item.Repeat; r++, pos += item.Size)
            {
                var v = values[vi++];
                try
                {
                    PackOne(item.Code, order, dst.Slice(pos, item.Size), v);
                }
                catch (PythonException e) when (v is PyInt && e.Value.Type.IsSubtypeOf(PyExc.OverflowErrorType))
                {
                    // s_pack_internal: an int that overflows a C conversion reports this instead
                    throw Error("int too large to convert");
                }
            }
        }
    }

    private static void PackBytes(StructItem item, Span<byte> dst, PyObject v)
    {
        ReadOnlySpan<byte> data = v switch
        {
            PyBytes b => b.Value,
            PyByteArray ba => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(ba.Value),
            _ => throw Error($"argument for '{item.Code}' must be a bytes object"),
        };
        dst.Clear();
        if (item.Code == 's')
        {
            data[..Math.Min(data.Length, dst.Length)].CopyTo(dst);
            return;
        }
        if (dst.Length == 0) return;
        int n = Math.Min(data.Length, dst.Length - 1);
        data[..n].CopyTo(dst[1..]);
        dst[0] = (byte)Math.Min(n, 255);
    }

    private static void PackOne(char code, ByteOrder order, Span<byte> dst, PyObject v)
    {
        bool little = order != ByteOrder.Big;
        switch (code)
        {
            case 'c':
                if (v is not PyBytes cb || cb.Value.Length != 1) throw Error("char format requires a bytes object of length 1");
                dst[0] = cb.Value[0];
                return;
            case '?':
                dst[0] = Ops.IsTrue(v) ? (byte)1 : (byte)0;
                return;
            case 'e':
                PackHalf(dst, Double(v), little);
                return;
            case 'f':
            {
                double x = Double(v);
                float y = (float)x;
                if (order != ByteOrder.Native && float.IsInfinity(y) && !double.IsInfinity(x))
                    throw new PythonException(PyExc.OverflowError("float too large to pack with f format"));
                int bits = BitConverter.SingleToInt32Bits(y);
                if (little) BinaryPrimitives.WriteInt32LittleEndian(dst, bits); else BinaryPrimitives.WriteInt32BigEndian(dst, bits);
                return;
            }
            case 'd':
            {
                long bits = BitConverter.DoubleToInt64Bits(Double(v));
                if (little) BinaryPrimitives.WriteInt64LittleEndian(dst, bits); else BinaryPrimitives.WriteInt64BigEndian(dst, bits);
                return;
            }
            case 'P':
                WriteInt(dst, VoidPointer(v), little);
                return;
        }
        PackInteger(code, order, dst, v);
    }

    private static void PackInteger(char code, ByteOrder order, Span<byte> dst, PyObject v)
    {
        bool little = order != ByteOrder.Big;
        bool nativeRoutine = order == ByteOrder.Native || code is 'b' or 'B'
            || (order == ByteOrder.Little && code is not ('l' or 'L'));
        if (nativeRoutine)
        {
            long x;
            switch (code)
            {
                case 'b': x = AsLong(v); if (x is < -128 or > 127) throw Error("byte format requires -128 <= number <= 127"); break;
                case 'B': x = AsLong(v); if (x is < 0 or > 255) throw Error("ubyte format requires 0 <= number <= 255"); break;
                case 'h': x = AsLong(v); if (x is < short.MinValue or > short.MaxValue) throw Error("short format requires -32768 <= number <= 32767"); break;
                case 'H': x = AsLong(v); if (x is < 0 or > ushort.MaxValue) throw Error("ushort format requires 0 <= number <= 65535"); break;
                case 'i': x = AsLong(v); if (x is < int.MinValue or > int.MaxValue) throw RangeError(code, 4, false); break;
                case 'I': { ulong u = AsULong(v); if (u > uint.MaxValue) throw RangeError(code, 4, true); x = (long)u; break; }
                case 'l' or 'q' or 'n': x = AsLong(v); break;
                default: x = unchecked((long)AsULong(v)); break;     // 'L', 'Q', 'N'
            }
            WriteInt(dst, x, little);
            return;
        }
        // Standard-size routines (lp_*/bp_*): 'l'/'L' little; 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q' big.
        switch (code)
        {
            case 'h' or 'i' or 'l':
            {
                long x = AsLong(v);
                long lim = 1L << (dst.Length * 8 - 1);
                if (x < -lim || x >= lim) throw RangeError(code, dst.Length, false);
                WriteInt(dst, x, little);
                return;
            }
            case 'H' or 'I' or 'L':
            {
                ulong x = AsULong(v);
                if (x >= 1UL << (dst.Length * 8)) throw RangeError(code, dst.Length, true);
                WriteInt(dst, unchecked((long)x), little);
                return;
            }
            default:
            {
                // bp_longlong / bp_ulonglong: _PyLong_AsByteArray's OverflowErrors
                var big = PyLongOf(v).AsBig;
                if (code == 'Q' && big.Sign < 0) throw new PythonException(PyExc.OverflowError("can't convert negative int to unsigned"));
                if (code == 'q' ? big < long.MinValue || big > long.MaxValue : big > ulong.MaxValue)
                    throw new PythonException(PyExc.OverflowError("int too big to convert"));
                WriteInt(dst, code == 'q' ? (long)big : unchecked((long)(ulong)big), little);
                return;
            }
        }
    }

    // _range_error: the limits of a field of `size` bytes.
    private static PythonException RangeError(char code, int size, bool unsigned)
    {
        ulong largest = ulong.MaxValue >> ((8 - size) * 8);
        return unsigned
            ? Error($"'{code}' format requires 0 <= number <= {largest}")
            : Error($"'{code}' format requires {~(long)(largest >> 1)} <= number <= {(long)(largest >> 1)}");
    }

    private static void WriteInt(Span<byte> dst, long x, bool little)
    {
        int n = dst.Length;
        for (int k = 0; k < n; k++)
        {
            dst[little ? k : n - 1 - k] = unchecked((byte)x);
            x >>= 8;
        }
    }

    /// <summary>get_pylong: an int, or the result of __index__; anything else is a struct.error.</summary>
    private static PyInt PyLongOf(PyObject v)
    {
        if (v is PyInt i) return i;
        if (v.Type.Lookup("__index__") == null) throw Error("required argument is not an integer");
        return Ops.Index(v);
    }

    private static long AsLong(PyObject v)
    {
        var i = PyLongOf(v);
        if (i.IsBig) throw Error("argument out of range");
        return i.Value;
    }

    private static ulong AsULong(PyObject v)
    {
        var i = PyLongOf(v);
        if (!i.IsBig) return i.Value >= 0 ? (ulong)i.Value : throw Error("argument out of range");
        var b = i.AsBig;
        if (b.Sign < 0 || b > ulong.MaxValue) throw Error("argument out of range");
        return (ulong)b;
    }

    // np_void_p: PyLong_AsVoidPtr reads a negative value as a C long and others as an unsigned long.
    private static long VoidPointer(PyObject v)
    {
        var i = PyLongOf(v);
        if (!i.IsBig) return i.Value;
        var b = i.AsBig;
        if (b.Sign < 0) throw new PythonException(PyExc.OverflowError("Python int too large to convert to C long"));
        if (b > ulong.MaxValue) throw new PythonException(PyExc.OverflowError("Python int too large to convert to C unsigned long"));
        return unchecked((long)(ulong)b);
    }

    /// <summary>PyFloat_AsDouble, any failure reported as struct.error.</summary>
    private static double Double(PyObject v)
    {
        if (v is PyFloat f) return f.Value;
        try { return Ops.ToDouble(v); }
        catch (PythonException) { throw Error("required argument is not a float"); }
    }

    // PyFloat_Pack2: nearest half, ties to even (the .NET conversion rounds the same way); finite values
    // that round to infinity overflow; a NaN becomes the quiet NaN of its sign.
    private static void PackHalf(Span<byte> dst, double x, bool little)
    {
        ushort bits;
        bool negative = BitConverter.DoubleToInt64Bits(x) < 0;
        if (double.IsNaN(x)) bits = (ushort)(negative ? 0xfe00 : 0x7e00);
        else
        {
            var h = (Half)x;
            if (Half.IsInfinity(h) && !double.IsInfinity(x))
                throw new PythonException(PyExc.OverflowError("float too large to pack with e format"));
            bits = BitConverter.HalfToUInt16Bits(h);
        }
        if (little) BinaryPrimitives.WriteUInt16LittleEndian(dst, bits); else BinaryPrimitives.WriteUInt16BigEndian(dst, bits);
    }

    public static PyTuple Unpack(StructLayout layout, ReadOnlySpan<byte> src)
    {
        if (layout.ValueCount == 0) return PyTuple.Empty;
        var result = new PyObject[layout.ValueCount];
        int vi = 0;
        bool little = layout.Order != ByteOrder.Big;
        foreach (var item in layout.Items)
        {
            if (item.Code == 's')
            {
                result[vi++] = new PyBytes(src.Slice(item.Offset, item.Size).ToArray());
                continue;
            }
            if (item.Code == 'p')
            {
                // CPython asks for a bytes object of length -1 for a '0p' item
                if (item.Size == 0) throw new PythonException(PyExc.SystemError("Negative size passed to PyBytes_FromStringAndSize"));
                int n = Math.Min(src[item.Offset], item.Size - 1);
                result[vi++] = new PyBytes(src.Slice(item.Offset + 1, n).ToArray());
                continue;
            }
            int pos = item.Offset;
            for (int r = 0; r < item.Repeat; r++, pos += item.Size)
                result[vi++] = UnpackOne(item.Code, src.Slice(pos, item.Size), little);
        }
        return new PyTuple(result);
    }

    private static PyObject UnpackOne(char code, ReadOnlySpan<byte> s, bool little)
    {
        switch (code)
        {
            case 'c': return PyBytesOfByte(s[0]);
            case '?': return Py.Bool(s[0] != 0);
            case 'e': return new PyFloat(UnpackHalf(little ? BinaryPrimitives.ReadUInt16LittleEndian(s) : BinaryPrimitives.ReadUInt16BigEndian(s)));
            case 'f':
                return new PyFloat(BitConverter.Int32BitsToSingle(little ? BinaryPrimitives.ReadInt32LittleEndian(s) : BinaryPrimitives.ReadInt32BigEndian(s)));
            case 'd':
                return new PyFloat(BitConverter.Int64BitsToDouble(little ? BinaryPrimitives.ReadInt64LittleEndian(s) : BinaryPrimitives.ReadInt64BigEndian(s)));
        }
        ulong raw = 0;
        int n = s.Length;
        for (int k = 0; k < n; k++) raw |= (ulong)s[little ? k : n - 1 - k] << (8 * k);
        bool signed = code is 'b' or 'h' or 'i' or 'l' or 'q' or 'n';
        if (signed)
        {
            int shift = 64 - 8 * n;
            return PyInt.From(unchecked((long)(raw << shift)) >> shift);
        }
        return raw <= long.MaxValue ? PyInt.From((long)raw) : PyInt.From(new BigInteger(raw));
    }

    private static readonly PyBytes[] SingleBytes = CreateSingleBytes();

    private static PyBytes[] CreateSingleBytes()
    {
        var r = new PyBytes[256];
        for (int i = 0; i < 256; i++) r[i] = new PyBytes([(byte)i]);
        return r;
    }

    private static PyBytes PyBytesOfByte(byte b) => SingleBytes[b];

    // PyFloat_Unpack2: NaNs lose their payload (a quiet NaN of the same sign).
    private static double UnpackHalf(ushort bits)
    {
        if ((bits & 0x7c00) == 0x7c00 && (bits & 0x3ff) != 0)
            return (bits & 0x8000) != 0 ? -PyFloat.NaN : PyFloat.NaN;
        return (double)BitConverter.UInt16BitsToHalf(bits);
    }
}
