using Sharpy.Syntax.Tokens;
using System.Globalization;
using System.Text;

namespace Sharpy.Runtime.Objects;

/// <summary>str methods (the core set; more are added with the same TypeDefinitions pattern).</summary>
internal static class StrMethods
{
    private static PyStr S(PyObject o) => o as PyStr ?? throw new PythonException(PyExc.TypeError($"descriptor requires a 'str' object but received '{o.Type.Name}'"));

    private static string Arg(PyObject o, string fname)
    {
        if (o is PyStr s) return s.Value;
        throw new PythonException(PyExc.TypeError($"{fname} arg must be None or str"));
    }

    private static string NeedStr(PyObject o, string what) =>
        o is PyStr s ? s.Value : throw new PythonException(PyExc.TypeError($"{what}, not {o.Type.Name}"));

    // Argument-clinic checks name None as "None" (older hand-written ones say "NoneType").
    private static string NeedStrClinic(PyObject o, string what) =>
        o is PyStr s ? s.Value : throw new PythonException(PyExc.TypeError($"{what}, not {(o is PyNone ? "None" : o.Type.Name)}"));

    /// <summary>The spec argument of a builtin __format__ (CPython 3.11's clinic message).</summary>
    public static string FormatSpecArg(PyObject spec) => NeedStrClinic(spec, "__format__() argument must be str");

