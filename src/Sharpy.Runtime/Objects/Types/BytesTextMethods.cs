using System.Text;

namespace Sharpy.Runtime.Objects;

/// <summary>
/// The text-like methods of <c>bytes</c> and <c>bytearray</c> (searching, splitting, padding, case).
/// </summary>
/// <remarks>
/// Where a method's behaviour on bytes is exactly str's behaviour on the Latin-1 decoding (searching,
/// padding, partitioning, splitting or stripping with an explicit separator), it is forwarded to the str
/// method so the two cannot drift apart; arguments are checked first with the bytes error messages.
/// Methods that look at character classes are bytes-specific, because bytes only know ASCII: their
/// whitespace is <c>b' \t\n\r\x0b\x0c'</c> (str also splits on <c>\x1c-\x1f \x85 \xa0</c>), their
/// letters are ASCII letters, and <c>splitlines</c> breaks only at <c>\n</c>, <c>\r</c> and
/// <c>\r\n</c>. CPython 3.11: Objects/bytes_methods.c, Objects/stringlib/.
/// </remarks>
internal static class BytesTextMethods
{
    private static string Latin1(byte[] b) => Encoding.Latin1.GetString(b);

    private static bool IsSpace(byte c) => c is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0b or 0x0c;
    private static bool IsLower(byte c) => c is >= (byte)'a' and <= (byte)'z';
    private static bool IsUpper(byte c) => c is >= (byte)'A' and <= (byte)'Z';
    private static bool IsAlpha(byte c) => IsLower(c) || IsUpper(c);
    private static bool IsDigit(byte c) => c is >= (byte)'0' and <= (byte)'9';
    private static byte ToUpper(byte c) => IsLower(c) ? (byte)(c - 32) : c;
    private static byte ToLower(byte c) => IsUpper(c) ? (byte)(c + 32) : c;

    /// <summary>How an argument of a forwarded method is checked and converted.</summary>
    private enum ArgKind { Bytes, BytesOrInt, BytesOrTuple, FillByte, BytesOrNone, Plain }

