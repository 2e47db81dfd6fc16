using System.Runtime.InteropServices;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Struct;

/// <summary>A <c>_struct.Struct</c> (or subclass) instance: its compiled format, set by <c>__init__</c>.</summary>
internal sealed class PyStruct : PyObject
{
    public StructLayout? Layout;
    public PyObject FormatObject = PyStr.Empty;
    public PyStruct(PyType t) : base(t) { }
}

/// <summary>
/// <c>_struct</c>, as CPython's C module (Modules/_struct.c): <c>Struct</c>, the module-level functions over a
/// cache of compiled formats (up to 100, dropped all at once when full), <c>error</c> and the
/// <c>unpack_iterator</c> type. lib/struct.py re-exports it.
/// </summary>
public static class StructModule
{
    private const string Mod = "_struct";
    private const int MaxCache = 100;
    private static readonly object Sync = new();
    private static PyType? _error, _struct, _iter;
    // Keyed by the format object's text and kind, as CPython keys its cache by the format object.
    private static readonly Dictionary<(string, bool), PyStruct> Cache = new();

    private static PyType ErrorType { get { lock (Sync) { CreateTypes(); return _error!; } } }
    private static PyType StructType { get { lock (Sync) { CreateTypes(); return _struct!; } } }

    private const string ModuleDoc =
        "Functions to convert between Python values and C structs.\nPython bytes objects are used to hold the data representing the C struct\nand also as format strings (explained below) to describe the layout of data\nin the C struct.\n\nThe optional first format char indicates byte order, size and alignment:\n  @: native order, size & alignment (default)\n  =: native order, std. size & alignment\n  <: little-endian, std. size & alignment\n  >: big-endian, std. size & alignment\n  !: same as >\n\nThe remaining chars indicate types of args and must match exactly;\nthese can be preceded by a decimal repeat count:\n  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;\n  ?: _Bool (requires C99; if not available, char is used instead)\n  h:short; H:unsigned short; i:int; I:unsigned int;\n  l:long; L:unsigned long; f:float; d:double; e:half-float.\nSpecial cases (preceding decimal count indicates length):\n  s:string (array of char); p: pascal string (with count byte).\nSpecial cases (only available in native format):\n  n:ssize_t; N:size_t;\n  P:an integer type that is wide enough to hold a pointer.\nSpecial case (not in native mode unless 'long long' in platform C):\n  q:long long; Q:unsigned long long\nWhitespace between formats is ignored.\n\nThe variable struct.error is an exception raised on errors.\n";

    internal static PyBaseException Error(string msg) => PyExc.Create(ErrorType, msg);

    public static PyModule Create()
    {
        var m = new PyModule(Mod);
        var d = m.Dict!;
        d.SetItem("__doc__", new PyStr(ModuleDoc));
        d.SetItem("error", ErrorType);
        d.SetItem("Struct", StructType);
        d.DefFunction("_clearcache", (a, k) => { lock (Cache) Cache.Clear(); _last = null; return PyNone.Instance; }, Mod);
        d.DefFunction("calcsize", (a, k) =>
        {
            NoKeywords("calcsize", k);
            if (a.Length != 1) throw new PythonException(PyExc.TypeError($"_struct.calcsize() takes exactly one argument ({a.Length} given)"));
            return PyInt.From(Cached(a[0]).Layout!.Size);
        }, Mod);
        d.DefFunction("pack", (a, k) =>
        {
            NoKeywords("pack", k);
            if (a.Length == 0) throw new PythonException(PyExc.TypeError("missing format argument"));
            return Pack(Cached(a[0]).Layout!, a[1..]);
        }, Mod);
        d.DefFunction("pack_into", (a, k) =>
        {
            NoKeywords("pack_into", k);
            if (a.Length == 0) throw new PythonException(PyExc.TypeError("missing format argument"));
            PackInto(Cached(a[0]).Layout!, a[1..]);
            return PyNone.Instance;
        }, Mod);
        d.DefFunction("unpack", (a, k) =>
        {
            NoKeywords("unpack", k);
            TypeDefinitions.CheckRange("unpack", a.Length, 2, 2);
            return Unpack(Cached(a[0]).Layout!, a[1]);
        }, Mod);
        d.DefFunction("unpack_from", (a, k) =>
        {
            var p = ArgParser.Parse("unpack_from", a, k, ["format", "buffer", "offset"], [], required: 2, posOnlyCount: 1);
            return UnpackFrom(Cached(p[0]!).Layout!, p[1]!, p[2]);
        }, Mod);
        d.DefFunction("iter_unpack", (a, k) =>
        {
            NoKeywords("iter_unpack", k);
            TypeDefinitions.CheckRange("iter_unpack", a.Length, 2, 2);
            return IterUnpack(Cached(a[0]), a[1]);
        }, Mod);
        return m;
    }

