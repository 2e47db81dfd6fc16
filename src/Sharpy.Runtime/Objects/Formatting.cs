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

    public static Spec ParseSpec(string s, char defaultType)
    {
        var sp = new Spec { Fill = ' ', Align = '\0', Sign = '\0', Width = -1, Precision = -1, Type = defaultType };
        int i = 0;
        if (s.Length >= 2 && "<>=^".Contains(s[1])) { sp.Fill = s[0]; sp.Align = s[1]; i = 2; }
        else if (s.Length >= 1 && "<>=^".Contains(s[0])) { sp.Align = s[0]; i = 1; }
        if (i < s.Length && "+- ".Contains(s[i])) sp.Sign = s[i++];
        if (i < s.Length && s[i] == 'z') { sp.NoNegZero = true; i++; }
        if (i < s.Length && s[i] == '#') { sp.Alt = true; i++; }
        if (i < s.Length && s[i] == '0')
        {
            sp.Zero = true;
            if (sp.Align == '\0') { sp.Fill = '0'; sp.Align = '='; }
            i++;
        }
        int start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        if (i > start) sp.Width = int.Parse(s[start..i], CultureInfo.InvariantCulture);
        if (i < s.Length && (s[i] == ',' || s[i] == '_')) sp.Grouping = s[i++];
        if (i < s.Length && (s[i] == ',' || s[i] == '_')) throw new PythonException(PyExc.ValueError("Cannot specify both ',' and '_'."));
        if (i < s.Length && s[i] == '.')
        {
            i++;
            start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            if (i == start) throw new PythonException(PyExc.ValueError("Format specifier missing precision"));
            sp.Precision = int.Parse(s[start..i], CultureInfo.InvariantCulture);
        }
        if (i < s.Length) sp.Type = s[i++];
        if (i < s.Length) throw new PythonException(PyExc.ValueError("Invalid format specifier"));
        return sp;
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
        var sp = ParseSpec(spec, 's');
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
        var sp = ParseSpec(spec, 'd');
        if ("eEfFgG%".Contains(sp.Type)) return FormatFloat(Ops.ToDouble(v), spec);
        // CPython 3.11: formatter_unicode.c — the type is checked first, then format_long_internal's rules.
        if (!"dnxXobc".Contains(sp.Type)) throw new PythonException(PyExc.ValueError($"Unknown format code '{sp.Type}' for object of type 'int'"));
        if (sp.Precision >= 0) throw new PythonException(PyExc.ValueError("Precision not allowed in integer format specifier"));
        if (sp.NoNegZero) throw new PythonException(PyExc.ValueError("Negative zero coercion (z) not allowed in integer format specifier"));
        var big = v.AsBig;
        if (sp.Type == 'c')
        {
            if (sp.Sign != '\0') throw new PythonException(PyExc.ValueError("Sign not allowed with integer format specifier 'c'"));
            if (sp.Alt) throw new PythonException(PyExc.ValueError("Alternate form (#) not allowed with integer format specifier 'c'"));
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
            default: throw new PythonException(PyExc.ValueError($"Unknown format code '{sp.Type}' for object of type 'int'"));
        }
        if (sp.Grouping == ',' && sp.Type != 'd' && sp.Type != 'n')
            throw new PythonException(PyExc.ValueError($"Cannot specify ',' with '{sp.Type}'."));
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
        var sp = ParseSpec(spec, '\0');
        bool neg = double.IsNegative(d) && !(double.IsNaN(d));
        double a = Math.Abs(d);
        string body;
        char type = sp.Type;
        int prec = sp.Precision;
        switch (type)
        {
            case '\0':
                if (prec < 0) { body = FloatOps.Repr(a); break; }
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
        var sp = ParseSpec(spec, '\0');
        if (!"eEfFgGn\0".Contains(sp.Type))
            throw new PythonException(PyExc.ValueError($"Unknown format code '{sp.Type}' for object of type 'complex'"));
        if (sp.Fill == '0' && sp.Zero) throw new PythonException(PyExc.ValueError("Zero padding is not allowed in complex format specifier"));
        if (sp.Align == '=') throw new PythonException(PyExc.ValueError("'=' alignment flag is not allowed in complex format specifier"));
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
        string SignOf(double v, char requested) =>
            double.IsNegative(v) && !double.IsNaN(v) ? "-" : requested == '+' ? "+" : requested == ' ' ? " " : "";
        var sb = new StringBuilder();
        if (parens) sb.Append('(');
        if (!skipRe) sb.Append(SignOf(re, sp.Sign)).Append(Body(re));
        sb.Append(SignOf(im, skipRe ? sp.Sign : '+')).Append(Body(im)).Append('j');
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
        if (a == 0)
        {
            if (alt) return "0." + new string('0', Math.Max(0, prec - 1));
            return noType ? "0.0" : "0";
        }
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
        }
        else
        {
            string mant = e[..e.IndexOf('e')];
            if (!alt && mant.Contains('.')) mant = mant.TrimEnd('0').TrimEnd('.');
            r = mant + "e" + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture);
        }
        return r;
    }

    // ---- str.format ----

    /// <summary>str.format; <paramref name="kwargs"/> is any mapping (format_map passes the caller's, so a dict
    /// subclass's __missing__ and custom __getitem__ apply).</summary>
    public static string StrFormat(string fmt, ReadOnlySpan<PyObject> args, PyObject? kwargs, int depth = 0)
    {
        if (depth > 2) throw new PythonException(PyExc.ValueError("Max string recursion exceeded"));
        var sb = new StringBuilder();
        int auto = 0;
        bool usedAuto = false, usedManual = false;
        int i = 0;
        var argArr = args.ToArray();
        while (i < fmt.Length)
        {
            char c = fmt[i];
            if (c == '{')
            {
                if (i + 1 < fmt.Length && fmt[i + 1] == '{') { sb.Append('{'); i += 2; continue; }
                // CPython 3.11: MarkupIterator_next — a '{' that ends the string is "single".
                if (i + 1 == fmt.Length) throw new PythonException(PyExc.ValueError("Single '{' encountered in format string"));
                int j = i + 1, nest = 1;
                while (j < fmt.Length)
                {
                    if (fmt[j] == '{') nest++;
                    else if (fmt[j] == '}' && --nest == 0) break;
                    j++;
                }
                if (j >= fmt.Length) throw new PythonException(PyExc.ValueError("expected '}' before end of string"));
                string field = fmt[(i + 1)..j];
                i = j + 1;
                string name = field, conv = "", spec = "";
                int colon = -1, bang = -1, br = 0;
                for (int k = 0; k < field.Length; k++)
                {
                    if (field[k] == '[') br++;
                    else if (field[k] == ']') br--;
                    else if (br == 0 && field[k] == '!' && bang < 0 && colon < 0) bang = k;
                    else if (br == 0 && field[k] == ':' && colon < 0) { colon = k; break; }
                }
                if (colon >= 0) { spec = field[(colon + 1)..]; name = field[..colon]; }
                if (bang >= 0) { conv = name[(bang + 1)..]; name = name[..bang]; }
                if (conv.Length > 1 || (bang >= 0 && conv.Length == 0))
                    throw new PythonException(PyExc.ValueError("expected ':' after conversion specifier"));
                // first part of name
                int p = 0;
                while (p < name.Length && name[p] != '.' && name[p] != '[') p++;
                string first = name[..p];
                PyObject obj;
                if (first.Length == 0)
                {
                    if (usedManual) throw new PythonException(PyExc.ValueError("cannot switch from manual field specification to automatic field numbering"));
                    usedAuto = true;
                    if (auto >= argArr.Length) throw new PythonException(PyExc.IndexError($"Replacement index {auto} out of range for positional args tuple"));
                    obj = argArr[auto++];
                }
                else if (first.All(char.IsAsciiDigit))
                {
                    if (usedAuto) throw new PythonException(PyExc.ValueError("cannot switch from automatic field numbering to manual field specification"));
                    usedManual = true;
                    int idx = int.Parse(first, CultureInfo.InvariantCulture);
                    if (idx >= argArr.Length) throw new PythonException(PyExc.IndexError($"Replacement index {idx} out of range for positional args tuple"));
                    obj = argArr[idx];
                }
                else
                {
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
                        obj = Ops.GetAttr(obj, name[(p + 1)..q]);
                        p = q;
                    }
                    else
                    {
                        int q = name.IndexOf(']', p);
                        if (q < 0) throw new PythonException(PyExc.ValueError("Missing ']' in format string"));
                        string key = name[(p + 1)..q];
                        obj = Ops.GetItem(obj, key.Length > 0 && key.All(char.IsAsciiDigit) ? PyInt.From(long.Parse(key, CultureInfo.InvariantCulture)) : new PyStr(key));
                        p = q + 1;
                    }
                }
                obj = conv switch
                {
                    "" => obj,
                    "r" => Ops.Repr(obj),
                    "s" => Ops.Str(obj),
                    "a" => new PyStr(Builtins.BuiltinsModule.Ascii(Ops.ReprString(obj))),
                    _ => throw new PythonException(PyExc.ValueError($"Unknown conversion specifier {conv}")),
                };
                if (spec.Contains('{')) spec = StrFormat(spec, args, kwargs, depth + 1);
                sb.Append(Ops.Format(obj, spec).Value);
            }
            else if (c == '}')
            {
                if (i + 1 < fmt.Length && fmt[i + 1] == '}') { sb.Append('}'); i += 2; continue; }
                throw new PythonException(PyExc.ValueError("Single '}' encountered in format string"));
            }
            else { sb.Append(c); i++; }
        }
        return sb.ToString();
    }

    // ---- printf-style % ----

    public static string Percent(string fmt, PyObject args, bool bytesMode = false)
    {
        var sb = new StringBuilder();
        PyObject[] items;
        PyObject? mapping = null;
        if (args is PyTuple t) items = t.Items; // PyTuple_Check: tuple subclasses (namedtuples) too
        else
        {
            items = [args];
            if (args.Type.Lookup("__getitem__") != null && args is not PyTuple && args is not PyStr) mapping = args;
        }
        int ai = 0;
        int i = 0;
        bool usedMapping = false;
        while (i < fmt.Length)
        {
            char c = fmt[i++];
            if (c != '%') { sb.Append(c); continue; }
            if (i >= fmt.Length) throw new PythonException(PyExc.ValueError("incomplete format"));
            PyObject? keyed = null;
            if (fmt[i] == '(')
            {
                if (mapping == null) throw new PythonException(PyExc.TypeError("format requires a mapping"));
                int depth = 1, j = i + 1;
                while (j < fmt.Length && depth > 0) { if (fmt[j] == '(') depth++; else if (fmt[j] == ')') depth--; j++; }
                if (depth > 0) throw new PythonException(PyExc.ValueError("incomplete format key"));
                keyed = Ops.GetItem(mapping, new PyStr(fmt[(i + 1)..(j - 1)]));
                usedMapping = true;
                i = j;
            }
            string flags = "";
            while (i < fmt.Length && "-+ #0".Contains(fmt[i])) flags += fmt[i++];
            int width = -1, prec = -1;
            if (i < fmt.Length && fmt[i] == '*')
            {
                i++;
                if (ai >= items.Length) throw new PythonException(PyExc.TypeError("not enough arguments for format string"));
                width = (int)Ops.ToLong(items[ai++]);
                if (width < 0) { flags += "-"; width = -width; }
            }
            else
            {
                int st = i;
                while (i < fmt.Length && char.IsAsciiDigit(fmt[i])) i++;
                if (i > st) width = int.Parse(fmt[st..i], CultureInfo.InvariantCulture);
            }
            if (i < fmt.Length && fmt[i] == '.')
            {
                i++;
                if (i < fmt.Length && fmt[i] == '*')
                {
                    i++;
                    if (ai >= items.Length) throw new PythonException(PyExc.TypeError("not enough arguments for format string"));
                    prec = (int)Ops.ToLong(items[ai++]);
                }
                else
                {
                    int st = i;
                    while (i < fmt.Length && char.IsAsciiDigit(fmt[i])) i++;
                    prec = i > st ? int.Parse(fmt[st..i], CultureInfo.InvariantCulture) : 0;
                }
            }
            while (i < fmt.Length && "hlL".Contains(fmt[i])) i++;
            if (i >= fmt.Length) throw new PythonException(PyExc.ValueError("incomplete format"));
            char conv = fmt[i++];
            if (conv == '%') { sb.Append('%'); continue; }
            PyObject arg;
            if (keyed != null) arg = keyed;
            else
            {
                if (ai >= items.Length) throw new PythonException(PyExc.TypeError("not enough arguments for format string"));
                arg = items[ai++];
            }
            string body;
            string sign = "";
            bool numeric = false;
            switch (conv)
            {
                case 's': body = bytesMode && arg is PyBytes pb ? Encoding.Latin1.GetString(pb.Value) : Ops.StrString(arg); if (prec >= 0 && body.Length > prec) body = body[..prec]; break;
                case 'r': case 'a':
                    body = Ops.ReprString(arg);
                    if (conv == 'a') body = Builtins.BuiltinsModule.Ascii(body);
                    if (prec >= 0 && body.Length > prec) body = body[..prec];
                    break;
                case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
                {
                    numeric = true;
                    PyInt iv;
                    if (arg is PyFloat af) iv = NumberMethods.FromDouble(af.Value);
                    else if (arg is PyInt ii) iv = ii;
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
                        _ => abs.ToString(CultureInfo.InvariantCulture),
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
                case 'c':
                    if (arg is PyStr cs && cs.Length == 1) body = cs.Value;
                    else if (arg is PyInt ci)
                    {
                        if (ci.IsBig || ci.Value < 0 || ci.Value > 0x10FFFF) throw new PythonException(PyExc.OverflowError("%c arg not in range(0x110000)"));
                        body = PyStr.FromCodePoint((int)ci.Value);
                    }
                    else throw new PythonException(PyExc.TypeError("%c requires int or char"));
                    break;
                default:
                    throw new PythonException(PyExc.ValueError($"unsupported format character '{conv}' (0x{(int)conv:x}) at index {i - 1}"));
            }
            int len = CodePointCount(body) + sign.Length;
            if (width > len)
            {
                if (flags.Contains('-')) body = sign + body + new string(' ', width - len);
                else if (flags.Contains('0') && numeric) body = sign + new string('0', width - len) + body;
                else body = new string(' ', width - len) + sign + body;
            }
            else body = sign + body;
            sb.Append(body);
        }
        if (ai < items.Length && !usedMapping && mapping == null)
            throw new PythonException(PyExc.TypeError(bytesMode ? "not all arguments converted during bytes formatting" : "not all arguments converted during string formatting"));
        return sb.ToString();
    }
}