    public static void Init()
    {
        foreach (var t in new[] { PyTypes.Bytes, PyTypes.ByteArray })
        {
            bool isArray = t == PyTypes.ByteArray;
            PyObject Make(byte[] v) => isArray ? new PyByteArray(v) : new PyBytes(v);

            Forward(t, "find", 1, 3, [ArgKind.BytesOrInt]);
            Forward(t, "rfind", 1, 3, [ArgKind.BytesOrInt]);
            Forward(t, "index", 1, 3, [ArgKind.BytesOrInt], strName: "find", notFound: true);
            Forward(t, "rindex", 1, 3, [ArgKind.BytesOrInt], strName: "rfind", notFound: true);
            Forward(t, "count", 1, 3, [ArgKind.BytesOrInt]);
            Forward(t, "startswith", 1, 3, [ArgKind.BytesOrTuple]);
            Forward(t, "endswith", 1, 3, [ArgKind.BytesOrTuple]);
            Forward(t, "replace", 2, 3, [ArgKind.Bytes, ArgKind.Bytes]);
            Forward(t, "partition", 1, 1, [ArgKind.Bytes]);
            Forward(t, "rpartition", 1, 1, [ArgKind.Bytes]);
            Forward(t, "removeprefix", 1, 1, [ArgKind.Bytes]);
            Forward(t, "removesuffix", 1, 1, [ArgKind.Bytes]);
            Forward(t, "center", 1, 2, [ArgKind.Plain, ArgKind.FillByte]);
            Forward(t, "ljust", 1, 2, [ArgKind.Plain, ArgKind.FillByte]);
            Forward(t, "rjust", 1, 2, [ArgKind.Plain, ArgKind.FillByte]);
            Forward(t, "zfill", 1, 1, [ArgKind.Plain]);
            Forward(t, "expandtabs", 0, 1, [ArgKind.Plain], ["tabsize"]);

            t.DefRaw("split", (args, kw) => Split(args, kw, isArray, reverse: false));
            t.DefRaw("rsplit", (args, kw) => Split(args, kw, isArray, reverse: true));
            t.DefRange("strip", 0, 1, (a, args) => Strip(a, args, "strip", left: true, right: true, Make));
            t.DefRange("lstrip", 0, 1, (a, args) => Strip(a, args, "lstrip", left: true, right: false, Make));
            t.DefRange("rstrip", 0, 1, (a, args) => Strip(a, args, "rstrip", left: false, right: true, Make));
            t.DefRaw("splitlines", (args, kw) =>
            {
                var p = ArgParser.Parse("splitlines", args[1..], kw, ["keepends"], [], 0);
                bool keep = p[0] != null && Ops.ToInt(p[0]!) != 0;  // a C int, as in CPython's clinic
                return new PyList(SplitLines(BytesMethods.AsBytes(args[0]), keep).Select(Make).ToArray());
            });

            t.Def("isascii", a => Py.Bool(BytesMethods.AsBytes(a).All(c => c < 128)));
            t.Def("isalpha", a => All(a, IsAlpha));
            t.Def("isdigit", a => All(a, IsDigit));
            t.Def("isalnum", a => All(a, c => IsAlpha(c) || IsDigit(c)));
            t.Def("isspace", a => All(a, IsSpace));
            t.Def("islower", a => { var v = BytesMethods.AsBytes(a); return Py.Bool(v.Any(IsLower) && !v.Any(IsUpper)); });
            t.Def("isupper", a => { var v = BytesMethods.AsBytes(a); return Py.Bool(v.Any(IsUpper) && !v.Any(IsLower)); });
            t.Def("istitle", a => Py.Bool(IsTitle(BytesMethods.AsBytes(a))));
            t.Def("upper", a => Make(BytesMethods.AsBytes(a).Select(ToUpper).ToArray()));
            t.Def("lower", a => Make(BytesMethods.AsBytes(a).Select(ToLower).ToArray()));
            t.Def("swapcase", a => Make(BytesMethods.AsBytes(a).Select(c => IsUpper(c) ? ToLower(c) : ToUpper(c)).ToArray()));
            t.Def("capitalize", a => Make(BytesMethods.AsBytes(a).Select((c, i) => i == 0 ? ToUpper(c) : ToLower(c)).ToArray()));
            t.Def("title", a => Make(Title(BytesMethods.AsBytes(a))));
            t.DefRaw("translate", (args, kw) =>
            {
                var p = ArgParser.Parse("translate", args[1..], kw, ["table", "delete"], [], 1);
                return Make(Translate(BytesMethods.AsBytes(args[0]), p[0]!, p[1]));
            });
            t.DefStatic("maketrans", (args, kw) =>
            {
                if (kw is { Length: > 0 }) throw new PythonException(PyExc.TypeError($"{t.Name}.maketrans() takes no keyword arguments"));
                TypeDefinitions.CheckRange("maketrans", args.Length, 2, 2);
                return new PyBytes(MakeTrans(BytesMethods.AsBytes(args[0]), BytesMethods.AsBytes(args[1])));
            });
            t.Def("__getnewargs__", a => new PyTuple([new PyBytes(BytesMethods.AsBytes(a))]));
        }
        PyTypes.Bytes.Def("__bytes__", a => a is PyBytes b && ReferenceEquals(b.Type, PyTypes.Bytes) ? b : new PyBytes(BytesMethods.AsBytes(a)));
    }

    private static PyObject All(PyObject a, Func<byte, bool> pred)
    {
        var v = BytesMethods.AsBytes(a);
        return Py.Bool(v.Length > 0 && v.All(pred));
    }

    /// <summary>Declares a bytes method that checks its arguments, then runs str's method on Latin-1 text.</summary>
    /// <param name="strName">The str method to run (index/rindex run find/rfind: their error text differs).</param>
    /// <param name="notFound">Raise bytes' "subsection not found" when the str method returns -1.</param>
    private static void Forward(PyType t, string name, int min, int max, ArgKind[] kinds, string[]? keywords = null,
                                string? strName = null, bool notFound = false)
    {
        bool isArray = t == PyTypes.ByteArray;
        var strMethod = PyTypes.Str.Dict.GetItem(strName ?? name)!;
        t.DefRaw(name, (args, kw) =>
        {
            int nkw = kw?.Length ?? 0;
            if (nkw > 0 && keywords == null) throw new PythonException(PyExc.TypeError($"{t.Name}.{name}() takes no keyword arguments"));
            CheckArity(t, name, args.Length - 1 - nkw, min, max, keywords != null);
            var converted = new PyObject[args.Length];
            converted[0] = new PyStr(Latin1(BytesMethods.AsBytes(args[0])));
            for (int i = 1; i < args.Length; i++)
                converted[i] = Convert(args[i], i - 1 < kinds.Length && i <= args.Length - 1 - nkw ? kinds[i - 1] : ArgKind.Plain, name, i);
            var r = Ops.Call(strMethod, converted, kw);
            if (notFound && r is PyInt { Value: -1 }) throw new PythonException(PyExc.ValueError("subsection not found"));
            return FromStr(r, isArray);
        });
    }

