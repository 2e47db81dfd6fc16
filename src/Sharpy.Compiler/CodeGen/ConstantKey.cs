using System.Numerics;
using Sharpy.Bytecode.Code;

namespace Sharpy.Compiler.CodeGen;

/// <summary>
/// Equality for co_consts deduplication that keeps apart what Python keeps apart: 1, 1.0 and True;
/// 0.0 and -0.0; equal tuples of differently typed items (CPython's _PyCode_ConstantKey).
/// </summary>
internal sealed class ConstantKey : IEqualityComparer<object?>
{
    public static readonly ConstantKey Instance = new();

    public new bool Equals(object? x, object? y)
    {
        if (x is null || y is null) return x is null && y is null;
        if (x.GetType() != y.GetType()) return false;
        return x switch
        {
            double a => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits((double)y),
            Complex a => BitConverter.DoubleToInt64Bits(a.Real) == BitConverter.DoubleToInt64Bits(((Complex)y).Real)
                && BitConverter.DoubleToInt64Bits(a.Imaginary) == BitConverter.DoubleToInt64Bits(((Complex)y).Imaginary),
            string a => string.Equals(a, (string)y, StringComparison.Ordinal),
            byte[] a => a.AsSpan().SequenceEqual((byte[])y),
            ConstTuple a => ItemsEqual(a.Items, ((ConstTuple)y).Items),
            ConstFrozenSet a => ItemsEqual(a.Items, ((ConstFrozenSet)y).Items),
            CodeObject => ReferenceEquals(x, y),
            _ => x.Equals(y),
        };
    }

    private bool ItemsEqual(object?[] a, object?[] b)
    {
        if (a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++) if (!Equals(a[i], b[i])) return false;
        return true;
    }

    public int GetHashCode(object? obj) => obj switch
    {
        null => 0,
        double d => BitConverter.DoubleToInt64Bits(d).GetHashCode(),
        string s => string.GetHashCode(s, StringComparison.Ordinal),
        byte[] b => b.Length,
        ConstTuple t => t.Items.Length * 31 + 7,
        ConstFrozenSet f => f.Items.Length * 37 + 11,
        CodeObject c => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(c),
        _ => obj.GetHashCode(),
    };
}
