using System.Numerics;

namespace Sharpy.Bytecode.Code;

/// <summary>
/// Value equality of code objects, as CPython 3.11's code_richcompare: name, flags, argument counts, first
/// line, instructions, constants (compared by type and value, so 1, 1.0 and True differ, as with CPython's
/// constant keys), names, variable names, line table and exception table. The file name does not count.
/// </summary>
public static class CodeEquality
{
    public static bool Equal(CodeObject a, CodeObject b) =>
        ReferenceEquals(a, b)
        || (a.Name == b.Name && a.Flags == b.Flags && a.ArgCount == b.ArgCount && a.PosOnlyArgCount == b.PosOnlyArgCount
            && a.KwOnlyArgCount == b.KwOnlyArgCount && a.FirstLineNo == b.FirstLineNo
            && a.Code.AsSpan().SequenceEqual(b.Code) && ItemsEqual(a.Consts, b.Consts)
            && a.Names.AsSpan().SequenceEqual(b.Names) && a.VarNames.AsSpan().SequenceEqual(b.VarNames)
            && a.CellVars.AsSpan().SequenceEqual(b.CellVars) && a.FreeVars.AsSpan().SequenceEqual(b.FreeVars)
            && a.LineTable.AsSpan().SequenceEqual(b.LineTable) && a.ExceptionTable.AsSpan().SequenceEqual(b.ExceptionTable));

    /// <summary>A hash consistent with <see cref="Equal"/>.</summary>
    public static int Hash(CodeObject c)
    {
        var h = new HashCode();
        h.Add(c.Name);
        h.Add(c.Flags);
        h.Add(c.ArgCount);
        h.Add(c.FirstLineNo);
        h.Add(c.Code.Length);
        h.Add(c.Consts.Length);
        foreach (string n in c.Names) h.Add(n);
        return h.ToHashCode();
    }

    private static bool ItemsEqual(object?[] a, object?[] b)
    {
        if (a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++)
            if (!ConstEqual(a[i], b[i])) return false;
        return true;
    }

    private static bool ConstEqual(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (bool x, bool y) => x == y,
        (BigInteger x, BigInteger y) => x == y,
        // Bit patterns: 0.0 and -0.0 are different constants, a NaN equals itself.
        (double x, double y) => BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits(y),
        (Complex x, Complex y) => BitConverter.DoubleToInt64Bits(x.Real) == BitConverter.DoubleToInt64Bits(y.Real)
                                  && BitConverter.DoubleToInt64Bits(x.Imaginary) == BitConverter.DoubleToInt64Bits(y.Imaginary),
        (string x, string y) => x == y,
        (ConstCodePointString x, ConstCodePointString y) => x.Equals(y),
        (byte[] x, byte[] y) => x.AsSpan().SequenceEqual(y),
        (ConstEllipsis, ConstEllipsis) => true,
        (ConstTuple x, ConstTuple y) => ItemsEqual(x.Items, y.Items),
        (ConstFrozenSet x, ConstFrozenSet y) => ItemsEqual(x.Items, y.Items),
        (CodeObject x, CodeObject y) => Equal(x, y),
        _ => false,
    };
}
