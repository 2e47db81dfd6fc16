using System.Globalization;
using System.Text;

namespace Sharpy.Runtime.Modules.Re;

/// <summary>A parsed replacement template: literal text interleaved with group references.</summary>
// CPython 3.11: Lib/re/_parser.py parse_template
internal sealed class ReTemplate
{
    /// <summary>Literal (Group &lt; 0) or group reference (Literal null).</summary>
    public readonly List<(string? Literal, int Group)> Parts = [];

    public static ReTemplate Parse(string t, PyRePattern pattern)
    {
        var r = new ReTemplate();
        var lit = new StringBuilder();
        void Flush() { if (lit.Length > 0) { r.Parts.Add((lit.ToString(), -1)); lit.Clear(); } }
        int groups = pattern.Translated.Groups;
        int i = 0;
        while (i < t.Length)
        {
            char c = t[i];
            if (c != '\\') { lit.Append(c); i++; continue; }
            int start = i;
            i++;
            if (i >= t.Length) throw Error("bad escape (end of pattern)", t, start, pattern);
            c = t[i];
            if (c == 'g')
            {
                i++;
                if (i >= t.Length || t[i] != '<')
                    throw Error(i >= t.Length ? "missing <" : "missing <", t, i, pattern);
                i++;
                int close = t.IndexOf('>', i);
                if (close < 0)
                {
                    if (i >= t.Length) throw Error("missing group name", t, i, pattern);
                    throw Error("missing >, unterminated name", t, i, pattern);
                }
                string name = t[i..close];
                if (name.Length == 0) throw Error("missing group name", t, i, pattern);
                int idx;
                if (name.All(char.IsAsciiDigit))
                {
                    idx = int.Parse(name, CultureInfo.InvariantCulture);
                    if (idx > groups) throw Error("invalid group reference " + idx, t, i, pattern);
                }
                else
                {
                    bool ok = (char.IsLetter(name[0]) || name[0] == '_') && name.All(ch => char.IsLetterOrDigit(ch) || ch == '_');
                    if (!ok) throw Error($"bad character in group name '{name}'", t, i, pattern);
                    if (!pattern.Translated.GroupIndex.TryGetValue(name, out idx))
                        throw new PythonException(PyExc.IndexError($"unknown group name '{name}'"));
                }
                Flush();
                r.Parts.Add((null, idx));
                i = close + 1;
                continue;
            }
            if (c == '0')
            {
                int j = i + 1;
                while (j < t.Length && j < i + 3 && t[j] >= '0' && t[j] <= '7') j++;
                lit.Append((char)Convert.ToInt32(t[i..j], 8));
                i = j;
                continue;
            }
            if (char.IsAsciiDigit(c))
            {
                if (i + 2 < t.Length && IsOct(c) && IsOct(t[i + 1]) && IsOct(t[i + 2]))
                {
                    int v = Convert.ToInt32(t.Substring(i, 3), 8);
                    if (v > 0xFF) throw Error($"octal escape value \\{t.Substring(i, 3)} outside of range 0-0o377", t, start, pattern);
                    lit.Append((char)v);
                    i += 3;
                    continue;
                }
                int j = i + 1;
                if (j < t.Length && char.IsAsciiDigit(t[j])) j++;
                int g = int.Parse(t[i..j], CultureInfo.InvariantCulture);
                if (g > groups) throw Error("invalid group reference " + g, t, start + 1, pattern);
                Flush();
                r.Parts.Add((null, g));
                i = j;
                continue;
            }
            i++;
            switch (c)
            {
                case 'a': lit.Append('\a'); break;
                case 'b': lit.Append('\b'); break;
                case 'f': lit.Append('\f'); break;
                case 'n': lit.Append('\n'); break;
                case 'r': lit.Append('\r'); break;
                case 't': lit.Append('\t'); break;
                case 'v': lit.Append('\v'); break;
                case '\\': lit.Append('\\'); break;
                default:
                    if (char.IsAsciiLetter(c)) throw Error("bad escape \\" + c, t, start, pattern);
                    lit.Append('\\').Append(c);
                    break;
            }
        }
        Flush();
        return r;
    }

    private static bool IsOct(char c) => c >= '0' && c <= '7';

    private static PythonException Error(string msg, string template, int pos, PyRePattern pattern) =>
        ReModule.Error(msg, ReSubject.Make(template, pattern.IsBytes), template, pos);

    public string Expand(PyReMatch m)
    {
        if (Parts.Count == 1 && Parts[0].Literal != null) return Parts[0].Literal!;
        var sb = new StringBuilder();
        foreach (var (literal, group) in Parts)
        {
            if (literal != null) sb.Append(literal);
            else
            {
                var g = m.NetMatch.Groups[group];
                if (g.Success) sb.Append(g.Value);
            }
        }
        return sb.ToString();
    }
}
