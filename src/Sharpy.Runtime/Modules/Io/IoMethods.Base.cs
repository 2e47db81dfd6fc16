using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules;

public static partial class IoModule
{
    private static readonly PyStr ClosedFlag = PyStr.Intern("__IOBase_closed");

    /// <summary>closed of any io object: native objects know; Python subclasses of IOBase use a flag.</summary>
    internal static bool IsClosed(PyObject o)
    {
        if (o is PyIOBase n) return n.IsClosed;
        return Ops.IsTrue(Ops.GetAttr(o, "closed"));
    }

    private static void CheckClosedGeneric(PyObject self)
    {
        if (IsClosed(self)) throw IoErrors.Closed();
    }

    private static PyObject None => PyNone.Instance;

    // CPython 3.11: Modules/_io/iobase.c
    private static void DefineIOBase()
    {
        var t = IOBase;
        t.Prop("closed", a => a is PyIOBase n ? Py.Bool(n.IsClosed)
            : Py.Bool(Ops.TryGetAttr(a, ClosedFlag, out var v) && Ops.IsTrue(v)));
        t.Def("close", a =>
        {
            if (a is PyIOBase n) { n.Close(); return None; }
            if (Ops.TryGetAttr(a, ClosedFlag, out var v) && Ops.IsTrue(v)) return None;
            try { Ops.CallMethod(a, "flush"); }
            finally { Ops.SetAttr(a, ClosedFlag, Py.True); }
            return None;
        });
        t.Def("flush", a => { CheckClosedGeneric(a); return None; });
        t.Def("__enter__", a => { CheckClosedGeneric(a); return a; });
        t.DefRange("__exit__", 0, 3, (a, args) => { Ops.CallMethod(a, "close"); return None; });
        t.Def("__iter__", a => { CheckClosedGeneric(a); return a; });
        t.Def("__next__", a =>
        {
            var line = Ops.CallMethod(a, "readline");
            if (Ops.Len(line) == 0) throw new PythonException(PyExc.StopIteration());
            return line;
        });
        t.Def("readable", a => Py.False);
        t.Def("writable", a => Py.False);
        t.Def("seekable", a => Py.False);
        t.Def("isatty", a => { CheckClosedGeneric(a); return Py.False; });
        t.Def("fileno", a => throw IoErrors.Unsupported("fileno"));
        t.DefRange("seek", 1, 2, (a, args) => throw IoErrors.Unsupported("seek"));
        t.Def("tell", a => Ops.CallMethod(a, "seek", PyInt.From(0), PyInt.From(1)));
        t.DefRange("truncate", 0, 1, (a, args) => throw IoErrors.Unsupported("truncate"));
        t.DefRange("readline", 0, 1, (a, args) =>
        {
            long limit = IoErrors.Size(args);
            var res = new List<byte>();
            while (limit < 0 || res.Count < limit)
            {
                var b = Ops.CallMethod(a, "read", PyInt.From(1));
                var bytes = b is PyNone ? [] : BytesMethods.AsBytes(b);
                if (bytes.Length == 0) break;
                res.AddRange(bytes);
                if (bytes[^1] == '\n') break;
            }
            return new PyBytes(res.ToArray());
        });
        t.DefRange("readlines", 0, 1, (a, args) => ReadLines(a, IoErrors.Size(args)));
        t.Def("writelines", (a, lines) =>
        {
            CheckClosedGeneric(a);
            foreach (var l in Ops.Iterate(lines)) Ops.CallMethod(a, "write", l);
            return None;
        });

        var raw = RawIOBase;
        raw.DefRange("read", 0, 1, (a, args) =>
        {
            long n = IoErrors.Size(args);
            if (n < 0) return Ops.CallMethod(a, "readall");
            var ba = new PyByteArray(new byte[n]);
            var r = Ops.CallMethod(a, "readinto", ba);
            if (r is PyNone) return None;
            return new PyBytes(ba.Value.Take((int)Ops.ToLong(r)).ToArray());
        });
        raw.Def("readall", a =>
        {
            var res = new List<byte>();
            while (true)
            {
                var r = Ops.CallMethod(a, "read", PyInt.From(DefaultBufferSize));
                if (r is PyNone) { if (res.Count == 0) return None; break; }
                var b = BytesMethods.AsBytes(r);
                if (b.Length == 0) break;
                res.AddRange(b);
            }
            return new PyBytes(res.ToArray());
        });

        var buffered = BufferedIOBase;
        buffered.Def("detach", a => throw IoErrors.Unsupported("detach"));
        buffered.DefRange("read", 0, 1, (a, args) => throw IoErrors.Unsupported("read"));
        buffered.DefRange("read1", 0, 1, (a, args) => throw IoErrors.Unsupported("read1"));
        buffered.Def("write", (a, b) => throw IoErrors.Unsupported("write"));
        buffered.Def("readinto", (a, b) => ReadIntoGeneric(a, b, "read"));
        buffered.Def("readinto1", (a, b) => ReadIntoGeneric(a, b, "read1"));

        var text = TextIOBase;
        text.Def("detach", a => throw IoErrors.Unsupported("detach"));
        text.DefRange("read", 0, 1, (a, args) => throw IoErrors.Unsupported("read"));
        text.DefRange("readline", 0, 1, (a, args) => throw IoErrors.Unsupported("readline"));
        text.Def("write", (a, b) => throw IoErrors.Unsupported("write"));
        text.Prop("encoding", a => None);
        text.Prop("newlines", a => None);
        text.Prop("errors", a => None);
    }

    private static PyObject ReadIntoGeneric(PyObject self, PyObject target, string method)
    {
        if (target is not PyByteArray ba) throw new PythonException(PyExc.TypeError($"readinto() argument must be read-write bytes-like object, not {target.Type.Name}"));
        var r = Ops.CallMethod(self, method, PyInt.From(ba.Value.Count));
        var b = BytesMethods.AsBytes(r);
        for (int i = 0; i < b.Length; i++) ba.Value[i] = b[i];
        return PyInt.From(b.Length);
    }

    /// <summary>readlines(hint): lines until their total size reaches hint (all when hint &lt;= 0).</summary>
    private static PyList ReadLines(PyObject self, long hint)
    {
        var l = new PyList();
        long total = 0;
        if (self is PyTextIO tio)
        {
            while (true)
            {
                var line = tio.ReadLine();
                if (line.Length == 0) break;
                l.Append(new PyStr(line));
                total += line.Length;
                if (hint > 0 && total >= hint) break;
            }
            return l;
        }
        CheckClosedGeneric(self);
        var it = Ops.GetIter(self);
        while (Ops.Next(it) is { } item)
        {
            l.Append(item);
            total += Ops.Len(item);
            if (hint > 0 && total >= hint) break;
        }
        return l;
    }
}
