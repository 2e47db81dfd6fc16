using System.Numerics;
using System.Text;
using Sharpy.Compiler;
using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Interpreter;
using Sharpy.Runtime.Modules;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Builtins;

/// <summary>The <c>builtins</c> module.</summary>
public static partial class BuiltinsModule
{
    public static PyModule Create(PythonRuntime rt)
    {
        var m = new PyModule("builtins");
        var d = m.Dict!;
        d.SetItem("__doc__", new PyStr("Built-in functions, exceptions, and other objects."));
        foreach (var (name, t) in new (string, PyType)[]
        {
            ("object", PyTypes.Object), ("type", PyTypes.Type), ("int", PyTypes.Int), ("bool", PyTypes.Bool), ("float", PyTypes.Float),
            ("complex", PyTypes.Complex), ("str", PyTypes.Str), ("bytes", PyTypes.Bytes), ("bytearray", PyTypes.ByteArray),
            ("tuple", PyTypes.Tuple), ("list", PyTypes.List), ("dict", PyTypes.Dict), ("set", PyTypes.Set), ("frozenset", PyTypes.FrozenSet),
            ("range", PyTypes.Range), ("slice", PyTypes.Slice), ("enumerate", PyTypes.Enumerate), ("zip", PyTypes.Zip), ("map", PyTypes.Map),
            ("filter", PyTypes.Filter), ("reversed", PyTypes.Reversed), ("property", PyTypes.Property), ("classmethod", PyTypes.ClassMethod),
            ("staticmethod", PyTypes.StaticMethod), ("super", PyTypes.Super),
        })
            d.SetItem(name, t);
        d.SetItem("memoryview", MemoryViewMethods.Type);
        foreach (var kv in PyExc.ByName) d.SetItem(kv.Key, kv.Value);
        d.SetItem("EnvironmentError", PyExc.OSErrorType);
        d.SetItem("IOError", PyExc.OSErrorType);
        d.SetItem("None", PyNone.Instance);
        d.SetItem("Ellipsis", PyEllipsis.Instance);
        d.SetItem("NotImplemented", PyNotImplemented.Instance);
        d.SetItem("True", Py.True);
        d.SetItem("False", Py.False);
        d.SetItem("__debug__", Py.Bool(rt.Options.Optimize == 0));
        d.SetItem("__build_class__", new PyBuiltinFunction("__build_class__", TypeCreation.BuildClass));
        DefineFunctions(d, rt);
        return m;
    }

    private static void Fn(PyDict d, string name, NativeCall f) => d.SetItem(name, new PyBuiltinFunction(name, f));

    // CPython 3.11: METH_NOARGS functions
    private static void NoArguments(string name, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        ArgParser.NoKeywords(name, kw);
        if (args.Length != 0) throw new PythonException(PyExc.TypeError($"{name}() takes no arguments ({args.Length} given)"));
    }

    private static void Exact(string name, ReadOnlySpan<PyObject> args, string[]? kw, int n)
    {
        ArgParser.NoKeywords(name, kw);
        if (args.Length != n)
        {
            if (n == 1) throw new PythonException(PyExc.TypeError($"{name}() takes exactly one argument ({args.Length} given)"));
            throw new PythonException(PyExc.TypeError($"{name} expected {n} arguments, got {args.Length}"));
        }
    }

