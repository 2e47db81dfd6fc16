using System.Globalization;
using System.Numerics;
using System.Text;

namespace Sharpy.Runtime.Objects;

/// <summary>The format-spec mini-language (CPython 3.11 Python/formatter_unicode.c) for int, float and str.</summary>
public static class Formatting
{
    public struct Spec
    {
        public char Fill; public char Align; public char Sign; public bool Alt; public bool Zero;
        public int Width; public char Grouping; public int Precision; public char Type; public bool NoNegZero;
    }

    // CPython 3.11: formatter_unicode.c parse_internal_render_format_spec. Align '\0' means "the type's default";
    // <paramref name="typeName"/> names the object in "Invalid format specifier" errors.
    public static Spec ParseSpec(string s, char defaultType, string typeName = "object", char defaultAlign = '>')
    {
        var sp = new Spec { Fill = ' ', Align = '\0', Sign = '\0', Width = -1, Precision = -1, Type = defaultType };
        int i = 0;
        bool fillSpecified = false;
        if (s.Length >= 2 && "<>=^".Contains(s[1])) { sp.Fill = s[0]; sp.Align = s[1]; i = 2; fillSpecified = true; }
        else if (s.Length >= 1 && "<>=^".Contains(s[0])) { sp.Align = s[0]; i = 1; }
        if (i < s.Length && "+- ".Contains(s[i])) sp.Sign = s[i++];
        if (i < s.Length && s[i] == 'z') { sp.NoNegZero = true; i++; }
        if (i < s.Length && s[i] == '#') { sp.Alt = true; i++; }
        // The special case for 0-padding: only without an explicit fill; '=' only where right alignment is the default.
        if (!fillSpecified && i < s.Length && s[i] == '0')
        {
            sp.Zero = true;
            sp.Fill = '0';
            if (sp.Align == '\0' && defaultAlign == '>') sp.Align = '=';
            i++;
        }
        int start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        if (i > start) sp.Width = ParseSpecInteger(s[start..i]);
        if (i < s.Length && s[i] == ',') { sp.Grouping = ','; i++; }
        if (i < s.Length && s[i] == '_')
        {
            if (sp.Grouping != '\0') throw new PythonException(PyExc.ValueError("Cannot specify both ',' and '_'."));
            sp.Grouping = '_'; i++;
        }
        if (i < s.Length && s[i] == ',' && sp.Grouping == '_')
            throw new PythonException(PyExc.ValueError("Cannot specify both ',' and '_'."));
        if (i < s.Length && s[i] == '.')
        {
            i++;
            start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            if (i == start) throw new PythonException(PyExc.ValueError("Format specifier missing precision"));
            sp.Precision = ParseSpecInteger(s[start..i]);
        }
        if (s.Length - i > 1)
            throw new PythonException(PyExc.ValueError($"Invalid format specifier '{s}' for object of type '{typeName}'"));
        if (i < s.Length) sp.Type = s[i++];
        if (sp.Grouping != '\0')
        {
            switch (sp.Type)
            {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0':
                    break;
                case 'b' or 'o' or 'x' or 'X' when sp.Grouping == '_':
                    break;
                default:
                    throw new PythonException(PyExc.ValueError(sp.Type > 32 && sp.Type < 128
                        ? $"Cannot specify '{sp.Grouping}' with '{sp.Type}'."
                        : $"Cannot specify '{sp.Grouping}' with '\\x{(int)sp.Type:x}'."));
            }
        }
        return sp;
    }

