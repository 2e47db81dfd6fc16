using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Struct;

/// <summary>
/// <c>_sharpy_struct</c>: the IEEE 754 bit patterns of doubles and singles, which <c>lib/struct.py</c>
/// otherwise derives with exact rational arithmetic (tens of microseconds per value). The C conversion
/// of a double to a float rounds to nearest-even, as the cast here does; NaNs and the half-precision
/// format stay in Python.
/// </summary>
public static class StructNativeModule
{
    private const string Mod = "_sharpy_struct";

    private static double Double(PyObject o) => o is PyFloat f ? f.Value
        : throw new PythonException(PyExc.TypeError($"must be real number, not {o.Type.Name}"));

    public static PyModule Create()
    {
        var m = new PyModule(Mod);
        var d = m.Dict!;
        // double_bits(x) -> the 64-bit pattern as an unsigned int
        d.DefFunction("double_bits", (a, k) =>
            PyInt.From(new System.Numerics.BigInteger(unchecked((ulong)BitConverter.DoubleToInt64Bits(Double(a[0]))))), Mod);
        // single_bits(x) -> the 32-bit pattern of (float)x (infinite when x is beyond the float range)
        d.DefFunction("single_bits", (a, k) => PyInt.From((uint)BitConverter.SingleToInt32Bits((float)Double(a[0]))), Mod);
        d.DefFunction("double_from_bits", (a, k) => new PyFloat(BitConverter.Int64BitsToDouble(unchecked((long)Bits(a[0])))), Mod);
        d.DefFunction("single_from_bits", (a, k) => new PyFloat(BitConverter.Int32BitsToSingle(unchecked((int)(uint)Bits(a[0])))), Mod);
        return m;
    }

    private static ulong Bits(PyObject o) => o is PyInt i
        ? (i.IsBig ? (ulong)(i.AsBig & ulong.MaxValue) : unchecked((ulong)i.Value))
        : throw new PythonException(PyExc.TypeError($"an integer is required, not {o.Type.Name}"));
}
