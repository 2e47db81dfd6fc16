using System.Globalization;
using System.Text;

namespace Sharpy.Runtime.Modules.Re;

/// <summary>Thrown for a bad pattern; becomes <c>re.error(msg, pattern, pos)</c>.</summary>
internal sealed class RePatternError(string message, int pos) : Exception(message)
{
    public readonly int Pos = pos;
}

/// <summary>The result of translating a Python pattern into .NET syntax.</summary>
internal sealed class TranslatedPattern
{
    public string DotNet = "";
    /// <summary>Variant for subjects with astral characters: '.' and negated sets consume a whole surrogate pair.</summary>
    public string DotNetAstral = "";
    public int Flags;
    public int Groups;
    public readonly Dictionary<string, int> GroupIndex = new();
    /// <summary>Parent capturing group of each group (0 = none); used to compute lastindex.</summary>
    public readonly List<int> Parent = [0];
}

/// <summary>
/// Translates Python 3.11 <c>re</c> syntax into System.Text.RegularExpressions syntax, reporting the
/// common errors with CPython's wording. Every capturing group becomes an explicitly numbered .NET group
/// <c>(?&lt;N&gt;...)</c> because .NET numbers named groups after unnamed ones, Python in order.
/// </summary>
// CPython 3.11: Lib/re/_parser.py (_parse, _escape, _class_escape, _parse_flags)
internal sealed class PatternTranslator
{
    private readonly string _p;
    private readonly bool _bytes;
    private int _i;
    private readonly StringBuilder _o = new();
    private readonly TranslatedPattern _r = new();
    private int _flags;
    private readonly Stack<(int Pos, int Group, int SavedFlags)> _open = new();
    private readonly HashSet<int> _closed = new();

    private readonly bool _astral;
    private const string SurrogatePair = "[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]";

    private PatternTranslator(string pattern, int flags, bool isBytes, bool astral)
    {
        _p = pattern; _flags = flags; _bytes = isBytes; _astral = astral;
    }

    public static TranslatedPattern Translate(string pattern, int flags, bool isBytes)
    {
        var t = new PatternTranslator(pattern, flags, isBytes, false);
        try { t.Run(); }
        catch (RePatternError e) when (e.Pos < pattern.Length - 1 && EndsWithLoneBackslash(pattern) && t._i >= pattern.Length - 1)
        {
            // CPython's tokenizer fails on the trailing backslash before the parser sees the end.
            throw new RePatternError("bad escape (end of pattern)", pattern.Length - 1);
        }
        if (!isBytes)
        {
            var a = new PatternTranslator(pattern, flags, isBytes, true);
            a.Run();
            t._r.DotNetAstral = a._r.DotNet;
        }
        else t._r.DotNetAstral = t._r.DotNet;
        return t._r;
    }

    /// <summary>The source token at i as CPython's tokenizer sees it (an escape pair or one code point).</summary>
    private string Token(int i) =>
        i + 1 < _p.Length && (_p[i] == '\\' || char.IsHighSurrogate(_p[i]) && char.IsLowSurrogate(_p[i + 1])) ? _p.Substring(i, 2) : _p[i].ToString();

    private static bool EndsWithLoneBackslash(string p)
    {
        int n = 0;
        for (int k = p.Length - 1; k >= 0 && p[k] == '\\'; k--) n++;
        return n % 2 == 1;
    }

    private bool Verbose => (_flags & ReFlags.Verbose) != 0;
    private bool Ascii => _bytes || (_flags & ReFlags.Ascii) != 0;