    /// <summary>
    /// The argument-count errors CPython 3.11's bytes methods give: single-argument ones name the type, the find family
    /// (PyArg_ParseTuple) and those taking keywords (clinic) say "takes at least/at most", the rest "expected".
    /// </summary>
    private static void CheckArity(PyType t, string name, int n, int min, int max, bool takesKeywords)
    {
        if (n >= min && n <= max) return;
        if (min == 1 && max == 1)
            throw new PythonException(PyExc.TypeError($"{t.Name}.{name}() takes exactly one argument ({n} given)"));
        if (takesKeywords || name is "find" or "rfind" or "index" or "rindex" or "count" or "startswith" or "endswith")
        {
            int bound = n < min ? min : max;
            throw new PythonException(PyExc.TypeError(
                $"{name}() takes {(n < min ? "at least" : "at most")} {bound} argument{(bound == 1 ? "" : "s")} ({n} given)"));
        }
        TypeDefinitions.CheckRange(name, n, min, max);
    }

    private static PyObject Convert(PyObject a, ArgKind kind, string method, int position)
    {
        switch (kind)
        {
            case ArgKind.Plain:
                return a;
            case ArgKind.Bytes:
                return new PyStr(Latin1(BytesMethods.AsBytes(a)));
            case ArgKind.BytesOrNone:
                return a is PyNone ? a : new PyStr(Latin1(BytesMethods.AsBytes(a)));
            case ArgKind.BytesOrInt:
                if (a is PyBytes or PyByteArray or PyMemoryView) return new PyStr(Latin1(BytesMethods.AsBytes(a)));
                if (a is PyInt || a.Type.Lookup("__index__") != null)
                {
                    var v = Ops.Index(a);
                    if (v.IsBig || v.Value < 0 || v.Value > 255) throw new PythonException(PyExc.ValueError("byte must be in range(0, 256)"));
                    return new PyStr(((char)v.Value).ToString());
                }
                throw new PythonException(PyExc.TypeError($"argument should be integer or bytes-like object, not '{a.Type.Name}'"));
            case ArgKind.BytesOrTuple:
                if (a is PyBytes or PyByteArray or PyMemoryView) return new PyStr(Latin1(BytesMethods.AsBytes(a)));
                if (a is PyTuple tup)
                    return new PyTuple(tup.Items.Select(x => x is PyBytes or PyByteArray or PyMemoryView
                        ? new PyStr(Latin1(BytesMethods.AsBytes(x)))
                        : throw new PythonException(PyExc.TypeError($"a bytes-like object is required, not '{x.Type.Name}'"))).ToArray<PyObject>());
                throw new PythonException(PyExc.TypeError($"{method} first arg must be bytes or a tuple of bytes, not {a.Type.Name}"));
            case ArgKind.FillByte:
                if (a is PyBytes or PyByteArray or PyMemoryView && BytesMethods.AsBytes(a) is { Length: 1 } one) return new PyStr(((char)one[0]).ToString());
                throw new PythonException(PyExc.TypeError($"{method}() argument {position} must be a byte string of length 1, not {a.Type.Name}"));
        }
        return a;
    }

    private static PyObject FromStr(PyObject r, bool isArray)
    {
        PyObject Make(string s)
        {
            var b = Encoding.Latin1.GetBytes(s);
            return isArray ? new PyByteArray(b) : new PyBytes(b);
        }
        return r switch
        {
            PyStr s => Make(s.Value),
            PyTuple tup => new PyTuple(tup.Items.Select(x => x is PyStr xs ? Make(xs.Value) : x).ToArray()),
            PyList l => new PyList(l.Items.Take(l.Count).Select(x => x is PyStr xs ? Make(xs.Value) : x!).ToArray()),
            _ => r,
        };
    }

