using System.Globalization;
using System.Numerics;

namespace Sharpy.Runtime.Objects;

/// <summary>Methods of int, bool, float and complex.</summary>
internal static class NumberMethods
{
    private static readonly string[] OpNames = ["add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor"];

    private static PyInt I(PyObject o) => o as PyInt ?? throw new PythonException(PyExc.TypeError($"descriptor requires an 'int' object but received '{o.Type.Name}'"));

    public static void Init()
    {
        InitInt();
        InitBool();
        InitFloat();
        InitComplex();
    }

    private static void InitInt()
    {
        var t = PyTypes.Int;
        for (int op = 0; op < OpNames.Length; op++)
        {
            if (op == 4) continue;
            int code = op;
            t.Def($"__{OpNames[op]}__", (a, b) => b is PyInt bi ? IntOps.Binary(I(a), bi, code) ?? Py.NotImplemented : Py.NotImplemented);
            t.Def($"__r{OpNames[op]}__", (a, b) => b is PyInt bi ? IntOps.Binary(bi, I(a), code) ?? Py.NotImplemented : Py.NotImplemented);
        }
        t.DefRange("__pow__", 1, 2, (a, args) =>
        {
            if (args[0] is not PyInt b) return Py.NotImplemented;
            if (args.Length == 2 && args[1] is not PyNone)
                return args[1] is PyInt m ? IntOps.PowMod(I(a), b, m) : Py.NotImplemented;
            return IntOps.Power(I(a), b);
        });
        t.Def("__divmod__", (a, b) => b is PyInt bi ? IntOps.DivMod(I(a), bi) : Py.NotImplemented);
        t.Def("__rdivmod__", (a, b) => b is PyInt bi ? IntOps.DivMod(bi, I(a)) : Py.NotImplemented);
        string[] cmp = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
        for (int i = 0; i < 6; i++)
        {
            int op = i;
            t.Def(cmp[i], (a, b) => b is PyInt bi ? Py.Bool(Ops.CmpResult(I(a).AsBig.CompareTo(bi.AsBig), op)) : Py.NotImplemented);
        }
        t.Def("__repr__", a => new PyStr(Ops.IntToString(I(a))));
        t.Def("__hash__", a => PyInt.From(I(a).Hash));
        t.Def("__bool__", a => Py.Bool(!I(a).IsZero));
        t.Def("__index__", a => Plain(I(a)));
        t.Def("__int__", a => Plain(I(a)));
        t.Def("__trunc__", a => Plain(I(a)));
        t.Def("__floor__", a => Plain(I(a)));
        t.Def("__ceil__", a => Plain(I(a)));
        t.Def("__float__", a => new PyFloat(Ops.ToDouble(Plain(I(a)))));
        t.Def("__neg__", a => PyInt.From(-I(a).AsBig));
        t.Def("__pos__", a => Plain(I(a)));
        t.Def("__abs__", a => PyInt.From(BigInteger.Abs(I(a).AsBig)));
        t.Def("__invert__", a => PyInt.From(-I(a).AsBig - 1));
        t.DefRange("__round__", 0, 1, (a, args) =>
        {
            if (args.Length == 0) return Plain(I(a));
            var nd = Ops.Index(args[0]).AsBig;  // an explicit None is refused here (round() passes none)
            if (nd.Sign >= 0) return Plain(I(a));
            var v = I(a).AsBig;
            // 10**-nd past twice |v| rounds everything to 0; short of that the power is computed exactly.
            if (-nd > (long)(BigInteger.Abs(v).GetBitLength() * 0.30103) + 2) return PyInt.From(0);
            var pow = BigInteger.Pow(10, (int)-nd);
            var q = BigInteger.DivRem(v, pow, out var r);
            if (r.Sign < 0) { q -= 1; r += pow; }
            var twice = r * 2;
            if (twice > pow || (twice == pow && !q.IsEven)) q += 1;
            return PyInt.From(q * pow);
        });
        t.Def("__format__", (a, spec) => StrMethods.FormatSpecArg(spec).Length == 0 ? Ops.Str(a) : new PyStr(Formatting.FormatInt(I(a), ((PyStr)spec).Value)));
        t.Def("__getnewargs__", a => PyTuple.Of(Plain(I(a))));
        t.Def("bit_length", a => PyInt.From((long)BigInteger.Abs(I(a).AsBig).GetBitLength()));
        t.Def("bit_count", a =>
        {
            var v = BigInteger.Abs(I(a).AsBig);
            long c = 0;
            foreach (var b in v.ToByteArray()) c += BitOperations.PopCount(b);
            return PyInt.From(c);
        });
        t.Def("conjugate", a => Plain(I(a)));
        t.Def("as_integer_ratio", a => PyTuple.Of(Plain(I(a)), PyInt.From(1)));
        t.Prop("real", a => Plain(I(a)));
        t.Prop("imag", a => PyInt.From(0));
        t.Prop("numerator", a => Plain(I(a)));
        t.Prop("denominator", a => PyInt.From(1));
        t.DefRaw("to_bytes", (args, kw) =>
        {
            var p = ArgParser.Parse("to_bytes", args[1..], kw, ["length", "byteorder"], ["signed"], 0);
            long length = p[0] == null ? 1 : Ops.ToLong(p[0]!);
            string order = ByteOrder("to_bytes", p[1]);
            bool signed = p[2] != null && Ops.IsTrue(p[2]!);
            if (length < 0) throw new PythonException(PyExc.ValueError("length argument must be non-negative"));
            var v = I(args[0]).AsBig;
            if (!signed && v.Sign < 0) throw new PythonException(PyExc.OverflowError("can't convert negative int to unsigned"));
            var bytes = v.ToByteArray(isUnsigned: !signed, isBigEndian: false);
            if (bytes.Length > length)
            {
                // ToByteArray may add a sign byte that fits.
                // With signed=True and length 0, CPython accepts 0 and -1: their one byte is pure sign extension.
                bool fits = bytes.Length == length + 1 && (!signed ? bytes[^1] == 0 : length == 0 && (v.IsZero || v == BigInteger.MinusOne));
                if (!fits) throw new PythonException(PyExc.OverflowError("int too big to convert"));
                Array.Resize(ref bytes, (int)length);
            }
            var result = new byte[length];
            byte fill = (byte)(v.Sign < 0 ? 0xFF : 0);
            Array.Fill(result, fill);
            Array.Copy(bytes, result, bytes.Length);
            if (order == "big") Array.Reverse(result);
            return new PyBytes(result);
        });
        t.DefClassMethod("from_bytes", (args, kw) =>
        {
            var p = ArgParser.Parse("from_bytes", args[1..], kw, ["bytes", "byteorder"], ["signed"], 1);
            string order = ByteOrder("from_bytes", p[1]);
            // CPython converts the argument with PyObject_Bytes, so any buffer or iterable of ints is accepted,
            // but not the str and int forms that bytes() itself would take.
            if (p[0] is PyStr or PyInt)
                throw new PythonException(PyExc.TypeError($"cannot convert '{p[0]!.Type.Name}' object to bytes"));
            var data = p[0] is PyBytes or PyByteArray ? BytesMethods.AsBytes(p[0]!) : BytesMethods.AsBytes(Ops.Call(PyTypes.Bytes, p[0]!));
            bool signed = p[2] != null && Ops.IsTrue(p[2]!);
            var arr = (byte[])data.Clone();
            if (order == "big") Array.Reverse(arr);
            var v = new BigInteger(arr, isUnsigned: !signed, isBigEndian: false);
            var r = PyInt.From(v);
            return ReferenceEquals(args[0], PyTypes.Int) ? r : Ops.Call(args[0], r);
        });
        t.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", IntNew)));
        // int(x): what IntNew answers for one positional argument, without its argument parsing.
        t.ExactCall = (args, kw) => kw == null && args.Length == 1 ? ToInt(args[0]) : null;
    }

