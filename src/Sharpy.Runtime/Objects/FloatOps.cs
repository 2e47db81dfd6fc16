using System.Globalization;

namespace Sharpy.Runtime.Objects;

public static class FloatOps
{
    public static PyObject? Binary(double x, double y, int op)
    {
        switch (op)
        {
            case 0: return new PyFloat(x + y);
            case 10: return new PyFloat(x - y);
            case 5: return new PyFloat(x * y);
            case 11:
                if (y == 0) throw new PythonException(PyExc.ZeroDivisionError("float division by zero"));
                return new PyFloat(x / y);
            case 2:
                if (y == 0) throw new PythonException(PyExc.ZeroDivisionError("float floor division by zero"));
                return new PyFloat(DivMod(x, y).div);
            case 6:
                if (y == 0) throw new PythonException(PyExc.ZeroDivisionError("float modulo"));
                return new PyFloat(DivMod(x, y).mod);
            case 8: return Pow(x, y);
        }
        return null;
    }

    // CPython 3.11: Objects/floatobject.c float_divmod
    public static (double div, double mod) DivMod(double vx, double wx)
    {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0)) { mod += wx; div -= 1.0; }
        }
        else mod = Math.CopySign(0.0, wx);
        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        }
        else floordiv = Math.CopySign(0.0, vx / wx);
        return (floordiv, mod);
    }

    public static PyObject Pow(double x, double y)
    {
        if (x == 0 && y < 0) throw new PythonException(PyExc.ZeroDivisionError("0.0 cannot be raised to a negative power"));
        if (x < 0 && y != Math.Floor(y) && !double.IsInfinity(y) && !double.IsInfinity(x))
            return new PyComplex(System.Numerics.Complex.Pow(new System.Numerics.Complex(x, 0), y));
        var r = Math.Pow(x, y);
        if (double.IsInfinity(r) && !double.IsInfinity(x) && !double.IsInfinity(y))
            throw new PythonException(PyExc.OverflowError("(34, 'Numerical result out of range')"));
        return new PyFloat(r);
    }

    /// <summary>CPython's float repr: shortest round-trip digits, exponent form outside [1e-4, 1e16).</summary>
    public static string Repr(double v)
    {
        if (double.IsNaN(v)) return "nan";
        if (double.IsPositiveInfinity(v)) return "inf";
        if (double.IsNegativeInfinity(v)) return "-inf";
        if (v == 0) return double.IsNegative(v) ? "-0.0" : "0.0";
        string r = v.ToString("R", CultureInfo.InvariantCulture);
        // .NET's shortest form is occasionally one digit too short at a power-of-two boundary
        // ("R" gives 2.980232238769531E-08 for 2**-25, which reads back as a different double):
        // then take the shortest correctly rounded form that does round-trip.
        if ((BitConverter.DoubleToInt64Bits(v) & 0xFFFFFFFFFFFFFL) == 0 && double.Parse(r, CultureInfo.InvariantCulture) != v)
            for (int p = 1; p <= 17; p++)
            {
                r = v.ToString("E" + (p - 1), CultureInfo.InvariantCulture);
                if (double.Parse(r, CultureInfo.InvariantCulture) == v) break;
            }
        // Decompose into digits and exponent.
        bool neg = r[0] == '-';
        if (neg) r = r[1..];
        int ePos = r.IndexOfAny(['E', 'e']);
        int exp = 0;
        string mant = r;
        if (ePos >= 0) { exp = int.Parse(r[(ePos + 1)..], CultureInfo.InvariantCulture); mant = r[..ePos]; }
        int dot = mant.IndexOf('.');
        string digits;
        int pointPos;
        if (dot >= 0) { digits = mant[..dot] + mant[(dot + 1)..]; pointPos = dot; }
        else { digits = mant; pointPos = mant.Length; }
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0') { lead++; pointPos--; }
        digits = digits[lead..].TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        int decExp = pointPos + exp; // value = 0.digits * 10^decExp
        string result;
        if (decExp > 16 || decExp < -3)
        {
            // exponent form d.ddde+XX
            string m = digits.Length > 1 ? digits[0] + "." + digits[1..] : digits;
            int e = decExp - 1;
            result = m + "e" + (e < 0 ? "-" : "+") + Math.Abs(e).ToString("00", CultureInfo.InvariantCulture);
        }
        else if (decExp <= 0) result = "0." + new string('0', -decExp) + digits;
        else if (decExp >= digits.Length) result = digits + new string('0', decExp - digits.Length) + ".0";
        else result = digits[..decExp] + "." + digits[decExp..];
        return neg ? "-" + result : result;
    }

    // CPython 3.11: Python/pyhash.c _Py_HashDouble
    public static long Hash(double v)
    {
        if (double.IsInfinity(v)) return v > 0 ? 314159 : -314159;
        if (double.IsNaN(v)) return 0;
        if (v == Math.Floor(v) && Math.Abs(v) < 9.2e18) return new PyInt(PyTypes.Int, (long)v).Hash;
        const int Bits = 61;
        const ulong Modulus = (1UL << Bits) - 1;
        int e;
        double m = Frexp(v, out e);
        int sign = 1;
        if (m < 0) { sign = -1; m = -m; }
        ulong x = 0;
        while (m != 0)
        {
            x = ((x << 28) & Modulus) | x >> (Bits - 28);
            m *= 268435456.0;
            e -= 28;
            ulong y = (ulong)m;
            m -= y;
            x += y;
            if (x >= Modulus) x -= Modulus;
        }
        e = e >= 0 ? e % Bits : Bits - 1 - ((-1 - e) % Bits);
        x = ((x << e) & Modulus) | x >> (Bits - e);
        long h = (long)x * sign;
        return h == -1 ? -2 : h;
    }

    public static double Frexp(double d, out int e)
    {
        if (d == 0 || double.IsNaN(d) || double.IsInfinity(d)) { e = 0; return d; }
        long bits = BitConverter.DoubleToInt64Bits(d);
        int exp = (int)((bits >> 52) & 0x7FF);
        if (exp == 0)
        {
            d *= Math.Pow(2, 54);
            bits = BitConverter.DoubleToInt64Bits(d);
            exp = (int)((bits >> 52) & 0x7FF) - 54;
        }
        e = exp - 1022;
        bits = (bits & ~(0x7FFL << 52)) | (1022L << 52);
        return BitConverter.Int64BitsToDouble(bits);
    }
}
