using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using Sharpy.Bytecode.Code;
using Sharpy.Bytecode.Marshal;
using Sharpy.Runtime.Interpreter;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules;

/// <summary>
/// <c>marshal.loads</c>. CPython 3.11: Python/marshal.c r_object, with CPython's error types and messages.
/// Hostile input: lengths are checked against the bytes present before anything is allocated, nesting is
/// limited, and a tuple, frozenset or code object becomes referable only once complete (CPython registers a
/// tuple before its items, so crafted data can make a tuple contain itself; here that reference is invalid).
/// </summary>
internal ref struct MarshalDecoder
{
    private const int MaxDepth = 2000; // CPython: MAX_MARSHAL_STACK_DEPTH
    private readonly ReadOnlySpan<byte> _data;
    private int _pos;
    private int _depth;
    private List<PyObject?>? _refs;

    private MarshalDecoder(ReadOnlySpan<byte> data) => _data = data;

    /// <summary>Reads one object from the start of <paramref name="data"/> (trailing bytes are ignored, as CPython does).</summary>
    public static PyObject Decode(ReadOnlySpan<byte> data, out int consumed)
    {
        var decoder = new MarshalDecoder(data);
        var value = decoder.ReadObject() ?? throw Error(PyExc.TypeErrorType, "NULL object in marshal data for object");
        consumed = decoder._pos;
        return value;
    }

    private static PythonException Error(PyType type, string message) => new(PyExc.Create(type, message));

    private static PythonException Eof(string message = "marshal data too short") => Error(PyExc.EOFError, message);

    private static PythonException Bad(string what) => Error(PyExc.ValueErrorType, $"bad marshal data ({what})");

    private readonly int Remaining => _data.Length - _pos;

    private PyObject? ReadObject()
    {
        if (_pos >= _data.Length) throw Eof("EOF read where object expected");
        if (++_depth > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _depth--;
            throw Error(PyExc.ValueErrorType, "recursion limit exceeded");
        }
        try
        {
            return ReadBody();
        }
        finally
        {
            _depth--;
        }
    }

    private PyObject? ReadBody()
    {
        byte code = _data[_pos++];
        bool flag = (code & 0x80) != 0;
        switch ((char)(code & 0x7F))
        {
            case '0': return null;
            case 'N': return PyNone.Instance;
            case 'S': return PyExc.StopIterationType;
            case '.': return PyEllipsis.Instance;
            case 'F': return Py.False;
            case 'T': return Py.True;
            case 'i': return Ref(flag, PyInt.From(ReadInt32()));
            case 'l': return Ref(flag, ReadLong());
            case 'f': return Ref(flag, new PyFloat(ReadFloatText()));
            case 'g': return Ref(flag, new PyFloat(ReadDouble()));
            case 'x':
            {
                double real = ReadFloatText();
                return Ref(flag, new PyComplex(new Complex(real, ReadFloatText())));
            }
            case 'y':
            {
                double real = ReadDouble();
                return Ref(flag, new PyComplex(new Complex(real, ReadDouble())));
            }
            case 's': return Ref(flag, new PyBytes(ReadSpan(ReadSize("bytes object")).ToArray()));
            case 'a': return Ref(flag, new PyStr(Latin1(ReadSpan(ReadSize("string")))));
            case 'A': return Ref(flag, PyStr.Intern(Latin1(ReadSpan(ReadSize("string")))));
            case 'z': return Ref(flag, new PyStr(Latin1(ReadSpan(ReadLengthByte()))));
            case 'Z': return Ref(flag, PyStr.Intern(Latin1(ReadSpan(ReadLengthByte()))));
            case 'u': return Ref(flag, ReadUnicode(interned: false));
            case 't': return Ref(flag, ReadUnicode(interned: true));
            case ')': return ReadTuple(flag, ReadLengthByte());
            case '(': return ReadTuple(flag, ReadSize("tuple"));
            case '[': return ReadList(flag);
            case '{': return ReadDict(flag);
            case '<': return ReadSet(flag, frozen: false);
            case '>': return ReadSet(flag, frozen: true);
            case 'c': return ReadCode(flag);
            case 'r':
            {
                int index = ReadInt32();
                if (_refs == null || index < 0 || index >= _refs.Count || _refs[index] is not { } target) throw Bad("invalid reference");
                return target;
            }
            default: throw Bad("unknown type code");
        }
    }

    private PyObject Ref(bool flag, PyObject value)
    {
        if (flag) (_refs ??= new List<PyObject?>()).Add(value);
        return value;
    }

    /// <summary>Reserves a reference slot for an object registered once complete.</summary>
    private int Reserve(bool flag)
    {
        if (!flag) return -1;
        (_refs ??= new List<PyObject?>()).Add(null);
        return _refs.Count - 1;
    }

    private readonly void Fill(int slot, PyObject value)
    {
        if (slot >= 0) _refs![slot] = value;
    }

    // CPython 3.11: r_PyLong — 15-bit digits, the count carrying the sign; the top digit must be non-zero.
    private PyObject ReadLong()
    {
        int n = ReadInt32();
        if (n == int.MinValue) throw Bad("long size out of range");
        int count = Math.Abs(n);
        if ((long)count * 2 > Remaining) throw Eof();
        BigInteger value = BigInteger.Zero;
        for (int k = count - 1; k >= 0; k--)
        {
            int digit = BinaryPrimitives.ReadInt16LittleEndian(_data.Slice(_pos + 2 * k, 2));
            if (digit < 0) throw Bad("digit out of range in long");
            if (k == count - 1 && digit == 0) throw Bad("unnormalized long data");
            value = (value << 15) | digit;
        }
        _pos += count * 2;
        return PyInt.From(n < 0 ? -value : value);
    }

    private double ReadFloatText()
    {
        int length = ReadLengthByte();
        string text = Latin1(ReadSpan(length));
        string t = text.Trim().ToLowerInvariant();
        bool negative = t.StartsWith('-');
        string body = t.TrimStart('+', '-');
        if (body is "inf" or "infinity") return negative ? double.NegativeInfinity : double.PositiveInfinity;
        if (body == "nan") return negative ? -double.NaN : double.NaN;
        if (body.Length > 0 && char.IsAsciiDigit(body[^1]) | body.EndsWith('.')
            && double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double d))
            return d;
        throw Error(PyExc.ValueErrorType, $"could not convert string to float: {Ops.ReprString(new PyStr(text))}");
    }

    private PyStr ReadUnicode(bool interned)
    {
        var bytes = ReadSpan(ReadSize("string"));
        switch (Wtf8.Decode(bytes))
        {
            case string s: return interned ? PyStr.Intern(s) : new PyStr(s);
            case ConstCodePointString split: return PyStr.FromSplitSurrogates(split.Text, split.ToCodePoints());
        }
        Codecs.Decode(bytes.ToArray(), "utf-8", "strict"); // raises CPython's UnicodeDecodeError
        throw Bad("invalid UTF-8 string");
    }

    private PyObject ReadTuple(bool flag, int count)
    {
        int slot = Reserve(flag);
        var items = count == 0 ? [] : new PyObject[Math.Min(count, Remaining)];
        var list = count <= items.Length ? null : new List<PyObject>(items.Length);
        for (int i = 0; i < count; i++)
        {
            var item = ReadObject() ?? throw Error(PyExc.TypeErrorType, "NULL object in marshal data for tuple");
            if (list != null) list.Add(item);
            else items[i] = item;
        }
        var tuple = PyTuple.Create(list != null ? list.ToArray() : items);
        Fill(slot, tuple);
        return tuple;
    }

    private PyObject ReadList(bool flag)
    {
        int count = ReadSize("list");
        var list = new PyList();
        Ref(flag, list);
        var items = new List<PyObject>(Math.Min(count, Remaining));
        for (int i = 0; i < count; i++)
        {
            var item = ReadObject() ?? throw Error(PyExc.TypeErrorType, "NULL object in marshal data for list");
            items.Add(item);
        }
        list.Items = items.ToArray();
        list.Count = items.Count;
        return list;
    }

    private PyObject ReadDict(bool flag)
    {
        var dict = new PyDict();
        Ref(flag, dict);
        while (true)
        {
            var key = ReadObject();
            if (key == null) break;
            var value = ReadObject();
            if (value == null) break;
            dict.SetItem(key, value);
        }
        return dict;
    }

    private PyObject ReadSet(bool flag, bool frozen)
    {
        int count = ReadSize("set");
        var set = new PySet(frozen ? PyTypes.FrozenSet : PyTypes.Set, frozen);
        int slot = frozen ? Reserve(flag) : -1;
        if (!frozen) Ref(flag, set);
        for (int i = 0; i < count; i++)
        {
            var item = ReadObject() ?? throw Error(PyExc.TypeErrorType, "NULL object in marshal data for set");
            set.Add(item);
        }
        Fill(slot, set);
        return set;
    }

    /// <summary>Sharpy's code object: a uint32 length, then the code object in the pyc body encoding.</summary>
    private PyObject ReadCode(bool flag)
    {
        int slot = Reserve(flag);
        var body = ReadSpan(ReadSize("code object"));
        CodeObject code;
        try
        {
            code = MarshalReader.DeserializeCode(body);
        }
        catch (InvalidPycException e)
        {
            throw Bad(e.Message);
        }
        var result = PyCode.Lazy(code);
        Fill(slot, result);
        return result;
    }

    private int ReadSize(string what)
    {
        int n = ReadInt32();
        if (n < 0) throw Bad($"{what} size out of range");
        return n;
    }

    private int ReadLengthByte()
    {
        if (_pos >= _data.Length) throw Eof("EOF read where not expected");
        return _data[_pos++];
    }

    private ReadOnlySpan<byte> ReadSpan(int length)
    {
        if (length > Remaining) throw Eof();
        var span = _data.Slice(_pos, length);
        _pos += length;
        return span;
    }

    private int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(ReadSpan(4));

    private double ReadDouble() => BitConverter.Int64BitsToDouble(BinaryPrimitives.ReadInt64LittleEndian(ReadSpan(8)));

    private static string Latin1(ReadOnlySpan<byte> bytes) => System.Text.Encoding.Latin1.GetString(bytes);
}
