namespace Sharpy.Runtime.Objects;

/// <summary>
/// The <c>memoryview</c> builtin type (one-dimensional views over bytes and bytearray).
/// CPython 3.11: Objects/memoryobject.c (behaviour and error messages).
/// </summary>
internal static class MemoryViewMethods
{
    public static readonly PyType Type = CreateType();
    private static readonly PyType IteratorType = CreateIteratorType();

    private static PyType CreateIteratorType()
    {
        var t = PyTypes.NewBuiltin("memory_iterator", PyTypes.Object);
        t.Def("__iter__", a => a);
        t.Def("__next__", a => ((PyIterator)a).Next() ?? throw new PythonException(PyExc.StopIteration()));
        return t;
    }

    private static PyMemoryView V(PyObject o)
    {
        var mv = (PyMemoryView)o;
        mv.CheckReleased();
        return mv;
    }

    private static PyType CreateType()
    {
        var t = PyTypes.NewBuiltin("memoryview", PyTypes.Object);
        t.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            var p = ArgParser.Parse("memoryview", args[1..], kw, ["object"], [], 1);
            var cls = (PyType)args[0];
            return PyMemoryView.Over(cls, p[0]!)
                ?? throw new PythonException(PyExc.TypeError($"memoryview: a bytes-like object is required, not '{p[0]!.Type.Name}'"));
        })));
        t.Def("__repr__", a => new PyStr(((PyMemoryView)a).Released ? $"<released memory at 0x{a.Id:x}>" : $"<memory at 0x{a.Id:x}>"));
        t.Def("__len__", a => PyInt.From(V(a).Count));
        t.Def("__iter__", a =>
        {
            var mv = V(a);
            return new PyEnumeratorIterator(IteratorType, Items(mv));
        });
        t.Def("__getitem__", GetItem);
        t.Def("__setitem__", (a, k, v) => { SetItem(V(a), k, v); return PyNone.Instance; });
        t.Def("__delitem__", (a, k) => throw new PythonException(PyExc.TypeError("cannot delete memory")));
        t.Def("__eq__", (a, b) => Equal(a, b));
        t.Def("__ne__", (a, b) => Equal(a, b) is var r && r == Py.NotImplemented ? r : Py.Bool(r != Py.True));
        t.Def("__hash__", a => PyInt.From(Hash(V(a))));
        t.Def("__enter__", a => V(a));
        t.DefRaw("__exit__", (args, kw) => { ((PyMemoryView)args[0]).Release(); return PyNone.Instance; });
        t.Def("release", a => { ((PyMemoryView)a).Release(); return PyNone.Instance; });
        t.DefRaw("tobytes", (args, kw) =>
        {
            var p = ArgParser.Parse("tobytes", args[1..], kw, ["order"], [], 0);
            // Views here are contiguous, so every order gives the same bytes; the argument is still validated.
            if (p[0] is { } order && order is not PyNone)
            {
                if (order is not PyStr os)
                    throw new PythonException(PyExc.TypeError($"tobytes() argument 'order' must be str or None, not {order.Type.Name}"));
                if (os.Value is not ("C" or "F" or "A")) throw new PythonException(PyExc.ValueError("order must be 'C', 'F' or 'A'"));
            }
            return new PyBytes(V(args[0]).ToBytes());
        });
        t.Def("tolist", a => new PyList(Items(V(a)).ToList()));
        t.Def("toreadonly", a =>
        {
            var mv = V(a);
            return new PyMemoryView(Type, mv.Obj, mv.Start, mv.Count, mv.Stride, mv.Format, true);
        });
        t.DefRaw("hex", (args, kw) =>
        {
            var p = ArgParser.Parse("hex", args[1..], kw, ["sep", "bytes_per_sep"], [], 0);
            return new PyStr(Hex(V(args[0]).ToBytes(), p[0], p[1]));
        });
        t.DefRaw("cast", (args, kw) =>
        {
            var p = ArgParser.Parse("cast", args[1..], kw, ["format", "shape"], [], 1);
            return Cast(V(args[0]), p[0]!, p[1]);
        });
        t.Prop("obj", a => V(a).Obj);
        t.Prop("nbytes", a => PyInt.From(V(a).NBytes));
        t.Prop("readonly", a => Py.Bool(V(a).ReadOnly));
        t.Prop("itemsize", a => PyInt.From(V(a).ItemSize));
        t.Prop("format", a => new PyStr(V(a).Format));
        t.Prop("ndim", a => { V(a); return PyInt.From(1); });
        t.Prop("shape", a => PyTuple.Of(PyInt.From(V(a).Count)));
        t.Prop("strides", a => PyTuple.Of(PyInt.From(V(a).Stride)));
        t.Prop("suboffsets", a => { V(a); return PyTuple.Empty; });
        t.Prop("c_contiguous", a => Py.Bool(V(a).IsContiguous));
        t.Prop("f_contiguous", a => Py.Bool(V(a).IsContiguous));
        t.Prop("contiguous", a => Py.Bool(V(a).IsContiguous));
        return t;
    }

    private static IEnumerable<PyObject> Items(PyMemoryView mv)
    {
        for (long i = 0; i < mv.Count; i++)
        {
            mv.CheckReleased();
            yield return mv.Unpack(i);
        }
    }

    private static long ItemIndex(PyMemoryView mv, PyObject key)
    {
        long i = Ops.AsIndex(key, "memoryview");
        if (i < 0) i += mv.Count;
        if (i < 0 || i >= mv.Count) throw new PythonException(PyExc.IndexError("index out of bounds on dimension 1"));
        return i;
    }

    private static PyObject GetItem(PyObject a, PyObject key)
    {
        var mv = V(a);
        if (key is PySlice sl)
        {
            var (start, _, step, count) = Ops.SliceIndices(sl, mv.Count);
            return new PyMemoryView(Type, mv.Obj, mv.Start + start * mv.Stride, count, mv.Stride * step, mv.Format, mv.ReadOnly);
        }
        if (key is PyEllipsis) return a;
        if (key is PyTuple) throw new PythonException(PyExc.TypeError("memoryview: invalid slice key"));
        if (key is not PyInt && key.Type.Lookup("__index__") == null)
            throw new PythonException(PyExc.TypeError("memoryview: invalid slice key"));
        return mv.Unpack(ItemIndex(mv, key));
    }

    private static void SetItem(PyMemoryView mv, PyObject key, PyObject value)
    {
        if (mv.ReadOnly) throw new PythonException(PyExc.TypeError("cannot modify read-only memory"));
        if (key is PySlice sl)
        {
            var src = value as PyMemoryView ?? PyMemoryView.Over(Type, value)
                ?? throw new PythonException(PyExc.TypeError($"a bytes-like object is required, not '{value.Type.Name}'"));
            src.CheckReleased();
            var (start, _, step, count) = Ops.SliceIndices(sl, mv.Count);
            if (count != src.Count || src.Format != mv.Format)
                throw new PythonException(PyExc.ValueError("memoryview assignment: lvalue and rvalue have different structures"));
            // Copy first: source and destination may overlap (same bytearray).
            var items = new byte[count][];
            for (long i = 0; i < count; i++) items[i] = src.ItemBytes(i);
            for (long i = 0; i < count; i++) mv.SetItemBytes(start + i * step, items[i]);
            return;
        }
        if (key is not PyInt && key.Type.Lookup("__index__") == null)
            throw new PythonException(PyExc.TypeError("memoryview: invalid slice key"));
        mv.Pack(ItemIndex(mv, key), value);
    }

    // CPython 3.11: Python/pystrhex.c _Py_strhex_impl (separator every |bytes_per_sep| bytes,
    // counted from the right when positive, from the left when negative).
    internal static string Hex(byte[] data, PyObject? sepObj, PyObject? perSepObj)
    {
        const string digits = "0123456789abcdef";
        char? sep = null;
        if (sepObj != null && sepObj is not PyNone)
        {
            string s = sepObj switch
            {
                PyStr ps => ps.Value,
                PyBytes pb => System.Text.Encoding.Latin1.GetString(pb.Value),
                _ => throw new PythonException(PyExc.TypeError($"object of type '{sepObj.Type.Name}' has no len()")),
            };
            if (s.Length != 1) throw new PythonException(PyExc.ValueError("sep must be length 1."));
            if (s[0] > 127) throw new PythonException(PyExc.ValueError("sep must be ASCII."));
            sep = s[0];
        }
        long perSep = perSepObj == null ? 1 : Ops.ToLong(perSepObj);
        var sb = new System.Text.StringBuilder(data.Length * 3);
        long group = Math.Abs(perSep);
        for (int i = 0; i < data.Length; i++)
        {
            if (sep != null && group > 0 && i > 0)
            {
                // Positive: groups are aligned to the end of the data; negative: to the start.
                bool boundary = perSep > 0 ? (data.Length - i) % group == 0 : i % group == 0;
                if (boundary) sb.Append(sep.Value);
            }
            sb.Append(digits[data[i] >> 4]).Append(digits[data[i] & 15]);
        }
        return sb.ToString();
    }

    private static bool IsByteFormat(string f) => f is "B" or "b" or "c";

    private static PyObject Equal(PyObject a, PyObject b)
    {
        var self = (PyMemoryView)a;
        // Identity only decides for released views: a live 'd' view holding a NaN is unequal to itself.
        if (self.Released || b is PyMemoryView { Released: true }) return Py.Bool(ReferenceEquals(a, b));
        PyMemoryView? other = b as PyMemoryView ?? (b is PyBytes or PyByteArray ? PyMemoryView.Over(Type, b) : null);
        if (other == null) return Py.NotImplemented;
        if (self.Count != other.Count) return Py.False;
        if (self.Format == other.Format && self.Format is not ("f" or "d" or "e"))
        {
            for (long i = 0; i < self.Count; i++)
                if (!self.ItemBytes(i).AsSpan().SequenceEqual(other.ItemBytes(i))) return Py.False;
            return Py.True;
        }
        for (long i = 0; i < self.Count; i++)
            if (!Ops.RichEqBool(self.Unpack(i), other.Unpack(i))) return Py.False;
        return Py.True;
    }

    private static long Hash(PyMemoryView mv)
    {
        if (mv.CachedHash is { } h) return h;
        if (!mv.ReadOnly) throw new PythonException(PyExc.ValueError("cannot hash writable memoryview object"));
        if (!IsByteFormat(mv.Format))
            throw new PythonException(PyExc.ValueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
        mv.CachedHash = Ops.Hash(new PyBytes(mv.ToBytes()));
        return mv.CachedHash.Value;
    }

    private static PyObject Cast(PyMemoryView mv, PyObject formatObj, PyObject? shape)
    {
        if (formatObj is not PyStr fs)
            throw new PythonException(PyExc.TypeError($"cast() argument 'format' must be str, not {(formatObj is PyNone ? "None" : formatObj.Type.Name)}"));
        if (!mv.IsContiguous) throw new PythonException(PyExc.TypeError("memoryview: casts are restricted to C-contiguous views"));
        string format = fs.Value.StartsWith('@') ? fs.Value[1..] : fs.Value;
        int size = PyMemoryView.ItemSizeOf(format);
        if (size == 0)
            throw new PythonException(PyExc.ValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'"));
        if (!IsByteFormat(mv.Format) && !IsByteFormat(format))
            throw new PythonException(PyExc.TypeError("memoryview: cannot cast between two non-byte formats"));
        long nbytes = mv.NBytes;
        if (nbytes % size != 0) throw new PythonException(PyExc.TypeError("memoryview: length is not a multiple of itemsize"));
        long count = nbytes / size;
        if (shape != null && shape is not PyNone)
        {
            var dims = Ops.ToArray(shape);
            if (dims.Length != 1 || Ops.ToLong(dims[0]) != count)
                throw new PythonException(PyExc.NotImplementedError("memoryview: only one-dimensional casts are supported"));
        }
        return new PyMemoryView(Type, mv.Obj, mv.Start, count, size, format, mv.ReadOnly);
    }
}