    /// <summary>The byteorder argument of to_bytes/from_bytes (default "big"), validated as CPython does.</summary>
    private static string ByteOrder(string fn, PyObject? arg)
    {
        if (arg == null) return "big";
        if (arg is not PyStr s) throw new PythonException(PyExc.TypeError($"{fn}() argument 'byteorder' must be str, not {arg.Type.Name}"));
        if (s.Value is not ("big" or "little")) throw new PythonException(PyExc.ValueError("byteorder must be either 'little' or 'big'"));
        return s.Value;
    }

    public static PyInt Plain(PyInt i) => i.Type == PyTypes.Int ? i : PyInt.From(i.AsBig);

    private static PyObject IntNew(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var cls = (PyType)args[0];
        // CPython 3.11: long_new's clinic wrapper counts positional and keyword arguments together.
        if (args.Length - 1 > 2) throw new PythonException(PyExc.TypeError($"int() takes at most 2 arguments ({args.Length - 1} given)"));
        var p = ArgParser.Parse("int", args[1..], kw, ["x", "base"], [], 0, posOnlyCount: 1);
        PyInt v;
        if (p[0] == null)
        {
            if (p[1] != null) throw new PythonException(PyExc.TypeError("int() missing string argument"));
            v = PyInt.From(0);
        }
        else if (p[1] != null) v = Parse(p[0]!, (int)Ops.ToLong(p[1]!), true);
        else v = ToInt(p[0]!);
        if (ReferenceEquals(cls, PyTypes.Int)) return v;
        return new PyInt(cls, v.AsBig);
    }

