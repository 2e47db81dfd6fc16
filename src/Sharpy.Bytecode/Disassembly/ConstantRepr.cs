using System.Globalization;
using System.Numerics;
using System.Text;
using Sharpy.Bytecode.Code;

namespace Sharpy.Bytecode.Disassembly;

/// <summary>Python's repr() of values of the closed constant model (for dis, error messages, unparsing).</summary>
public static class ConstantRepr
{
    public static string Repr(object? value) => value switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        BigInteger i => i.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => FloatRepr(d),
        Complex c => ComplexRepr(c),
        string s => StrRepr(s),
        ConstCodePointString cps => StrRepr(cps.Text, cps.Splits),
        byte[] b => BytesRepr(b),
        ConstEllipsis => "Ellipsis",
        ConstTuple t => t.Items.Length == 1 ? "(" + Repr(t.Items[0]) + ",)" : "(" + string.Join(", ", t.Items.Select(Repr)) + ")",
        ConstFrozenSet f => f.Items.Length == 0 ? "frozenset()" : "frozenset({" + string.Join(", ", f.Items.Select(Repr)) + "})",
        CodeObject c => $"<code object {c.Name} at 0x0, file \"{c.Filename}\", line {c.FirstLineNo}>",
        _ => value.ToString() ?? "",
    };

    /// <summary>CPython's float repr: shortest round-trip digits, exponent form outside 1e-4 .. 1e16.</summary>
    public static string FloatRepr(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsPositiveInfinity(d)) return "inf";
        if (double.IsNegativeInfinity(d)) return "-inf";
        if (d == 0) return double.IsNegative(d) ? "-0.0" : "0.0";
        string r = d.ToString("R", CultureInfo.InvariantCulture);
        bool negative = r.StartsWith('-');
        if (negative) r = r[1..];
        int exponent = 0;
        int e = r.IndexOfAny(new[] { 'E', 'e' });
        if (e >= 0) { exponent = int.Parse(r[(e + 1)..], CultureInfo.InvariantCulture); r = r[..e]; }
        int dot = r.IndexOf('.');
        string digits = dot >= 0 ? r.Remove(dot, 1) : r;
        int pointPos = (dot >= 0 ? dot : r.Length) + exponent;
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0') { lead++; pointPos--; }
        digits = digits[lead..].TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        // decpt = pointPos: value = 0.digits * 10^pointPos
        string body;
        if (pointPos > 16 || pointPos < -3)
        {
            int exp = pointPos - 1;
            string mantissa = digits.Length > 1 ? digits[0] + "." + digits[1..] : digits;
            body = mantissa + "e" + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture);
        }
        else if (pointPos <= 0) body = "0." + new string('0', -pointPos) + digits;
        else if (pointPos >= digits.Length) body = digits + new string('0', pointPos - digits.Length) + ".0";
        else body = digits[..pointPos] + "." + digits[pointPos..];
        return negative ? "-" + body : body;
    }

    private static string ComplexRepr(Complex c)
    {
        string Part(double x) => FloatRepr(x) is var s && s.EndsWith(".0", StringComparison.Ordinal) ? s[..^2] : FloatRepr(x);
        if (c.Real == 0 && !double.IsNegative(c.Real)) return Part(c.Imaginary) + "j";
        string imag = Part(c.Imaginary);
        string sign = imag.StartsWith('-') || double.IsNaN(c.Imaginary) && false ? "" : "+";
        return "(" + Part(c.Real) + sign + imag + "j)";
    }

    public static string StrRepr(string s) => StrRepr(s, ReadOnlySpan<int>.Empty);

    /// <summary>repr of a str whose low surrogates at the indexes in <paramref name="splits"/> stand alone (<see cref="ConstCodePointString"/>).</summary>
    public static string StrRepr(string s, ReadOnlySpan<int> splits)
    {
        int nextSplit = 0;
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == quote || c == '\\') { sb.Append('\\').Append(c); continue; }
            if (c == '\n') { sb.Append("\\n"); continue; }
            if (c == '\r') { sb.Append("\\r"); continue; }
            if (c == '\t') { sb.Append("\\t"); continue; }
            while (nextSplit < splits.Length && splits[nextSplit] <= i) nextSplit++;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])
                && (nextSplit >= splits.Length || splits[nextSplit] != i + 1))
            {
                int cp = char.ConvertToUtf32(c, s[i + 1]);
                var category = CharUnicodeInfo.GetUnicodeCategory(cp);
                if (IsPrintable(category)) sb.Append(c).Append(s[i + 1]);
                else sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
                i++;
                continue;
            }
            if (c < 0x20 || c == 0x7f) { sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture)); continue; }
            if (c < 0x7f) { sb.Append(c); continue; }
            var cat = char.IsSurrogate(c) ? UnicodeCategory.Surrogate : CharUnicodeInfo.GetUnicodeCategory(c);
            if (IsPrintable(cat)) sb.Append(c);
            else if (c <= 0xff) sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            else sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }
        sb.Append(quote);
        return sb.ToString();
    }

    private static bool IsPrintable(UnicodeCategory category) => category switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.SpaceSeparator => false,
        _ => true,
    };

    public static string BytesRepr(byte[] bytes)
    {
        bool hasSingle = bytes.Contains((byte)'\''), hasDouble = bytes.Contains((byte)'"');
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder("b");
        sb.Append(quote);
        foreach (byte b in bytes)
        {
            if (b == quote || b == '\\') sb.Append('\\').Append((char)b);
            else if (b == '\t') sb.Append("\\t");
            else if (b == '\n') sb.Append("\\n");
            else if (b == '\r') sb.Append("\\r");
            else if (b < 0x20 || b >= 0x7f) sb.Append("\\x").Append(b.ToString("x2", CultureInfo.InvariantCulture));
            else sb.Append((char)b);
        }
        sb.Append(quote);
        return sb.ToString();
    }
}