    private void Run()
    {
        int lastAtom = -1;          // output index where the last repeatable item starts
        bool lastWasRepeat = false;
        bool anythingEmitted = false;
        while (_i < _p.Length)
        {
            char c = _p[_i];
            if (Verbose && IsVerboseSpace(c)) { _i++; continue; }
            if (Verbose && c == '#') { while (_i < _p.Length && _p[_i] != '\n') _i++; continue; }
            int itemStart = _o.Length;
            switch (c)
            {
                case '*' or '+' or '?':
                    Quantifier(ref lastAtom, ref lastWasRepeat);
                    continue;
                case '{' when IsQuantifierBrace(_i):
                    Quantifier(ref lastAtom, ref lastWasRepeat);
                    continue;
                case '|':
                    _i++; _o.Append('|'); lastAtom = -1; lastWasRepeat = false; anythingEmitted = true;
                    continue;
                case '^' or '$':
                    _i++; _o.Append(c); lastAtom = -1; lastWasRepeat = false; anythingEmitted = true;
                    continue;
                case '.':
                    _i++; _o.Append(_astral ? "(?:" + SurrogatePair + "|.)" : ".");
                    break;
                case '[':
                    CharClass();
                    break;
                case ')':
                    if (_open.Count == 0) throw new RePatternError("unbalanced parenthesis", _i);
                    _i++;
                    var (groupPos, g, savedFlags) = _open.Pop();
                    CheckLookbehindWidth(groupPos, _i - 1);
                    if (g > 0) _closed.Add(g);
                    _flags = savedFlags; // scoped (?a:...)/(?x:...) flags end with their group
                    _o.Append(')');
                    // The item is the whole group: find its start by matching parentheses in the output.
                    itemStart = _outOpen.Pop();
                    break;
                case '(':
                    {
                        var kind = OpenGroup(anythingEmitted);
                        if (kind == GroupKind.GlobalFlags) continue;
                        if (kind == GroupKind.Comment) continue;
                        if (kind == GroupKind.BackRef) break;
                        lastAtom = -1; lastWasRepeat = false; anythingEmitted = true;
                        continue;
                    }
                case '\\':
                    if (!Escape()) { lastAtom = -1; lastWasRepeat = false; anythingEmitted = true; continue; }
                    break;
                default:
                    AppendLiteral(ReadCodePoint());
                    break;
            }
            lastAtom = itemStart; lastWasRepeat = false; anythingEmitted = true;
        }
        if (_open.Count > 0)
            throw new RePatternError("missing ), unterminated subpattern", _open.Peek().Pos);
        _r.DotNet = _o.ToString();
        _r.Flags = _flags;
    }

    private readonly Stack<int> _outOpen = new();

    private static bool IsVerboseSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';

    private int ReadCodePoint()
    {
        char c = _p[_i++];
        if (char.IsHighSurrogate(c) && _i < _p.Length && char.IsLowSurrogate(_p[_i]))
            return char.ConvertToUtf32(c, _p[_i++]);
        return c;
    }

    private void AppendLiteral(int cp)
    {
        if (cp >= 0x10000) { _o.Append("(?:").Append(char.ConvertFromUtf32(cp)).Append(')'); return; }
        char c = (char)cp;
        if ("\\*+?|{}[]()^$.# \t\n\r\f\v".Contains(c)) AppendEscapedChar(c);
        else _o.Append(c);
    }

    private void AppendEscapedChar(char c)
    {
        if (c < 0x20 || c == ' ' || c == '#') _o.Append("\\x").Append(((int)c).ToString("x2"));
        else _o.Append('\\').Append(c);
    }

    private static void AppendClassLiteral(StringBuilder o, int cp)
    {
        char c = (char)cp;
        if (c is '\\' or ']' or '[' or '^' or '-') o.Append('\\').Append(c);
        else if (c < 0x20) o.Append("\\x").Append(((int)c).ToString("x2"));
        else o.Append(c);
    }

    private bool IsQuantifierBrace(int i)
    {
        // CPython treats '{' as a literal unless it forms {m}, {m,}, {,n} or {m,n}.
        int j = i + 1;
        while (j < _p.Length && char.IsAsciiDigit(_p[j])) j++;
        if (j < _p.Length && _p[j] == ',') { j++; while (j < _p.Length && char.IsAsciiDigit(_p[j])) j++; }
        return j > i + 1 && j < _p.Length && _p[j] == '}';
    }

