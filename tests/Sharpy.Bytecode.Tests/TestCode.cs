using System.Numerics;
using Sharpy.Bytecode.Code;

namespace Sharpy.Bytecode.Tests;

/// <summary>Small hand-built code objects (the tests must not depend on the compiler).</summary>
internal static class TestCode
{
    public static CodeObject Make(string name = "<module>", object?[]? consts = null, string filename = "/src/m.py",
        byte[]? code = null) => new()
    {
        ArgCount = 0,
        PosOnlyArgCount = 0,
        KwOnlyArgCount = 0,
        StackSize = 2,
        Flags = CodeFlags.None,
        FirstLineNo = 1,
        Code = code ?? [100, 0, 83, 0],
        Consts = consts ?? [null],
        Names = ["print", "x"],
        VarNames = [],
        CellVars = [],
        FreeVars = [],
        Filename = filename,
        Name = name,
        QualName = name,
        LineTable = [1, 2, 3],
        ExceptionTable = [],
    };

    /// <summary>A module with every constant kind, a nested function and repeated strings.</summary>
    public static CodeObject Rich(string filename = "/src/m.py")
    {
        var inner = new CodeObject
        {
            ArgCount = 2, PosOnlyArgCount = 1, KwOnlyArgCount = 1, StackSize = 7,
            Flags = CodeFlags.Optimized | CodeFlags.NewLocals | CodeFlags.Generator,
            FirstLineNo = 3, Code = [124, 0, 124, 1, 23, 0, 83, 0],
            Consts = ["doc", "x", BigInteger.One],
            Names = [], VarNames = ["a", "b", "x"], CellVars = ["b"], FreeVars = ["outer"],
            Filename = filename, Name = "f", QualName = "C.f", LineTable = [0, 1], ExceptionTable = [9, 9],
        };
        object?[] consts =
        [
            null, true, false, BigInteger.Zero, new BigInteger(-1), new BigInteger(int.MaxValue),
            new BigInteger(int.MinValue), new BigInteger(int.MaxValue) + 1, new BigInteger(int.MinValue) - 1,
            BigInteger.Pow(10, 100), -BigInteger.Pow(2, 64), 1.5, -0.0, double.NaN, double.PositiveInfinity,
            new Complex(1, -2), "", "x", "héllo", "😀", "\ud800", "\udc00\ud800", "a\0b", new string('z', 300),
            new string('é', 300), Array.Empty<byte>(), new byte[] { 0, 255, 10 }, ConstEllipsis.Instance,
            new ConstTuple([]), new ConstTuple([BigInteger.One, "x", new ConstTuple(["x"])]),
            new ConstTuple(Enumerable.Range(0, 300).Select(i => (object?)new BigInteger(i)).ToArray()),
            new ConstFrozenSet(["b", "a"]), inner, "x",
        ];
        return Make(consts: consts, filename: filename);
    }
}