    private static void DefineFunctions(PyDict d, PythonRuntime rt)
    {
        Fn(d, "print", Print);
        Fn(d, "len", (a, k) => { Exact("len", a, k, 1); return PyInt.From(Ops.Len(a[0])); });
        Fn(d, "repr", (a, k) => { Exact("repr", a, k, 1); return Ops.Repr(a[0]); });
        Fn(d, "ascii", (a, k) => { Exact("ascii", a, k, 1); return new PyStr(Ascii(Ops.ReprString(a[0]))); });
        Fn(d, "abs", (a, k) => { Exact("abs", a, k, 1); return Ops.Abs(a[0]); });
        Fn(d, "id", (a, k) => { Exact("id", a, k, 1); return PyInt.From(a[0].Id); });
        Fn(d, "hash", (a, k) => { Exact("hash", a, k, 1); return PyInt.From(Ops.Hash(a[0])); });
        Fn(d, "callable", (a, k) => { Exact("callable", a, k, 1); return Py.Bool(Ops.IsCallable(a[0])); });
        Fn(d, "chr", (a, k) =>
        {
            Exact("chr", a, k, 1);
            if (a[0] is not PyInt && a[0].Type.Lookup("__index__") == null)
                throw new PythonException(PyExc.TypeError($"'{a[0].Type.Name}' object cannot be interpreted as an integer"));
            var v = Ops.Index(a[0]);
            if (v.IsBig || v.Value < 0 || v.Value > 0x10FFFF)
                throw new PythonException(v.IsBig ? PyExc.OverflowError("Python int too large to convert to C int") : PyExc.ValueError("chr() arg not in range(0x110000)"));
            return PyStr.FromChar((int)v.Value);
        });
        Fn(d, "ord", (a, k) =>
        {
            Exact("ord", a, k, 1);
            switch (a[0])
            {
                case PyStr s:
                    if (s.Length != 1) throw new PythonException(PyExc.TypeError($"ord() expected a character, but string of length {s.Length} found"));
                    return PyInt.From(s.CodePointAt(0));
                case PyBytes b:
                    if (b.Value.Length != 1) throw new PythonException(PyExc.TypeError($"ord() expected a character, but string of length {b.Value.Length} found"));
                    return PyInt.From(b.Value[0]);
                case PyByteArray ba:
                    var bytes = BytesMethods.AsBytes(ba);
                    if (bytes.Length != 1) throw new PythonException(PyExc.TypeError($"ord() expected a character, but string of length {bytes.Length} found"));
                    return PyInt.From(bytes[0]);
            }
            throw new PythonException(PyExc.TypeError($"ord() expected string of length 1, but {a[0].Type.Name} found"));
        });
        Fn(d, "hex", (a, k) => { Exact("hex", a, k, 1); return new PyStr(Radix(a[0], 16, "0x")); });
        Fn(d, "oct", (a, k) => { Exact("oct", a, k, 1); return new PyStr(Radix(a[0], 8, "0o")); });
        Fn(d, "bin", (a, k) => { Exact("bin", a, k, 1); return new PyStr(Radix(a[0], 2, "0b")); });
        Fn(d, "isinstance", (a, k) =>
        {
            ArgParser.NoKeywords("isinstance", k);
            if (a.Length != 2) throw new PythonException(PyExc.TypeError($"isinstance expected 2 arguments, got {a.Length}"));
            return Py.Bool(Ops.IsInstance(a[0], a[1]));
        });
        Fn(d, "issubclass", (a, k) =>
        {
            ArgParser.NoKeywords("issubclass", k);
            if (a.Length != 2) throw new PythonException(PyExc.TypeError($"issubclass expected 2 arguments, got {a.Length}"));
            return Py.Bool(Ops.IsSubclass(a[0], a[1]));
        });
        Fn(d, "getattr", (a, k) =>
        {
            ArgParser.NoKeywords("getattr", k);
            if (a.Length < 2 || a.Length > 3) throw new PythonException(PyExc.TypeError($"getattr expected {(a.Length < 2 ? "at least 2" : "at most 3")} arguments, got {a.Length}"));
            if (a[1] is not PyStr name) throw new PythonException(PyExc.TypeError($"attribute name must be string, not '{a[1].Type.Name}'"));
            if (a.Length == 3) return Ops.TryGetAttr(a[0], name, out var v) ? v : a[2];
            return Ops.GetAttr(a[0], name);
        });
        Fn(d, "setattr", (a, k) =>
        {
            ArgParser.NoKeywords("setattr", k);
            if (a.Length != 3) throw new PythonException(PyExc.TypeError($"setattr expected 3 arguments, got {a.Length}"));
            if (a[1] is not PyStr name) throw new PythonException(PyExc.TypeError($"attribute name must be string, not '{a[1].Type.Name}'"));
            Ops.SetAttr(a[0], PyStr.Intern(name.Value), a[2]);
            return PyNone.Instance;
        });
        Fn(d, "delattr", (a, k) =>
        {
            ArgParser.NoKeywords("delattr", k);
            if (a.Length != 2) throw new PythonException(PyExc.TypeError($"delattr expected 2 arguments, got {a.Length}"));
            if (a[1] is not PyStr name) throw new PythonException(PyExc.TypeError($"attribute name must be string, not '{a[1].Type.Name}'"));
            Ops.SetAttr(a[0], PyStr.Intern(name.Value), null);
            return PyNone.Instance;
        });
        Fn(d, "hasattr", (a, k) =>
        {
            ArgParser.NoKeywords("hasattr", k);
            if (a.Length != 2) throw new PythonException(PyExc.TypeError($"hasattr expected 2 arguments, got {a.Length}"));
            if (a[1] is not PyStr name) throw new PythonException(PyExc.TypeError($"attribute name must be string, not '{a[1].Type.Name}'"));
            return Py.Bool(Ops.TryGetAttr(a[0], PyStr.Intern(name.Value), out _));
        });
        Fn(d, "iter", (a, k) =>
        {
            ArgParser.NoKeywords("iter", k);
            if (a.Length == 1) return Ops.GetIter(a[0]);
            if (a.Length == 2)
            {
                if (!Ops.IsCallable(a[0])) throw new PythonException(PyExc.TypeError("iter(v, w): v must be callable"));
                return new PyCallableIterator(a[0], a[1]);
            }
            throw new PythonException(PyExc.TypeError($"iter expected {(a.Length == 0 ? "at least 1 argument" : "at most 2 arguments")}, got {a.Length}"));
        });
        Fn(d, "next", (a, k) =>
        {
            ArgParser.NoKeywords("next", k);
            if (a.Length < 1 || a.Length > 2) throw new PythonException(PyExc.TypeError($"next expected {(a.Length < 1 ? "at least 1 argument" : "at most 2 arguments")}, got {a.Length}"));
            var it = a[0];
            if (it is PyIterator ni)
            {
                var v = ni.Next();
                if (v != null) return v;
                if (a.Length == 2) return a[1];
                throw new PythonException(PyExc.StopIteration());
            }
            if (it is PyGenerator g && g.Kind == GeneratorKind.Generator && a.Length == 2)
                return g.Resume(PyNone.Instance, null, out var gv) ? gv : a[1];
            var nm = it.Type.Lookup("__next__");
            if (nm == null) throw new PythonException(PyExc.TypeError($"'{it.Type.Name}' object is not an iterator"));
            if (a.Length == 1) return Ops.CallWithSelf(nm, it, []);
            try { return Ops.CallWithSelf(nm, it, []); }
            catch (PythonException e) when (e.Value.IsInstance(PyExc.StopIterationType)) { return a[1]; }
        });
        Fn(d, "sorted", (a, k) =>
        {
            int nkw = k?.Length ?? 0;
            if (a.Length - nkw != 1)
                throw new PythonException(PyExc.TypeError(a.Length - nkw == 0 ? "sorted expected 1 argument, got 0" : $"sorted expected 1 argument, got {a.Length - nkw}"));
            var l = new PyList(Ops.ToArray(a[0]).ToArray());
            if (ReferenceEquals(l.Items, Ops.ToArray(a[0]))) l = new PyList((PyObject[])l.Items.Clone());
            // sorted() passes its keywords on to list.sort(), whose errors name sort().
            var p = ArgParser.Parse("sort", a[1..], k, [], ["key", "reverse"], 0);
            ListMethods.Sort(l, p[0], p[1] != null && ListMethods.ReverseFlag(p[1]!));
            return l;
        });
        Fn(d, "min", (a, k) => MinMax(a, k, "min", true));
        Fn(d, "max", (a, k) => MinMax(a, k, "max", false));
        Fn(d, "sum", Sum);
        Fn(d, "any", (a, k) =>
        {
            Exact("any", a, k, 1);
            var it = Ops.GetIter(a[0]);
            while (Ops.Next(it) is { } v) if (Ops.IsTrue(v)) return Py.True;
            return Py.False;
        });
        Fn(d, "all", (a, k) =>
        {
            Exact("all", a, k, 1);
            var it = Ops.GetIter(a[0]);
            while (Ops.Next(it) is { } v) if (!Ops.IsTrue(v)) return Py.False;
            return Py.True;
        });
        Fn(d, "round", (a, k) =>
        {
            var p = ArgParser.Parse("round", a, k, ["number", "ndigits"], [], 1);
            var x = p[0]!;
            var m = x.Type.Lookup("__round__");
            if (m == null) throw new PythonException(PyExc.TypeError($"type {x.Type.Name} doesn't define __round__ method"));
            return p[1] == null || p[1] is PyNone ? Ops.CallWithSelf(m, x, []) : Ops.CallWithSelf(m, x, [p[1]!]);
        });
        Fn(d, "divmod", (a, k) =>
        {
            ArgParser.NoKeywords("divmod", k);
            if (a.Length != 2) throw new PythonException(PyExc.TypeError($"divmod expected 2 arguments, got {a.Length}"));
            // Two builtin ints (bool included: it inherits int's __divmod__) skip the named-slot lookup.
            if (a[0] is PyInt x && a[1] is PyInt y && IsPlainInt(x) && IsPlainInt(y)) return IntOps.DivMod(x, y);
            var r = Ops.TryBinaryNamed(a[0], a[1], "__divmod__", "__rdivmod__");
            return r ?? throw new PythonException(PyExc.TypeError($"unsupported operand type(s) for divmod(): '{a[0].Type.Name}' and '{a[1].Type.Name}'"));
        });
        static bool IsPlainInt(PyObject o) => ReferenceEquals(o.Type, PyTypes.Int) || ReferenceEquals(o.Type, PyTypes.Bool);
        Fn(d, "pow", (a, k) =>
        {
            var p = ArgParser.Parse("pow", a, k, ["base", "exp", "mod"], [], 2);
            return Ops.Pow(p[0]!, p[1]!, p[2]);
        });
        Fn(d, "format", (a, k) =>
        {
            ArgParser.NoKeywords("format", k);
            if (a.Length is < 1 or > 2)
                throw new PythonException(PyExc.TypeError(a.Length == 0 ? "format expected at least 1 argument, got 0" : $"format expected at most 2 arguments, got {a.Length}"));
            var p = ArgParser.Parse("format", a, k, ["value", "format_spec"], [], 1);
            if (p[1] != null && p[1] is not PyStr) throw new PythonException(PyExc.TypeError($"format() argument 2 must be str, not {p[1]!.Type.Name}"));
            return Ops.Format(p[0]!, p[1] is PyStr s ? s.Value : "");
        });
        Fn(d, "vars", (a, k) =>
        {
            ArgParser.NoKeywords("vars", k);
            if (a.Length == 0) return CallerLocals();
            if (a.Length > 1) throw new PythonException(PyExc.TypeError($"vars expected at most 1 argument, got {a.Length}"));
            if (!Ops.TryGetAttr(a[0], PyStr.Intern("__dict__"), out var dd))
                throw new PythonException(PyExc.TypeError("vars() argument must have __dict__ attribute"));
            return dd;
        });
        Fn(d, "dir", (a, k) =>
        {
            ArgParser.NoKeywords("dir", k);
            if (a.Length > 1) throw new PythonException(PyExc.TypeError($"dir expected at most 1 argument, got {a.Length}"));
            if (a.Length == 0)
            {
                var loc = CallerLocals();
                var names = Ops.ToList(loc is PyDict ld ? new PyList(ld.KeysList()) : Ops.CallMethod(loc, "keys")).Select(Ops.StrString).OrderBy(s => s, StringComparer.Ordinal);
                return new PyList(names.Select(s => (PyObject)new PyStr(s)).ToArray());
            }
            return new PyList(Dir(a[0]).Select(s => (PyObject)new PyStr(s)).ToArray());
        });
        Fn(d, "globals", (a, k) => { NoArguments("globals", a, k); return PythonRuntime.Current.PyThreadState.TopFrame?.Globals ?? PythonRuntime.Current.MainModule.Dict!; });
        Fn(d, "locals", (a, k) => { NoArguments("locals", a, k); return CallerLocals(); });
        Fn(d, "input", (a, k) => Input(rt, a));
        d.SetItem("open", new PyBuiltinFunction("open", IoModule.Open, null, "io"));   // io.open, as CPython reports it
        Fn(d, "exec", (a, k) => ExecEval(a, k, true));
        Fn(d, "eval", (a, k) => ExecEval(a, k, false));
        Fn(d, "compile", Compile);
        // CPython 3.11: Python/bltinmodule.c builtin_breakpoint
        Fn(d, "breakpoint", (a, k) =>
        {
            var hook = PythonRuntime.Current.Sys.Dict!.GetItem("breakpointhook")
                ?? throw new PythonException(PyExc.RuntimeError("lost sys.breakpointhook"));
            return Ops.Call(hook, a, k);
        });
        Fn(d, "__import__", Import);
        Fn(d, "aiter", (a, k) => { Exact("aiter", a, k, 1); return Ops.CallMethod(a[0], "__aiter__"); });
        Fn(d, "anext", AnextAwaitable.Anext);
    }