    private void Quantifier(ref int lastAtom, ref bool lastWasRepeat)
    {
        int start = _i;
        char c = _p[_i];
        string q;
        if (c == '{')
        {
            int close = _p.IndexOf('}', _i);
            string body = _p.Substring(_i + 1, close - _i - 1);
            _i = close + 1;
            int comma = body.IndexOf(',');
            if (comma < 0) q = "{" + body + "}";
            else
            {
                string lo = body[..comma], hi = body[(comma + 1)..];
                if (lo.Length > 0 && hi.Length > 0 &&
                    BigInteger(lo) > BigInteger(hi))
                    throw new RePatternError("min repeat greater than max repeat", start + 1);
                q = "{" + (lo.Length == 0 ? "0" : lo) + "," + hi + "}";
            }
        }
        else { _i++; q = c.ToString(); }
        if (lastWasRepeat) throw new RePatternError("multiple repeat", start);
        if (lastAtom < 0) throw new RePatternError("nothing to repeat", start);
        bool possessive = false;
        if (_i < _p.Length && _p[_i] == '?') { q += "?"; _i++; }
        else if (_i < _p.Length && _p[_i] == '+') { possessive = true; _i++; }
        if (possessive)
        {
            _o.Insert(lastAtom, "(?>");
            _o.Append(q).Append(')');
        }
        else _o.Append(q);
        lastWasRepeat = true;
    }

    private static System.Numerics.BigInteger BigInteger(string s) => System.Numerics.BigInteger.Parse(s, CultureInfo.InvariantCulture);

    private enum GroupKind { Normal, GlobalFlags, Comment, BackRef }

    private GroupKind OpenGroup(bool anythingEmitted)
    {
        int start = _i;
        _i++;
        if (_i < _p.Length && _p[_i] == '?')
        {
            _i++;
            if (_i >= _p.Length) throw new RePatternError("unexpected end of pattern", _i);
            char c = _p[_i];
            switch (c)
            {
                case ':' or '=' or '!' or '>':
                    _i++; PushGroup(start, 0, "(?" + c); return GroupKind.Normal;
                case '<':
                    _i++;
                    if (_i < _p.Length && (_p[_i] == '=' || _p[_i] == '!'))
                    {
                        PushGroup(start, 0, "(?<" + _p[_i]); _i++; return GroupKind.Normal;
                    }
                    if (_i >= _p.Length) throw new RePatternError("unexpected end of pattern", _i);
                    throw new RePatternError("unknown extension ?<" + Token(_i), start + 1);
                case '#':
                    while (_i < _p.Length && _p[_i] != ')') _i++;
                    if (_i >= _p.Length) throw new RePatternError("missing ), unterminated comment", start);
                    _i++;
                    return GroupKind.Comment;
                case 'P':
                    _i++;
                    if (_i < _p.Length && _p[_i] == '<')
                    {
                        _i++;
                        string name = ReadName('>', "group name");
                        CheckGroupName(name, start + 4);
                        int idx = ++_r.Groups;
                        if (_r.GroupIndex.TryGetValue(name, out int prev))
                            throw new RePatternError($"redefinition of group name '{name}' as group {idx}; was group {prev}", start + 4);
                        _r.GroupIndex[name] = idx;
                        PushGroup(start, idx, $"(?<{idx}>");
                        return GroupKind.Normal;
                    }
                    if (_i < _p.Length && _p[_i] == '=')
                    {
                        _i++;
                        string name = ReadName(')', "group name");
                        CheckGroupName(name, start + 4);
                        if (!_r.GroupIndex.TryGetValue(name, out int idx))
                            throw new RePatternError($"unknown group name '{name}'", start + 4);
                        if (!_closed.Contains(idx)) throw new RePatternError("cannot refer to an open group", start);
                        _o.Append("\\k<").Append(idx).Append('>');
                        return GroupKind.BackRef;
                    }
                    if (_i >= _p.Length) throw new RePatternError("unexpected end of pattern", _i);
                    throw new RePatternError("unknown extension ?P" + Token(_i), start + 1);
                case '(':
                    {
                        _i++;
                        int condPos = _i;
                        string cond = ReadName(')', "group name");
                        int idx;
                        if (cond.All(char.IsAsciiDigit) && cond.Length > 0)
                        {
                            idx = int.Parse(cond, CultureInfo.InvariantCulture);
                            if (idx == 0) throw new RePatternError("bad group number", condPos);
                            if (idx > _r.Groups) throw new RePatternError("invalid group reference " + idx, condPos);
                        }
                        else
                        {
                            CheckGroupName(cond, condPos);
                            if (!_r.GroupIndex.TryGetValue(cond, out idx))
                                throw new RePatternError($"unknown group name '{cond}'", condPos);
                        }
                        PushGroup(start, 0, $"(?({idx})");
                        return GroupKind.Normal;
                    }
                default:
                    return FlagGroup(start, anythingEmitted);
            }
        }
        int g = ++_r.Groups;
        PushGroup(start, g, $"(?<{g}>");
        return GroupKind.Normal;
    }

