using System.Text;
using System.Text.RegularExpressions;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Re;

internal enum MatchKind { Search, Match, Full }

/// <summary><c>re.Pattern</c>: a compiled pattern (three .NET regexes: search, anchored, anchored to both ends).</summary>
public sealed partial class PyRePattern : PyObject
{
    public static PyType PatternType = null!;
    public readonly PyObject Source;
    public readonly string SourceText;
    public readonly bool IsBytes;
    internal readonly TranslatedPattern Translated;
    private readonly RegexOptions _options;
    private readonly RegexSet _bmp;
    private RegexSet? _astral;

    /// <summary>The regexes of one translation, built on first use.</summary>
    private sealed class RegexSet(string dotnet, RegexOptions options, Regex? search = null)
    {
        public Regex Search => search ??= new Regex(dotnet, options);
        // \G anchors at the start position given to Regex.Match(input, startat): Python's match() semantics.
        private Regex? _anchored, _full;
        public Regex Anchored => _anchored ??= new Regex("\\G(?:" + dotnet + ")", options);
        public Regex Full => _full ??= new Regex("\\G(?:" + dotnet + ")\\z", options);
        // A non-empty match starting exactly at startat: (?!\G) fails while still at the start position.
        private Regex? _nonEmpty;
        public Regex NonEmpty => _nonEmpty ??= new Regex("\\G(?:" + dotnet + ")(?!\\G)", options);
    }

    private RegexSet For(ReSubject subj) =>
        subj.IsAstral ? _astral ??= new RegexSet(Translated.DotNetAstral, _options, new Regex(NotMidPair + "(?:" + Translated.DotNetAstral + ")", _options)) : _bmp;

    // A search must never start between the two halves of a surrogate pair (Python indexes code points).
    private const string NotMidPair = "(?:(?<![\\uD800-\\uDBFF])|(?![\\uDC00-\\uDFFF]))";

    internal PyRePattern(PyObject source, string text, bool isBytes, TranslatedPattern t, RegexOptions options) : base(PatternType)
    {
        Source = source; SourceText = text; IsBytes = isBytes; Translated = t; _options = options;
        _bmp = new RegexSet(t.DotNet, options, new Regex(t.DotNet, options));
    }

    public int Flags => Translated.Flags;
    public int Groups => Translated.Groups;


    private ReSubject Subject(PyObject s)
    {
        var subj = ReSubject.From(s);
        if (subj.IsBytes != IsBytes)
            throw new PythonException(PyExc.TypeError(IsBytes
                ? "cannot use a bytes pattern on a string-like object"
                : "cannot use a string pattern on a bytes-like object"));
        return subj;
    }

    /// <summary>Clamps pos/endpos like CPython's state_init and returns the truncated input.</summary>
    private static (string input, int pos, int endpos) Window(ReSubject subj, long pos, long endpos)
    {
        int len = subj.Length;
        if (pos < 0) pos = 0; else if (pos > len) pos = len;
        if (endpos < 0) endpos = 0; else if (endpos > len) endpos = len;
        int endUnit = subj.ToUnit((int)endpos);
        string input = endUnit == subj.Text.Length ? subj.Text : subj.Text[..endUnit];
        return (input, (int)pos, (int)endpos);
    }

    internal PyObject Run(MatchKind kind, PyObject s, long pos, long endpos)
    {
        var subj = Subject(s);
        var (input, p, e) = Window(subj, pos, endpos);
        if (e < p) return PyNone.Instance;
        var set = For(subj);
        var rx = kind switch { MatchKind.Search => set.Search, MatchKind.Match => set.Anchored, _ => set.Full };
        var m = rx.Match(input, subj.ToUnit(p));
        return m.Success ? new PyReMatch(this, subj, m, p, e) : PyNone.Instance;
    }

    internal IEnumerable<Match> Matches(ReSubject subj, long pos, long endpos, out int p, out int e)
    {
        var (input, pp, ee) = Window(subj, pos, endpos);
        p = pp; e = ee;
        if (ee < pp) return [];
        return Enumerate(For(subj), input, subj.ToUnit(pp));
    }

    /// <summary>Successive matches with CPython's rule: after an empty match, the next match may start at
    /// the same position only if it is non-empty (.NET's NextMatch would skip one position instead).</summary>
    // CPython 3.11: _sre.c pattern_findall / state->must_advance
    private static IEnumerable<Match> Enumerate(RegexSet set, string input, int startUnit)
    {
        int at = startUnit;
        bool mustAdvance = false;
        while (at <= input.Length)
        {
            Match m;
            if (!mustAdvance) m = set.Search.Match(input, at);
            else
            {
                m = set.NonEmpty.Match(input, at);
                if (!m.Success)
                {
                    if (at >= input.Length) yield break;
                    m = set.Search.Match(input, at + 1);
                }
            }
            if (!m.Success) yield break;
            yield return m;
            mustAdvance = m.Length == 0;
            at = m.Index + m.Length;
        }
    }