    // get_integer: "Too many decimal digits in format string" past Py_ssize_t. Values past int range (which no
    // string could reach anyway) are clamped to int.MaxValue: a width that large is a MemoryError (Pad), a float
    // precision that large "precision too big" (CheckFloatPrecision), a str precision simply truncates nothing.
    private static int ParseSpecInteger(string digits)
    {
        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out long n))
            throw new PythonException(PyExc.ValueError("Too many decimal digits in format string"));
        return (int)Math.Min(n, int.MaxValue);
    }

    // CPython formats floats with a C int precision.
    private static void CheckFloatPrecision(int precision)
    {
        if (precision == int.MaxValue) throw new PythonException(PyExc.ValueError("precision too big"));
    }

    /// <summary>Length in code points (what Python's len() says), not UTF-16 units.</summary>
    internal static int CodePointCount(string s)
    {
        int n = s.Length;
        for (int i = 1; i < s.Length; i++)
            if (char.IsLowSurrogate(s[i]) && char.IsHighSurrogate(s[i - 1])) n--;
        return n;
    }

    private static string Pad(string body, Spec sp, char defaultAlign, string signPrefix = "")
    {
        int len = CodePointCount(body) + signPrefix.Length;
        char align = sp.Align == '\0' ? defaultAlign : sp.Align;
        if (sp.Width <= len) return signPrefix + body;
        if (sp.Width == int.MaxValue) throw new PythonException(new PyBaseException(PyExc.MemoryError));
        int pad = sp.Width - len;
        string fill = sp.Fill.ToString();
        return align switch
        {
            '<' => signPrefix + body + Repeat(fill, pad),
            '^' => Repeat(fill, pad / 2) + signPrefix + body + Repeat(fill, pad - pad / 2),
            '=' => signPrefix + Repeat(fill, pad) + body,
            _ => Repeat(fill, pad) + signPrefix + body,
        };
    }

    private static string Repeat(string s, int n) => n <= 0 ? "" : new StringBuilder().Insert(0, s, n).ToString();

    private static string Group(string digits, char sep, int every)
    {
        if (sep == '\0') return digits;
        var sb = new StringBuilder();
        int n = digits.Length;
        for (int i = 0; i < n; i++)
        {
            if (i > 0 && (n - i) % every == 0) sb.Append(sep);
            sb.Append(digits[i]);
        }
        return sb.ToString();
    }

    public static string FormatStr(string s, string spec)
    {
        if (spec.Length == 0) return s;
        var sp = ParseSpec(spec, 's', "str", '<');
        if (sp.Type != 's') throw new PythonException(PyExc.ValueError($"Unknown format code '{sp.Type}' for object of type 'str'"));
        if (sp.Sign != '\0') throw new PythonException(PyExc.ValueError("Sign not allowed in string format specifier"));
        if (sp.Alt) throw new PythonException(PyExc.ValueError("Alternate form (#) not allowed in string format specifier"));
        if (sp.Align == '=') throw new PythonException(PyExc.ValueError("'=' alignment not allowed in string format specifier"));
        if (sp.Precision >= 0)
        {
            var ps = new PyStr(s);
            if (ps.Length > sp.Precision) s = ps.Substring(0, sp.Precision);
        }
        return Pad(s, sp, '<');
    }

    public static string FormatInt(PyInt v, string spec)
    {
        if (spec.Length == 0) return Ops.IntToString(v);
        var sp = ParseSpec(spec, 'd', "int");
        if ("eEfFgG%".Contains(sp.Type)) return FormatFloat(Ops.ToDouble(v), spec);
        // CPython 3.11: formatter_unicode.c — the type is checked first, then format_long_internal's rules.
        if (!"dnxXobc".Contains(sp.Type)) throw new PythonException(PyExc.ValueError($"Unknown format code '{sp.Type}' for object of type '{v.Type.Name}'"));
        if (sp.Precision >= 0) throw new PythonException(PyExc.ValueError("Precision not allowed in integer format specifier"));
        if (sp.NoNegZero) throw new PythonException(PyExc.ValueError("Negative zero coercion (z) not allowed in integer format specifier"));
        var big = v.AsBig;
        if (sp.Type == 'c')
        {
            if (sp.Sign != '\0') throw new PythonException(PyExc.ValueError("Sign not allowed with integer format specifier 'c'"));
            if (sp.Alt) throw new PythonException(PyExc.ValueError("Alternate form (#) not allowed with integer format specifier 'c'"));
            // CPython converts to a C long first, which has its own overflow message.
            if (big < long.MinValue || big > long.MaxValue) throw new PythonException(PyExc.OverflowError("Python int too large to convert to C long"));
            if (big < 0 || big > 0x10FFFF) throw new PythonException(PyExc.OverflowError("%c arg not in range(0x110000)"));
            return Pad(PyStr.FromCodePoint((int)big), sp, '<');
        }
        bool neg = big.Sign < 0;
        var abs = BigInteger.Abs(big);
        string digits, prefix = "";
        int groupEvery = 3;
        switch (sp.Type)
        {
            case 'd': case 'n': digits = IntOps.BigToDecimal(abs); break;
            case 'x': digits = ToBase(abs, 16, false); prefix = sp.Alt ? "0x" : ""; groupEvery = 4; break;
            case 'X': digits = ToBase(abs, 16, true); prefix = sp.Alt ? "0X" : ""; groupEvery = 4; break;
            case 'o': digits = ToBase(abs, 8, false); prefix = sp.Alt ? "0o" : ""; groupEvery = 4; break;
            case 'b': digits = ToBase(abs, 2, false); prefix = sp.Alt ? "0b" : ""; groupEvery = 4; break;
            default: throw new PythonException(PyExc.ValueError($"Unknown format code '{sp.Type}' for object of type '{v.Type.Name}'"));
        }
        string sign = neg ? "-" : sp.Sign == '+' ? "+" : sp.Sign == ' ' ? " " : "";
        if (sp.Align == '=' && sp.Fill == '0' && sp.Grouping != '\0')
            return sign + prefix + ZeroPadGrouped(digits, sp.Grouping, groupEvery, sp.Width - sign.Length - prefix.Length);
        return Pad(Group(digits, sp.Grouping, groupEvery), sp, '>', sign + prefix);
    }

    /// <summary>'0=' padding with a thousands separator: the zeros are grouped like digits.</summary>
    private static string ZeroPadGrouped(string digits, char sep, int every, int target)
    {
        while (Group(digits, sep, every).Length < target) digits = "0" + digits;
        return Group(digits, sep, every);
    }

    public static string ToBase(BigInteger v, int radix, bool upper)
    {
        if (v.IsZero) return "0";
        const string lower = "0123456789abcdefghijklmnopqrstuvwxyz";
        var sb = new StringBuilder();
        if (radix == 16 && v <= ulong.MaxValue) { var s = ((ulong)v).ToString("x"); return upper ? s.ToUpperInvariant() : s; }
        while (!v.IsZero)
        {
            int d = (int)(v % radix);
            sb.Insert(0, lower[d]);
            v /= radix;
        }
        var r = sb.ToString();
        return upper ? r.ToUpperInvariant() : r;
    }

    public static string FormatFloat(double d, string spec)
    {
        if (spec.Length == 0) return FloatOps.Repr(d);
        var sp = ParseSpec(spec, '\0', "float");
        bool neg = double.IsNegative(d) && !(double.IsNaN(d));
        double a = Math.Abs(d);
        string body;
        char type = sp.Type;
        int prec = sp.Precision;
        CheckFloatPrecision(prec);
        switch (type)
        {
            case '\0':
                if (prec < 0)
                {
                    body = FloatOps.Repr(a);
                    // The alternate form keeps a decimal point in the exponent form too ('1.e+100').
                    int ePos = body.IndexOf('e');
                    if (sp.Alt && ePos > 0 && !body.AsSpan(0, ePos).Contains('.')) body = body.Insert(ePos, ".");
                    break;
                }
                body = FormatG(a, prec == 0 ? 1 : prec, sp.Alt, true);
                break;
            case 'f': case 'F':
                body = FormatFixed(a, prec < 0 ? 6 : prec, sp.Alt);
                if (type == 'F') body = body.ToUpperInvariant();
                break;
            case 'e': case 'E':
                body = FormatExp(a, prec < 0 ? 6 : prec, sp.Alt);
                if (type == 'E') body = body.ToUpperInvariant();
                break;
            case 'g': case 'G': case 'n':
                body = FormatG(a, prec < 0 ? 6 : prec == 0 ? 1 : prec, sp.Alt, false);
                if (type == 'G') body = body.ToUpperInvariant();
                break;
            case '%':
                body = FormatFixed(a * 100, prec < 0 ? 6 : prec, sp.Alt) + "%";
                break;
            default:
                throw new PythonException(PyExc.ValueError($"Unknown format code '{type}' for object of type 'float'"));
        }
        if (sp.NoNegZero && neg && IsZeroString(body)) neg = false;
        string sign = neg ? "-" : sp.Sign == '+' ? "+" : sp.Sign == ' ' ? " " : "";
        if (sp.Grouping != '\0' && double.IsFinite(a))
        {
            int end = 0;
            while (end < body.Length && char.IsAsciiDigit(body[end])) end++;
            if (sp.Align == '=' && sp.Fill == '0')
                return sign + ZeroPadGrouped(body[..end], sp.Grouping, 3, sp.Width - sign.Length - (body.Length - end)) + body[end..];
            body = Group(body[..end], sp.Grouping, 3) + body[end..];
        }
        return Pad(body, sp, '>', sign);
    }

    // CPython 3.11: formatter_unicode.c format_complex_internal.
    public static string FormatComplex(System.Numerics.Complex z, string spec)
    {
        var sp = ParseSpec(spec, '\0', "complex");
        if (!"eEfFgGn\0".Contains(sp.Type))
            throw new PythonException(PyExc.ValueError($"Unknown format code '{sp.Type}' for object of type 'complex'"));
        if (sp.Fill == '0' && sp.Zero) throw new PythonException(PyExc.ValueError("Zero padding is not allowed in complex format specifier"));
        if (sp.Align == '=') throw new PythonException(PyExc.ValueError("'=' alignment flag is not allowed in complex format specifier"));
        CheckFloatPrecision(sp.Precision);
        double re = z.Real, im = z.Imaginary;
        char type = sp.Type == 'n' ? 'g' : sp.Type;
        bool skipRe = false, parens = false;
        if (type == '\0')
        {
            if (re == 0 && !double.IsNegative(re)) skipRe = true; else parens = true;
            if (sp.Precision >= 0) type = 'g';
        }
        string Body(double v)
        {
            double a = Math.Abs(v);
            string b = type switch
            {
                '\0' => FloatOps.Repr(a) is var r && r.EndsWith(".0", StringComparison.Ordinal) ? r[..^2] : FloatOps.Repr(a),
                'f' or 'F' => FormatFixed(a, sp.Precision < 0 ? 6 : sp.Precision, sp.Alt),
                'e' or 'E' => FormatExp(a, sp.Precision < 0 ? 6 : sp.Precision, sp.Alt),
                _ => FormatG(a, sp.Precision < 0 ? 6 : sp.Precision == 0 ? 1 : sp.Precision, sp.Alt, false),
            };
            if (sp.Grouping != '\0' && double.IsFinite(a))
            {
                int end = 0;
                while (end < b.Length && char.IsAsciiDigit(b[end])) end++;
                b = Group(b[..end], sp.Grouping, 3) + b[end..];
            }
            return char.IsUpper(type) ? b.ToUpperInvariant() : b;
        }
        // 'z' turns a negative zero (after rounding) into a positive one, for each part.
        string SignOf(double v, string body, char requested) =>
            double.IsNegative(v) && !double.IsNaN(v) && !(sp.NoNegZero && IsZeroString(body)) ? "-"
            : requested == '+' ? "+" : requested == ' ' ? " " : "";
        var sb = new StringBuilder();
        if (parens) sb.Append('(');
        if (!skipRe) { var rb = Body(re); sb.Append(SignOf(re, rb, sp.Sign)).Append(rb); }
        var ib = Body(im);
        sb.Append(SignOf(im, ib, skipRe ? sp.Sign : '+')).Append(ib).Append('j');
        if (parens) sb.Append(')');
        var padSpec = sp;
        return Pad(sb.ToString(), padSpec, '>');
    }

    private static bool IsZeroString(string s) => s.All(c => c == '0' || c == '.' || c == '%' || c == 'e' || c == '+' || c == '-' || c == 'E');

    public static string FormatFixed(double a, int prec, bool alt)
    {
        if (double.IsNaN(a)) return "nan";
        if (double.IsInfinity(a)) return "inf";
        string s = a.ToString("F" + prec, CultureInfo.InvariantCulture);
        if (alt && prec == 0) s += ".";
        return s;
    }

    public static string FormatExp(double a, int prec, bool alt)
    {
        if (double.IsNaN(a)) return "nan";
        if (double.IsInfinity(a)) return "inf";
        string s = ExpNotation(a, prec);
        if (alt && prec == 0) s = s.Insert(1, ".");
        return s;
    }

    /// <summary>
    /// d.ddde±XX with <paramref name="prec"/> digits after the point, correctly rounded (ties to even on the
    /// exact binary value, like CPython's dtoa): .NET's standard "E" format rounds that way; its custom
    /// "0.0e+00" formats round ties away from zero.
    /// </summary>
    private static string ExpNotation(double a, int prec)
    {
        string e = a.ToString("E" + prec, CultureInfo.InvariantCulture);   // d.dddE+XXX
        int k = e.IndexOf('E');
        int exp = int.Parse(e[(k + 1)..], CultureInfo.InvariantCulture);
        return e[..k] + "e" + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>'g' formatting; <paramref name="noType"/> is the '' presentation (keeps ".0" for integral fixed output).</summary>
    public static string FormatG(double a, int prec, bool alt, bool noType)
    {
        if (double.IsNaN(a)) return "nan";
        if (double.IsInfinity(a)) return "inf";
        string e = ExpNotation(a, prec - 1);
        int exp = int.Parse(e[(e.IndexOf('e') + 1)..], CultureInfo.InvariantCulture);
        string r;
        // CPython 3.11: pystrtod.c format_float_short — the '' presentation type (Py_DTSF_ADD_DOT_0)
        // switches to exponent notation one digit earlier than 'g'.
        if (exp >= -4 && exp < (noType ? prec - 1 : prec))
        {
            r = a.ToString("F" + Math.Max(0, prec - 1 - exp), CultureInfo.InvariantCulture);
            if (!alt && r.Contains('.')) r = r.TrimEnd('0').TrimEnd('.');
            if (noType && !r.Contains('.')) r += ".0";
            else if (alt && !r.Contains('.')) r += ".";
        }
        else
        {
            string mant = e[..e.IndexOf('e')];
            if (!alt && mant.Contains('.')) mant = mant.TrimEnd('0').TrimEnd('.');
            else if (alt && !mant.Contains('.')) mant += ".";
            r = mant + "e" + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture);
        }
        return r;
    }

    // ---- str.format ----

    /// <summary>str.format; <paramref name="kwargs"/> is any mapping (format_map passes the caller's, so a dict
    /// subclass's __missing__ and custom __getitem__ apply). <paramref name="positional"/> is false for format_map,
    /// which has no positional arguments at all.</summary>
    public static string StrFormat(string fmt, ReadOnlySpan<PyObject> args, PyObject? kwargs, bool positional = true)
    {
        var state = new FormatState { Args = args.ToArray(), Kwargs = kwargs, Positional = positional };
        return StrFormat(fmt, ref state, 2);
    }

    // The automatic field numbering is shared with the nested fields of format specs ('{:{}}').
    private struct FormatState
    {
        public PyObject[] Args;
        public PyObject? Kwargs;
        public bool Positional;
        public int Auto;     // -1 once manual numbering was used (CPython's AutoNumber)
        public bool UsedAuto;
    }

    // CPython 3.11: Objects/stringlib/unicode_format.h build_string / output_markup / MarkupIterator_next.
    private static string StrFormat(string fmt, ref FormatState st, int recursionDepth)
    {
        if (recursionDepth <= 0) throw new PythonException(PyExc.ValueError("Max string recursion exceeded"));
        var sb = new StringBuilder();
        int i = 0;
        while (i < fmt.Length)
        {
            // Literal text up to the first '{' or '}'.
            int litStart = i;
            char c = '\0';
            bool markup = false;
            while (i < fmt.Length)
            {
                c = fmt[i++];
                if (c is '{' or '}') { markup = true; break; }
            }
            bool atEnd = i >= fmt.Length;
            int len = i - litStart;
            if (markup && c == '}' && (atEnd || fmt[i] != '}'))
                throw new PythonException(PyExc.ValueError("Single '}' encountered in format string"));
            if (markup && atEnd && c == '{')
                throw new PythonException(PyExc.ValueError("Single '{' encountered in format string"));
            if (markup)
            {
                if (fmt[i] == c) { i++; markup = false; }   // '{{' or '}}': the literal keeps one
                else len--;
            }
            sb.Append(fmt, litStart, len);
            if (!markup) continue;

            ParseField(fmt, ref i, out string name, out char conv, out string spec, out bool specNeedsExpanding);
            PyObject obj = GetField(name, ref st);
            obj = conv switch
            {
                '\0' => obj,
                'r' => Ops.Repr(obj),
                's' => Ops.Str(obj),
                'a' => new PyStr(Builtins.BuiltinsModule.Ascii(Ops.ReprString(obj))),
                _ => throw new PythonException(PyExc.ValueError($"Unknown conversion specifier {PyStr.FromCodePoint(conv)}")),
            };
            if (specNeedsExpanding) spec = StrFormat(spec, ref st, recursionDepth - 1);
            sb.Append(Ops.Format(obj, spec).Value);
        }
        return sb.ToString();
    }

    // CPython 3.11: unicode_format.h parse_field (i is just after the opening '{').
    private static void ParseField(string fmt, ref int i, out string name, out char conv, out string spec, out bool specNeedsExpanding)
    {
        conv = '\0'; spec = ""; specNeedsExpanding = false;
        int nameStart = i;
        char c = '\0';
        while (i < fmt.Length)
        {
            c = fmt[i++];
            if (c == '{') throw new PythonException(PyExc.ValueError("unexpected '{' in field name"));
            if (c == '[')
            {
                while (i < fmt.Length && fmt[i] != ']') i++;
                continue;
            }
            if (c is '}' or ':' or '!') break;
        }
        name = fmt[nameStart..(i - 1 >= nameStart ? i - 1 : nameStart)];
        if (c is '!' or ':')
        {
            if (c == '!')
            {
                if (i >= fmt.Length) throw new PythonException(PyExc.ValueError("end of string while looking for conversion specifier"));
                conv = fmt[i++];
                if (i < fmt.Length)
                {
                    c = fmt[i++];
                    if (c == '}') return;
                    if (c != ':') throw new PythonException(PyExc.ValueError("expected ':' after conversion specifier"));
                }
            }
            int specStart = i, count = 1;
            while (i < fmt.Length)
            {
                c = fmt[i++];
                if (c == '{') { specNeedsExpanding = true; count++; }
                else if (c == '}' && --count == 0) { spec = fmt[specStart..(i - 1)]; return; }
            }
            throw new PythonException(PyExc.ValueError("unmatched '{' in format spec"));
        }
        if (c != '}') throw new PythonException(PyExc.ValueError("expected '}' before end of string"));
    }

    // CPython 3.11: unicode_format.h get_field_object / FieldNameIterator.
    private static PyObject GetField(string name, ref FormatState st)
    {
        int p = 0;
        while (p < name.Length && name[p] != '.' && name[p] != '[') p++;
        string first = name[..p];
        PyObject obj;
        bool isIndex = first.Length > 0 && first.All(char.IsAsciiDigit);
        if (first.Length == 0 || isIndex)
        {
            int idx;
            if (first.Length == 0)
            {
                if (st.Auto < 0) throw new PythonException(PyExc.ValueError("cannot switch from manual field specification to automatic field numbering"));
                st.UsedAuto = true;
                idx = st.Auto++;
            }
            else
            {
                if (st.UsedAuto) throw new PythonException(PyExc.ValueError("cannot switch from automatic field numbering to manual field specification"));
                st.Auto = -1;
                if (!int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out idx))
                    throw new PythonException(PyExc.ValueError("Too many decimal digits in format string"));
            }
            if (!st.Positional) throw new PythonException(PyExc.ValueError("Format string contains positional fields"));
            if (idx >= st.Args.Length) throw new PythonException(PyExc.IndexError($"Replacement index {idx} out of range for positional args tuple"));
            obj = st.Args[idx];
        }
        else
        {
            var kwargs = st.Kwargs;
            if (kwargs is PyDict kd && kd.Type.IsBuiltin)
                obj = kd.GetItem(first) ?? throw new PythonException(PyExc.KeyError(new PyStr(first)));
            else if (kwargs != null) obj = Ops.GetItem(kwargs, new PyStr(first));
            else throw new PythonException(PyExc.KeyError(new PyStr(first)));
        }
        while (p < name.Length)
        {
            if (name[p] == '.')
            {
                int q = p + 1;
                while (q < name.Length && name[q] != '.' && name[q] != '[') q++;
                if (q == p + 1) throw new PythonException(PyExc.ValueError("Empty attribute in format string"));
                obj = Ops.GetAttr(obj, name[(p + 1)..q]);
                p = q;
            }
            else
            {
                int q = name.IndexOf(']', p);
                if (q < 0) throw new PythonException(PyExc.ValueError("Missing ']' in format string"));
                string key = name[(p + 1)..q];
                if (key.Length == 0) throw new PythonException(PyExc.ValueError("Empty attribute in format string"));
                obj = Ops.GetItem(obj, key.All(char.IsAsciiDigit) && long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out long k)
                    ? PyInt.From(k) : new PyStr(key));
                p = q + 1;
                if (p < name.Length && name[p] != '.' && name[p] != '[')
                    throw new PythonException(PyExc.ValueError("Only '.' or '[' may follow ']' in format field specifier"));
            }
        }
        return obj;
    }

    // ---- printf-style % ----

    public static string Percent(string fmt, PyObject args, bool bytesMode = false)
    {
        var sb = new StringBuilder();
        // CPython 3.11: unicodeobject.c PyUnicode_Format / unicode_format_getnextarg. A non-tuple argument is the
        // one value (arglen -1, argidx -2); a %(key) lookup makes its value the one value the same way.
        PyObject[] items;
        PyObject? mapping = null;
        int ai, arglen;
        if (args is PyTuple t) { items = t.Items; ai = 0; arglen = items.Length; } // PyTuple_Check: subclasses too
        else { items = [args]; ai = -2; arglen = -1; }
        if (args is not PyTuple && args is not PyStr && args.Type.Lookup("__getitem__") != null) mapping = args;
        PyObject single = args;
        PyObject NextArg()
        {
            if (ai < arglen || (arglen < 0 && ai == -2))
            {
                ai++;
                return arglen < 0 ? single : items[ai - 1];
            }
            throw new PythonException(PyExc.TypeError("not enough arguments for format string"));
        }
        // A '*' width is a C ssize_t (clamped: no string is that wide, Pad reports MemoryError), a '*' precision a C int.
        int StarArg(bool precision)
        {
            var v = NextArg();
            if (v is not PyInt) throw new PythonException(PyExc.TypeError("* wants int"));
            if (precision) return Ops.ToInt(v);
            return (int)Math.Clamp(Ops.ToLong(v), -int.MaxValue, int.MaxValue);
        }
        // Literal widths are C ssize_t ("width too big" past it), literal precisions C int ("precision too big").
        static int LiteralNumber(string digits, bool precision)
        {
            bool ok = long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out long n);
            if (precision && (!ok || n > int.MaxValue)) throw new PythonException(PyExc.ValueError("precision too big"));
            if (!ok) throw new PythonException(PyExc.ValueError("width too big"));
            return (int)Math.Min(n, int.MaxValue);
        }
        int i = 0;
        while (i < fmt.Length)
        {
            char c = fmt[i++];
            if (c != '%') { sb.Append(c); continue; }
            if (i >= fmt.Length) throw new PythonException(PyExc.ValueError("incomplete format"));
            if (fmt[i] == '%') { sb.Append('%'); i++; continue; }   // only "%%" is a literal percent
            if (fmt[i] == '(')
            {
                if (mapping == null) throw new PythonException(PyExc.TypeError("format requires a mapping"));
                int depth = 1, j = i + 1;
                while (j < fmt.Length && depth > 0) { if (fmt[j] == '(') depth++; else if (fmt[j] == ')') depth--; j++; }
                if (depth > 0) throw new PythonException(PyExc.ValueError("incomplete format key"));
                string key = fmt[(i + 1)..(j - 1)];
                // bytes % mapping looks its keys up as bytes (the format is held as Latin-1 text here).
                single = Ops.GetItem(mapping, bytesMode ? new PyBytes(System.Text.Encoding.Latin1.GetBytes(key)) : new PyStr(key));
                arglen = -1; ai = -2;
                i = j;
            }
            string flags = "";
            while (i < fmt.Length && "-+ #0".Contains(fmt[i])) flags += fmt[i++];
            int width = -1, prec = -1;
            if (i < fmt.Length && fmt[i] == '*')
            {
                i++;
                width = StarArg(false);
                if (width < 0) { flags += "-"; width = -width; }
            }
            else
            {
                int st = i;
                while (i < fmt.Length && char.IsAsciiDigit(fmt[i])) i++;
                if (i > st) width = LiteralNumber(fmt[st..i], false);
            }
            if (i < fmt.Length && fmt[i] == '.')
            {
                i++;
                if (i < fmt.Length && fmt[i] == '*')
                {
                    i++;
                    prec = Math.Max(StarArg(true), 0);
                }
                else
                {
                    int st = i;
                    while (i < fmt.Length && char.IsAsciiDigit(fmt[i])) i++;
                    prec = i > st ? LiteralNumber(fmt[st..i], true) : 0;
                }
            }
            if (i < fmt.Length && "hlL".Contains(fmt[i])) i++;
            if (i >= fmt.Length) throw new PythonException(PyExc.ValueError("incomplete format"));
            char conv = fmt[i++];
            PyObject arg = NextArg();
            string body;
            string sign = "";
            bool numeric = false;
            switch (conv)
            {
                case 's' when bytesMode: case 'b' when bytesMode:
                    body = Encoding.Latin1.GetString(BytesOperand(arg));
                    if (prec >= 0 && body.Length > prec) body = body[..prec];
                    break;
                case 's': body = Ops.StrString(arg); if (prec >= 0 && body.Length > prec) body = body[..prec]; break;
                case 'r': case 'a':
                    body = Ops.ReprString(arg);
                    if (conv == 'a' || bytesMode) body = Builtins.BuiltinsModule.Ascii(body);
                    if (prec >= 0 && body.Length > prec) body = body[..prec];
                    break;
                case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
                {
                    numeric = true;
                    PyInt iv;
                    if (arg is PyInt ii) iv = ii;
                    else if (arg is PyFloat af && conv is 'd' or 'i' or 'u') iv = NumberMethods.FromDouble(af.Value);
                    else if (conv is 'd' or 'i' or 'u')
                    {
                        if (arg.Type.Lookup("__int__") == null && arg.Type.Lookup("__index__") == null)
                            throw new PythonException(PyExc.TypeError($"%{conv} format: a real number is required, not {arg.Type.Name}"));
                        iv = NumberMethods.ToInt(arg);
                    }
                    else
                    {
                        if (arg.Type.Lookup("__index__") == null)
                            throw new PythonException(PyExc.TypeError($"%{conv} format: an integer is required, not {arg.Type.Name}"));
                        iv = Ops.Index(arg);
                    }
                    var big = iv.AsBig;
                    bool neg = big.Sign < 0;
                    var abs = BigInteger.Abs(big);
                    body = conv switch
                    {
                        'x' => ToBase(abs, 16, false),
                        'X' => ToBase(abs, 16, true),
                        'o' => ToBase(abs, 8, false),
                        _ => IntOps.BigToDecimal(abs), // applies sys.get_int_max_str_digits()
                    };
                    if (prec >= 0 && body.Length < prec) body = new string('0', prec - body.Length) + body;
                    if (flags.Contains('#')) body = (conv == 'x' ? "0x" : conv == 'X' ? "0X" : conv == 'o' ? "0o" : "") + body;
                    sign = neg ? "-" : flags.Contains('+') ? "+" : flags.Contains(' ') ? " " : "";
                    break;
                }
                case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                {
                    numeric = true;
                    double dv;
                    if (arg is PyFloat pf) dv = pf.Value;
                    else if (arg is PyInt pi) dv = Ops.ToDouble(pi);
                    else if (arg.Type.Lookup("__float__") != null) dv = Ops.ToDouble(arg);
                    else if (arg.Type.Lookup("__index__") != null) dv = Ops.ToDouble(Ops.Index(arg)); // PyFloat_AsDouble
                    else throw new PythonException(PyExc.TypeError($"must be real number, not {arg.Type.Name}"));
                    bool alt = flags.Contains('#');
                    int p2 = prec < 0 ? 6 : prec;
                    double a = Math.Abs(dv);
                    body = char.ToLowerInvariant(conv) switch
                    {
                        'e' => FormatExp(a, p2, alt),
                        'f' => FormatFixed(a, p2, alt),
                        _ => FormatG(a, p2 == 0 ? 1 : p2, alt, false),
                    };
                    if (char.IsUpper(conv)) body = body.ToUpperInvariant();
                    sign = double.IsNegative(dv) && !double.IsNaN(dv) ? "-" : flags.Contains('+') ? "+" : flags.Contains(' ') ? " " : "";
                    break;
                }
                case 'c' when bytesMode:
                    if (arg is PyBytes cb1 && cb1.Value.Length == 1) body = Encoding.Latin1.GetString(cb1.Value);
                    else if (arg is PyByteArray cba && cba.Value.Count == 1) body = ((char)cba.Value[0]).ToString();
                    else if (arg is PyInt || arg.Type.Lookup("__index__") != null)
                    {
                        var cv = Ops.Index(arg);
                        if (cv.IsBig || cv.Value < 0 || cv.Value > 255) throw new PythonException(PyExc.OverflowError("%c arg not in range(256)"));
                        body = ((char)cv.Value).ToString();
                    }
                    else throw new PythonException(PyExc.TypeError("%c requires an integer in range(256) or a single byte"));
                    break;
                case 'c':
                    if (arg is PyStr cs) body = cs.Length == 1 ? cs.Value : throw new PythonException(PyExc.TypeError("%c requires int or char"));
                    else if (arg is PyInt || arg.Type.Lookup("__index__") != null)
                    {
                        var ci = Ops.Index(arg);
                        if (ci.IsBig || ci.Value < 0 || ci.Value > 0x10FFFF) throw new PythonException(PyExc.OverflowError("%c arg not in range(0x110000)"));
                        body = PyStr.FromCodePoint((int)ci.Value);
                    }
                    else throw new PythonException(PyExc.TypeError("%c requires int or char"));
                    break;
                default:
                    char shown = conv >= 31 && conv <= 126 ? conv : '?';
                    throw new PythonException(PyExc.ValueError($"unsupported format character '{shown}' (0x{(int)conv:x}) at index {i - 1}"));
            }
            int len = CodePointCount(body) + sign.Length;
            if (width > len)
            {
                if (width == int.MaxValue) throw new PythonException(new PyBaseException(PyExc.MemoryError));
                if (flags.Contains('-')) body = sign + body + new string(' ', width - len);
                else if (flags.Contains('0') && numeric) body = sign + new string('0', width - len) + body;
                else body = new string(' ', width - len) + sign + body;
            }
            else body = sign + body;
            sb.Append(body);
        }
        if (ai < arglen && mapping == null)
            throw new PythonException(PyExc.TypeError(bytesMode ? "not all arguments converted during bytes formatting" : "not all arguments converted during string formatting"));
        return sb.ToString();
    }

    // bytes %b / %s: a bytes-like object or one with __bytes__. CPython 3.11: bytesobject.c format_obj.
    private static byte[] BytesOperand(PyObject arg)
    {
        switch (arg)
        {
            case PyBytes b: return b.Value;
            case PyByteArray ba: return ba.Value.ToArray();
        }
        if (arg.Type.Lookup("__bytes__") is { } m && Ops.CallWithSelf(m, arg, []) is PyBytes r) return r.Value;
        if (arg is PyMemoryView) return ((PyBytes)Ops.Call(PyTypes.Bytes, arg)).Value;
        throw new PythonException(PyExc.TypeError(
            $"%b requires a bytes-like object, or an object that implements __bytes__, not '{arg.Type.Name}'"));
    }
}
