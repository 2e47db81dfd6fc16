using System.Globalization;
using System.Numerics;
using System.Text;
using Sharpy.Syntax.Ast;
using Sharpy.Syntax.Tokens;

namespace Sharpy.Syntax;

/// <summary>
/// CPython 3.11's <c>ast.dump</c>, byte for byte (Lib/ast.py dump), including Python's repr of constants.
/// </summary>
public static class AstDump
{
    // Fields declared optional ('?') in CPython 3.11's Parser/Python.asdl: omitted from the dump when None.
    private static readonly HashSet<string> s_optional = new(StringComparer.Ordinal)
    {
        "FunctionDef.returns", "FunctionDef.type_comment", "AsyncFunctionDef.returns", "AsyncFunctionDef.type_comment",
        "Return.value", "Assign.type_comment", "AnnAssign.value", "For.type_comment", "AsyncFor.type_comment",
        "With.type_comment", "AsyncWith.type_comment", "Raise.exc", "Raise.cause", "Assert.msg",
        "ImportFrom.module", "ImportFrom.level", "Yield.value", "FormattedValue.format_spec", "Constant.kind",
        "Slice.lower", "Slice.upper", "Slice.step", "MatchMapping.rest", "MatchStar.name", "MatchAs.pattern",
        "MatchAs.name", "ExceptHandler.type", "ExceptHandler.name", "arguments.vararg", "arguments.kwarg",
        "keyword.arg", "arg.annotation", "arg.type_comment", "alias.asname", "withitem.optional_vars",
        "match_case.guard",
    };

    private static readonly string[] s_attributes = { "lineno", "col_offset", "end_lineno", "end_col_offset" };

    /// <summary><c>ast.dump(node, include_attributes=..., indent=...)</c>.</summary>
    public static string Dump(Node node, bool includeAttributes = false, int? indent = null)
        => Dump(node, includeAttributes, indent == null ? null : new string(' ', indent.Value));

    /// <summary><c>ast.dump</c> with a string indent (<c>indent='\t'</c>).</summary>
    public static string Dump(Node node, bool includeAttributes, string? indent)
    {
        var dumper = new Dumper(includeAttributes, indent);
        return dumper.Format(node, 0, out _);
    }

    private sealed class Dumper
    {
        private readonly bool _attrs;
        private readonly string? _indent;

        public Dumper(bool attrs, string? indent) { _attrs = attrs; _indent = indent; }

        public string Format(object? value, int level, out bool simple)
        {
            switch (value)
            {
                case Node node: return FormatNode(node, level, out simple);
                case byte[] bytes: simple = true; return PyRepr.Bytes(bytes);
                case System.Collections.IList list: return FormatList(list, level, out simple);
                case ExprContext c: simple = true; return c + "()";
                case BoolOperator b: simple = true; return b + "()";
                case BinaryOperator o: simple = true; return o + "()";
                case UnaryOperator u: simple = true; return u + "()";
                case CompareOperator cmp: simple = true; return cmp + "()";
                default: simple = true; return PyRepr.Repr(value);
            }
        }

        private void Prefix(int level, out string prefix, out string sep)
        {
            if (_indent != null)
            {
                string pad = Repeat(_indent, level);
                prefix = "\n" + pad;
                sep = ",\n" + pad;
            }
            else
            {
                prefix = "";
                sep = ", ";
            }
        }

        private static string Repeat(string s, int n)
        {
            if (n <= 0 || s.Length == 0) return "";
            var sb = new StringBuilder(s.Length * n);
            for (int i = 0; i < n; i++) sb.Append(s);
            return sb.ToString();
        }

