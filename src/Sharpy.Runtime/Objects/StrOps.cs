using System.Globalization;
using System.Text;

namespace Sharpy.Runtime.Objects;

public static class StrOps
{
    /// <summary>Code-point order comparison.</summary>
    public static int Compare(PyStr a, PyStr b)
    {
        if (a.IsBmp && b.IsBmp) return Math.Sign(string.CompareOrdinal(a.Value, b.Value));
        var x = a.CodePoints; var y = b.CodePoints;
        int n = Math.Min(x.Length, y.Length);
        for (int i = 0; i < n; i++) if (x[i] != y[i]) return x[i] < y[i] ? -1 : 1;
        return x.Length.CompareTo(y.Length);
    }

    /// <summary>CPython 3.11: Py_UNICODE_ISPRINTABLE, from python3.11's Unicode database (Unicode 14.0, as repr needs).</summary>
    public static bool IsPrintable(int cp) => Sharpy.Syntax.Tokens.UnicodeClasses.IsPrintable(cp);
}

public static partial class Ops
{
    /// <summary>CPython's unicode_repr.</summary>
    public static string StrRepr(PyStr s)
    {
        string v = s.Value;
        bool hasSingle = v.Contains('\''), hasDouble = v.Contains('"');
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(v.Length + 2);
        sb.Append(quote);
        for (int i = 0; i < v.Length; i++)
        {
            int cp = v[i];
            // Only non-BMP strings hold real pairs (a BMP one may hold split lone surrogates: PyStr.FromSplitSurrogates).
            if (!s.IsBmp && char.IsHighSurrogate(v[i]) && i + 1 < v.Length && char.IsLowSurrogate(v[i + 1]))
            {
                cp = char.ConvertToUtf32(v[i], v[i + 1]);
                i++;
            }
            switch (cp)
            {
                case '\\': sb.Append("\\\\"); continue;
                case '\n': sb.Append("\\n"); continue;
                case '\r': sb.Append("\\r"); continue;
                case '\t': sb.Append("\\t"); continue;
            }
            if (cp == quote) { sb.Append('\\').Append(quote); continue; }
            if (StrOps.IsPrintable(cp)) { PyStr.AppendCodePoint(sb, cp); continue; }
            if (cp < 0x100) sb.Append("\\x").Append(cp.ToString("x2"));
            else if (cp < 0x10000) sb.Append("\\u").Append(cp.ToString("x4"));
            else sb.Append("\\U").Append(cp.ToString("x8"));
        }
        sb.Append(quote);
        return sb.ToString();
    }

    /// <param name="escapeSingleQuote">bytearray's repr escapes <c>'</c> even inside double quotes
    /// (CPython 3.11: bytearrayobject.c bytearray_repr).</param>
    public static string BytesRepr(byte[] b, string prefix = "b", bool escapeSingleQuote = false)
    {
        bool hasSingle = Array.IndexOf(b, (byte)'\'') >= 0, hasDouble = Array.IndexOf(b, (byte)'"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(prefix);
        sb.Append(quote);
        foreach (var c in b)
        {
            if (c == quote || c == '\\' || (escapeSingleQuote && c == '\'')) sb.Append('\\').Append((char)c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c < 0x20 || c >= 0x7f) sb.Append("\\x").Append(c.ToString("x2"));
            else sb.Append((char)c);
        }
        sb.Append(quote);
        return sb.ToString();
    }
}