    private GroupKind FlagGroup(int start, bool anythingEmitted)
    {
        int add = 0, remove = 0;
        bool minus = false;
        if (_i < _p.Length && "imsxauL-".IndexOf(_p[_i]) < 0)
            throw new RePatternError("unknown extension ?" + Token(_i), start + 1);
        if (_i < _p.Length && _p[_i] == '-') { minus = true; _i++; }
        while (_i < _p.Length)
        {
            char c = _p[_i];
            int bit = c switch
            {
                'i' => ReFlags.IgnoreCase, 'm' => ReFlags.Multiline, 's' => ReFlags.DotAll, 'x' => ReFlags.Verbose,
                'a' => ReFlags.Ascii, 'u' => ReFlags.Unicode, 'L' => ReFlags.Locale, _ => 0,
            };
            if (bit == 0) break;
            if (minus) remove |= bit; else add |= bit;
            _i++;
            if (!minus && _i < _p.Length && _p[_i] == '-') { minus = true; _i++; }
        }
        if (_i >= _p.Length) throw new RePatternError("missing -, : or )", _i);
        char end = _p[_i];
        if (minus && remove == 0) throw new RePatternError(char.IsAsciiLetter(end) ? "unknown flag" : "missing flag", _i);
        if (end == ')' && !minus)
        {
            if (add == 0) throw new RePatternError("missing -, : or )", _i);
            _i++;
            if (anythingEmitted || _open.Count > 0)
                throw new RePatternError("global flags not at the start of the expression", start);
            if ((add & ReFlags.Locale) != 0 && !_bytes) throw new RePatternError("bad inline flags: cannot use 'L' flag with a str pattern", _i - 1);
            if ((add & ReFlags.Unicode) != 0 && _bytes) throw new RePatternError("bad inline flags: cannot use 'u' flag with a bytes pattern", _i - 1);
            _flags |= add;
            return GroupKind.GlobalFlags;
        }
        if (end != ':')
        {
            string what = char.IsAsciiLetter(end) ? "unknown flag" : minus ? "missing :" : "missing -, : or )";
            throw new RePatternError(what, _i);
        }
        _i++;
        var sb = new StringBuilder("(?");
        AppendNetFlags(sb, add);
        if (remove != 0) { sb.Append('-'); AppendNetFlags(sb, remove); }
        sb.Append(':');
        PushGroup(start, 0, sb.ToString() == "(?:" || sb.ToString() == "(?-:" ? "(?:" : sb.ToString());
        // Verbose and ASCII are applied by this translator, so they change its state for the group.
        const int translatorFlags = ReFlags.Verbose | ReFlags.Ascii | ReFlags.Unicode;
        _flags = (_flags | (add & translatorFlags)) & ~(remove & translatorFlags);
        // (CPython keeps a global ASCII in force inside (?u:...): the ASCII bit wins.)
        return GroupKind.Normal;
    }

    private static void AppendNetFlags(StringBuilder sb, int f)
    {
        if ((f & ReFlags.IgnoreCase) != 0) sb.Append('i');
        if ((f & ReFlags.Multiline) != 0) sb.Append('m');
        if ((f & ReFlags.DotAll) != 0) sb.Append('s');
    }

    /// <summary>sre accepts only fixed-width look-behinds; .NET would accept any, so check the closed group here.</summary>
    private void CheckLookbehindWidth(int groupPos, int closePos)
    {
        if (Verbose || groupPos + 4 > closePos) return;
        if (string.CompareOrdinal(_p, groupPos, "(?<=", 0, 4) != 0 && string.CompareOrdinal(_p, groupPos, "(?<!", 0, 4) != 0) return;
        if (LookbehindWidth.Of(_p, groupPos + 4, closePos) is var (min, max) && min != max)
            throw new RePatternError("look-behind requires fixed-width pattern", -1);
    }