    private static PyObject Split(ReadOnlySpan<PyObject> args, string[]? kw, bool isArray, bool reverse)
    {
        string name = reverse ? "rsplit" : "split";
        var p = ArgParser.Parse(name, args[1..], kw, ["sep", "maxsplit"], [], 0);
        var v = BytesMethods.AsBytes(args[0]);
        long max = p[1] == null ? -1 : Ops.AsIndex(p[1]!);
        if (max < 0) max = long.MaxValue;
        PyObject Make(byte[] b) => isArray ? new PyByteArray(b) : new PyBytes(b);
        if (p[0] != null && p[0] is not PyNone)
        {
            var sep = BytesMethods.AsBytes(p[0]!);
            if (sep.Length == 0) throw new PythonException(PyExc.ValueError("empty separator"));
            var strSplit = PyTypes.Str.Dict.GetItem(name)!;
            var r = Ops.Call(strSplit, [new PyStr(Latin1(v)), new PyStr(Latin1(sep)), PyInt.From(max == long.MaxValue ? -1 : max)], null);
            return FromStr(r, isArray);
        }
        // Whitespace mode: runs of ASCII whitespace separate, empty strings are dropped.
        var parts = new List<byte[]>();
        if (!reverse)
        {
            int i = 0, n = v.Length;
            while (true)
            {
                while (i < n && IsSpace(v[i])) i++;
                if (i == n) break;
                if (parts.Count == max)
                {
                    parts.Add(v[i..]);   // the remainder keeps its trailing whitespace
                    break;
                }
                int j = i;
                while (j < n && !IsSpace(v[j])) j++;
                parts.Add(v[i..j]);
                i = j;
            }
        }
        else
        {
            int i = v.Length;
            while (true)
            {
                while (i > 0 && IsSpace(v[i - 1])) i--;
                if (i == 0) break;
                if (parts.Count == max)
                {
                    parts.Add(v[..i]);   // the remainder keeps its leading whitespace
                    break;
                }
                int j = i;
                while (j > 0 && !IsSpace(v[j - 1])) j--;
                parts.Add(v[j..i]);
                i = j;
            }
            parts.Reverse();
        }
        return new PyList(parts.Select(Make).ToArray());
    }

    private static PyObject Strip(PyObject self, ReadOnlySpan<PyObject> args, string name, bool left, bool right, Func<byte[], PyObject> make)
    {
        var v = BytesMethods.AsBytes(self);
        Func<byte, bool> strip;
        if (args.Length == 0 || args[0] is PyNone) strip = IsSpace;
        else
        {
            var chars = BytesMethods.AsBytes(args[0]);
            strip = c => Array.IndexOf(chars, c) >= 0;
        }
        int s = 0, e = v.Length;
        if (left) while (s < e && strip(v[s])) s++;
        if (right) while (e > s && strip(v[e - 1])) e--;
        return make(v[s..e]);
    }

    private static List<byte[]> SplitLines(byte[] v, bool keepEnds)
    {
        var lines = new List<byte[]>();
        int i = 0, n = v.Length;
        while (i < n)
        {
            int j = i;
            while (j < n && v[j] != '\n' && v[j] != '\r') j++;
            int eol = j;
            if (j < n)
            {
                j += v[j] == '\r' && j + 1 < n && v[j + 1] == '\n' ? 2 : 1;
                if (keepEnds) eol = j;
            }
            lines.Add(v[i..eol]);
            i = j;
        }
        return lines;
    }

    private static bool IsTitle(byte[] v)
    {
        bool cased = false, previousCased = false;
        foreach (var c in v)
        {
            if (IsUpper(c)) { if (previousCased) return false; previousCased = cased = true; }
            else if (IsLower(c)) { if (!previousCased) return false; previousCased = cased = true; }
            else previousCased = false;
        }
        return cased;
    }

    private static byte[] Title(byte[] v)
    {
        var r = new byte[v.Length];
        bool previousCased = false;
        for (int i = 0; i < v.Length; i++)
        {
            byte c = v[i];
            r[i] = previousCased ? ToLower(c) : ToUpper(c);
            previousCased = IsAlpha(c);
        }
        return r;
    }

    private static byte[] Translate(byte[] v, PyObject table, PyObject? delete)
    {
        byte[]? map = null;
        if (table is not PyNone)
        {
            map = BytesMethods.AsBytes(table);
            if (map.Length != 256) throw new PythonException(PyExc.ValueError("translation table must be 256 characters long"));
        }
        var del = delete == null ? [] : BytesMethods.AsBytes(delete);
        var r = new List<byte>(v.Length);
        foreach (var c in v)
            if (Array.IndexOf(del, c) < 0) r.Add(map == null ? c : map[c]);
        return r.ToArray();
    }

    private static byte[] MakeTrans(byte[] from, byte[] to)
    {
        if (from.Length != to.Length) throw new PythonException(PyExc.ValueError("maketrans arguments must have same length"));
        var table = new byte[256];
        for (int i = 0; i < 256; i++) table[i] = (byte)i;
        for (int i = 0; i < from.Length; i++) table[from[i]] = to[i];
        return table;
    }
}