    public static PyInt ToInt(PyObject x)
    {
        switch (x)
        {
            case PyInt i: return Plain(i);
            case PyFloat f: return FromDouble(f.Value);
            case PyStr or PyBytes or PyByteArray: return Parse(x, 10, false);
        }
        foreach (var name in new[] { "__int__", "__index__" })
        {
            var m = x.Type.Lookup(name);
            if (m != null)
            {
                var r = Ops.CallWithSelf(m, x, []);
                if (r is not PyInt ri) throw new PythonException(PyExc.TypeError($"{name} returned non-int (type {r.Type.Name})"));
                return Plain(ri);
            }
        }
        var tr = x.Type.Lookup("__trunc__");
        if (tr != null)
        {
            // CPython 3.11 PyNumber_Long: the __trunc__ fallback warns, and its result must be an index.
            NativeWarnings.Warn(PyExc.DeprecationWarning, "The delegation of int() to __trunc__ is deprecated.");
            var r = Ops.CallWithSelf(tr, x, []);
            if (r is PyInt ri) return Plain(ri);
            if (r.Type.Lookup("__index__") == null)
                throw new PythonException(PyExc.TypeError($"__trunc__ returned non-Integral (type {r.Type.Name})"));
            return Plain(Ops.Index(r));
        }
        throw new PythonException(PyExc.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{x.Type.Name}'"));
    }

    public static PyInt FromDouble(double d)
    {
        if (double.IsNaN(d)) throw new PythonException(PyExc.ValueError("cannot convert float NaN to integer"));
        if (double.IsInfinity(d)) throw new PythonException(PyExc.OverflowError("cannot convert float infinity to integer"));
        d = Math.Truncate(d);
        if (Math.Abs(d) < 9e18) return PyInt.From((long)d);
        return PyInt.From(new BigInteger(d));
    }

    public static PyInt Parse(PyObject x, int radix, bool explicitBase)
    {
        string s;
        if (x is PyStr ps) s = ps.Value;
        else if (x is PyBytes pb) s = System.Text.Encoding.Latin1.GetString(pb.Value);
        else if (x is PyByteArray pba) s = System.Text.Encoding.Latin1.GetString(pba.Value.ToArray());
        else
        {
            if (explicitBase) throw new PythonException(PyExc.TypeError("int() can't convert non-string with explicit base"));
            return ToInt(x);
        }
        if (radix != 0 && (radix < 2 || radix > 36)) throw new PythonException(PyExc.ValueError("int() base must be >= 2 and <= 36, or 0"));
        // A str may use any Unicode decimal digits and whitespace (astral ones included), as CPython's
        // _PyUnicode_TransformDecimalAndSpaceToASCII allows; bytes stay ASCII.
        var r = TryParse(x is PyStr ? AsciiDecimalAndSpace(s) : s, radix);
        if (r == null)
        {
            // CPython formats the literal with %.200R (the repr cut after 200 characters); a bytearray's
            // content is shown as bytes.
            string shown = Ops.ReprString(x is PyByteArray ba ? new PyBytes(ba.Value.ToArray()) : x);
            if (shown.Length > 200) shown = shown[..(char.IsHighSurrogate(shown[199]) ? 201 : 200)];
            throw new PythonException(PyExc.ValueError($"invalid literal for int() with base {radix}: {shown}"));
        }
        return r;
    }

    public static PyInt? TryParse(string s, int radix)
    {
        s = s.Trim(' ', '\t', '\n', '\r', '\f', '\v');
        if (s.Length == 0) return null;
        bool neg = false;
        int i = 0;
        if (s[0] == '+' || s[0] == '-') { neg = s[0] == '-'; i = 1; }
        string body = s[i..];
        if (body.Length >= 2 && body[0] == '0')
        {
            char p = char.ToLowerInvariant(body[1]);
            int pref = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pref != 0 && (radix == 0 || radix == pref))
            {
                radix = pref;
                body = body[2..];
                if (body.StartsWith('_')) body = body[1..];
                if (body.Length == 0) return null;
            }
        }
        if (radix == 0)
        {
            radix = 10;
            if (body.Length > 1 && body[0] == '0' && body.Any(c => c != '0' && c != '_')) return null;
        }
        if (body.Length == 0 || body[0] == '_' || body[^1] == '_' || body.Contains("__")) return null;
        if (body.Length > IntOps.MaxStrDigits && IntOps.MaxStrDigits > 0 && (radix & (radix - 1)) != 0)
        {
            // CPython 3.11: PyLong_FromString — a valid literal with too many digits exceeds the limit.
            int digits = 0;
            foreach (char c in body)
            {
                if (c == '_') continue;
                int d = c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'z' ? c - 'a' + 10 : c is >= 'A' and <= 'Z' ? c - 'A' + 10
                    : char.IsDigit(c) ? (int)char.GetNumericValue(c) : 99;
                if (d >= radix) return null;
                digits++;
            }
            if (digits > IntOps.MaxStrDigits)
                throw new PythonException(PyExc.ValueError($"Exceeds the limit ({IntOps.MaxStrDigits} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"));
        }
        BigInteger v = 0;
        long small = 0;
        bool big = false;
        foreach (char c0 in body)
        {
            if (c0 == '_') continue;
            int d;
            char c = c0;
            if (c >= '0' && c <= '9') d = c - '0';
            else if (c >= 'a' && c <= 'z') d = c - 'a' + 10;
            else if (c >= 'A' && c <= 'Z') d = c - 'A' + 10;
            else if (char.IsDigit(c)) d = (int)char.GetNumericValue(c);
            else return null;
            if (d >= radix) return null;
            if (!big)
            {
                if (small > (long.MaxValue - d) / radix) { big = true; v = small; }
                else { small = small * radix + d; continue; }
            }
            v = v * radix + d;
        }
        if (!big) v = small;
        return PyInt.From(neg ? -v : v);
    }

