using System.Runtime.InteropServices;
using System.Text;

namespace Sharpy.Runtime.Objects;

internal static class BytesMethods
{
    public static byte[] AsBytes(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba.Value.ToArray(),
        PyMemoryView mv => mv.ToBytes(),
        _ => throw new PythonException(PyExc.TypeError($"a bytes-like object is required, not '{o.Type.Name}'")),
    };

    /// <summary>CPython 3.11 bytes_richcompare / bytearray_richcompare under -b.</summary>
    private static void WarnMixedComparison(bool isArray, PyObject other)
    {
        if (Ops.IsInstance(other, PyTypes.Str))
            NativeWarnings.Warn(PyExc.BytesWarning, isArray ? "Comparison between bytearray and string" : "Comparison between bytes and string");
        else if (!isArray && Ops.IsInstance(other, PyTypes.Int))
            NativeWarnings.Warn(PyExc.BytesWarning, "Comparison between bytes and int");
    }

    private static byte[] B(PyObject o) => AsBytes(o);

    /// <summary>The bytes of a bytes or bytearray without copying (AsBytes copies a bytearray): what len()
    /// and indexing use, which must not cost the length of the buffer.</summary>
    private static ReadOnlySpan<byte> View(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => CollectionsMarshal.AsSpan(ba.Value),
        _ => AsBytes(o),
    };

