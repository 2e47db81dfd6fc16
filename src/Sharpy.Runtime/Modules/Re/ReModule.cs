using System.Text;
using System.Text.RegularExpressions;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Re;

/// <summary>The <c>re</c> module, over System.Text.RegularExpressions (patterns are translated first).</summary>
public static class ReModule
{
    public static readonly PyType ErrorType = MakeErrorType();
    private const int MaxCache = 512;
    private static readonly Dictionary<(bool, string, int), PyRePattern> Cache = new();

    private static PyType MakeErrorType()
    {
        var t = PyTypes.NewBuiltin("error", PyExc.Exception, "re");
        t.HasInstanceDict = true;
        return t;
    }

    /// <summary>re.error(msg, pattern, pos) with CPython's " at position N" suffix and attributes.</summary>
    // CPython 3.11: Lib/re/_constants.py error.__init__
    internal static PythonException Error(string msg, PyObject pattern, string patternText, int pos)
    {
        string full = msg;
        PyObject lineno = PyNone.Instance, colno = PyNone.Instance;
        if (pos >= 0)
        {
            // Positions are found in UTF-16 units; Python reports code points.
            int units = Math.Min(pos, patternText.Length);
            for (int k = 1; k < units; k++)
                if (char.IsLowSurrogate(patternText[k]) && char.IsHighSurrogate(patternText[k - 1])) pos--;
            int line = 1, col;
            int lastNl = -1;
            int cpIndex = 0;
            for (int k = 0; k < units; k++)
            {
                if (k > 0 && char.IsLowSurrogate(patternText[k]) && char.IsHighSurrogate(patternText[k - 1])) continue;
                if (patternText[k] == '\n') { line++; lastNl = cpIndex; }
                cpIndex++;
            }
            col = pos - lastNl;
            full = patternText.Contains('\n') ? $"{msg} at position {pos} (line {line}, column {col})" : $"{msg} at position {pos}";
            lineno = PyInt.From(line); colno = PyInt.From(col);
        }
        var e = new PyBaseException(ErrorType, new PyStr(full));
        e.SetField("msg", new PyStr(msg));
        e.SetField("pattern", pattern);
        e.SetField("pos", pos >= 0 ? PyInt.From(pos) : PyNone.Instance);
        e.SetField("lineno", lineno);
        e.SetField("colno", colno);
        return new PythonException(e);
    }

    internal static int FlagsArg(PyObject? o) => o == null ? 0 : (int)Ops.AsIndex(o);

    /// <summary>Compiles (or fetches from the cache) a pattern given as str/bytes or an existing Pattern.</summary>
    // CPython 3.11: Lib/re/__init__.py _compile
    internal static PyRePattern Compile(PyObject pattern, int flags)
    {
        if (pattern is PyRePattern p)
        {
            if (flags != 0) throw new PythonException(PyExc.ValueError("cannot process flags argument with a compiled pattern"));
            return p;
        }
        bool isBytes;
        string text;
        if (pattern is PyStr s) { isBytes = false; text = s.Value; }
        else if (pattern is PyBytes b) { isBytes = true; text = ReSubject.Latin1(b.Value); }
        else if (pattern is PyByteArray ba) { isBytes = true; text = ReSubject.Latin1(ba.Value.ToArray()); }
        else throw new PythonException(PyExc.TypeError("first argument must be string or compiled pattern"));
        var key = (isBytes, text, flags);
        if (pattern is not PyByteArray && Cache.TryGetValue(key, out var cached)) return cached;
        var compiled = Build(pattern is PyByteArray ba2 ? new PyBytes(ba2.Value.ToArray()) : pattern, text, isBytes, flags);
        if (Cache.Count >= MaxCache) Cache.Clear();
        if (pattern is not PyByteArray) Cache[key] = compiled;
        return compiled;
    }

    private static PyRePattern Build(PyObject patternObj, string text, bool isBytes, int flags)
    {
        if (isBytes)
        {
            if ((flags & ReFlags.Unicode) != 0) throw new PythonException(PyExc.ValueError("cannot use UNICODE flag with a bytes pattern"));
        }
        else
        {
            if ((flags & ReFlags.Locale) != 0) throw new PythonException(PyExc.ValueError("cannot use LOCALE flag with a str pattern"));
            if ((flags & (ReFlags.Ascii | ReFlags.Unicode)) == (ReFlags.Ascii | ReFlags.Unicode))
                throw new PythonException(PyExc.ValueError("ASCII and UNICODE flags are incompatible"));
        }
        TranslatedPattern t;
        try
        {
            if (!RuntimeHelpersStack()) throw new PythonException(PyExc.RecursionError("maximum recursion depth exceeded"));
            t = PatternTranslator.Translate(text, flags, isBytes);
        }
        catch (RePatternError e) { throw Error(e.Message, patternObj, text, e.Pos); }
        int f = t.Flags;
        if (!isBytes && (f & ReFlags.Ascii) == 0) f |= ReFlags.Unicode;
        if (!isBytes && (f & (ReFlags.Ascii | ReFlags.Unicode)) == (ReFlags.Ascii | ReFlags.Unicode))
            throw Error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", patternObj, text, -1);
        t.Flags = f;
        var opts = RegexOptions.CultureInvariant;
        if ((f & ReFlags.IgnoreCase) != 0) opts |= RegexOptions.IgnoreCase;
        if ((f & ReFlags.Multiline) != 0) opts |= RegexOptions.Multiline;
        if ((f & ReFlags.DotAll) != 0) opts |= RegexOptions.Singleline;
        try
        {
            return new PyRePattern(patternObj, text, isBytes, t, opts);
        }
        catch (ArgumentException e)
        {
            throw Error(e.Message, patternObj, text, -1);
        }
        catch (InsufficientExecutionStackException)
        {
            throw new PythonException(PyExc.RecursionError("maximum recursion depth exceeded"));
        }
    }