    private static void NoKeywords(string name, string[]? k)
    {
        if (k is { Length: > 0 }) throw new PythonException(PyExc.TypeError($"{name}() takes no keyword arguments"));
    }

    // The last format object looked up: a constant format string is one object, so a loop calling
    // struct.pack('<I', ...) skips hashing it (swapped as one reference, so threads see a consistent pair).
    private static Tuple<PyObject, PyStruct>? _last;

    private static PyStruct Cached(PyObject format)
    {
        var last = _last;
        if (last != null && ReferenceEquals(last.Item1, format)) return last.Item2;
        var st = CachedByValue(format);
        if (format is PyStr or PyBytes) _last = Tuple.Create(format, st);
        return st;
    }

    private static PyStruct CachedByValue(PyObject format)
    {
        (string, bool) key;
        if (format is PyStr s) key = (s.Value, false);
        else if (format is PyBytes b) key = (System.Text.Encoding.Latin1.GetString(b.Value), true);
        else return NewStruct(format);
        lock (Cache)
            if (Cache.TryGetValue(key, out var hit)) return hit;
        var st = NewStruct(format);
        lock (Cache)
        {
            if (Cache.Count >= MaxCache) Cache.Clear();
            Cache[key] = st;
        }
        return st;
    }

    private static PyStruct NewStruct(PyObject format)
    {
        var st = new PyStruct(StructType);
        Init(st, format);
        return st;
    }

    // Struct.__init__(format): a str (ASCII) or bytes format; the format attribute is always a str.
    private static void Init(PyStruct st, PyObject format)
    {
        string text;
        if (format is PyStr s)
        {
            text = s.Value;
            foreach (char c in text)
                if (c > 127) { Codecs.Encode(text, "ascii", "strict"); break; }   // raises CPython's UnicodeEncodeError
        }
        else if (format is PyBytes b) text = System.Text.Encoding.Latin1.GetString(b.Value);
        else throw new PythonException(PyExc.TypeError($"Struct() argument 1 must be a str or bytes object, not {format.Type.Name}"));
        if (text.Contains('\0')) throw new PythonException(Error("embedded null character"));
        st.Layout = StructLayout.Compile(text);
        st.FormatObject = format is PyStr ps && ps.Type == PyTypes.Str ? ps : new PyStr(text);
    }

    private static StructLayout L(PyObject self)
    {
        var st = self as PyStruct ?? throw new PythonException(PyExc.TypeError(
            $"descriptor requires a '_struct.Struct' object but received '{self.Type.Name}'"));
        return st.Layout ?? throw new PythonException(Error("bad char in struct format"));
    }

    private static PyObject Pack(StructLayout layout, ReadOnlySpan<PyObject> values)
    {
        if (values.Length != layout.ValueCount)
            throw new PythonException(Error($"pack expected {layout.ValueCount} items for packing (got {values.Length})"));
        var bytes = new byte[layout.CheckedSize];
        StructCodec.Pack(layout, bytes, values);
        return new PyBytes(bytes);
    }