    /// <param name="target">the type being built, named in the error for an object that is no byte source.</param>
    public static byte[] FromObject(PyObject x, string target = "bytes")
    {
        switch (x)
        {
            case PyBytes b: return b.Value;
            case PyByteArray ba: return ba.Value.ToArray();
            case PyMemoryView mv: return mv.ToBytes();
            case PyInt i:
                long n = Ops.ToLong(i);
                if (n < 0) throw new PythonException(PyExc.ValueError("negative count"));
                return new byte[n];
            case PyStr: throw new PythonException(PyExc.TypeError("string argument without an encoding"));
        }
        var m = x.Type.Lookup("__bytes__");
        if (m != null) return B(Ops.CallWithSelf(m, x, []));
        if (x.Type.Lookup("__iter__") == null && x.Type.Lookup("__getitem__") == null)
            throw new PythonException(PyExc.TypeError($"cannot convert '{x.Type.Name}' object to {target}"));
        var list = new List<byte>();
        foreach (var v in Ops.Iterate(x))
        {
            if (v is not PyInt && v.Type.Lookup("__index__") == null)
                throw new PythonException(PyExc.TypeError($"'{v.Type.Name}' object cannot be interpreted as an integer"));
            long b = Ops.ToLong(v);
            // CPython's bytes() says "bytes must be", bytearray's paths "byte must be".
            if (b < 0 || b > 255) throw new PythonException(PyExc.ValueError(target == "bytes" ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)"));
            list.Add((byte)b);
        }
        return list.ToArray();
    }

    public static void Init()
    {
        InitCommon();
        BytesTextMethods.Init();
    }

    private static void InitCommon()
    {
        foreach (var t in new[] { PyTypes.Bytes, PyTypes.ByteArray })
        {
            bool isArray = t == PyTypes.ByteArray;
            PyObject Make(byte[] v) => isArray ? new PyByteArray(v) : new PyBytes(v);
            t.Def("__len__", a => PyInt.From(View(a).Length));
            PyObject Repr(PyObject a) => new PyStr(isArray ? $"{a.Type.Name}({Ops.BytesRepr(B(a), escapeSingleQuote: true)})" : Ops.BytesRepr(B(a)));
            t.Def("__repr__", Repr);
            t.Def("__str__", a =>
            {
                if (NativeWarnings.BytesWarningsEnabled)
                    NativeWarnings.Warn(PyExc.BytesWarning, isArray ? "str() on a bytearray instance" : "str() on a bytes instance");
                return Repr(a);
            });
            t.Def("__iter__", a =>
            {
                var data = B(a);
                return new PyEnumeratorIterator(PyTypes.BytesIterator, data.Select(x => (PyObject)PyInt.From(x)), data.Length);
            });
            t.Def("__getitem__", (a, k) =>
            {
                var v = View(a);
                if (k is PySlice sl)
                {
                    var (start, _, step, count) = Ops.SliceIndices(sl, v.Length);
                    var r = new byte[count];
                    for (long i = 0, j = start; i < count; i++, j += step) r[i] = v[(int)j];
                    return Make(r);
                }
                long n = Ops.NormalizeIndex(Ops.AsIndex(k, isArray ? "bytearray" : "byte"), v.Length);
                if (n < 0) throw new PythonException(PyExc.IndexError(isArray ? "bytearray index out of range" : "index out of range"));
                return PyInt.From(v[(int)n]);
            });
            t.Def("__add__", (a, b) =>
            {
                if (b is not PyBytes && b is not PyByteArray && b is not PyMemoryView) throw new PythonException(PyExc.TypeError($"can't concat {b.Type.Name} to {a.Type.Name}"));
                return Make([.. B(a), .. B(b)]);
            });
            PyObject Repeat(PyObject a, PyObject n)
            {
                long c = SeqHelpers.RepeatCount(n);
                var v = B(a);
                var r = new byte[SeqHelpers.RepeatedLength(v.Length, c, a is PyBytes ? "repeated bytes are too long" : null)];
                for (long i = 0; i < c; i++) Array.Copy(v, 0, r, i * v.Length, v.Length);
                return Make(r);
            }
            t.Def("__mul__", Repeat);
            t.Def("__rmul__", Repeat);   // its own slot wrapper, named __rmul__

            t.Def("__contains__", (a, x) =>
            {
                var v = B(a);
                if (x is PyInt xi)
                {
                    // CPython 3.11: _Py_bytes_contains -> _getbytevalue
                    if (xi.IsBig || xi.Value is < 0 or > 255) throw new PythonException(PyExc.ValueError("byte must be in range(0, 256)"));
                    return Py.Bool(Array.IndexOf(v, (byte)xi.Value) >= 0);
                }
                return Py.Bool(IndexOf(v, B(x), 0) >= 0);
            });
            t.Def("__hash__", a =>
            {
                if (isArray) throw new PythonException(PyExc.TypeError("unhashable type: 'bytearray'"));
                var v = B(a);
                if (v.Length == 0) return PyInt.From(0);
                long h = (long)SipHash.Hash13(0, 0, v);
                return PyInt.From(h == -1 ? -2 : h);
            });
            if (isArray) t.Dict.SetItem("__hash__", PyNone.Instance);
            string[] cmp = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
            for (int i = 0; i < 6; i++)
            {
                int op = i;
                t.Def(cmp[i], (a, b) =>
                {
                    if (b is not PyBytes && b is not PyByteArray)
                    {
                        if ((op == 2 || op == 3) && NativeWarnings.BytesWarningsEnabled) WarnMixedComparison(isArray, b);
                        return Py.NotImplemented;
                    }
                    var x = B(a); var y = B(b);
                    int c = x.AsSpan().SequenceCompareTo(y);
                    return Py.Bool(Ops.CmpResult(Math.Sign(c), op));
                });
            }
            // CPython defines the reflected slot too; it never applies to a left operand that is not bytes.
            t.Def("__rmod__", (a, b) => Py.NotImplemented);
            t.Def("__mod__", (a, b) => Make(Encoding.Latin1.GetBytes(Formatting.Percent(Encoding.Latin1.GetString(B(a)), b, true))));
            t.DefRaw("decode", (args, kw) =>
            {
                var p = ArgParser.Parse("decode", args[1..], kw, ["encoding", "errors"], [], 0);
                if (p[0] is { } pe && pe is not PyStr)
                    throw new PythonException(PyExc.TypeError($"decode() argument 'encoding' must be str, not {(pe is PyNone ? "None" : pe.Type.Name)}"));
                if (p[1] is { } pr && pr is not PyStr)
                    throw new PythonException(PyExc.TypeError($"decode() argument 'errors' must be str, not {(pr is PyNone ? "None" : pr.Type.Name)}"));
                return new PyStr(Codecs.Decode(B(args[0]), p[0] is PyStr e ? e.Value : "utf-8", p[1] is PyStr er ? er.Value : "strict"));
            });
            t.Def("join", (a, it) =>
            {
                var sep = B(a);
                var r = new List<byte>();
                int i = 0;
                if (it.Type.Lookup("__iter__") == null && it.Type.Lookup("__getitem__") == null)
                    throw new PythonException(PyExc.TypeError("can only join an iterable"));
                foreach (var x in Ops.Iterate(it))
                {
                    if (x is not PyBytes && x is not PyByteArray && x is not PyMemoryView)
                        throw new PythonException(PyExc.TypeError($"sequence item {i}: expected a bytes-like object, {x.Type.Name} found"));
                    if (i++ > 0) r.AddRange(sep);
                    r.AddRange(B(x));
                }
                return Make(r.ToArray());
            });
            t.DefRaw("hex", (args, kw) =>
            {
                var p = ArgParser.Parse("hex", args[1..], kw, ["sep", "bytes_per_sep"], [], 0);
                return new PyStr(MemoryViewMethods.Hex(B(args[0]), p[0], p[1]));
            });
            t.Dict.SetItem("fromhex", new PyClassMethodDescriptor(t, "fromhex", (args, kw) =>
            {
                if (kw is { Length: > 0 }) throw new PythonException(PyExc.TypeError($"{t.Name}.fromhex() takes no keyword arguments"));
                if (args.Length != 2) throw new PythonException(PyExc.TypeError($"{t.Name}.fromhex() takes exactly one argument ({args.Length - 1} given)"));
                return Make(FromHex(args));
            }));
        }
        // CPython 3.11: Objects/bytesobject.c _PyBytes_FromHex (ASCII whitespace between pairs is skipped).
        static byte[] FromHex(ReadOnlySpan<PyObject> args)
        {
            if (args[1] is not PyStr str)
                throw new PythonException(PyExc.TypeError($"fromhex() argument must be str, not {(args[1] is PyNone ? "None" : args[1].Type.Name)}"));
            string text = str.Value;
            static int Digit(char c) => c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'f' ? c - 'a' + 10 : c is >= 'A' and <= 'F' ? c - 'A' + 10 : -1;
            static bool Space(char c) => c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f';
            var result = new List<byte>(text.Length / 2);
            int i = 0;
            while (i < text.Length)
            {
                if (Space(text[i]))
                {
                    while (i < text.Length && Space(text[i])) i++;
                    if (i >= text.Length) break;
                }
                int high = Digit(text[i]);
                int low = i + 1 < text.Length ? Digit(text[i + 1]) : -1;
                if (high < 0 || low < 0)
                {
                    // Positions count code points, as CPython's do.
                    int bad = high < 0 ? i : i + 1;
                    int position = new PyStr(text[..Math.Min(bad, text.Length)]).Length;
                    throw new PythonException(PyExc.ValueError($"non-hexadecimal number found in fromhex() arg at position {position}"));
                }
                result.Add((byte)(high * 16 + low));
                i += 2;
            }
            return result.ToArray();
        }
        PyTypes.Bytes.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            var p = ArgParser.Parse("bytes", args[1..], kw, ["source", "encoding", "errors"], [], 0);
            byte[] v = ConstructorBytes("bytes", p);
            return ReferenceEquals(args[0], PyTypes.Bytes) ? new PyBytes(v) : new PyBytes((PyType)args[0], v);
        })));
        var ba = PyTypes.ByteArray;
        ba.DefRaw("__init__", (args, kw) =>
        {
            var self = (PyByteArray)args[0];
            var p = ArgParser.Parse("bytearray", args[1..], kw, ["source", "encoding", "errors"], [], 0);
            self.Value = new List<byte>(ConstructorBytes("bytearray", p));
            return PyNone.Instance;
        });
        ba.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) => new PyByteArray((PyType)args[0]))));
        ByteArrayMethods.Init(ba);
    }

    /// <summary>
    /// The contents bytes(source, encoding, errors) / bytearray(...) start with: a str is encoded (it needs an
    /// encoding), anything else is converted and must come without encoding and errors. CPython 3.11:
    /// Objects/bytesobject.c bytes_new_impl, Objects/bytearrayobject.c bytearray___init___impl.
    /// </summary>
    private static byte[] ConstructorBytes(string fname, PyObject?[] p)
    {
        if (p[1] is { } enc && enc is not PyStr)
            throw new PythonException(PyExc.TypeError($"{fname}() argument 'encoding' must be str, not {(enc is PyNone ? "None" : enc.Type.Name)}"));
        if (p[2] is { } err && err is not PyStr)
            throw new PythonException(PyExc.TypeError($"{fname}() argument 'errors' must be str, not {(err is PyNone ? "None" : err.Type.Name)}"));
        if (p[0] is PyStr s)
        {
            if (p[1] == null) throw new PythonException(PyExc.TypeError("string argument without an encoding"));
            return Codecs.Encode(s.Value, ((PyStr)p[1]!).Value, p[2] is PyStr er ? er.Value : "strict");
        }
        if (p[1] != null) throw new PythonException(PyExc.TypeError("encoding without a string argument"));
        if (p[2] != null) throw new PythonException(PyExc.TypeError("errors without a string argument"));
        return p[0] == null ? [] : FromObject(p[0]!, fname);
    }

    private static int IndexOf(byte[] hay, byte[] needle, int start)
    {
        if (needle.Length == 0) return start <= hay.Length ? start : -1;
        int r = hay.AsSpan(Math.Min(start, hay.Length)).IndexOf(needle);
        return r < 0 ? -1 : r + start;
    }
}