    private static bool RuntimeHelpersStack() => System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack();

    // CPython 3.11: Lib/re/__init__.py _special_chars_map
    private const string SpecialChars = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";

    private static PyObject Escape(PyObject o)
    {
        bool isBytes = o is not PyStr;
        string s = o is PyStr ps ? ps.Value : ReSubject.TextOf(o, true, "pattern");
        var sb = new StringBuilder(s.Length + 8);
        foreach (char c in s)
        {
            if (SpecialChars.Contains(c)) sb.Append('\\');
            sb.Append(c);
        }
        return ReSubject.Make(sb.ToString(), isBytes);
    }

    public static PyModule Create()
    {
        var m = new PyModule("re");
        var d = m.Dict!;
        PyRePattern.InitTypes();
        RegexFlagType.Init();
        foreach (var (name, value) in new (string, int)[]
        {
            ("NOFLAG", 0), ("TEMPLATE", ReFlags.Template), ("T", ReFlags.Template),
            ("IGNORECASE", ReFlags.IgnoreCase), ("I", ReFlags.IgnoreCase), ("LOCALE", ReFlags.Locale), ("L", ReFlags.Locale),
            ("MULTILINE", ReFlags.Multiline), ("M", ReFlags.Multiline), ("DOTALL", ReFlags.DotAll), ("S", ReFlags.DotAll),
            ("UNICODE", ReFlags.Unicode), ("U", ReFlags.Unicode), ("VERBOSE", ReFlags.Verbose), ("X", ReFlags.Verbose),
            ("DEBUG", ReFlags.Debug), ("ASCII", ReFlags.Ascii), ("A", ReFlags.Ascii),
        })
            d.SetItem(name, RegexFlagType.Make(value));
        d.SetItem("RegexFlag", RegexFlagType.Type);
        d.SetItem("error", ErrorType);
        d.SetItem("Pattern", PyRePattern.PatternType);
        d.SetItem("Match", PyReMatch.MatchType);

        d.DefFunction("compile", (a, k) =>
        {
            var p = ArgParser.Parse("compile", a, k, ["pattern", "flags"], [], 1);
            return Compile(p[0]!, FlagsArg(p[1]));
        }, "re");
        foreach (var mode in new[] { "match", "search", "fullmatch" })
        {
            var kind = mode switch { "match" => MatchKind.Match, "search" => MatchKind.Search, _ => MatchKind.Full };
            d.DefFunction(mode, (a, k) =>
            {
                var p = ArgParser.Parse(mode, a, k, ["pattern", "string", "flags"], [], 2);
                return Compile(p[0]!, FlagsArg(p[2])).Run(kind, p[1]!, 0, long.MaxValue);
            }, "re");
        }
        d.DefFunction("split", (a, k) =>
        {
            var p = ArgParser.Parse("split", a, k, ["pattern", "string", "maxsplit", "flags"], [], 2);
            return Compile(p[0]!, FlagsArg(p[3])).Split(p[1]!, p[2] == null ? 0 : Ops.AsIndex(p[2]!));
        }, "re");
        d.DefFunction("findall", (a, k) =>
        {
            var p = ArgParser.Parse("findall", a, k, ["pattern", "string", "flags"], [], 2);
            return Compile(p[0]!, FlagsArg(p[2])).FindAll(p[1]!, 0, long.MaxValue);
        }, "re");
        d.DefFunction("finditer", (a, k) =>
        {
            var p = ArgParser.Parse("finditer", a, k, ["pattern", "string", "flags"], [], 2);
            return Ops.GetIter(Compile(p[0]!, FlagsArg(p[2])).FindIter(p[1]!, 0, long.MaxValue));
        }, "re");
        foreach (var name in new[] { "sub", "subn" })
        {
            bool withCount = name == "subn";
            d.DefFunction(name, (a, k) =>
            {
                var p = ArgParser.Parse(name, a, k, ["pattern", "repl", "string", "count", "flags"], [], 3);
                return Compile(p[0]!, FlagsArg(p[4])).Sub(p[1]!, p[2]!, p[3] == null ? 0 : Ops.AsIndex(p[3]!), withCount);
            }, "re");
        }
        d.DefFunction("escape", (a, k) =>
        {
            var p = ArgParser.Parse("escape", a, k, ["pattern"], [], 1);
            return Escape(p[0]!);
        }, "re");
        d.DefFunction("purge", (a, k) =>
        {
            ArgParser.Parse("purge", a, k, [], [], 0);
            Cache.Clear();
            return PyNone.Instance;
        }, "re");
        return m;
    }
}
