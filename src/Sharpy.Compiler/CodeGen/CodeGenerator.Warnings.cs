using Sharpy.Bytecode.Code;
using Sharpy.Compiler.Flow;
using Sharpy.Syntax.Ast;

namespace Sharpy.Compiler.CodeGen;

/// <summary>Compile-time SyntaxWarnings. CPython 3.11: compile.c compiler_warn, check_compare, check_caller, ...</summary>
internal sealed partial class CodeGenerator
{
    internal Func<CompilerWarning, bool>? warn;

    private void Warn(string message)
    {
        if (warn is null) return;
        var location = unit.Location;
        if (warn(new CompilerWarning(message, filename, location.Line, location.Column)))
            throw Error(message);
    }

    // CPython 3.11: infer_type (only literal kinds have a known type)
    private string? InferTypeName(ExprNode e)
    {
        switch (e)
        {
            case Tuple: return "tuple";
            case List or ListComp: return "list";
            case Dict or DictComp: return "dict";
            case Set or SetComp: return "set";
            case GeneratorExp: return "generator";
            case Lambda: return "function";
            case JoinedStr or FormattedValue: return "str";
            case Constant c:
                return ConvertConstant(c.Value) switch
                {
                    null => "NoneType",
                    bool => "bool",
                    System.Numerics.BigInteger => "int",
                    double => "float",
                    System.Numerics.Complex => "complex",
                    string => "str",
                    byte[] => "bytes",
                    ConstEllipsis => "ellipsis",
                    ConstTuple => "tuple",
                    ConstFrozenSet => "frozenset",
                    _ => null,
                };
            default: return null;
        }
    }

    private bool IsIsArgument(ExprNode e)
    {
        if (e is not Constant && !(e is Tuple && ConstantFolder.TryFold(e, optimize, out _))) return true;
        ConstantFolder.TryFold(e, optimize, out var value);
        return value is null or bool or ConstEllipsis;
    }

    private void CheckCompare(Compare c)
    {
        if (warn is null) return;
        bool left = IsIsArgument(c.Left);
        for (int i = 0; i < c.Ops.Count; i++)
        {
            bool right = IsIsArgument(c.Comparators[i]);
            if (c.Ops[i] is CompareOperator.Is or CompareOperator.IsNot && (!left || !right))
            {
                Warn(c.Ops[i] == CompareOperator.Is
                    ? "\"is\" with a literal. Did you mean \"==\"?"
                    : "\"is not\" with a literal. Did you mean \"!=\"?");
                return;
            }
            left = right;
        }
    }

    private void CheckCaller(ExprNode func)
    {
        if (warn is null) return;
        if (func is Constant or Tuple or List or ListComp or Dict or DictComp or Set or SetComp or GeneratorExp or JoinedStr or FormattedValue)
            Warn($"'{InferTypeName(func)}' object is not callable; perhaps you missed a comma?");
    }

    private void CheckSubscript(Subscript s)
    {
        if (warn is null || s.Ctx != ExprContext.Load) return;
        var value = s.Value;
        bool subscripterWarns = value switch
        {
            Constant c => ConvertConstant(c.Value) is null or ConstEllipsis or System.Numerics.BigInteger or double
                or System.Numerics.Complex or bool or ConstFrozenSet,
            Set or SetComp or GeneratorExp or Lambda => true,
            _ => false,
        };
        if (subscripterWarns)
        {
            Warn($"'{InferTypeName(value)}' object is not subscriptable; perhaps you missed a comma?");
            return;
        }
        string? indexType = s.Slice is Slice ? "slice" : InferTypeName(s.Slice);
        if (indexType is null or "int" or "bool" or "slice") return;
        bool sequence = value switch
        {
            Constant c => c.Value is string or byte[],
            Tuple or List or ListComp or JoinedStr or FormattedValue => true,
            _ => false,
        };
        if (sequence)
            Warn($"{InferTypeName(value)} indices must be integers or slices, not {indexType}; perhaps you missed a comma?");
    }
}
