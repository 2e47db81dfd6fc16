namespace Sharpy.Runtime.Modules.Re;

/// <summary>
/// The width range of a look-behind's body in Python regex syntax. CPython's sre requires a fixed width
/// ("look-behind requires fixed-width pattern") where .NET's engine accepts any, so the translator asks here.
/// Only the constructs whose width is clear are measured; anything else (back-references, conditionals,
/// verbose patterns) answers null and the pattern is left to the engine.
/// </summary>
internal static class LookbehindWidth
{
    private const long Unbounded = long.MaxValue;

    /// <summary>(min, max) widths of <paramref name="p"/>[start..end), max = long.MaxValue when unbounded; null when unknown.</summary>
    public static (long Min, long Max)? Of(string p, int start, int end)
    {
        int i = start;
        return Alternation(p, ref i, end);
    }

    private static (long, long)? Alternation(string p, ref int i, int end)
    {
        long lo = long.MaxValue, hi = 0;
        while (true)
        {
            var branch = Sequence(p, ref i, end);
            if (branch is not var (bl, bh)) return null;
            lo = Math.Min(lo, bl); hi = Math.Max(hi, bh);
            if (i < end && p[i] == '|') { i++; continue; }
            return (lo, hi);
        }
    }

    private static (long, long)? Sequence(string p, ref int i, int end)
    {
        long lo = 0, hi = 0;
        while (i < end && p[i] != '|' && p[i] != ')')
        {
            var atom = Atom(p, ref i, end);
            if (atom is not var (al, ah)) return null;
            var q = Quantifier(p, ref i, end);
            if (q is not var (qmin, qmax)) return null;
            lo = Add(lo, Mul(al, qmin));
            hi = Add(hi, Mul(ah, qmax));
        }
        return (lo, hi);
    }

    private static long Add(long a, long b) => a == Unbounded || b == Unbounded ? Unbounded : a + b;
    private static long Mul(long a, long b) => a == 0 || b == 0 ? 0 : a == Unbounded || b == Unbounded ? Unbounded : a * b;

    private static (long, long)? Atom(string p, ref int i, int end)
    {
        char c = p[i];
        switch (c)
        {
            case '^' or '$':
                i++; return (0, 0);
            case '.':
                i++; return (1, 1);
            case '[':
                return SkipClass(p, ref i, end) ? (1, 1) : null;
            case '\\':
                return Escape(p, ref i, end);
            case '(':
                return Group(p, ref i, end);
            case '*' or '+' or '?' or '{':
                return null;   // a quantifier with nothing to repeat: the translator reports it
            default:
                i += char.IsHighSurrogate(c) && i + 1 < end ? 2 : 1;
                return (1, 1);
        }
    }

    private static (long, long)? Escape(string p, ref int i, int end)
    {
        if (i + 1 >= end) return null;
        char e = p[i + 1];
        i += 2;
        switch (e)
        {
            case 'A' or 'Z' or 'b' or 'B':
                return (0, 0);
            case 'x':
                i += 2; return (1, 1);
            case 'u':
                i += 4; return (1, 1);
            case 'U':
                i += 8; return (1, 1);
            case 'N':
                int close = p.IndexOf('}', i);
                if (close < 0 || close >= end) return null;
                i = close + 1; return (1, 1);
            case '0':
                for (int digits = 0; digits < 2 && i < end && p[i] >= '0' && p[i] <= '7'; digits++) i++;
                return (1, 1);
            case >= '1' and <= '9':
                return null;   // a group reference (or an octal escape): left to the engine
            default:
                return (1, 1);
        }
    }

    private static bool SkipClass(string p, ref int i, int end)
    {
        int j = i + 1;
        if (j < end && p[j] == '^') j++;
        if (j < end && p[j] == ']') j++;
        while (j < end && p[j] != ']') j += p[j] == '\\' ? 2 : 1;
        if (j >= end) return false;
        i = j + 1;
        return true;
    }

    private static (long, long)? Group(string p, ref int i, int end)
    {
        int j = i + 1;
        bool zeroWidth = false;
        if (j < end && p[j] == '?')
        {
            j++;
            if (j >= end) return null;
            if (p[j] is '=' or '!') { zeroWidth = true; j++; }
            else if (p[j] == '<' && j + 1 < end && p[j + 1] is '=' or '!') { zeroWidth = true; j += 2; }
            else if (p[j] is ':' or '>') j++;
            else if (p[j] == 'P' && j + 1 < end && p[j + 1] == '<')
            {
                int close = p.IndexOf('>', j);
                if (close < 0 || close >= end) return null;
                j = close + 1;
            }
            else return null;   // comments, flags, conditionals, named references
        }
        i = j;
        var inner = Alternation(p, ref i, end);
        if (inner is null || i >= end || p[i] != ')') return null;
        i++;
        return zeroWidth ? (0, 0) : inner;
    }

    private static (long, long)? Quantifier(string p, ref int i, int end)
    {
        if (i >= end) return (1, 1);
        (long, long) q;
        switch (p[i])
        {
            case '*': i++; q = (0, Unbounded); break;
            case '+': i++; q = (1, Unbounded); break;
            case '?': i++; q = (0, 1); break;
            case '{':
                int close = p.IndexOf('}', i);
                if (close < 0 || close >= end) return (1, 1);   // a literal '{'
                var body = p[(i + 1)..close].Split(',');
                if (body.Length > 2) return (1, 1);
                bool okMin = long.TryParse(body[0], out long min) || body[0].Length == 0;
                long max = min;
                bool okMax = body.Length == 1 || (body[1].Length == 0 ? (max = Unbounded) > 0 : long.TryParse(body[1], out max));
                if (!okMin || !okMax || (body.Length == 1 && body[0].Length == 0)) return (1, 1);
                i = close + 1;
                q = (min, max);
                break;
            default:
                return (1, 1);
        }
        if (i < end && (p[i] == '?' || p[i] == '+')) i++;   // lazy / possessive
        return q;
    }
}