    private PyObject GroupValue(ReSubject subj, Match m, int g, PyObject unmatched)
    {
        var grp = m.Groups[g];
        return grp.Success ? subj.Slice(grp.Index, grp.Index + grp.Length) : unmatched;
    }

    internal PyObject Split(PyObject s, long maxsplit)
    {
        var subj = Subject(s);
        var result = new List<PyObject>();
        if (maxsplit < 0) { result.Add(subj.Slice(0, subj.Text.Length)); return new PyList(result); }
        int last = 0, n = 0;
        foreach (var m in Matches(subj, 0, long.MaxValue, out _, out _))
        {
            if (maxsplit > 0 && n >= maxsplit) break;
            result.Add(subj.Slice(last, m.Index));
            for (int g = 1; g <= Groups; g++) result.Add(GroupValue(subj, m, g, PyNone.Instance));
            last = m.Index + m.Length;
            n++;
        }
        result.Add(subj.Slice(last, subj.Text.Length));
        return new PyList(result);
    }

    internal PyObject FindAll(PyObject s, long pos, long endpos)
    {
        var subj = Subject(s);
        var result = new List<PyObject>();
        var empty = ReSubject.Make("", IsBytes);
        foreach (var m in Matches(subj, pos, endpos, out _, out _))
        {
            if (Groups == 0) result.Add(subj.Slice(m.Index, m.Index + m.Length));
            else if (Groups == 1) result.Add(GroupValue(subj, m, 1, empty));
            else
            {
                var items = new PyObject[Groups];
                for (int g = 1; g <= Groups; g++) items[g - 1] = GroupValue(subj, m, g, empty);
                result.Add(new PyTuple(items));
            }
        }
        return new PyList(result);
    }

    internal PyObject FindIter(PyObject s, long pos, long endpos)
    {
        var subj = Subject(s);
        var result = new List<PyObject>();
        foreach (var m in Matches(subj, pos, endpos, out int p, out int e)) result.Add(new PyReMatch(this, subj, m, p, e));
        return new PyList(result);
    }

    internal PyObject Sub(PyObject repl, PyObject s, long count, bool withCount)
    {
        var subj = Subject(s);
        ReTemplate? template = null;
        bool callable = false;
        if (repl is PyStr || repl is PyBytes || repl is PyByteArray)
        {
            string t = ReSubject.TextOf(repl, IsBytes, "repl");
            template = t.Contains('\\') ? ReTemplate.Parse(t, this) : null;
            if (template == null)
            {
                template = new ReTemplate();
                template.Parts.Add((t, -1));
            }
        }
        else callable = true;
        var sb = new StringBuilder();
        int last = 0, n = 0, pieces = 0;
        if (count >= 0)
        {
            foreach (var m in Matches(subj, 0, long.MaxValue, out int p, out int e))
            {
                if (count > 0 && n >= count) break;
                sb.Append(subj.Text, last, m.Index - last);
                if (m.Index > last) pieces++;
                if (callable)
                {
                    var r = Ops.Call(repl, new PyReMatch(this, subj, m, p, e));
                    if (r is not PyNone)
                    {
                        // CPython 3.11: _sre.c pattern_subx joins the pieces, so errors name the list item.
                        if (IsBytes ? r is not (PyBytes or PyByteArray) : r is not PyStr)
                            throw new PythonException(PyExc.TypeError(IsBytes
                                ? $"sequence item {pieces}: expected a bytes-like object, {r.Type.Name} found"
                                : $"sequence item {pieces}: expected str instance, {r.Type.Name} found"));
                        sb.Append(ReSubject.TextOf(r, IsBytes, "repl"));
                        pieces++;
                    }
                }
                else
                {
                    var match = new PyReMatch(this, subj, m, p, e);
                    sb.Append(template!.Expand(match));
                }
                last = m.Index + m.Length;
                n++;
            }
        }
        sb.Append(subj.Text, last, subj.Text.Length - last);
        var text = ReSubject.Make(sb.ToString(), IsBytes);
        return withCount ? PyTuple.Of(text, PyInt.From(n)) : text;
    }

    internal string Repr()
    {
        int flags = Flags;
        // CPython 3.11: _sre.c pattern_repr omits the implied UNICODE flag of str patterns.
        if (!IsBytes && (flags & (ReFlags.Locale | ReFlags.Unicode | ReFlags.Ascii)) == ReFlags.Unicode) flags &= ~ReFlags.Unicode;
        string src = Ops.ReprString(Source);
        if (src.Length > 200) src = src[..200];
        return flags == 0 ? $"re.compile({src})" : $"re.compile({src}, {ReFlags.Repr(flags)})";
    }
}
