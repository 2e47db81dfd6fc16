using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using Sharpy.Bytecode.Marshal;
using Sharpy.Runtime.Interpreter;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules;

/// <summary>
/// <c>marshal.dumps</c>. CPython 3.11: Python/marshal.c w_object / w_complex_object.
/// CPython sets FLAG_REF on an object when its reference count is above 1 (always for interned strings).
/// Sharpy has no reference counts, so it follows what that gives for values written in a program: every
/// object except the singletons is flagged, except lists, dicts, sets and frozensets nested inside another
/// object (fresh displays, held once) unless the same one occurs twice; repeated equal numbers, strings,
/// bytes and tuples of those become references (CPython's compiler merges equal constants into one object).
/// Values computed at run time (e.g. <c>str(x)</c>) may differ from CPython's bytes in these flags only.
/// </summary>
internal sealed class MarshalEncoder
{
    private const int MaxDepth = 2000; // CPython: MAX_MARSHAL_STACK_DEPTH
    private readonly MemoryStream _out = new();
    private readonly int _version;
    private readonly Dictionary<object, int> _refs = new();
    private Dictionary<PyObject, int>? _containerCounts;
    private int _depth;

    private MarshalEncoder(int version) => _version = version;

    public static byte[] Encode(PyObject value, int version)
    {
        var encoder = new MarshalEncoder(version);
        if (version >= 3) encoder.CountContainers(value, 0);
        encoder.Write(value, nested: false);
        return encoder._out.ToArray();
    }

    /// <summary>How often each nested list/dict/set/frozenset occurs (a shared one is flagged, as its refcount is above 1).</summary>
    private void CountContainers(PyObject value, int depth)
    {
        if (depth > MaxDepth) return;
        IEnumerable<PyObject>? children = null;
        switch (value)
        {
            case PyTuple t when ReferenceEquals(t.Type, PyTypes.Tuple): children = t.Items; break;
            case PyList l when ReferenceEquals(l.Type, PyTypes.List): children = l.ToArray(); break;
            case PySet s when IsExactSet(s): children = s.ToList(); break;
            case PyDict d when ReferenceEquals(d.Type, PyTypes.Dict): children = d.Items().SelectMany(kv => new[] { kv.Key, kv.Value }); break;
        }
        if (children == null) return;
        if (value is not PyTuple)
        {
            _containerCounts ??= new Dictionary<PyObject, int>(ReferenceEqualityComparer.Instance);
            _containerCounts.TryGetValue(value, out int seen);
            _containerCounts[value] = seen + 1;
            if (seen > 0) return;
        }
        foreach (var child in children) CountContainers(child, depth + 1);
    }

    private static bool IsExactSet(PySet s) => ReferenceEquals(s.Type, PyTypes.Set) || ReferenceEquals(s.Type, PyTypes.FrozenSet);

    private void Write(PyObject value, bool nested)
    {
        if (++_depth > MaxDepth) throw new PythonException(PyExc.ValueError("object too deeply nested to marshal"));
        try
        {
            WriteBody(value, nested);
        }
        finally
        {
            _depth--;
        }
    }

    private void WriteBody(PyObject v, bool nested)
    {
        if (v is PyNone) { WriteByte((byte)'N'); return; }
        if (ReferenceEquals(v, PyExc.StopIterationType)) { WriteByte((byte)'S'); return; }
        if (v is PyEllipsis) { WriteByte((byte)'.'); return; }
        if (ReferenceEquals(v, Py.False)) { WriteByte((byte)'F'); return; }
        if (ReferenceEquals(v, Py.True)) { WriteByte((byte)'T'); return; }
        byte flag = 0;
        if (_version >= 3 && ShouldFlag(v, nested))
        {
            object key = RefKey(v);
            if (_refs.TryGetValue(key, out int index))
            {
                WriteByte((byte)'r');
                WriteInt32(index);
                return;
            }
            _refs.Add(key, _refs.Count);
            flag = 0x80;
        }
        WriteComplexObject(v, flag);
    }

    private bool ShouldFlag(PyObject v, bool nested)
    {
        // A bytearray is (nearly) always a fresh call result in CPython: reference count 1.
        if (v is PyByteArray) return false;
        if (!nested) return true;
        bool freshContainer = v is PyList || v is PyDict || v is PySet;
        if (!freshContainer) return true;
        return _containerCounts != null && _containerCounts.TryGetValue(v, out int count) && count > 1;
    }