    // Struct.pack_into(buffer, offset, *values) with CPython 3.11's checks, in its order.
    private static void PackInto(StructLayout layout, ReadOnlySpan<PyObject> a)
    {
        if (a.Length != layout.ValueCount + 2)
        {
            if (a.Length == 0) throw new PythonException(Error("pack_into expected buffer argument"));
            if (a.Length == 1) throw new PythonException(Error("pack_into expected offset argument"));
            throw new PythonException(Error($"pack_into expected {layout.ValueCount} items for packing (got {a.Length - 2})"));
        }
        var target = WritableBuffer.Of(a[0]);
        long offset = OffsetArgument(a[1]);
        long len = target.Length, size = layout.Size;
        if (offset < 0)
        {
            if (offset + size > 0) throw new PythonException(Error($"no space to pack {size} bytes at offset {offset}"));
            if (offset + len < 0) throw new PythonException(Error($"offset {offset} out of range for {len}-byte buffer"));
            offset += len;
        }
        if (len - offset < size)
            throw new PythonException(Error($"pack_into requires a buffer of at least {size + offset} bytes for packing {size} bytes at offset {offset} (actual buffer size is {len})"));
        var bytes = new byte[layout.CheckedSize];
        StructCodec.Pack(layout, bytes, a[2..]);
        target.Write((int)offset, bytes);
    }

    // PyNumber_AsSsize_t(offset, PyExc_IndexError)
    private static long OffsetArgument(PyObject o)
    {
        var i = Ops.Index(o);
        if (i.IsBig) throw new PythonException(PyExc.IndexError("cannot fit 'int' into an index-sized integer"));
        return i.Value;
    }

    private static PyObject Unpack(StructLayout layout, PyObject buffer)
    {
        var data = ReadableBuffer(buffer);
        if (data.Length != layout.Size) throw new PythonException(Error($"unpack requires a buffer of {layout.Size} bytes"));
        return StructCodec.Unpack(layout, data);
    }

    private static PyObject UnpackFrom(StructLayout layout, PyObject buffer, PyObject? offsetArg)
    {
        var data = ReadableBuffer(buffer);
        long offset = offsetArg == null ? 0 : Ops.ToLong(offsetArg);
        long len = data.Length, size = layout.Size;
        if (offset < 0)
        {
            if (offset + len < 0) throw new PythonException(Error($"offset {offset} out of range for {len}-byte buffer"));
            if (offset + size > 0) throw new PythonException(Error($"not enough data to unpack {size} bytes at offset {offset}"));
            offset += len;
        }
        if (len - offset < size)
            throw new PythonException(Error($"unpack_from requires a buffer of at least {size + offset} bytes for unpacking {size} bytes at offset {offset} (actual buffer size is {len})"));
        return StructCodec.Unpack(layout, data.AsSpan((int)offset));
    }

    private static PyObject IterUnpack(PyStruct st, PyObject buffer)
    {
        var layout = st.Layout!;
        if (layout.Size == 0) throw new PythonException(Error("cannot iteratively unpack with a struct of length 0"));
        var data = ReadableBuffer(buffer);
        if (data.Length % layout.Size != 0)
            throw new PythonException(Error($"iterative unpacking requires a buffer of a multiple of {layout.Size} bytes"));
        lock (Sync) CreateTypes();
        return new StructUnpackIterator(_iter!, layout, data);
    }

    /// <summary>The bytes of a readable buffer (a bytes-like object; Sharpy's array.array through __bytes__).</summary>
    private static byte[] ReadableBuffer(PyObject o)
    {
        switch (o)
        {
            case PyBytes b: return b.Value;
            case PyByteArray ba: return ba.Value.ToArray();
            case PyMemoryView mv: return mv.ToBytes();
            case PyStr or PyInt: break;
            default:
                if (o.Type.Lookup("__bytes__") != null && o.Type.Lookup("tobytes") != null) return BytesMethods.FromObject(o);
                break;
        }
        throw new PythonException(PyExc.TypeError($"a bytes-like object is required, not '{o.Type.Name}'"));
    }

