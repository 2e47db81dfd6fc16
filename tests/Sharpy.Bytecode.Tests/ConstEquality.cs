using System.Numerics;
using Sharpy.Bytecode.Code;

namespace Sharpy.Bytecode.Tests;

/// <summary>Structural equality of constants and code objects (floats compared by bits).</summary>
internal static class ConstEquality
{
    public static bool AreEqual(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (bool x, bool y) => x == y,
        (BigInteger x, BigInteger y) => x == y,
        (double x, double y) => BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits(y),
        (Complex x, Complex y) => AreEqual(x.Real, y.Real) && AreEqual(x.Imaginary, y.Imaginary),
        (string x, string y) => string.Equals(x, y, StringComparison.Ordinal),
        (ConstCodePointString x, ConstCodePointString y) => x.Equals(y),
        (byte[] x, byte[] y) => x.AsSpan().SequenceEqual(y),
        (ConstEllipsis, ConstEllipsis) => true,
        (ConstTuple x, ConstTuple y) => ItemsEqual(x.Items, y.Items),
        (ConstFrozenSet x, ConstFrozenSet y) => ItemsEqual(x.Items, y.Items),
        (CodeObject x, CodeObject y) => CodeEqual(x, y),
        _ => false,
    };

    private static bool ItemsEqual(object?[] a, object?[] b) =>
        a.Length == b.Length && a.Zip(b).All(pair => AreEqual(pair.First, pair.Second));

    private static bool CodeEqual(CodeObject x, CodeObject y) =>
        x.ArgCount == y.ArgCount && x.PosOnlyArgCount == y.PosOnlyArgCount && x.KwOnlyArgCount == y.KwOnlyArgCount
        && x.StackSize == y.StackSize && x.Flags == y.Flags && x.FirstLineNo == y.FirstLineNo
        && x.Code.AsSpan().SequenceEqual(y.Code) && ItemsEqual(x.Consts, y.Consts)
        && x.Names.SequenceEqual(y.Names) && x.VarNames.SequenceEqual(y.VarNames)
        && x.CellVars.SequenceEqual(y.CellVars) && x.FreeVars.SequenceEqual(y.FreeVars)
        && x.Filename == y.Filename && x.Name == y.Name && x.QualName == y.QualName
        && x.LineTable.AsSpan().SequenceEqual(y.LineTable) && x.ExceptionTable.AsSpan().SequenceEqual(y.ExceptionTable);
}