    private void PushGroup(int srcPos, int group, string open)
    {
        _outOpen.Push(_o.Length);
        _o.Append(open);
        int parent = 0;
        foreach (var (_, g, _) in _open) if (g > 0) { parent = g; break; }
        if (group > 0)
        {
            while (_r.Parent.Count <= group) _r.Parent.Add(0);
            _r.Parent[group] = parent;
        }
        _open.Push((srcPos, group, _flags));
    }

    private string ReadName(char terminator, string what)
    {
        int start = _i;
        int end = _p.IndexOf(terminator, _i);
        if (end < 0)
        {
            if (_i >= _p.Length) throw new RePatternError("missing " + what, _i);
            throw new RePatternError($"missing {terminator}, unterminated name", start);
        }
        string name = _p[start..end];
        if (name.Length == 0) throw new RePatternError("missing " + what, start);
        _i = end + 1;
        return name;
    }

    private static void CheckGroupName(string name, int pos)
    {
        bool ok = name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(ch => char.IsLetterOrDigit(ch) || ch == '_');
        if (!ok) throw new RePatternError($"bad character in group name '{name}'", pos);
    }

    /// <summary>Translates an escape outside a class. Returns false for zero-width assertions (not repeatable).</summary>
    private bool Escape()
    {
        int start = _i;
        _i++;
        if (_i >= _p.Length) throw new RePatternError("bad escape (end of pattern)", start);
        char c = _p[_i];
        switch (c)
        {
            case 'A': _i++; _o.Append("\\A"); return false;
            case 'Z': _i++; _o.Append("\\z"); return false;
            case 'b': _i++; _o.Append(Ascii ? AsciiBoundary : "\\b"); return false;
            case 'B': _i++; _o.Append(Ascii ? AsciiNonBoundary : "\\B"); return false;
            case 'd' or 'D' or 'w' or 'W' or 's' or 'S':
                _i++;
                _o.Append(Ascii ? AsciiClass(c) : _astral && char.IsUpper(c) ? "(?:" + SurrogatePair + "|" + UnicodeClass(c) + ")" : UnicodeClass(c));
                return true;
            case >= '1' and <= '9':
                {
                    // Octal if three octal digits; otherwise a group reference of one or two digits.
                    if (_i + 2 < _p.Length && IsOct(c) && IsOct(_p[_i + 1]) && IsOct(_p[_i + 2]))
                    {
                        int v = Convert.ToInt32(_p.Substring(_i, 3), 8);
                        if (v > 0xFF) throw new RePatternError($"octal escape value \\{_p.Substring(_i, 3)} outside of range 0-0o377", start);
                        _i += 3; AppendLiteral(v); return true;
                    }
                    int j = _i + 1;
                    if (j < _p.Length && char.IsAsciiDigit(_p[j])) j++;
                    int g = int.Parse(_p[_i..j], CultureInfo.InvariantCulture);
                    _i = j;
                    if (g > _r.Groups) throw new RePatternError("invalid group reference " + g, start + 1);
                    if (!_closed.Contains(g)) throw new RePatternError("cannot refer to an open group", start);
                    _o.Append("\\k<").Append(g).Append('>');
                    return true;
                }
            default:
                AppendLiteral(CommonEscape(start));
                return true;
        }
    }

    private static bool IsOct(char c) => c >= '0' && c <= '7';

