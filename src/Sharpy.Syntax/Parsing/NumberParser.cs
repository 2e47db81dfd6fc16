using System.Globalization;
using System.Numerics;

namespace Sharpy.Syntax.Parsing;

/// <summary>Converts a NUMBER token's text to its constant (BigInteger, double or Complex).</summary>
internal static class NumberParser
{
    // CPython 3.11: sys.int_info.default_max_str_digits.
    private const int MaxStrDigits = 4300;

    /// <summary>CPython 3.11: Parser/pegen.c parsenumber.</summary>
    public static object Parse(string text)
    {
        string s = text.Contains('_') ? text.Replace("_", "") : text;
        char last = s[^1];
        if (last is 'j' or 'J') return new Complex(0, ParseFloat(s[..^1]));
        if (s.Length > 1 && s[0] == '0' && s[1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
            return ParseRadix(s.AsSpan(2), s[1] switch { 'x' or 'X' => 16, 'o' or 'O' => 8, _ => 2 });
        foreach (char c in s)
            if (c is '.' or 'e' or 'E') return ParseFloat(s);
        if (s.Length <= 18) return new BigInteger(long.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture));
        if (s.Length > MaxStrDigits) throw new IntegerTooLongException(s.Length);
        return BigInteger.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private static double ParseFloat(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static BigInteger ParseRadix(ReadOnlySpan<char> digits, int radix)
    {
        if (digits.Length <= 15)
        {
            long v = 0;
            foreach (char c in digits) v = v * radix + HexValue(c);
            return new BigInteger(v);
        }
        BigInteger r = BigInteger.Zero;
        foreach (char c in digits) r = r * radix + HexValue(c);
        return r;
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

/// <summary>A decimal literal with more digits than int_max_str_digits allows.</summary>
internal sealed class IntegerTooLongException : Exception
{
    public IntegerTooLongException(int digits)
        : base($"Exceeds the limit ({4300} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.")
    {
    }
}