    public static void Init()
    {
        var t = PyTypes.Str;
        t.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", StrNew)));
        // str(x): what StrNew answers for one positional argument, without its argument parsing.
        t.ExactCall = (args, kw) => kw == null && args.Length == 1 ? Ops.Str(args[0]) : null;
        t.Def("__repr__", a => new PyStr(Ops.StrRepr(S(a))));
        t.Def("__str__", a => ReferenceEquals(a.Type, PyTypes.Str) ? a : new PyStr(S(a).Value));
        t.Def("__hash__", a => PyInt.From(S(a).Hash));
        t.Def("__len__", a => PyInt.From(S(a).Length));
        t.Def("__iter__", a => new PyStrIterator(S(a)));
        t.Def("__getitem__", (a, k) => GetItem(S(a), k));
        t.Def("__contains__", (a, b) =>
        {
            if (b is not PyStr bs) throw new PythonException(PyExc.TypeError($"'in <string>' requires string as left operand, not {b.Type.Name}"));
            return Py.Bool(S(a).Value.Contains(bs.Value, StringComparison.Ordinal));
        });
        t.Def("__add__", (a, b) =>
        {
            if (b is not PyStr bs) return Py.NotImplemented;
            return new PyStr(S(a).Value + bs.Value);
        });
        t.Def("__mul__", (a, n) => Repeat(S(a), n));
        t.Def("__rmul__", (a, n) => Repeat(S(a), n));
        t.Def("__mod__", (a, b) => new PyStr(Formatting.Percent(S(a).Value, b)));
        t.Def("__rmod__", (a, b) => Py.NotImplemented);
        string[] cmp = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
        for (int i = 0; i < 6; i++)
        {
            int op = i;
            t.Def(cmp[i], (a, b) => b is PyStr bs ? Py.Bool(Ops.CmpResult(StrOps.Compare(S(a), bs), op)) : Py.NotImplemented);
        }
        t.Def("__format__", (a, spec) =>
        {
            string sp = FormatSpecArg(spec);
            // CPython 3.11: _PyUnicode_FormatAdvancedWriter — an empty spec on a subclass is str(self).
            if (sp.Length == 0 && !ReferenceEquals(a.Type, PyTypes.Str)) return Ops.Str(a);
            return new PyStr(Formatting.FormatStr(S(a).Value, sp));
        });
        t.Def("__getnewargs__", a => PyTuple.Of(new PyStr(S(a).Value)));
        t.Def("__sizeof__", a => PyInt.From(49 + S(a).Value.Length));

        t.Def("join", (a, it) =>
        {
            var sep = S(a).Value;
            // Exact lists and tuples are read in place (CPython's PySequence_Fast does the same) and the
            // result is sized once: no iterator objects, no StringBuilder growth.
            if (ReferenceEquals(it.Type, PyTypes.List)) { var l = (PyList)it; return JoinItems(sep, l.Items, l.Count); }
            if (ReferenceEquals(it.Type, PyTypes.Tuple)) { var tu = (PyTuple)it; return JoinItems(sep, tu.Items, tu.Items.Length); }
            var sb = new StringBuilder();
            int i = 0;
            // CPython 3.11: PyUnicode_Join via PySequence_Fast(seq, "can only join an iterable")
            if (it.Type.Lookup("__iter__") == null && it.Type.Lookup("__getitem__") == null)
                throw new PythonException(PyExc.TypeError("can only join an iterable"));
            foreach (var x in Ops.Iterate(it))
            {
                if (x is not PyStr xs)
                    throw new PythonException(PyExc.TypeError($"sequence item {i}: expected str instance, {x.Type.Name} found"));
                if (i > 0) sb.Append(sep);
                sb.Append(xs.Value);
                i++;
            }
            return PyStr.New(sb.ToString());
        });
        t.DefRaw("split", (args, kw) => Split(args, kw, false));
        t.DefRaw("rsplit", (args, kw) => Split(args, kw, true));
        t.DefRange("strip", 0, 1, (a, args) => new PyStr(Strip(S(a).Value, args, 3, "strip")));
        t.DefRange("lstrip", 0, 1, (a, args) => new PyStr(Strip(S(a).Value, args, 1, "lstrip")));
        t.DefRange("rstrip", 0, 1, (a, args) => new PyStr(Strip(S(a).Value, args, 2, "rstrip")));
        t.DefRangeParseTuple("startswith", 1, 3, (a, args) => Py.Bool(StartsEnds(S(a), args, true)));
        t.DefRangeParseTuple("endswith", 1, 3, (a, args) => Py.Bool(StartsEnds(S(a), args, false)));
        t.DefRange("replace", 2, 3, (a, args) =>
        {
            string s = S(a).Value;
            string old = NeedStr(args[0], "replace() argument 1 must be str"), nw = NeedStr(args[1], "replace() argument 2 must be str");
            long count = args.Length > 2 ? Ops.ToLong(args[2]) : -1;
            return new PyStr(Replace(s, old, nw, count));
        });
        t.DefRangeParseTuple("find", 1, 3, (a, args) => PyInt.From(Find(S(a), args, false)));
        t.DefRangeParseTuple("rfind", 1, 3, (a, args) => PyInt.From(Find(S(a), args, true)));
        t.DefRangeParseTuple("index", 1, 3, (a, args) =>
        {
            long r = Find(S(a), args, false);
            if (r < 0) throw new PythonException(PyExc.ValueError("substring not found"));
            return PyInt.From(r);
        });
        t.DefRangeParseTuple("rindex", 1, 3, (a, args) =>
        {
            long r = Find(S(a), args, true);
            if (r < 0) throw new PythonException(PyExc.ValueError("substring not found"));
            return PyInt.From(r);
        });
        t.DefRangeParseTuple("count", 1, 3, (a, args) =>
        {
            var (s, sub, start, end) = FindArgs(S(a), args);
            var self = S(a);
            if (start > self.Length) return PyInt.From(0);
            if (sub.Length == 0) return PyInt.From(Math.Max(0, end - start + 1));
            if (!self.IsBmp)
            {
                // Occurrence counts do not depend on the encoding; map code-point bounds to UTF-16.
                start = self.Substring(0, start).Length;
                end = self.Substring(0, Math.Max(end, 0)).Length;
            }
            int c = 0, i = start;
            while (true)
            {
                if (end - i < sub.Length) break;
                int j = s.IndexOf(sub, i, end - i, StringComparison.Ordinal);   // bounded: never scan past end
                if (j < 0) break;
                c++; i = j + sub.Length;
            }
            return PyInt.From(c);
        });
        t.DefRaw("format", (args, kw) =>
        {
            int nkw = kw?.Length ?? 0;
            PyDict? kwargs = null;
            if (nkw > 0)
            {
                kwargs = new PyDict();
                for (int i = 0; i < nkw; i++) kwargs.SetItem(kw![i], args[args.Length - nkw + i]);
            }
            return new PyStr(Formatting.StrFormat(S(args[0]).Value, args[1..(args.Length - nkw)], kwargs));
        });
        t.Def("format_map", (a, m) => new PyStr(Formatting.StrFormat(S(a).Value, [], m, positional: false)));
        t.Def("upper", a => new PyStr(UnicodeCase.Upper(S(a).Value)));
        t.Def("lower", a => new PyStr(UnicodeCase.Lower(S(a).Value)));
        t.Def("casefold", a => new PyStr(UnicodeCase.Casefold(S(a).Value)));
        t.Def("swapcase", a => new PyStr(UnicodeCase.Swapcase(S(a).Value)));
        t.Def("capitalize", a => new PyStr(UnicodeCase.Capitalize(S(a).Value)));
        t.Def("title", a => new PyStr(UnicodeCase.Title(S(a).Value)));
        t.DefRaw("encode", (args, kw) =>
        {
            var p = ArgParser.Parse("encode", args[1..], kw, ["encoding", "errors"], [], 0);
            // Argument clinic: both arguments must be str when given.
            if (p[0] is { } pe && pe is not PyStr)
                throw new PythonException(PyExc.TypeError($"encode() argument 'encoding' must be str, not {(pe is PyNone ? "None" : pe.Type.Name)}"));
            if (p[1] is { } pr && pr is not PyStr)
                throw new PythonException(PyExc.TypeError($"encode() argument 'errors' must be str, not {(pr is PyNone ? "None" : pr.Type.Name)}"));
            string enc = p[0] is PyStr e ? e.Value : "utf-8";
            string errors = p[1] is PyStr er ? er.Value : "strict";
            return new PyBytes(Codecs.Encode(S(args[0]).Value, enc, errors));
        });
        Pred(t, "isdigit", UnicodeClasses.IsDigit);
        Pred(t, "isdecimal", UnicodeClasses.IsDecimal);
        Pred(t, "isnumeric", UnicodeClasses.IsNumeric);
        Pred(t, "isalpha", UnicodeClasses.IsAlpha);
        Pred(t, "isalnum", UnicodeClasses.IsAlnum);
        Pred(t, "isspace", UnicodeClasses.IsSpace);
        Pred(t, "isascii", c => c < 128, emptyResult: true);
        Pred(t, "isprintable", UnicodeClasses.IsPrintable, emptyResult: true);
        t.Def("isupper", a => Py.Bool(UnicodeCase.StrIsUpper(S(a).Value)));
        t.Def("islower", a => Py.Bool(UnicodeCase.StrIsLower(S(a).Value)));
        t.Def("istitle", a => Py.Bool(UnicodeCase.StrIsTitle(S(a).Value)));
        t.Def("isidentifier", a => Py.Bool(IsIdentifier(S(a).Value)));
        t.DefRange("center", 1, 2, (a, args) => Justify(S(a), args, 'c'));
        t.DefRange("ljust", 1, 2, (a, args) => Justify(S(a), args, 'l'));
        t.DefRange("rjust", 1, 2, (a, args) => Justify(S(a), args, 'r'));
        t.Def("zfill", (a, w) =>
        {
            var str = S(a);
            var s = str.Value;
            long width = Ops.ToLong(w);
            // The width counts code points, as len() does (an astral character is one, not two UTF-16 units).
            if (str.Length >= width) return new PyStr(s);
            int fill = (int)width - str.Length;
            if (s.Length > 0 && (s[0] == '+' || s[0] == '-')) return new PyStr(s[0] + new string('0', fill) + s[1..]);
            return new PyStr(new string('0', fill) + s);
        });
        t.DefRaw("splitlines", (args, kw) =>
        {
            var p = ArgParser.Parse("splitlines", args[1..], kw, ["keepends"], [], 0);
            bool keep = p[0] != null && Ops.ToInt(p[0]!) != 0;  // a C int, as in CPython's clinic
            return new PyList(SplitLines(S(args[0]).Value, keep).Select(x => (PyObject)new PyStr(x)).ToArray());
        });
        t.Def("partition", (a, sepObj) =>
        {
            var s = S(a).Value; var sep = NeedStr(sepObj, "must be str");
            if (sep.Length == 0) throw new PythonException(PyExc.ValueError("empty separator"));
            int i = s.IndexOf(sep, StringComparison.Ordinal);
            if (i < 0) return PyTuple.Of(new PyStr(s), PyStr.Empty, PyStr.Empty);
            return PyTuple.Of(new PyStr(s[..i]), new PyStr(sep), new PyStr(s[(i + sep.Length)..]));
        });
        t.Def("rpartition", (a, sepObj) =>
        {
            var s = S(a).Value; var sep = NeedStr(sepObj, "must be str");
            if (sep.Length == 0) throw new PythonException(PyExc.ValueError("empty separator"));
            int i = s.LastIndexOf(sep, StringComparison.Ordinal);
            if (i < 0) return PyTuple.Of(PyStr.Empty, PyStr.Empty, new PyStr(s));
            return PyTuple.Of(new PyStr(s[..i]), new PyStr(sep), new PyStr(s[(i + sep.Length)..]));
        });
        t.DefRaw("expandtabs", (args, kw) =>
        {
            var p = ArgParser.Parse("expandtabs", args[1..], kw, ["tabsize"], [], 0);
            long ts = p[0] is { } tso ? Ops.ToInt(tso) : 8;  // a C int in CPython
            var sb = new StringBuilder();
            long col = 0;
            var s = S(args[0]).Value;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c == '\t') { if (ts > 0)
                {
                    long n = ts - col % ts;
                    if (n > int.MaxValue - sb.Length) throw new PythonException(PyExc.OverflowError("new string is too long"));
                    sb.Append(' ', (int)n); col += n;
                } }
                else
                {
                    sb.Append(c);
                    // Columns count code points: the low half of a surrogate pair does not advance the column.
                    if (c == '\n' || c == '\r') col = 0;
                    else if (!char.IsLowSurrogate(c) || i == 0 || !char.IsHighSurrogate(s[i - 1])) col++;
                }
            }
            return new PyStr(sb.ToString());
        });
        t.Def("removeprefix", (a, p) => { var s = S(a).Value; var x = NeedStrClinic(p, "removeprefix() argument must be str"); return new PyStr(s.StartsWith(x, StringComparison.Ordinal) ? s[x.Length..] : s); });
        t.Def("removesuffix", (a, p) => { var s = S(a).Value; var x = NeedStrClinic(p, "removesuffix() argument must be str"); return new PyStr(x.Length > 0 && s.EndsWith(x, StringComparison.Ordinal) ? s[..^x.Length] : s); });
        t.Def("translate", (a, table) =>
        {
            var sb = new StringBuilder();
            var s = S(a);
            for (int i = 0; i < s.Length; i++)
            {
                int cp = s.CodePointAt(i);
                PyObject? r;
                try { r = Ops.GetItem(table, PyInt.From(cp)); }
                catch (PythonException e) when (e.Value.IsInstance(PyExc.LookupError)) { PyStr.AppendCodePoint(sb, cp); continue; }
                if (r is PyNone) continue;
                if (r is PyInt ri)
                {
                    if (ri.IsBig || ri.Value < 0 || ri.Value > 0x10FFFF)
                        throw new PythonException(PyExc.ValueError("character mapping must be in range(0x110000)"));
                    PyStr.AppendCodePoint(sb, (int)ri.Value);
                }
                else if (r is PyStr rs) sb.Append(rs.Value);
                else throw new PythonException(PyExc.TypeError("character mapping must return integer, None or str"));
            }
            return new PyStr(sb.ToString());
        });
        t.DefStatic("maketrans", (args, kw) =>
        {
            // CPython 3.11 argument clinic: maketrans(x, y=<unrepresentable>, z=<unrepresentable>, /).
            if (kw is { Length: > 0 }) throw new PythonException(PyExc.TypeError("str.maketrans() takes no keyword arguments"));
            if (args.Length == 0) throw new PythonException(PyExc.TypeError("maketrans expected at least 1 argument, got 0"));
            if (args.Length > 3) throw new PythonException(PyExc.TypeError($"maketrans expected at most 3 arguments, got {args.Length}"));
            for (int k = 1; k < args.Length; k++)
                if (args[k] is not PyStr)
                    throw new PythonException(PyExc.TypeError($"maketrans() argument {k + 1} must be str, not {(args[k] is PyNone ? "None" : args[k].Type.Name)}"));
            var d = new PyDict();
            if (args.Length == 1)
            {
                if (args[0] is not PyDict src) throw new PythonException(PyExc.TypeError("if you give only one argument to maketrans it must be a dict"));
                foreach (var kv in src.Items())
                {
                    if (kv.Key is PyStr ks)
                    {
                        if (ks.Length != 1) throw new PythonException(PyExc.ValueError("string keys in translate table must be of length 1"));
                        d.SetItem(PyInt.From(ks.CodePointAt(0)), kv.Value);
                    }
                    else if (kv.Key is PyInt) d.SetItem(kv.Key, kv.Value);
                    else throw new PythonException(PyExc.TypeError("keys in translate table must be strings or integers"));
                }
                return d;
            }
            if (args[0] is not PyStr x) throw new PythonException(PyExc.TypeError("first maketrans argument must be a string if there is a second argument"));
            var y = S(args[1]);
            if (x.Length != y.Length) throw new PythonException(PyExc.ValueError("the first two maketrans arguments must have equal length"));
            for (int i = 0; i < x.Length; i++) d.SetItem(PyInt.From(x.CodePointAt(i)), PyInt.From(y.CodePointAt(i)));
            if (args.Length > 2)
            {
                var z = S(args[2]);
                for (int i = 0; i < z.Length; i++) d.SetItem(PyInt.From(z.CodePointAt(i)), PyNone.Instance);
            }
            return d;
        });
    }

    /// <summary>A str predicate true when every code point (surrogate pairs joined) satisfies <paramref name="p"/>.</summary>
    private static void Pred(PyType t, string name, Func<int, bool> p, bool emptyResult = false)
    {
        t.Def(name, a =>
        {
            var str = S(a);
            int n = str.Length;
            if (n == 0) return Py.Bool(emptyResult);
            for (int i = 0; i < n; i++)
                if (!p(str.CodePointAt(i))) return Py.False;
            return Py.True;
        });
    }

    public static bool IsIdentifier(string s) => Identifiers.IsIdentifier(s);

    private static PyObject StrNew(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var cls = (PyType)args[0];
        var p = ArgParser.Parse("str", args[1..], kw, ["object", "encoding", "errors"], [], 0);
        string v;
        if (p[0] == null) v = "";
        else if (p[1] != null || p[2] != null)
        {
            if (p[1] is { } pe && pe is not PyStr)
                throw new PythonException(PyExc.TypeError($"str() argument 'encoding' must be str, not {pe.Type.Name}"));
            if (p[2] is { } pr && pr is not PyStr)
                throw new PythonException(PyExc.TypeError($"str() argument 'errors' must be str, not {pr.Type.Name}"));
            byte[] data = p[0] switch
            {
                PyBytes b => b.Value,
                PyByteArray ba => ba.Value.ToArray(),
                PyMemoryView mv => mv.ToBytes(),
                _ => throw new PythonException(PyExc.TypeError($"decoding to str: need a bytes-like object, {p[0]!.Type.Name} found")),
            };
            v = Codecs.Decode(data, p[1] is PyStr e ? e.Value : "utf-8", p[2] is PyStr er ? er.Value : "strict");
        }
        else
        {
            if (ReferenceEquals(cls, PyTypes.Str)) return Ops.Str(p[0]!);
            v = Ops.StrString(p[0]!);
        }
        return ReferenceEquals(cls, PyTypes.Str) ? PyStr.New(v) : new PyStr(cls, v);
    }

    private static PyObject GetItem(PyStr s, PyObject k)
    {
        if (k is PySlice sl)
        {
            var (start, _, step, count) = Ops.SliceIndices(sl, s.Length);
            if (step == 1) return PyStr.New(s.Substring((int)start, (int)(start + count)));
            var sb = new StringBuilder();
            for (long i = 0, j = start; i < count; i++, j += step) PyStr.AppendCodePoint(sb, s.CodePointAt((int)j));
            return PyStr.New(sb.ToString());
        }
        if (k is not PyInt && k.Type.Lookup("__index__") == null)
            throw new PythonException(PyExc.TypeError($"string indices must be integers, not '{k.Type.Name}'"));
        long idx = Ops.AsIndex(k, "string");
        long n = Ops.NormalizeIndex(idx, s.Length);
        if (n < 0) throw new PythonException(PyExc.IndexError("string index out of range"));
        return PyStr.FromChar(s.CodePointAt((int)n));
    }

    private static PyObject Repeat(PyStr s, PyObject n)
    {
        long c = SeqHelpers.RepeatCount(n);
        if (c <= 0 || s.Value.Length == 0) return PyStr.Empty;
        SeqHelpers.RepeatedLength(s.Length, c, "repeated string is too long");
        if ((long)s.Value.Length * c > int.MaxValue / 2) throw new PythonException(new PyBaseException(PyExc.MemoryError));
        var sb = new StringBuilder(s.Value.Length * (int)c);
        for (long i = 0; i < c; i++) sb.Append(s.Value);
        return new PyStr(sb.ToString());
    }

    /// <summary>sep.join over the first <paramref name="count"/> items of a list's or tuple's array.</summary>
    private static PyObject JoinItems(string sep, PyObject[] items, int count)
    {
        long total = (long)sep.Length * Math.Max(0, count - 1);
        for (int i = 0; i < count; i++)
        {
            if (items[i] is not PyStr xs)
                throw new PythonException(PyExc.TypeError($"sequence item {i}: expected str instance, {items[i].Type.Name} found"));
            total += xs.Value.Length;
        }
        if (count == 1 && ReferenceEquals(items[0].Type, PyTypes.Str)) return items[0];
        if (total > int.MaxValue) throw new PythonException(new PyBaseException(PyExc.MemoryError));
        if (total == 0) return PyStr.Empty;
        string text = string.Create((int)total, (sep, items, count), static (dst, st) =>
        {
            int pos = 0;
            for (int i = 0; i < st.count; i++)
            {
                if (i > 0 && st.sep.Length > 0) { st.sep.AsSpan().CopyTo(dst[pos..]); pos += st.sep.Length; }
                string v = ((PyStr)st.items[i]).Value;
                v.AsSpan().CopyTo(dst[pos..]);
                pos += v.Length;
            }
        });
        return PyStr.New(text);
    }

    private static PyObject Split(ReadOnlySpan<PyObject> args, string[]? kw, bool right)
    {
        var p = ArgParser.Parse(right ? "rsplit" : "split", args[1..], kw, ["sep", "maxsplit"], [], 0);
        string s = S(args[0]).Value;
        long max = p[1] == null ? -1 : Ops.ToLong(p[1]!);
        var parts = new List<PyObject>();
        if (p[0] == null || p[0] is PyNone)
        {
            if (!right && max < 0) return SplitWhitespace(s);
            if (!right)
            {
                int i = 0;
                while (true)
                {
                    while (i < s.Length && IsSpace(s[i])) i++;
                    if (i >= s.Length) break;
                    if (max >= 0 && parts.Count >= max) { parts.Add(PyStr.New(s[i..])); break; }
                    int j = i;
                    while (j < s.Length && !IsSpace(s[j])) j++;
                    parts.Add(PyStr.New(s[i..j]));
                    i = j;
                }
            }
            else
            {
                int i = s.Length;
                while (true)
                {
                    while (i > 0 && IsSpace(s[i - 1])) i--;
                    if (i <= 0) break;
                    if (max >= 0 && parts.Count >= max) { parts.Add(PyStr.New(s[..i])); break; }
                    int j = i;
                    while (j > 0 && !IsSpace(s[j - 1])) j--;
                    parts.Add(PyStr.New(s[j..i]));
                    i = j;
                }
                parts.Reverse();
            }
        }
        else
        {
            string sep = p[0] is PyStr ps ? ps.Value : throw new PythonException(PyExc.TypeError($"must be str or None, not {p[0]!.Type.Name}"));
            if (sep.Length == 0) throw new PythonException(PyExc.ValueError("empty separator"));
            if (!right)
            {
                int i = 0;
                while (max < 0 || parts.Count < max)
                {
                    int j = s.IndexOf(sep, i, StringComparison.Ordinal);
                    if (j < 0) break;
                    parts.Add(PyStr.New(s[i..j]));
                    i = j + sep.Length;
                }
                parts.Add(PyStr.New(s[i..]));
            }
            else
            {
                int end = s.Length;
                while (max < 0 || parts.Count < max)
                {
                    if (end - sep.Length < 0) break;
                    int j = s.LastIndexOf(sep, end - 1, end, StringComparison.Ordinal);
                    if (j < 0 || j + sep.Length > end) break;
                    parts.Add(PyStr.New(s[(j + sep.Length)..end]));
                    end = j;
                }
                parts.Add(PyStr.New(s[..end]));
                parts.Reverse();
            }
        }
        return new PyList(parts);
    }

    /// <summary>
    /// s.split() with no limit, the common case, kept tight: the ASCII whitespace table is read inline and the
    /// words go straight into the list's array through a span (no List growth copy, no covariance checks).
    /// </summary>
    private static PyList SplitWhitespace(string s)
    {
        var items = new PyObject[Math.Min(12, s.Length / 2 + 1)];
        int n = 0, i = 0, len = s.Length;
        var table = AsciiSpace;
        while (true)
        {
            while (i < len && (s[i] < 128 ? table[s[i]] : char.IsWhiteSpace(s[i]))) i++;
            if (i >= len) break;
            int j = i + 1;
            while (j < len && !(s[j] < 128 ? table[s[j]] : char.IsWhiteSpace(s[j]))) j++;
            if (n == items.Length) Array.Resize(ref items, n * 2);
            Span<PyObject> dst = items;
            dst[n++] = j - i == 1 && s[i] < 256 ? PyStr.FromChar(s[i]) : new PyStr(i == 0 && j == len ? s : s.Substring(i, j - i));
            i = j;
        }
        return new PyList { Items = items, Count = n };
    }

    private static readonly char[] SpaceChars = [' ', '\t', '\n', '\r', '\f', '\v', '\x1c', '\x1d', '\x1e', '\x1f', '\x85', '\xa0', '\u2028', '\u2029', '\u3000'];
    private static bool IsSpace(char c) => c < 128 ? AsciiSpace[c] : char.IsWhiteSpace(c);

    // str.isspace for ASCII: \t\n\v\f\r, \x1c-\x1f and ' ' (a table: split() tests every character).
    private static readonly bool[] AsciiSpace = BuildAsciiSpace();

    private static bool[] BuildAsciiSpace()
    {
        var t = new bool[128];
        for (int c = 0; c < 128; c++) t[c] = char.IsWhiteSpace((char)c) || (c >= 0x1c && c <= 0x1f);
        return t;
    }

    private static string Strip(string s, ReadOnlySpan<PyObject> args, int mode, string name)
    {
        char[]? chars = null;
        if (args.Length > 0 && args[0] is not PyNone)
            chars = args[0] is PyStr cs ? cs.Value.ToCharArray() : throw new PythonException(PyExc.TypeError($"{name} arg must be None or str"));
        int start = 0, end = s.Length;
        if ((mode & 1) != 0) while (start < end && (chars == null ? IsSpace(s[start]) : chars.Contains(s[start]))) start++;
        if ((mode & 2) != 0) while (end > start && (chars == null ? IsSpace(s[end - 1]) : chars.Contains(s[end - 1]))) end--;
        return s[start..end];
    }

    private static bool StartsEnds(PyStr self, ReadOnlySpan<PyObject> args, bool starts)
    {
        string s = self.Value;
        int len = self.Length;
        long start = args.Length > 1 && args[1] is not PyNone ? Ops.SliceIndexArgument(args[1], true) : 0;
        long end = args.Length > 2 && args[2] is not PyNone ? Ops.SliceIndexArgument(args[2], true) : len;
        if (start < 0) start = Math.Max(0, start + len);
        if (end < 0) end = Math.Max(0, end + len);
        if (end > len) end = len;
        if (start > len) return false;
        // The window is a span for BMP strings: copying it made s.startswith(x, i) O(len(s)), and
        // parsers that test every position quadratic.
        string sub = end < start || self.IsBmp ? "" : self.Substring((int)start, (int)end);
        ReadOnlySpan<char> Window() => end < start ? "" : self.IsBmp ? s.AsSpan((int)start, (int)(end - start)) : sub;
        bool inTuple = args[0] is PyTuple;
        bool Check(PyObject p)
        {
            if (p is not PyStr && inTuple)
                throw new PythonException(PyExc.TypeError($"tuple for {(starts ? "startswith" : "endswith")} must only contain str, not {p.Type.Name}"));
            if (p is not PyStr ps)
                throw new PythonException(PyExc.TypeError($"{(starts ? "startswith" : "endswith")} first arg must be str or a tuple of str, not {p.Type.Name}"));
            if (end < start) return false;
            return starts ? Window().StartsWith(ps.Value, StringComparison.Ordinal) : Window().EndsWith(ps.Value, StringComparison.Ordinal);
        }
        if (args[0] is PyTuple t) return t.Items.Any(Check);
        return Check(args[0]);
    }

    public static string Replace(string s, string old, string nw, long count)
    {
        if (count < 0) count = long.MaxValue;
        if (old.Length == 0)
        {
            var sb0 = new StringBuilder();
            long n = 0;
            int i0 = 0;
            for (; i0 <= s.Length; i0++)
            {
                if (n < count) { sb0.Append(nw); n++; }
                if (i0 < s.Length) sb0.Append(s[i0]);
            }
            return sb0.ToString();
        }
        // Unlimited: .NET's ordinal Replace (vectorised search, one allocation; same object when nothing matches).
        if (count == long.MaxValue) return old.Length == 1 && nw.Length == 1 ? s.Replace(old[0], nw[0]) : s.Replace(old, nw);
        var sb = new StringBuilder();
        int i = 0;
        long done = 0;
        while (done < count)
        {
            int j = s.IndexOf(old, i, StringComparison.Ordinal);
            if (j < 0) break;
            sb.Append(s, i, j - i).Append(nw);
            i = j + old.Length;
            done++;
        }
        sb.Append(s, i, s.Length - i);
        return sb.ToString();
    }

    private static (string s, string sub, int start, int end) FindArgs(PyStr self, ReadOnlySpan<PyObject> args)
    {
        if (args[0] is not PyStr sub) throw new PythonException(PyExc.TypeError($"must be str, not {args[0].Type.Name}"));
        int len = self.Length;
        long start = args.Length > 1 && args[1] is not PyNone ? Ops.SliceIndexArgument(args[1], true) : 0;
        long end = args.Length > 2 && args[2] is not PyNone ? Ops.SliceIndexArgument(args[2], true) : len;
        if (start < 0) start = Math.Max(0, start + len);
        if (end < 0) end = Math.Max(0, end + len);
        if (end > len) end = len;
        // Work in UTF-16 indexes for BMP strings; astral strings go through code points.
        return (self.Value, sub.Value, (int)Math.Min(start, int.MaxValue), (int)end);
    }

    private static long Find(PyStr self, ReadOnlySpan<PyObject> args, bool reverse)
    {
        var (s, sub, start, end) = FindArgs(self, args);
        if (!self.IsBmp)
        {
            // Map code-point indexes to UTF-16 indexes.
            var cps = self.CodePoints;
            var prefix = new int[cps.Length + 1];
            for (int i = 0; i < cps.Length; i++) prefix[i + 1] = prefix[i] + (cps[i] > 0xFFFF ? 2 : 1);
            if (start > cps.Length) return -1;
            int us = prefix[Math.Min(start, cps.Length)], ue = prefix[Math.Min(Math.Max(end, start), cps.Length)];
            int r = reverse ? s[..ue].LastIndexOf(sub, StringComparison.Ordinal) : s.IndexOf(sub, us, StringComparison.Ordinal);
            if (r < us || r + sub.Length > ue) return -1;
            return Array.IndexOf(prefix, r);
        }
        if (start > s.Length || end < start) return -1;
        if (end - start < sub.Length) return -1;
        int res = reverse
            ? s.LastIndexOf(sub, end - 1 < 0 ? 0 : end - 1, end - start, StringComparison.Ordinal)
            : s.IndexOf(sub, start, end - start, StringComparison.Ordinal);
        if (sub.Length == 0) return reverse ? end : start;
        return res;
    }

    private static PyObject Justify(PyStr self, ReadOnlySpan<PyObject> args, char mode)
    {
        long width = Ops.ToLong(args[0]);
        string fill = " ";
        if (args.Length > 1)
        {
            if (args[1] is not PyStr fs)
                throw new PythonException(PyExc.TypeError($"The fill character must be a unicode character, not {args[1].Type.Name}"));
            if (fs.Length != 1)
                throw new PythonException(PyExc.TypeError("The fill character must be exactly one character long"));
            fill = fs.Value;  // one code point: one or two UTF-16 units
        }
        string s = self.Value;
        int len = self.Length;
        if (width <= len) return new PyStr(s);
        int pad = (int)width - len;
        string Repeat(int n) => fill.Length == 1 ? new string(fill[0], n) : string.Concat(Enumerable.Repeat(fill, n));
        return mode switch
        {
            'l' => new PyStr(s + Repeat(pad)),
            'r' => new PyStr(Repeat(pad) + s),
            // CPython 3.11: pad() via unicode_center_impl — the odd column goes left when the width is odd.
            _ => new PyStr(Repeat(pad / 2 + (pad & (int)width & 1)) + s + Repeat(pad - pad / 2 - (pad & (int)width & 1))),
        };
    }

    public static List<string> SplitLines(string s, bool keep)
    {
        var result = new List<string>();
        int i = 0, start = 0;
        while (i < s.Length)
        {
            char c = s[i];
            int eol = -1;
            if (c == '\r' && i + 1 < s.Length && s[i + 1] == '\n') eol = 2;
            else if (c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029') eol = 1;
            if (eol > 0)
            {
                result.Add(keep ? s[start..(i + eol)] : s[start..i]);
                i += eol;
                start = i;
            }
            else i++;
        }
        if (start < s.Length) result.Add(s[start..]);
        return result;
    }
}
