using System.Globalization;
using System.Numerics;

namespace Sharpy.Syntax.Literals;

/// <summary>NUMBER token text → value. CPython 3.11: Parser/pegen.c parsenumber / parsenumber_raw.</summary>
public static class NumberLiteral
{
    /// <summary>CPython 3.11's sys.int_info.default_max_str_digits.</summary>
    public const int MaxStrDigits = 4300;

    /// <summary>
    /// <see cref="BigInteger"/> for ints, <see cref="double"/> for floats, <see cref="Complex"/> for
    /// imaginary literals. Throws <see cref="LiteralException"/> for a decimal int literal longer than
    /// 4300 digits, as CPython 3.11.7 does.
    /// </summary>
    public static object Parse(string text)
    {
        string s = text.IndexOf('_') >= 0 ? text.Replace("_", "") : text;
        char last = s[^1];
        if (last == 'j' || last == 'J') return new Complex(0.0, ParseFloat(s.AsSpan(0, s.Length - 1)));
        if (s.Length > 1 && s[0] == '0')
        {
            switch (s[1])
            {
                case 'x': case 'X': return ParsePowerOfTwo(s.AsSpan(2), 4);
                case 'o': case 'O': return ParsePowerOfTwo(s.AsSpan(2), 3);
                case 'b': case 'B': return ParsePowerOfTwo(s.AsSpan(2), 1);
            }
        }
        foreach (char c in s)
        {
            if (c == '.' || c == 'e' || c == 'E') return ParseFloat(s);
        }
        return ParseDecimalInt(s);
    }

    /// <summary>A decimal digit string (no sign, no underscores) → int, with CPython's digit limit.</summary>
    public static BigInteger ParseDecimalInt(ReadOnlySpan<char> digits)
    {
        if (digits.Length <= 18) return new BigInteger(long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture));
        if (digits.Length > MaxStrDigits)
        {
            throw new LiteralException(LiteralErrorKind.IntegerTooLong,
                $"Exceeds the limit ({MaxStrDigits} digits) for integer string conversion: value has {digits.Length} digits; " +
                "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals " +
                "to avoid decimal conversion limits.");
        }
        return BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>Decimal float text (digits, '.', exponent) → correctly rounded double (inf on overflow).</summary>
    public static double ParseFloat(ReadOnlySpan<char> s) =>
        double.Parse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

    private static BigInteger ParsePowerOfTwo(ReadOnlySpan<char> digits, int bitsPerDigit)
    {
        if (digits.Length * bitsPerDigit <= 63)
        {
            long v = 0;
            foreach (char c in digits) v = (v << bitsPerDigit) | (long)DigitValue(c);
            return new BigInteger(v);
        }
        // Little-endian bytes, filled from the last digit.
        var bytes = new byte[(digits.Length * bitsPerDigit + 7) / 8 + 1];
        int bit = 0;
        for (int k = digits.Length - 1; k >= 0; k--)
        {
            int d = DigitValue(digits[k]);
            for (int b = 0; b < bitsPerDigit; b++, bit++)
            {
                if ((d >> b & 1) != 0) bytes[bit >> 3] |= (byte)(1 << (bit & 7));
            }
        }
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
    }

    private static int DigitValue(char c) =>
        c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