    /// <summary>Escapes valid both inside and outside classes that denote one character.</summary>
    private int CommonEscape(int start)
    {
        char c = _p[_i];
        switch (c)
        {
            case 'a': _i++; return 7;
            case 'f': _i++; return 12;
            case 'n': _i++; return 10;
            case 'r': _i++; return 13;
            case 't': _i++; return 9;
            case 'v': _i++; return 11;
            case '0':
                {
                    int j = _i + 1;
                    while (j < _p.Length && j < _i + 3 && IsOct(_p[j])) j++;
                    int v = Convert.ToInt32(_p[_i..j], 8);
                    _i = j;
                    return v;
                }
            case 'x': return HexEscape(start, 2);
            case 'u' when !_bytes: return HexEscape(start, 4);
            case 'U' when !_bytes:
                {
                    int v = HexEscape(start, 8);
                    if (v > 0x10FFFF) throw new RePatternError($"bad escape {_p[start..(start + 10)]}", start);
                    return v;
                }
            case 'N' when !_bytes:
                {
                    // CPython 3.11: _parser.py _escape, named Unicode character \N{NAME}
                    _i++;
                    if (_i >= _p.Length || _p[_i] != '{') throw new RePatternError("missing {", _i);
                    int close = _p.IndexOf('}', _i + 1);
                    if (close < 0 || close == _i + 1) throw new RePatternError("missing character name", _i + 1);
                    string name = _p[(_i + 1)..close];
                    if (!Sharpy.Syntax.Literals.UnicodeNames.TryLookup(name, out int cp))
                        throw new RePatternError($"undefined character name '{name}'", start);
                    _i = close + 1;
                    return cp;
                }
        }
        if (char.IsAsciiLetterOrDigit(c)) throw new RePatternError("bad escape \\" + c, start);
        return ReadCodePoint();
    }