    private static void InitBool()
    {
        var t = PyTypes.Bool;
        t.Def("__repr__", a => new PyStr(((PyInt)a).Value != 0 ? "True" : "False"));
        // bool op bool stays a bool; with any other int operand the int result. Each reflected form is its own
        // slot wrapper (named __rand__, ...), as in CPython.
        PyObject And(PyObject a, PyObject b) => b is PyInt bi && ReferenceEquals(b.Type, PyTypes.Bool) ? Py.Bool(((PyInt)a).Value != 0 & bi.Value != 0) : b is PyInt bi2 ? IntOps.Binary((PyInt)a, bi2, 1)! : Py.NotImplemented;
        PyObject Or(PyObject a, PyObject b) => b is PyInt bi && ReferenceEquals(b.Type, PyTypes.Bool) ? Py.Bool(((PyInt)a).Value != 0 | bi.Value != 0) : b is PyInt bi2 ? IntOps.Binary((PyInt)a, bi2, 7)! : Py.NotImplemented;
        PyObject Xor(PyObject a, PyObject b) => b is PyInt bi && ReferenceEquals(b.Type, PyTypes.Bool) ? Py.Bool(((PyInt)a).Value != 0 ^ bi.Value != 0) : b is PyInt bi2 ? IntOps.Binary((PyInt)a, bi2, 12)! : Py.NotImplemented;
        t.Def("__and__", And);
        t.Def("__or__", Or);
        t.Def("__xor__", Xor);
        t.Def("__rand__", And);
        t.Def("__ror__", Or);
        t.Def("__rxor__", Xor);
        t.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            if (kw != null && kw.Length > 0) throw new PythonException(PyExc.TypeError("bool() takes no keyword arguments"));
            if (args.Length > 2) throw new PythonException(PyExc.TypeError($"bool expected at most 1 argument, got {args.Length - 1}"));
            return args.Length == 1 ? Py.False : Py.Bool(Ops.IsTrue(args[1]));
        })));
    }

    private static double F(PyObject o) => o is PyFloat f ? f.Value : throw new PythonException(PyExc.TypeError($"descriptor requires a 'float' object but received '{o.Type.Name}'"));

    private static bool TryD(PyObject o, out double d)
    {
        if (o is PyFloat f) { d = f.Value; return true; }
        if (o is PyInt i) { d = Ops.ToDouble(i); return true; }
        d = 0;
        return false;
    }

    private static void InitFloat()
    {
        var t = PyTypes.Float;
        for (int op = 0; op < OpNames.Length; op++)
        {
            int code = op;
            if (op is 1 or 3 or 4 or 7 or 9 or 12) continue;
            t.Def($"__{OpNames[op]}__", (a, b) => TryD(b, out var y) ? FloatOps.Binary(F(a), y, code) ?? Py.NotImplemented : Py.NotImplemented);
            t.Def($"__r{OpNames[op]}__", (a, b) => TryD(b, out var x) ? FloatOps.Binary(x, F(a), code) ?? Py.NotImplemented : Py.NotImplemented);
        }
        t.Def("__divmod__", (a, b) =>
        {
            if (!TryD(b, out var y)) return Py.NotImplemented;
            if (y == 0) throw new PythonException(PyExc.ZeroDivisionError("float divmod()"));
            var (d, m) = FloatOps.DivMod(F(a), y);
            return PyTuple.Of(new PyFloat(d), new PyFloat(m));
        });
        t.Def("__rdivmod__", (a, b) =>
        {
            if (!TryD(b, out var x)) return Py.NotImplemented;
            if (F(a) == 0) throw new PythonException(PyExc.ZeroDivisionError("float divmod()"));
            var (d, m) = FloatOps.DivMod(x, F(a));
            return PyTuple.Of(new PyFloat(d), new PyFloat(m));
        });
        string[] cmp = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
        for (int i = 0; i < 6; i++)
        {
            int op = i;
            t.Def(cmp[i], (a, b) =>
            {
                if (b is PyFloat bf) return Py.Bool(Ops.FloatCmp(F(a), bf.Value, op));
                if (b is PyInt bi) return Py.Bool(CompareFloatInt(F(a), bi, op));
                return Py.NotImplemented;
            });
        }
        t.Def("__repr__", a => new PyStr(FloatOps.Repr(F(a))));
        t.Def("__hash__", a => PyInt.From(FloatOps.Hash(F(a))));
        t.Def("__bool__", a => Py.Bool(F(a) != 0));
        t.Def("__float__", a => ReferenceEquals(a.Type, PyTypes.Float) ? a : new PyFloat(F(a)));
        t.Def("__int__", a => FromDouble(F(a)));
        t.Def("__trunc__", a => FromDouble(F(a)));
        t.Def("__floor__", a => FromDouble(Math.Floor(F(a))));
        t.Def("__ceil__", a => FromDouble(Math.Ceiling(F(a))));
        t.Def("__neg__", a => new PyFloat(-F(a)));
        t.Def("__pos__", a => new PyFloat(F(a)));
        t.Def("__abs__", a => new PyFloat(Math.Abs(F(a))));
        t.Def("is_integer", a => Py.Bool(double.IsFinite(F(a)) && Math.Floor(F(a)) == F(a)));
        t.Def("conjugate", a => new PyFloat(F(a)));
        t.Def("__getnewargs__", a => PyTuple.Of(new PyFloat(F(a))));
        t.Prop("real", a => new PyFloat(F(a)));
        t.Prop("imag", a => new PyFloat(0));
        t.Def("as_integer_ratio", a =>
        {
            double d = F(a);
            if (double.IsInfinity(d)) throw new PythonException(PyExc.OverflowError("cannot convert Infinity to integer ratio"));
            if (double.IsNaN(d)) throw new PythonException(PyExc.ValueError("cannot convert NaN to integer ratio"));
            var (num, den) = Ratio(d);
            return PyTuple.Of(PyInt.From(num), PyInt.From(den));
        });
        t.DefRange("__round__", 0, 1, (a, args) =>
        {
            double d = F(a);
            if (args.Length == 0 || args[0] is PyNone)
            {
                double r = Math.Round(d, MidpointRounding.ToEven);
                return FromDouble(r);
            }
            // CPython clamps ndigits to a C ssize_t (PyNumber_AsSsize_t without an error type).
            var nd = Ops.Index(args[0]).AsBig;
            return new PyFloat(RoundDouble(d, (long)BigInteger.Clamp(nd, long.MinValue, long.MaxValue)));
        });
        // CPython 3.11: an empty spec formats as str(self) (a subclass's __str__/__repr__ shows).
        t.Def("__format__", (a, spec) => StrMethods.FormatSpecArg(spec).Length == 0 && !ReferenceEquals(a.Type, PyTypes.Float)
            ? Ops.Str(a) : new PyStr(Formatting.FormatFloat(F(a), ((PyStr)spec).Value)));
        t.Def("hex", a => new PyStr(FloatHex(F(a))));
        // The storage format of C doubles: what CPython reports on every little-endian IEEE platform .NET runs on.
        t.DefClassMethod("__getformat__", (args, kw) =>
        {
            if (kw is { Length: > 0 }) throw new PythonException(PyExc.TypeError("float.__getformat__() takes no keyword arguments"));
            if (args.Length != 2) throw new PythonException(PyExc.TypeError($"float.__getformat__() takes exactly one argument ({args.Length - 1} given)"));
            if (args[1] is not PyStr s) throw new PythonException(PyExc.TypeError($"__getformat__() argument must be str, not {args[1].Type.Name}"));
            if (s.Value is not ("double" or "float"))
                throw new PythonException(PyExc.ValueError("__getformat__() argument 1 must be 'double' or 'float'"));
            return new PyStr(BitConverter.IsLittleEndian ? "IEEE, little-endian" : "IEEE, big-endian");
        });
        t.DefClassMethod("fromhex", (args, kw) =>
        {
            if (kw is { Length: > 0 }) throw new PythonException(PyExc.TypeError("float.fromhex() takes no keyword arguments"));
            if (args.Length != 2) throw new PythonException(PyExc.TypeError($"float.fromhex() takes exactly one argument ({args.Length - 1} given)"));
            if (args[1] is not PyStr hs) throw new PythonException(PyExc.TypeError("bad argument type for built-in operation"));
            var v = FromHex(hs.Value);
            return ReferenceEquals(args[0], PyTypes.Float) ? new PyFloat(v) : Ops.Call(args[0], new PyFloat(v));
        });
        t.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            var cls = (PyType)args[0];
            if (kw != null && kw.Length > 0) throw new PythonException(PyExc.TypeError("float() takes no keyword arguments"));
            if (args.Length > 2) throw new PythonException(PyExc.TypeError($"float expected at most 1 argument, got {args.Length - 1}"));
            double v = args.Length == 1 ? 0.0 : ToFloat(args[1]);
            return ReferenceEquals(cls, PyTypes.Float) ? (args.Length > 1 && args[1] is PyFloat pf && ReferenceEquals(pf.Type, PyTypes.Float) ? pf : new PyFloat(v)) : new PyFloat(cls, v);
        })));
    }

    public static (BigInteger num, BigInteger den) Ratio(double d)
    {
        double m = FloatOps.Frexp(d, out int e);
        for (int i = 0; i < 300 && m != Math.Floor(m); i++) { m *= 2.0; e--; }
        var num = new BigInteger(m);
        BigInteger den = 1;
        if (e > 0) num <<= e; else den <<= -e;
        return (num, den);
    }

    public static double RoundDouble(double x, long ndigits)
    {
        if (!double.IsFinite(x) || x == 0) return x;
        if (ndigits > 323) return x;
        if (ndigits < -308) return Math.CopySign(0.0, x);
        var (num, den) = Ratio(x);
        // value * 10^nd, rounded half-even exactly
        BigInteger n = num, d = den;
        if (ndigits >= 0) n *= BigInteger.Pow(10, (int)ndigits); else d *= BigInteger.Pow(10, (int)-ndigits);
        var q = BigInteger.DivRem(n, d, out var r);
        if (r.Sign < 0) { q -= 1; r += d; }
        var twice = r * 2;
        if (twice > d || (twice == d && !q.IsEven)) q += 1;
        string s = ndigits >= 0 ? $"{q}e-{ndigits}" : $"{q}e{-ndigits}";
        double result = double.Parse(s, CultureInfo.InvariantCulture);
        if (result == 0) result = Math.CopySign(0.0, x);
        if (double.IsInfinity(result)) throw new PythonException(PyExc.OverflowError("rounded value too large to represent"));
        return result;
    }

    public static bool CompareFloatInt(double x, PyInt i, int op)
    {
        if (double.IsNaN(x)) return op == 3;
        if (double.IsInfinity(x)) return Ops.CmpResult(x > 0 ? 1 : -1, op);
        if (!i.IsBig && (ulong)(i.Value + (1L << 53)) <= (1UL << 54)) return Ops.FloatCmp(x, i.Value, op);
        var fl = Math.Floor(x);
        int c = new BigInteger(fl).CompareTo(i.AsBig);
        if (c == 0 && fl != x) c = 1;
        return Ops.CmpResult(c, op);
    }

    public static double ToFloat(PyObject x)
    {
        switch (x)
        {
            case PyFloat f: return f.Value;
            case PyInt i: return Ops.ToDouble(i);
            case PyStr s: return ParseFloat(s.Value, Ops.ReprString(x));
            case PyBytes b: return ParseFloat(System.Text.Encoding.Latin1.GetString(b.Value), Ops.ReprString(x));
        }
        var m = x.Type.Lookup("__float__");
        if (m != null)
        {
            var r = Ops.CallWithSelf(m, x, []);
            if (r is not PyFloat rf) throw new PythonException(PyExc.TypeError($"{x.Type.Name}.__float__ returned non-float (type {r.Type.Name})"));
            return rf.Value;
        }
        if (x.Type.Lookup("__index__") != null) return Ops.ToDouble(Ops.Index(x));
        throw new PythonException(PyExc.TypeError($"float() argument must be a string or a real number, not '{x.Type.Name}'"));
    }

    /// <summary>Non-ASCII decimal digits become ASCII ones and Unicode spaces a space; any other non-ASCII character
    /// becomes '?', which no number contains. CPython 3.11: _PyUnicode_TransformDecimalAndSpaceToASCII.</summary>
    private static string AsciiDecimalAndSpace(string s)
    {
        int k = 0;
        while (k < s.Length && s[k] < 128) k++;
        if (k == s.Length) return s;
        var sb = new System.Text.StringBuilder(s.Length);
        sb.Append(s, 0, k);
        for (int i = k; i < s.Length; i++)
        {
            char c = s[i];
            if (c < 128) { sb.Append(c); continue; }
            int cp = char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? char.ConvertToUtf32(c, s[++i]) : c;
            if (Sharpy.Syntax.Tokens.UnicodeClasses.IsSpace(cp)) sb.Append(' ');
            else if (Sharpy.Syntax.Tokens.UnicodeClasses.IsDecimal(cp))
                sb.Append((char)('0' + System.Globalization.CharUnicodeInfo.GetDecimalDigitValue(char.ConvertFromUtf32(cp), 0)));
            else sb.Append('?');
        }
        return sb.ToString();
    }

    public static double ParseFloat(string s, string repr)
    {
        var r = TryParseFloat(s);
        if (r == null) throw new PythonException(PyExc.ValueError($"could not convert string to float: {repr}"));
        return r.Value;
    }

    public static double? TryParseFloat(string s)
    {
        s = AsciiDecimalAndSpace(s);
        s = s.Trim(' ', '\t', '\n', '\r', '\f', '\v');
        if (s.Length == 0) return null;
        string body = s;
        bool neg = false;
        if (body[0] == '+' || body[0] == '-') { neg = body[0] == '-'; body = body[1..]; }
        string lower = body.ToLowerInvariant();
        if (lower is "inf" or "infinity") return neg ? double.NegativeInfinity : double.PositiveInfinity;
        if (lower == "nan") return neg ? -PyFloat.NaN : PyFloat.NaN;
        if (body.Contains('_'))
        {
            for (int i = 0; i < body.Length; i++)
                if (body[i] == '_' && (i == 0 || i == body.Length - 1 || !char.IsAsciiDigit(body[i - 1]) || !char.IsAsciiDigit(body[i + 1]))) return null;
            body = body.Replace("_", "");
        }
        foreach (char c in body)
            if (!(char.IsAsciiDigit(c) || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-')) return null;
        if (!double.TryParse(body, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var d)) return null;
        return neg ? -d : d;
    }

    private static double FromHex(string s0)
    {
        string s = s0.Trim().ToLowerInvariant();
        var err = new PythonException(PyExc.ValueError("invalid hexadecimal floating-point string"));
        bool neg = false;
        if (s.StartsWith('+') || s.StartsWith('-')) { neg = s[0] == '-'; s = s[1..]; }
        if (s is "inf" or "infinity") return neg ? double.NegativeInfinity : double.PositiveInfinity;
        if (s == "nan") return neg ? -PyFloat.NaN : PyFloat.NaN;
        if (s.StartsWith("0x")) s = s[2..];
        BigInteger exp = 0;
        int p = s.IndexOf('p');
        if (p >= 0)
        {
            string e = s[(p + 1)..];
            if (e.Length == 0 || !char.IsAsciiDigit(e[^1]) || !BigInteger.TryParse(e, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exp)) throw err;
            s = s[..p];
        }
        int dot = s.IndexOf('.');
        string intPart = dot >= 0 ? s[..dot] : s, frac = dot >= 0 ? s[(dot + 1)..] : "";
        if (intPart.Length + frac.Length == 0) throw err;
        BigInteger m = 0;
        foreach (var c in intPart + frac)
        {
            if (!char.IsAsciiHexDigit(c)) throw err;
            m = m * 16 + Convert.ToInt32(c.ToString(), 16);
        }
        exp -= 4 * frac.Length;
        double r = ScaleRounded(m, exp);
        return neg ? -r : r;
    }

    /// <summary>
    /// m * 2**exp correctly rounded (half to even) to a double, subnormals included; OverflowError past the
    /// largest finite double. Multiplying (double)m by a power of two would round twice.
    /// </summary>
    private static double ScaleRounded(BigInteger m, BigInteger exp)
    {
        if (m.IsZero) return 0.0;
        long bits = (long)m.GetBitLength();
        BigInteger top = exp + bits - 1;  // exponent of the leading bit
        if (top > 1023) throw new PythonException(PyExc.OverflowError("hexadecimal value too large to represent as a float"));
        if (top < -1076) return 0.0;      // below half the smallest subnormal
        // The lowest bit a double with this leading bit can hold (53 significant bits, or the subnormal floor).
        long low = (long)BigInteger.Max(top - 52, -1074);
        BigInteger shift = low - exp;
        BigInteger q;
        if (shift > 0)
        {
            int sh = (int)shift;
            q = m >> sh;
            BigInteger rem = m - (q << sh), half = BigInteger.One << (sh - 1);
            if (rem > half || (rem == half && !q.IsEven)) q += 1;
        }
        else
        {
            q = m << (int)(-shift);
        }
        double r = Math.ScaleB((double)q, (int)low);
        if (double.IsInfinity(r)) throw new PythonException(PyExc.OverflowError("hexadecimal value too large to represent as a float"));
        return r;
    }

    private static string FloatHex(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsInfinity(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return double.IsNegative(d) ? "-0x0.0p+0" : "0x0.0p+0";
        long bits = BitConverter.DoubleToInt64Bits(d);
        bool neg = bits < 0;
        int exp = (int)((bits >> 52) & 0x7FF);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        int lead = 1;
        if (exp == 0) { lead = 0; exp = -1022; } else exp -= 1023;
        // CPython 3.11: floatobject.c float_hex — always all 13 hex digits of the mantissa.
        string m = mant.ToString("x13");
        return $"{(neg ? "-" : "")}0x{lead}.{m}p{(exp >= 0 ? "+" : "")}{exp}";
    }

    private static Complex C(PyObject o) => ((PyComplex)o).Value;

    private static bool TryC(PyObject o, out Complex c)
    {
        switch (o)
        {
            case PyComplex pc: c = pc.Value; return true;
            case PyFloat f: c = new Complex(f.Value, 0); return true;
            case PyInt i: c = new Complex(Ops.ToDouble(i), 0); return true;
        }
        c = default;
        return false;
    }

    private static void InitComplex()
    {
        var t = PyTypes.Complex;
        PyObject Bin(Complex a, Complex b, int op)
        {
            switch (op)
            {
                case 0: return new PyComplex(a + b);
                case 10: return new PyComplex(a - b);
                case 5: return new PyComplex(a * b);
                case 11:
                    if (b == Complex.Zero) throw new PythonException(PyExc.ZeroDivisionError("complex division by zero"));
                    return new PyComplex(Quotient(a, b));
                case 8:
                    if (b == Complex.Zero) return new PyComplex(Complex.One);
                    if (a == Complex.Zero)
                    {
                        if (b.Imaginary != 0 || b.Real < 0) throw new PythonException(PyExc.ZeroDivisionError("0.0 to a negative or complex power"));
                        return new PyComplex(Complex.Zero);
                    }
                    if (b.Imaginary == 0 && b.Real == Math.Floor(b.Real) && Math.Abs(b.Real) <= 100)
                    {
                        // CPython 3.11: complexobject.c c_powi / c_powu (binary powering, then 1/r).
                        var r = Complex.One;
                        var pw = a;
                        long n = (long)Math.Abs(b.Real);
                        for (long mask = 1; n >= mask; mask <<= 1)
                        {
                            if ((n & mask) != 0) r *= pw;
                            pw *= pw;
                        }
                        return new PyComplex(b.Real < 0 ? Quotient(Complex.One, r) : r);
                    }
                    return new PyComplex(Complex.Pow(a, b));
            }
            return Py.NotImplemented;
        }
        foreach (var (name, code) in new[] { ("add", 0), ("sub", 10), ("mul", 5), ("truediv", 11), ("pow", 8) })
        {
            int c = code;
            t.Def($"__{name}__", (a, b) => TryC(b, out var y) ? Bin(C(a), y, c) : Py.NotImplemented);
            t.Def($"__r{name}__", (a, b) => TryC(b, out var x) ? Bin(x, C(a), c) : Py.NotImplemented);
        }
        t.Def("__eq__", (a, b) => TryC(b, out var y) ? Py.Bool(C(a) == y) : Py.NotImplemented);
        t.Def("__ne__", (a, b) => TryC(b, out var y) ? Py.Bool(C(a) != y) : Py.NotImplemented);
        t.Def("__neg__", a => new PyComplex(-C(a)));
        t.Def("__pos__", a => new PyComplex(C(a)));
        t.Def("__abs__", a => new PyFloat(Complex.Abs(C(a))));
        t.Def("__bool__", a => Py.Bool(C(a) != Complex.Zero));
        t.Def("__hash__", a =>
        {
            long hr = FloatOps.Hash(C(a).Real), hi = FloatOps.Hash(C(a).Imaginary);
            long h = unchecked(hr + 1000003L * hi);
            return PyInt.From(h == -1 ? -2 : h);
        });
        t.Def("conjugate", a => new PyComplex(Complex.Conjugate(C(a))));
        t.Def("__getnewargs__", a => PyTuple.Of(new PyFloat(C(a).Real), new PyFloat(C(a).Imaginary)));
        t.Def("__complex__", a => ReferenceEquals(a.Type, PyTypes.Complex) ? a : new PyComplex(C(a)));
        t.ReadOnlyMember("real", a => new PyFloat(C(a).Real));
        t.ReadOnlyMember("imag", a => new PyFloat(C(a).Imaginary));
        t.Def("__repr__", a => new PyStr(ComplexRepr(C(a))));
        t.Def("__format__", (a, spec) =>
        {
            var ss = new PyStr(StrMethods.FormatSpecArg(spec));
            return new PyStr(ss.Value.Length == 0 ? Ops.StrString(a) : Formatting.FormatComplex(C(a), ss.Value));
        });
        t.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            var p = ArgParser.Parse("complex", args[1..], kw, ["real", "imag"], [], 0);
            Complex re = Complex.Zero, im = Complex.Zero;
            bool reIsComplex = false;
            if (p[0] != null)
            {
                if (p[0] is PyStr s)
                {
                    if (p[1] != null) throw new PythonException(PyExc.TypeError("complex() can't take second arg if first is a string"));
                    return new PyComplex((PyType)args[0], ParseComplex(s.Value));
                }
                reIsComplex = p[0] is PyComplex;
                if (!TryC(p[0]!, out re))
                {
                    var m = p[0]!.Type.Lookup("__complex__");
                    if (m != null)
                    {
                        var special = Ops.CallWithSelf(m, p[0]!, []);
                        if (special is not PyComplex sc)
                            throw new PythonException(PyExc.TypeError($"__complex__ returned non-complex (type {special.Type.Name})"));
                        re = sc.Value;
                        reIsComplex = true;
                    }
                    else if (p[0]!.Type.Lookup("__float__") == null && p[0]!.Type.Lookup("__index__") == null)
                        throw new PythonException(PyExc.TypeError($"complex() first argument must be a string or a number, not '{p[0]!.Type.Name}'"));
                    else re = new Complex(ToFloat(p[0]!), 0);
                }
            }
            if (p[1] != null)
            {
                if (p[1] is PyStr) throw new PythonException(PyExc.TypeError("complex() second arg can't be a string"));
                if (!TryC(p[1]!, out im)) throw new PythonException(PyExc.TypeError($"complex() second argument must be a number, not '{p[1]!.Type.Name}'"));
            }
            // CPython 3.11: complex_new_impl — the parts of a non-complex argument are used as they are, so
            // complex(-0.0, -0.0) keeps both signs.
            double real = re.Real, imag = im.Real;
            if (p[1] is PyComplex) real -= im.Imaginary;
            if (reIsComplex) imag = p[1] != null ? imag + re.Imaginary : re.Imaginary;
            var v = new Complex(real, imag);
            return new PyComplex((PyType)args[0], v);
        })));
    }

    private static Complex ParseComplex(string s)
    {
        string t = s.Trim();
        if (t.StartsWith('(') && t.EndsWith(')')) t = t[1..^1].Trim();
        var err = new PythonException(PyExc.ValueError("complex() arg is a malformed string"));
        if (t.Length == 0 || t.Any(char.IsWhiteSpace)) throw err;
        if (t.EndsWith('j') || t.EndsWith('J'))
        {
            string body = t[..^1];
            int split = -1;
            for (int i = body.Length - 1; i > 0; i--)
                if ((body[i] == '+' || body[i] == '-') && body[i - 1] != 'e' && body[i - 1] != 'E') { split = i; break; }
            if (split < 0)
            {
                double im = body is "" or "+" ? 1 : body == "-" ? -1 : TryParseFloat(body) ?? throw err;
                return new Complex(0, im);
            }
            double re = TryParseFloat(body[..split]) ?? throw err;
            string ims = body[split..];
            double imv = ims == "+" ? 1 : ims == "-" ? -1 : TryParseFloat(ims) ?? throw err;
            return new Complex(re, imv);
        }
        return new Complex(TryParseFloat(t) ?? throw err, 0);
    }

    // CPython 3.11: complexobject.c _Py_c_quot (Smith's method as CPython writes it; b != 0).
    internal static Complex Quotient(Complex a, Complex b)
    {
        double absR = Math.Abs(b.Real), absI = Math.Abs(b.Imaginary);
        if (absR >= absI)
        {
            if (absR == 0) return Complex.Zero;
            double ratio = b.Imaginary / b.Real, denom = b.Real + b.Imaginary * ratio;
            return new Complex((a.Real + a.Imaginary * ratio) / denom, (a.Imaginary - a.Real * ratio) / denom);
        }
        if (absI >= absR)
        {
            double ratio = b.Real / b.Imaginary, denom = b.Real * ratio + b.Imaginary;
            return new Complex((a.Real * ratio + a.Imaginary) / denom, (a.Imaginary * ratio - a.Real) / denom);
        }
        return new Complex(double.NaN, double.NaN);
    }

    public static string ComplexRepr(Complex c)
    {
        string F2(double d)
        {
            var r = FloatOps.Repr(d);
            return r.EndsWith(".0") ? r[..^2] : r;
        }
        if (c.Real == 0 && !double.IsNegative(c.Real)) return F2(c.Imaginary) + "j";
        string im = F2(c.Imaginary);
        string sign = c.Imaginary >= 0 || double.IsNaN(c.Imaginary) ? "+" : "";
        if (double.IsNegative(c.Imaginary) && c.Imaginary == 0) sign = "";
        return $"({F2(c.Real)}{sign}{im}j)";
    }
}