        private string FormatNode(Node node, int level, out bool simple)
        {
            // ast.dump recurses in Python and raises RecursionError on very deep trees.
            if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
                throw new Parsing.ParserRecursionException("RecursionError", "maximum recursion depth exceeded");
            if (_indent != null) level++;
            Prefix(level, out string prefix, out string sep);
            var args = new List<string>();
            bool allSimple = true;
            var names = node.FieldNames;
            string cls = node.PythonName;
            for (int i = 0; i < names.Count; i++)
            {
                object? v = node.GetField(i);
                if (v == null && s_optional.Contains(cls + "." + names[i])) continue;
                string text = Format(v, level, out bool s);
                allSimple &= s;
                args.Add(names[i] + "=" + text);
            }
            if (_attrs && node.HasLocation)
            {
                int[] vals = { node.Lineno, node.ColOffset, node.EndLineno, node.EndColOffset };
                for (int i = 0; i < 4; i++) args.Add(s_attributes[i] + "=" + vals[i].ToString(CultureInfo.InvariantCulture));
            }
            if (allSimple && args.Count <= 3)
            {
                simple = args.Count == 0;
                return cls + "(" + string.Join(", ", args) + ")";
            }
            simple = false;
            return cls + "(" + prefix + string.Join(sep, args) + ")";
        }

        private string FormatList(System.Collections.IList list, int level, out bool simple)
        {
            if (list.Count == 0) { simple = true; return "[]"; }
            if (_indent != null) level++;
            Prefix(level, out string prefix, out string sep);
            var parts = new string[list.Count];
            for (int i = 0; i < list.Count; i++) parts[i] = Format(list[i], level, out _);
            simple = false;
            return "[" + prefix + string.Join(sep, parts) + "]";
        }
    }
}