    private int HexEscape(int start, int digits)
    {
        int j = _i + 1;
        while (j < _p.Length && j < _i + 1 + digits && char.IsAsciiHexDigit(_p[j])) j++;
        if (j - (_i + 1) != digits)
            throw new RePatternError("incomplete escape " + _p[start..j], start);
        int v = int.Parse(_p[(_i + 1)..j], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        _i = j;
        return v;
    }

    // Python's \b under ASCII: a boundary between [a-zA-Z0-9_] and anything else.
    private const string AsciiBoundary = "(?:(?<=[a-zA-Z0-9_])(?![a-zA-Z0-9_])|(?<![a-zA-Z0-9_])(?=[a-zA-Z0-9_]))";
    private const string AsciiNonBoundary = "(?:(?<=[a-zA-Z0-9_])(?=[a-zA-Z0-9_])|(?<![a-zA-Z0-9_])(?![a-zA-Z0-9_]))";

    // Python's Unicode \w is str.isalnum() or '_' (letters and all numbers; .NET's \w has marks and Pc
    // instead of No/Nl); its \s is str.isspace(), which adds the \x1c-\x1f separators to .NET's \s.
    private static string UnicodeClass(char c) => c switch
    {
        'w' => "[\\p{L}\\p{N}_]", 'W' => "[^\\p{L}\\p{N}_]",
        's' => "[\\s\\x1c-\\x1f]", 'S' => "[^\\s\\x1c-\\x1f]",
        _ => "\\" + c,
    };

    private static string UnicodeClassBody(char c) => c switch
    {
        'w' => "\\p{L}\\p{N}_", 's' => "\\s\\x1c-\\x1f", _ => "\\" + c,
    };

    private static string AsciiClass(char c) => c switch
    {
        'd' => "[0-9]", 'D' => "[^0-9]",
        'w' => "[a-zA-Z0-9_]", 'W' => "[^a-zA-Z0-9_]",
        's' => "[ \\t\\n\\r\\f\\v]", _ => "[^ \\t\\n\\r\\f\\v]",
    };

    private static string AsciiClassBody(char c) => c switch
    {
        'd' => "0-9", 'w' => "a-zA-Z0-9_", 's' => " \\t\\n\\r\\f\\v", _ => "\\" + c,
    };

    private void CharClass()
    {
        int start = _i;
        _i++;
        bool negated = _i < _p.Length && _p[_i] == '^';
        if (negated) _i++;
        var body = new StringBuilder();
        var astralAlternatives = new List<string>();   // UTF-16 sequences for members above U+FFFF
        bool first = true;
        while (true)
        {
            if (_i >= _p.Length) throw new RePatternError("unterminated character set", start);
            char c = _p[_i];
            if (c == ']' && !first) { _i++; break; }
            first = false;
            int itemPos = _i;
            int lo = ClassItem(out string? setBody);
            if (setBody != null)
            {
                if (_i + 1 < _p.Length && _p[_i] == '-' && _p[_i + 1] != ']')
                {
                    int hiStart = _i + 1;
                    _i++;
                    ClassItem(out _);
                    throw new RePatternError($"bad character range {_p[itemPos..hiStart]}{_p[hiStart.._i]}", itemPos);
                }
                body.Append(setBody);
                continue;
            }
            int hi = lo;
            if (_i + 1 < _p.Length && _p[_i] == '-' && _p[_i + 1] != ']')
            {
                _i++;
                int hiPos = _i;
                hi = ClassItem(out string? hiSet);
                if (hiSet != null)
                    throw new RePatternError($"bad character range {_p[itemPos..hiPos]}{_p[hiPos.._i]}", itemPos);
                if (hi < lo) throw new RePatternError($"bad character range {_p[itemPos.._i]}", itemPos);
            }
            if (lo < 0x10000)
            {
                AppendClassLiteral(body, lo);
                if (hi > lo) { body.Append('-'); AppendClassLiteral(body, Math.Min(hi, 0xFFFF)); }
            }
            if (hi >= 0x10000) astralAlternatives.Add(AstralRange(Math.Max(lo, 0x10000), hi));
        }
        if (astralAlternatives.Count == 0)
        {
            bool wrap = negated && _astral;
            if (wrap) _o.Append("(?:" + SurrogatePair + "|");
            _o.Append(negated ? "[^" : "[").Append(body).Append(']');
            if (wrap) _o.Append(')');
            return;
        }
        string astral = string.Join("|", astralAlternatives);
        if (!negated)
        {
            // Astral alternatives first: a BMP range may include the surrogates themselves.
            _o.Append("(?:").Append(astral);
            if (body.Length > 0) _o.Append("|[").Append(body).Append(']');
            _o.Append(')');
        }
        else
            _o.Append("(?!").Append(astral).Append(")(?:").Append(SurrogatePair).Append('|')
              .Append(body.Length > 0 ? "[^" + body + "]" : "[\\s\\S]").Append(')');
    }

    /// <summary>A .NET alternation matching the UTF-16 encodings of code points lo..hi (both ≥ U+10000).</summary>
    private static string AstralRange(int lo, int hi)
    {
        static string U(int unit) => "\\u" + unit.ToString("X4", CultureInfo.InvariantCulture);
        string l = char.ConvertFromUtf32(lo), h = char.ConvertFromUtf32(hi);
        if (l[0] == h[0]) return U(l[0]) + "[" + U(l[1]) + "-" + U(h[1]) + "]";
        var parts = new List<string> { U(l[0]) + "[" + U(l[1]) + "-\\uDFFF]" };
        if (h[0] - l[0] > 1) parts.Add("[" + U(l[0] + 1) + "-" + U(h[0] - 1) + "][\\uDC00-\\uDFFF]");
        parts.Add(U(h[0]) + "[\\uDC00-" + U(h[1]) + "]");
        return string.Join("|", parts);
    }

    /// <summary>One class member: a code point, or (setBody != null) a category such as \d.</summary>
    private int ClassItem(out string? setBody)
    {
        setBody = null;
        if (_p[_i] != '\\') return ReadCodePoint();
        int start = _i;
        _i++;
        if (_i >= _p.Length) throw new RePatternError("bad escape (end of pattern)", start);
        char c = _p[_i];
        switch (c)
        {
            case 'd' or 'D' or 'w' or 'W' or 's' or 'S':
                _i++;
                setBody = Ascii ? AsciiClassBody(c) : UnicodeClassBody(c);
                return 0;
            case 'b': _i++; return 8;
            case >= '1' and <= '7':
                {
                    int j = _i;
                    while (j < _p.Length && j < _i + 3 && IsOct(_p[j])) j++;
                    int v = Convert.ToInt32(_p[_i..j], 8);
                    if (v > 0xFF) throw new RePatternError($"octal escape value {_p[start..j]} outside of range 0-0o377", start);
                    _i = j;
                    return v;
                }
            case '8' or '9': throw new RePatternError("bad escape \\" + c, start);
            default: return CommonEscape(start);
        }
    }
}