    private static PyObject CallerLocals()
    {
        var f = PythonRuntime.Current.PyThreadState.TopFrame;
        if (f == null) return PythonRuntime.Current.MainModule.Dict!;
        return f.LocalsMap ?? f.LocalsSnapshot();
    }

    public static string Ascii(string repr)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < repr.Length; i++)
        {
            int cp = repr[i];
            if (char.IsHighSurrogate(repr[i]) && i + 1 < repr.Length && char.IsLowSurrogate(repr[i + 1])) { cp = char.ConvertToUtf32(repr[i], repr[i + 1]); i++; }
            if (cp < 128) sb.Append((char)cp);
            else if (cp < 0x100) sb.Append("\\x").Append(cp.ToString("x2"));
            else if (cp < 0x10000) sb.Append("\\u").Append(cp.ToString("x4"));
            else sb.Append("\\U").Append(cp.ToString("x8"));
        }
        return sb.ToString();
    }

    private static string Radix(PyObject o, int radix, string prefix)
    {
        var v = Ops.Index(o).AsBig;
        string digits = Formatting.ToBase(BigInteger.Abs(v), radix, false);
        return (v.Sign < 0 ? "-" : "") + prefix + digits;
    }

    private static PyObject Print(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        int nkw = kw?.Length ?? 0;
        int npos = args.Length - nkw;
        PyObject? sep = null, end = null, file = null, flush = null;
        for (int i = 0; i < nkw; i++)
        {
            var v = args[npos + i];
            switch (kw![i])
            {
                case "sep": sep = v; break;
                case "end": end = v; break;
                case "file": file = v; break;
                case "flush": flush = v; break;
                default: throw new PythonException(PyExc.TypeError($"'{kw[i]}' is an invalid keyword argument for print()"));
            }
        }
        if (sep != null && sep is not PyNone && sep is not PyStr) throw new PythonException(PyExc.TypeError($"sep must be None or a string, not {sep.Type.Name}"));
        if (end != null && end is not PyNone && end is not PyStr) throw new PythonException(PyExc.TypeError($"end must be None or a string, not {end.Type.Name}"));
        var rt = PythonRuntime.Current;
        if (file == null || file is PyNone)
        {
            file = rt.Sys.Dict!.GetItem("stdout");
            if (file == null || file is PyNone) return PyNone.Instance;
        }
        string sepS = sep is PyStr ss ? ss.Value : " ";
        string endS = end is PyStr es ? es.Value : "\n";
        var sb = new StringBuilder();
        for (int i = 0; i < npos; i++)
        {
            if (i > 0) sb.Append(sepS);
            sb.Append(Ops.StrString(args[i]));
        }
        sb.Append(endS);
        if (file is PyTextIO tio) tio.Write(sb.ToString());
        else
        {
            var write = Ops.GetAttr(file, "write");
            if (npos == 0 && endS.Length == 0) { }
            else
            {
                // CPython writes each piece separately.
                for (int i = 0; i < npos; i++)
                {
                    if (i > 0) Ops.Call(write, new PyStr(sepS));
                    Ops.Call(write, Ops.Str(args[i]));
                }
                Ops.Call(write, new PyStr(endS));
            }
        }
        if (flush != null && Ops.IsTrue(flush)) Ops.CallMethod(file, "flush");
        return PyNone.Instance;
    }

    private static PyObject MinMax(ReadOnlySpan<PyObject> args, string[]? kw, string name, bool isMin)
    {
        int nkw = kw?.Length ?? 0;
        int npos = args.Length - nkw;
        PyObject? key = null, def = null;
        // CPython counts the positional arguments first, then parses the keywords with "|$OO" (a count past two is
        // reported before any name).
        if (npos == 0) throw new PythonException(PyExc.TypeError($"{name} expected at least 1 argument, got 0"));
        if (nkw > 2) throw new PythonException(PyExc.TypeError($"{name}() takes at most 2 keyword arguments ({nkw} given)"));
        for (int i = 0; i < nkw; i++)
        {
            if (kw![i] == "key") key = args[npos + i];
            else if (kw[i] == "default") def = args[npos + i];
            else throw new PythonException(PyExc.TypeError($"'{kw[i]}' is an invalid keyword argument for {name}()"));
        }
        if (key is PyNone) key = null;
        IEnumerable<PyObject> items;
        if (npos == 1) items = Ops.Iterate(args[0]);
        else
        {
            if (def != null) throw new PythonException(PyExc.TypeError($"Cannot specify a default for {name}() with multiple positional arguments"));
            items = args[..npos].ToArray();
        }
        PyObject? best = null, bestKey = null;
        foreach (var v in items)
        {
            var k = key == null ? v : Ops.Call(key, v);
            if (best == null) { best = v; bestKey = k; continue; }
            bool better = isMin ? Ops.LessThan(k, bestKey!) : Ops.GreaterThan(k, bestKey!);  // CPython 3.11: min_max (item op best)
            if (better) { best = v; bestKey = k; }
        }
        if (best == null)
        {
            if (def != null) return def;
            throw new PythonException(PyExc.ValueError($"{name}() arg is an empty sequence"));
        }
        return best;
    }

    private static PyObject Sum(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var p = ArgParser.Parse("sum", args, kw, ["iterable", "start"], [], 1, posOnlyCount: 1);
        PyObject acc = p[1] ?? PyInt.From(0);
        if (acc is PyStr) throw new PythonException(PyExc.TypeError("sum() can't sum strings [use ''.join(seq) instead]"));
        if (acc is PyBytes) throw new PythonException(PyExc.TypeError("sum() can't sum bytes [use b''.join(seq) instead]"));
        if (acc is PyByteArray) throw new PythonException(PyExc.TypeError("sum() can't sum bytearray [use b''.join(seq) instead]"));
        var it = Ops.GetIter(p[0]!);
        // CPython 3.11's builtin_sum_impl: exact ints add up in a machine word while they fit, then exact floats in
        // a double (plain addition, no compensation in 3.11); whatever else comes is added with "+".
        if (acc is PyInt { IsBig: false } start && ReferenceEquals(acc.Type, PyTypes.Int))
        {
            long total = start.Value;
            while (true)
            {
                var v = Ops.Next(it);
                if (v == null) return PyInt.From(total);
                if (v is PyInt { IsBig: false } iv && (ReferenceEquals(v.Type, PyTypes.Int) || ReferenceEquals(v.Type, PyTypes.Bool))
                    && (total >= 0 ? iv.Value <= long.MaxValue - total : iv.Value >= long.MinValue - total))
                {
                    total += iv.Value;
                    continue;
                }
                acc = Ops.BinaryOp(PyInt.From(total), v, 0);
                break;
            }
        }
        if (acc is PyFloat startFloat && ReferenceEquals(acc.Type, PyTypes.Float))
        {
            double total = startFloat.Value;
            while (true)
            {
                var v = Ops.Next(it);
                if (v == null) return new PyFloat(total);
                if (v is PyFloat fv && ReferenceEquals(v.Type, PyTypes.Float)) { total += fv.Value; continue; }
                if (v is PyInt { IsBig: false } iv) { total += iv.Value; continue; }
                acc = Ops.BinaryOp(new PyFloat(total), v, 0);
                break;
            }
        }
        while (Ops.Next(it) is { } v)
            acc = Ops.BinaryOp(acc, v, 0);
        return acc;
    }

    private static PyObject Input(PythonRuntime rt, ReadOnlySpan<PyObject> args)
    {
        if (args.Length > 1) throw new PythonException(PyExc.TypeError($"input expected at most 1 argument, got {args.Length}"));
        var stdout = rt.Sys.Dict!.GetItem("stdout");
        if (args.Length == 1 && stdout != null && stdout is not PyNone)
        {
            Ops.CallMethod(stdout, "write", Ops.Str(args[0]));
        }
        if (stdout != null && stdout is not PyNone && Ops.TryGetAttr(stdout, PyStr.Intern("flush"), out var fl)) Ops.Call(fl);
        var stdin = rt.Sys.Dict!.GetItem("stdin");
        if (stdin == null || stdin is PyNone) throw new PythonException(PyExc.RuntimeError("input(): lost sys.stdin"));
        PyObject line;
        using (Modules.Signal.PendingSignals.BlockingRead()) line = Ops.CallMethod(stdin, "readline");
        if (line is not PyStr ls) throw new PythonException(PyExc.TypeError("object.readline() returned non-string"));
        if (ls.Value.Length == 0) throw new PythonException(PyExc.Create(PyExc.EOFError, "EOF when reading a line"));
        return new PyStr(ls.Value.EndsWith('\n') ? ls.Value[..^1] : ls.Value);
    }

    private static PyObject ExecEval(ReadOnlySpan<PyObject> args, string[]? kw, bool isExec)
    {
        string fname = isExec ? "exec" : "eval";
        if (!isExec)
        {
            // CPython 3.11: builtin_eval takes positional arguments only (_PyArg_CheckPositional).
            ArgParser.NoKeywords("eval", kw);
            if (args.Length is < 1 or > 3)
                throw new PythonException(PyExc.TypeError(args.Length < 1 ? "eval expected at least 1 argument, got 0" : $"eval expected at most 3 arguments, got {args.Length}"));
        }
        var p = ArgParser.Parse(fname, args, kw, ["source", "globals", "locals"], isExec ? ["closure"] : [], 1, posOnlyCount: 3);
        var rt = PythonRuntime.Current;
        var top = rt.PyThreadState.TopFrame;
        PyDict globals;
        PyObject locals;
        if (p[1] != null && p[1] is not PyNone)
        {
            if (p[1] is not PyDict gd)
                throw new PythonException(PyExc.TypeError(isExec ? $"exec() globals must be a dict, not {p[1]!.Type.Name}" : "globals must be a dict"));
            globals = gd;
            locals = p[2] != null && p[2] is not PyNone ? p[2]! : gd;
        }
        else
        {
            globals = top?.Globals ?? rt.MainModule.Dict!;
            locals = p[2] != null && p[2] is not PyNone ? p[2]! : (top == null ? globals : top.LocalsMap ?? top.LocalsSnapshot());
        }
        if (p[2] != null && p[2] is not PyNone && p[2]!.Type.Lookup("__getitem__") == null)
            throw new PythonException(PyExc.TypeError("locals must be a mapping"));
        // CPython: the caller's builtins dict (PyEval_GetBuiltins), not the module.
        if (globals.GetItem("__builtins__") == null)
            globals.SetItem("__builtins__", top?.Builtins ?? rt.Builtins.Dict!);
        Sharpy.Bytecode.Code.CodeObject code;
        var src = p[0]!;
        if (src is PyCode pc) code = pc.Code;
        else
        {
            string text = src switch
            {
                PyStr s => s.Value,
                PyBytes b => Encoding.UTF8.GetString(b.Value),
                PyByteArray ba => Encoding.UTF8.GetString(ba.Value.ToArray()),
                _ => throw new PythonException(PyExc.TypeError($"{fname}() arg 1 must be a string, bytes or code object")),
            };
            if (!isExec) text = text.TrimStart(' ', '\t');
            code = SourceCompiler.Compile(rt, text, "<string>", isExec ? CompileMode.Exec : CompileMode.Eval, CallerFutureFlags(rt), false);
        }
        var frame = new Frame(PyCode.For(code), globals, Eval.BuiltinsFor(globals), locals);
        // Code compiled with PyCF_ALLOW_TOP_LEVEL_AWAIT that awaits is a coroutine's code: eval() and exec()
        // return the coroutine, as CPython's PyEval_EvalCode does for generator and coroutine flags.
        var info = frame.Info;
        if (info.IsGenerator || info.IsCoroutine || info.IsAsyncGenerator)
        {
            var gen = PyGenerator.Create(frame);
            return isExec ? PyNone.Instance : gen;
        }
        var r = Eval.Run(frame);
        return isExec ? PyNone.Instance : r;
    }

    private static PyObject Compile(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var p = ArgParser.Parse("compile", args, kw, ["source", "filename", "mode", "flags", "dont_inherit", "optimize"], ["_feature_version"], 3);
        var rt = PythonRuntime.Current;
        // CPython: PyUnicode_FSDecoder — str, bytes (file-system decoded) or an os.PathLike.
        string filename = p[1] is PyBytes fb ? Encoding.UTF8.GetString(fb.Value)
            : Modules.Importing.ImportlibUtilModule.FsPath(p[1]!);
        // CPython checks flags, then optimize, then the mode.
        int flags = p[3] == null ? 0 : Ops.ToInt(p[3]!);
        if ((flags & ~CompileFlagsAccepted) != 0) throw new PythonException(PyExc.ValueError("compile(): unrecognised flags"));
        int optimize = p[5] == null ? -1 : Ops.ToInt(p[5]!);
        if (optimize < -1 || optimize > 2) throw new PythonException(PyExc.ValueError("compile(): invalid optimize value"));
        bool dontInherit = p[4] != null && Ops.IsTrue(p[4]!);
        if (!dontInherit) flags |= CallerFutureFlags(rt);
        string mode = p[2] is PyStr ms ? ms.Value : throw new PythonException(PyExc.TypeError("compile() mode must be str"));
        var cmode = mode switch
        {
            "exec" => CompileMode.Exec,
            "eval" => CompileMode.Eval,
            "single" => CompileMode.Single,
            _ => throw new PythonException(PyExc.ValueError("compile() mode must be 'exec', 'eval' or 'single'")),
        };
        if ((flags & 0x400) != 0) return CompileToAst(rt, p[0]!, p[1]!, p[2]!, flags);
        var code = p[0] switch
        {
            PyStr s => SourceCompiler.Compile(rt, s.Value, filename, cmode, flags, dontInherit, optimize),
            PyBytes b => SourceCompiler.Compile(rt, b.Value, filename, cmode, flags, dontInherit, optimize),
            PyCode c => c.Code,
            _ when IsAstNode(rt, p[0]!) => SourceCompiler.CompileTree(rt, Modules.Ast.AstReader.Read(rt.Modules.GetItem("ast")!, p[0]!, mode),
                filename, cmode, flags, dontInherit, optimize),
            _ => throw new PythonException(PyExc.TypeError("compile() arg 1 must be a string, bytes or AST object")),
        };
        return PyCode.For(code);
    }

    /// <summary>
    /// The flags compile() accepts (CPython's PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK): the future
    /// features, CO_NESTED, and ONLY_AST, TYPE_COMMENTS, ALLOW_TOP_LEVEL_AWAIT, DONT_IMPLY_DEDENT, ALLOW_INCOMPLETE_INPUT.
    /// </summary>
    private const int CompileFlagsAccepted = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000
        | 0x10 | 0x400 | 0x1000 | 0x2000 | 0x200 | 0x4000;

    private const int FutureFlagsMask = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000;

    /// <summary>The __future__ features of the calling code, which compile(), exec() and eval() of source inherit.</summary>
    private static int CallerFutureFlags(PythonRuntime rt) =>
        rt.PyThreadState.TopFrame is { } caller ? (int)caller.Info.Code.Flags & FutureFlagsMask : 0;

    /// <summary>compile(..., flags=PyCF_ONLY_AST): the tree, built by the ast module's node classes.</summary>
    private static PyObject CompileToAst(PythonRuntime rt, PyObject source, PyObject filename, PyObject mode, int flags)
    {
        var ast = rt.Importer!.Import("ast", PyNone.Instance, PyNone.Instance, 0);
        var parse = Ops.GetAttr(ast, PyStr.Intern("parse"));
        return Ops.Call(parse, [source, filename, mode, Py.Bool((flags & 0x1000) != 0)], ["type_comments"]);
    }

    private static bool IsAstNode(PythonRuntime rt, PyObject o) =>
        rt.Modules.GetItem("ast") is PyObject ast && Ops.TryGetAttr(ast, PyStr.Intern("AST"), out var cls)
        && cls is PyType type && o.Type.IsSubtypeOf(type);

    private static PyObject Import(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var p = ArgParser.Parse("__import__", args, kw, ["name", "globals", "locals", "fromlist", "level"], [], 1);
        if (p[0] is not PyStr name) throw new PythonException(PyExc.TypeError("module name must be a string"));
        int level = p[4] == null ? 0 : (int)Ops.ToLong(p[4]!);
        if (level < 0) throw new PythonException(PyExc.ValueError("level must be >= 0"));
        if (name.Value.Length == 0 && level == 0) throw new PythonException(PyExc.ValueError("Empty module name"));
        var rt = PythonRuntime.Current;
        var globals = p[1] ?? PyNone.Instance;
        var fromlist = p[3] ?? PyNone.Instance;
        if (rt.Importer != null) return rt.Importer.Import(name.Value, globals, fromlist, level);
        return FallbackImport(rt, name.Value, fromlist, level);
    }

    /// <summary>Used when no import system is plugged in: sys.modules and native modules only.</summary>
    private static PyObject FallbackImport(PythonRuntime rt, string name, PyObject fromlist, int level)
    {
        if (level > 0) throw new PythonException(PyExc.Create(PyExc.ImportError, "attempted relative import with no known parent package"));
        var parts = name.Split('.');
        PyObject? top = null;
        for (int i = 0; i < parts.Length; i++)
        {
            string full = string.Join('.', parts.Take(i + 1));
            var m = rt.Modules.GetItem(new PyStr(full));
            if (m == null)
            {
                var nm = rt.CreateNativeModule(full);
                if (nm == null)
                {
                    var e = PyExc.Create(PyExc.ModuleNotFoundError, $"No module named '{full}'");
                    e.SetField("name", new PyStr(full));
                    throw new PythonException(e);
                }
                rt.Modules.SetItem(new PyStr(full), nm);
                m = nm;
            }
            top ??= m;
        }
        if (fromlist is not PyNone && Ops.IsTrue(fromlist)) return rt.Modules.GetItem(new PyStr(name))!;
        return top!;
    }

    // ---- dir ----

    public static List<string> Dir(PyObject o)
    {
        var m = o.Type.Lookup("__dir__");
        // A class's dir() is its metaclass's __dir__ when Python code defines one (enum.EnumType does);
        // type's own is the MRO walk below.
        bool custom = o is PyType ? m != null && m is not PyMethodDescriptor
                                  : m != null && !(m is PyMethodDescriptor md && md.Owner == PyTypes.Object);
        if (custom && m != null)
        {
            var r = Ops.CallWithSelf(m, o, []);
            return Ops.ToList(r).Select(Ops.StrString).OrderBy(s => s, StringComparer.Ordinal).ToList();
        }
        if (o is PyType t) return DirOfType(t);
        if (o is PyModule mod) return mod.Dict!.KeysList().OfType<PyStr>().Select(s => s.Value).OrderBy(s => s, StringComparer.Ordinal).ToList();
        return DirDefault(o);
    }

    public static List<string> DirDefault(PyObject o)
    {
        var names = new HashSet<string>();
        if (o.Dict != null && o is not PyType) foreach (var k in o.Dict.KeysList()) if (k is PyStr s) names.Add(s.Value);
        foreach (var t in o.Type.Mro) foreach (var k in t.Dict.KeysList()) if (k is PyStr s) names.Add(s.Value);
        return names.OrderBy(s => s, StringComparer.Ordinal).ToList();
    }

    public static List<string> DirOfType(PyType t)
    {
        var names = new HashSet<string>();
        foreach (var b in t.Mro) foreach (var k in b.Dict.KeysList()) if (k is PyStr s) names.Add(s.Value);
        return names.OrderBy(s => s, StringComparer.Ordinal).ToList();
    }
}