    private static void CreateTypes()
    {
        if (_struct != null) return;
        _error = PyTypes.NewBuiltin("error", PyExc.Exception, "struct");
        _error.HasInstanceDict = true;
        _iter = StructUnpackIterator.CreateType();
        _struct = CreateStructType();
    }

    private static PyType CreateStructType()
    {
        var t = PyTypes.NewBuiltin("Struct", PyTypes.Object, Mod, type => new PyStruct(type));
        t.SolidBase = t;
        t.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (a, k) =>
        {
            if (a.Length == 0 || a[0] is not PyType cls || !cls.IsSubtypeOf(t))
                throw new PythonException(PyExc.TypeError("Struct.__new__(X): X is not a subtype of _struct.Struct"));
            return cls.Allocator!(cls);
        })));
        t.DefRaw("__init__", (a, k) =>
        {
            var p = ArgParser.Parse("Struct", a[1..], k, ["format"], [], required: 1);
            Init((PyStruct)a[0], p[0]!);
            return PyNone.Instance;
        });
        t.Prop("format", s => { L(s); return ((PyStruct)s).FormatObject; });
        t.Prop("size", s => PyInt.From(L(s).Size));
        t.DefRaw("pack", (a, k) => { NoKeywords("pack", k); return Pack(L(a[0]), a[1..]); });
        t.DefRaw("pack_into", (a, k) => { NoKeywords("pack_into", k); PackInto(L(a[0]), a[1..]); return PyNone.Instance; });
        t.Def("unpack", (s, b) => Unpack(L(s), b));
        t.DefRaw("unpack_from", (a, k) =>
        {
            var p = ArgParser.Parse("unpack_from", a[1..], k, ["buffer", "offset"], [], required: 1);
            return UnpackFrom(L(a[0]), p[0]!, p[1]);
        });
        t.Def("iter_unpack", (s, b) => { L(s); return IterUnpack((PyStruct)s, b); });
        t.Def("__sizeof__", s => PyInt.From(64 + 16 * L(s).Items.Length));
        // Its state is native, so CPython's default reduction refuses it (pickle, copy, deepcopy).
        t.DefRaw("__reduce_ex__", (a, k) => throw new PythonException(PyExc.TypeError("cannot pickle '_struct.Struct' object")));
        return t;
    }
}

/// <summary>A buffer <c>pack_into</c> can write: a bytearray, a writable memoryview of one, or (Sharpy's
/// Python-level array.array) any object taking a slice assignment of bytes.</summary>
internal readonly struct WritableBuffer
{
    private readonly PyObject _obj;
    public readonly long Length;

    private WritableBuffer(PyObject obj, long length) { _obj = obj; Length = length; }

    public static WritableBuffer Of(PyObject o)
    {
        switch (o)
        {
            case PyByteArray ba: return new WritableBuffer(ba, ba.Value.Count);
            case PyMemoryView { ReadOnly: false } mv when mv.Obj is PyByteArray && mv.IsContiguous:
                mv.CheckReleased();
                return new WritableBuffer(mv, mv.NBytes);
            case PyBytes or PyStr or PyInt or PyMemoryView: break;
            default:
                if (o.Type.Lookup("__bytes__") != null && o.Type.Lookup("__setitem__") != null)
                    return new WritableBuffer(o, BytesMethods.FromObject(o).Length);
                break;
        }
        throw new PythonException(PyExc.TypeError($"argument must be read-write bytes-like object, not {o.Type.Name}"));
    }

    public void Write(int offset, byte[] bytes)
    {
        switch (_obj)
        {
            case PyByteArray ba:
                bytes.CopyTo(CollectionsMarshal.AsSpan(ba.Value)[offset..]);
                return;
            case PyMemoryView mv:
                var target = CollectionsMarshal.AsSpan(((PyByteArray)mv.Obj).Value);
                bytes.CopyTo(target[(int)(mv.Start + offset)..]);
                return;
            default:
                Ops.SetItem(_obj, new PySlice(PyInt.From(offset), PyInt.From(offset + bytes.Length), PyNone.Instance), new PyBytes(bytes));
                return;
        }
    }
}
