using System.Numerics;
using Sharpy.Bytecode.Code;
using Sharpy.Syntax.Ast;

namespace Sharpy.Compiler.Flow;

/// <summary>
/// AST-level constant folding, a safe subset of CPython 3.11's Python/ast_opt.c: unary +/-/~ on numbers,
/// int arithmetic with size limits, str/bytes concatenation and repetition with size limits, tuples of
/// constants, and __debug__.
/// </summary>
internal static class ConstantFolder
{
    private const int MaxCollectionSize = 256;   // CPython: MAX_COLLECTION_SIZE
    private const int MaxStrSize = 4096;         // CPython: MAX_STR_SIZE
    private const int MaxTotalItems = 1024;      // CPython: MAX_TOTAL_ITEMS
    private const int MaxIntBits = 128;          // CPython: MAX_INT_SIZE

    public static bool TryFold(ExprNode e, int optimize, out object? value)
    {
        value = null;
        switch (e)
        {
            case Constant c:
                value = CodeGen.CodeGenerator.ConvertConstant(c.Value);
                return true;
            case Name { Id: "__debug__", Ctx: ExprContext.Load }:
                value = optimize == 0;
                return true;
            case UnaryOp u when u.Op != UnaryOperator.Not:
                return TryFold(u.Operand, optimize, out var operand) && FoldUnary(u.Op, operand, out value);
            case BinOp b:
                return TryFold(b.Left, optimize, out var left) && TryFold(b.Right, optimize, out var right)
                    && FoldBinary(b.Op, left, right, out value);
            case Tuple { Ctx: ExprContext.Load } t when t.Elts.Count > 0:
            {
                var items = new object?[t.Elts.Count];
                for (int i = 0; i < items.Length; i++)
                {
                    if (t.Elts[i] is Starred || !TryFold(t.Elts[i], optimize, out items[i])) return false;
                }
                value = new ConstTuple(items);
                return true;
            }
            case Tuple { Ctx: ExprContext.Load, Elts.Count: 0 }:
                value = new ConstTuple(Array.Empty<object?>());
                return true;
        }
        return false;
    }

    public static bool IsTruthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        BigInteger i => !i.IsZero,
        double d => d != 0.0,
        Complex c => c != Complex.Zero,
        string s => s.Length > 0,
        byte[] b => b.Length > 0,
        ConstTuple t => t.Items.Length > 0,
        ConstFrozenSet f => f.Items.Length > 0,
        _ => true,
    };

    private static bool FoldUnary(UnaryOperator op, object? operand, out object? value)
    {
        value = null;
        switch (op, operand)
        {
            case (UnaryOperator.USub, BigInteger i): value = -i; return true;
            case (UnaryOperator.USub, bool b): value = b ? BigInteger.MinusOne : BigInteger.Zero; return true;
            case (UnaryOperator.USub, double d): value = -d; return true;
            case (UnaryOperator.USub, Complex c): value = -c; return true;
            case (UnaryOperator.UAdd, BigInteger i): value = i; return true;
            case (UnaryOperator.UAdd, double d): value = d; return true;
            case (UnaryOperator.UAdd, Complex c): value = c; return true;
            case (UnaryOperator.Invert, BigInteger i): value = -i - 1; return true;
        }
        return false;
    }

    private static bool FoldBinary(BinaryOperator op, object? left, object? right, out object? value)
    {
        value = null;
        if (left is BigInteger a && right is BigInteger b)
        {
            BigInteger? result = op switch
            {
                BinaryOperator.Add => a + b,
                BinaryOperator.Sub => a - b,
                BinaryOperator.Mult when Bits(a) + Bits(b) <= MaxIntBits => a * b,
                BinaryOperator.FloorDiv when !b.IsZero => FloorDiv(a, b),
                BinaryOperator.Mod when !b.IsZero => a - b * FloorDiv(a, b),
                BinaryOperator.Pow when b.Sign >= 0 && b <= 128 && Bits(a) * (long)b <= MaxIntBits => BigInteger.Pow(a, (int)b),
                BinaryOperator.LShift when b.Sign >= 0 && b <= MaxIntBits && Bits(a) + (long)b <= MaxIntBits => a << (int)b,
                BinaryOperator.RShift when b.Sign >= 0 => b > 100000 ? (a.Sign < 0 ? BigInteger.MinusOne : BigInteger.Zero) : a >> (int)b,
                BinaryOperator.BitAnd => a & b,
                BinaryOperator.BitOr => a | b,
                BinaryOperator.BitXor => a ^ b,
                _ => null,
            };
            if (result is null || Bits(result.Value) > MaxIntBits * 8) return false;
            value = result.Value;
            return true;
        }
        if ((left is Complex || right is Complex) && AsComplex(left) is { } cl && AsComplex(right) is { } cr)
        {
            Complex? result = op switch
            {
                BinaryOperator.Add => cl + cr,
                BinaryOperator.Sub => cl - cr,
                _ => null,
            };
            if (result is null) return false;
            value = result.Value;
            return true;
        }
        if ((left is double || right is double) && AsDouble(left) is { } x && AsDouble(right) is { } y)
        {
            double? result = op switch
            {
                BinaryOperator.Add => x + y,
                BinaryOperator.Sub => x - y,
                BinaryOperator.Mult => x * y,
                _ => null,
            };
            if (result is null) return false;
            value = result.Value;
            return true;
        }
        switch (op, left, right)
        {
            // A lone high surrogate meeting a lone low one would merge in a .NET string: left to the runtime.
            case (BinaryOperator.Add, string s, string t) when s.Length + t.Length <= MaxStrSize && !CodePointString.IsSplitBoundary(s, t):
                value = s + t; return true;
            case (BinaryOperator.Add, byte[] s, byte[] t) when s.Length + t.Length <= MaxStrSize:
                value = s.Concat(t).ToArray(); return true;
            case (BinaryOperator.Mult, string s, BigInteger n) when n >= 0 && s.Length * n <= MaxStrSize && (n < 2 || !CodePointString.IsSplitBoundary(s, s)):
                value = string.Concat(Enumerable.Repeat(s, (int)n)); return true;
            case (BinaryOperator.Mult, ConstTuple t, BigInteger n) when n >= 0 && t.Items.Length * n <= MaxCollectionSize:
                value = new ConstTuple(Enumerable.Range(0, (int)n).SelectMany(_ => t.Items).ToArray()); return true;
        }
        return false;
    }

    private static double? AsDouble(object? v) => v switch
    {
        double d => d,
        BigInteger i when BigInteger.Abs(i) < (BigInteger.One << 53) => (double)i,
        _ => null,
    };

    private static Complex? AsComplex(object? v) => v switch
    {
        Complex c => c,
        _ => AsDouble(v) is { } d ? new Complex(d, 0) : null,
    };

    private static long Bits(BigInteger value) => value.IsZero ? 0 : (long)BigInteger.Abs(value).GetBitLength();

    private static BigInteger FloorDiv(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var r);
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0)) q -= 1;
        return q;
    }
}