    /// <summary>Identity, except for equal immutable values, which CPython's constant merging makes one object.</summary>
    private static object RefKey(PyObject v) => ValueKey(v, 0) ?? (object)v;

    private static string? ValueKey(PyObject v, int depth)
    {
        if (depth > 50) return null;
        if (ReferenceEquals(v.Type, PyTypes.Int) && v is PyInt i) return "i" + i.AsBig.ToString(CultureInfo.InvariantCulture);
        if (ReferenceEquals(v.Type, PyTypes.Float) && v is PyFloat f) return "f" + BitConverter.DoubleToInt64Bits(f.Value);
        if (ReferenceEquals(v.Type, PyTypes.Complex) && v is PyComplex c)
            return "c" + BitConverter.DoubleToInt64Bits(c.Value.Real) + "," + BitConverter.DoubleToInt64Bits(c.Value.Imaginary);
        if (ReferenceEquals(v.Type, PyTypes.Str) && v is PyStr s)
            return (IsInternedStr(s) ? "Z" : "z") + (s.HasSplitSurrogates ? string.Join(",", s.CodePoints) + "|" : "") + s.Value;
        if (ReferenceEquals(v.Type, PyTypes.Bytes) && v is PyBytes b) return "b" + Convert.ToHexString(b.Value);
        if (ReferenceEquals(v.Type, PyTypes.Tuple) && v is PyTuple t)
        {
            var parts = new string[t.Items.Length];
            for (int k = 0; k < parts.Length; k++)
            {
                PyObject item = t.Items[k];
                string? fixedKey = item is PyNone ? "N" : item is PyEllipsis ? "." : ReferenceEquals(item, Py.True) ? "T"
                    : ReferenceEquals(item, Py.False) ? "F" : ReferenceEquals(item, PyExc.StopIterationType) ? "S" : null;
                if (fixedKey != null) { parts[k] = fixedKey; continue; }
                string? part = ValueKey(item, depth + 1);
                if (part == null) return null;
                parts[k] = part.Length + ":" + part;
            }
            return "t" + string.Join("", parts);
        }
        return null;
    }

    /// <summary>CPython interns the str constants made only of name characters (and identifiers).</summary>
    private static bool IsInternedStr(PyStr s)
    {
        if (!s.IsInterned) return false;
        foreach (char ch in s.Value)
            if (!(char.IsAsciiLetterOrDigit(ch) || ch == '_')) return false;
        return true;
    }

    private void WriteComplexObject(PyObject v, byte flag)
    {
        switch (v)
        {
            case PyInt i when ReferenceEquals(i.Type, PyTypes.Int): WriteInt(i, flag); return;
            case PyFloat f when ReferenceEquals(f.Type, PyTypes.Float):
                if (_version > 1) { WriteByte((byte)('g' | flag)); WriteDouble(f.Value); }
                else { WriteByte((byte)('f' | flag)); WriteFloatText(f.Value); }
                return;
            case PyComplex c when ReferenceEquals(c.Type, PyTypes.Complex):
                if (_version > 1) { WriteByte((byte)('y' | flag)); WriteDouble(c.Value.Real); WriteDouble(c.Value.Imaginary); }
                else { WriteByte((byte)('x' | flag)); WriteFloatText(c.Value.Real); WriteFloatText(c.Value.Imaginary); }
                return;
            case PyBytes b when ReferenceEquals(b.Type, PyTypes.Bytes): WriteByte((byte)('s' | flag)); WritePString(b.Value); return;
            case PyStr s when ReferenceEquals(s.Type, PyTypes.Str): WriteStr(s, flag); return;
            case PyTuple t when ReferenceEquals(t.Type, PyTypes.Tuple):
                if (_version >= 4 && t.Items.Length < 256)
                {
                    WriteByte((byte)(')' | flag));
                    WriteByte((byte)t.Items.Length);
                }
                else
                {
                    WriteByte((byte)('(' | flag));
                    WriteInt32(t.Items.Length);
                }
                foreach (var item in t.Items) Write(item, nested: true);
                return;
            case PyList l when ReferenceEquals(l.Type, PyTypes.List):
                WriteByte((byte)('[' | flag));
                var items = l.ToArray();
                WriteInt32(items.Length);
                foreach (var item in items) Write(item, nested: true);
                return;
            case PyDict d when ReferenceEquals(d.Type, PyTypes.Dict):
                WriteByte((byte)('{' | flag));
                foreach (var kv in d.Items().ToList())
                {
                    Write(kv.Key, nested: true);
                    Write(kv.Value, nested: true);
                }
                WriteByte((byte)'0');
                return;
            case PySet s when IsExactSet(s): WriteSet(s, flag); return;
            case PyCode code: WriteCode(code, flag); return;
            case PyByteArray ba when ReferenceEquals(ba.Type, PyTypes.ByteArray):
                WriteByte((byte)('s' | flag));
                WritePString(ba.Value.ToArray());
                return;
        }
        throw new PythonException(PyExc.ValueError("unmarshallable object"));
    }