/// <summary>Python's <c>repr()</c> of the constant model values (str, bytes, int, float, complex, ...).</summary>
public static class PyRepr
{
    public static string Repr(object? value) => value switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        string s => Str(s),
        CodePointString cps => Str(cps.Text, cps.Splits),
        byte[] bytes => Bytes(bytes),
        BigInteger i => i.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => Float(d),
        Complex c => ComplexRepr(c),
        EllipsisValue => "Ellipsis",
        _ => value.ToString() ?? "",
    };

    /// <summary>CPython 3.11: Objects/unicodeobject.c unicode_repr.</summary>
    public static string Str(string s) => Str(s, ReadOnlySpan<int>.Empty);

    /// <summary>
    /// repr of a str given as UTF-16 units where the low surrogates at the indexes in <paramref name="splits"/>
    /// are code points of their own (see <see cref="CodePointString"/>).
    /// </summary>
    public static string Str(string s, ReadOnlySpan<int> splits)
    {
        int nextSplit = 0;
        bool hasSingle = s.Contains('\''), hasDouble = s.Contains('"');
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                while (nextSplit < splits.Length && splits[nextSplit] <= i) nextSplit++;
                if (nextSplit >= splits.Length || splits[nextSplit] != i + 1)
                {
                    cp = char.ConvertToUtf32(s[i], s[i + 1]);
                    i++;
                }
            }
            if (cp == quote || cp == '\\') { sb.Append('\\').Append((char)cp); continue; }
            switch (cp)
            {
                case '\t': sb.Append("\\t"); continue;
                case '\n': sb.Append("\\n"); continue;
                case '\r': sb.Append("\\r"); continue;
            }
            if (cp < 0x20 || cp == 0x7F) { sb.Append("\\x").Append(cp.ToString("x2")); continue; }
            if (cp < 0x7F) { sb.Append((char)cp); continue; }
            if (Identifiers.IsPrintable(cp))
            {
                if (cp >= 0x10000) sb.Append(char.ConvertFromUtf32(cp)); else sb.Append((char)cp);
                continue;
            }
            if (cp <= 0xFF) sb.Append("\\x").Append(cp.ToString("x2"));
            else if (cp <= 0xFFFF) sb.Append("\\u").Append(cp.ToString("x4"));
            else sb.Append("\\U").Append(cp.ToString("x8"));
        }
        sb.Append(quote);
        return sb.ToString();
    }

    /// <summary>CPython 3.11: Objects/bytesobject.c PyBytes_Repr.</summary>
    public static string Bytes(byte[] bytes)
    {
        bool hasSingle = Array.IndexOf(bytes, (byte)'\'') >= 0, hasDouble = Array.IndexOf(bytes, (byte)'"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(bytes.Length + 3);
        sb.Append('b').Append(quote);
        foreach (byte b in bytes)
        {
            if (b == quote || b == '\\') sb.Append('\\').Append((char)b);
            else if (b == '\t') sb.Append("\\t");
            else if (b == '\n') sb.Append("\\n");
            else if (b == '\r') sb.Append("\\r");
            else if (b < 0x20 || b >= 0x7F) sb.Append("\\x").Append(b.ToString("x2"));
            else sb.Append((char)b);
        }
        sb.Append(quote);
        return sb.ToString();
    }

    /// <summary>CPython's float repr: shortest round-trip digits, 'r' format rules.</summary>
    public static string Float(double d) => FormatRepr(d, addDotZero: true);

    private static string FormatRepr(double d, bool addDotZero)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsPositiveInfinity(d)) return "inf";
        if (double.IsNegativeInfinity(d)) return "-inf";
        if (d == 0) return (BitConverter.DoubleToInt64Bits(d) < 0 ? "-0" : "0") + (addDotZero ? ".0" : "");
        // "E16" would round; "R" gives the shortest round-trip digits in scientific form with 'E'.
        string r = d.ToString("E16", CultureInfo.InvariantCulture);
        string shortest = d.ToString("R", CultureInfo.InvariantCulture);
        // Extract digits and exponent from the shortest representation.
        bool neg = shortest.StartsWith('-');
        if (neg) shortest = shortest[1..];
        string mantissa = shortest;
        int exp = 0;
        int e = shortest.IndexOfAny(new[] { 'E', 'e' });
        if (e >= 0)
        {
            mantissa = shortest[..e];
            exp = int.Parse(shortest[(e + 1)..], CultureInfo.InvariantCulture);
        }
        int dot = mantissa.IndexOf('.');
        string intPart = dot < 0 ? mantissa : mantissa[..dot];
        string fracPart = dot < 0 ? "" : mantissa[(dot + 1)..];
        string digits = (intPart + fracPart).TrimStart('0');
        int leadingZeros = (intPart + fracPart).Length - digits.Length;
        // decimal point position relative to the start of 'digits'
        int decExp = intPart.Length - leadingZeros + exp;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        _ = r;
        var sb = new StringBuilder();
        if (neg) sb.Append('-');
        // Python 'r' format: scientific if decExp - 1 < -4 or decExp - 1 >= 16
        int sciExp = decExp - 1;
        if (sciExp < -4 || sciExp >= 16)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
            sb.Append('e').Append(sciExp < 0 ? '-' : '+');
            int a = Math.Abs(sciExp);
            sb.Append(a < 10 ? "0" + a : a.ToString(CultureInfo.InvariantCulture));
            return sb.ToString();
        }
        if (decExp <= 0)
        {
            sb.Append("0.").Append('0', -decExp).Append(digits);
        }
        else if (decExp >= digits.Length)
        {
            sb.Append(digits).Append('0', decExp - digits.Length);
            if (addDotZero) sb.Append(".0");
        }
        else
        {
            sb.Append(digits, 0, decExp).Append('.').Append(digits, decExp, digits.Length - decExp);
        }
        return sb.ToString();
    }

    /// <summary>CPython 3.11: Objects/complexobject.c complex_repr.</summary>
    public static string ComplexRepr(Complex c)
    {
        if (c.Real == 0 && BitConverter.DoubleToInt64Bits(c.Real) >= 0)
            return FormatRepr(c.Imaginary, addDotZero: false) + "j";
        string re = FormatRepr(c.Real, addDotZero: false);
        string im = FormatRepr(c.Imaginary, addDotZero: false);
        string sign = im.StartsWith('-') || double.IsNaN(c.Imaginary) && false ? "" : "+";
        return "(" + re + sign + im + "j)";
    }
}