    // CPython 3.11: w_PyLong — 15-bit digits, the digit count carrying the sign.
    private void WriteInt(PyInt i, byte flag)
    {
        if (!i.IsBig && i.Value >= int.MinValue && i.Value <= int.MaxValue)
        {
            WriteByte((byte)('i' | flag));
            WriteInt32((int)i.Value);
            return;
        }
        BigInteger value = i.AsBig;
        BigInteger magnitude = BigInteger.Abs(value);
        var digits = new List<ushort>();
        while (!magnitude.IsZero)
        {
            digits.Add((ushort)(int)(magnitude & 0x7FFF));
            magnitude >>= 15;
        }
        WriteByte((byte)('l' | flag));
        WriteInt32(value.Sign < 0 ? -digits.Count : digits.Count);
        Span<byte> buffer = stackalloc byte[2];
        foreach (ushort digit in digits)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(buffer, digit);
            _out.Write(buffer);
        }
    }

    private void WriteStr(PyStr s, byte flag)
    {
        bool interned = IsInternedStr(s);
        string value = s.Value;
        if (_version >= 4 && System.Text.Ascii.IsValid(value))
        {
            if (value.Length < 256)
            {
                WriteByte((byte)((interned ? 'Z' : 'z') | flag));
                WriteByte((byte)value.Length);
            }
            else
            {
                WriteByte((byte)((interned ? 'A' : 'a') | flag));
                WriteInt32(value.Length);
            }
            foreach (char c in value) WriteByte((byte)c);
            return;
        }
        byte[] utf8 = s.HasSplitSurrogates ? Wtf8.EncodeCodePoints(s.CodePoints) : Wtf8.Encode(value);
        WriteByte((byte)((_version >= 3 && interned ? 't' : 'u') | flag));
        WritePString(utf8);
    }

    // CPython 3.11 writes set elements sorted by their own marshalled bytes, so equal sets give equal bytes.
    private void WriteSet(PySet s, byte flag)
    {
        WriteByte((byte)((s.Frozen ? '>' : '<') | flag));
        var elements = s.ToList();
        WriteInt32(elements.Count);
        var keyed = elements.Select(e => (Bytes: Encode(e, _version), Element: e)).ToList();
        keyed.Sort((a, b) => a.Bytes.AsSpan().SequenceCompareTo(b.Bytes));
        foreach (var (_, element) in keyed) Write(element, nested: true);
    }

    private void WriteCode(PyCode code, byte flag)
    {
        byte[] body;
        try
        {
            body = MarshalWriter.Serialize(code.Code);
        }
        catch (MarshalWriteException)
        {
            throw new PythonException(PyExc.ValueError("unmarshallable object"));
        }
        WriteByte((byte)('c' | flag));
        WritePString(body);
    }

    // CPython 3.11: w_float_str — repr-like "%.17g".
    private void WriteFloatText(double d)
    {
        string text = double.IsNaN(d) ? "nan"
            : double.IsPositiveInfinity(d) ? "inf"
            : double.IsNegativeInfinity(d) ? "-inf"
            : d.ToString("G17", CultureInfo.InvariantCulture).Replace('E', 'e');
        WriteByte((byte)text.Length);
        foreach (char c in text) WriteByte((byte)c);
    }

    private void WritePString(byte[] bytes)
    {
        WriteInt32(bytes.Length);
        _out.Write(bytes);
    }

    private void WriteByte(byte b) => _out.WriteByte(b);

    private void WriteInt32(int value)
    {
        Span<byte> buffer = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(buffer, value);
        _out.Write(buffer);
    }

    private void WriteDouble(double value)
    {
        Span<byte> buffer = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(buffer, BitConverter.DoubleToInt64Bits(value));
        _out.Write(buffer);
    }
}
