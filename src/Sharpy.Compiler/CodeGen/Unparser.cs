using System.Text;
using Sharpy.Bytecode.Disassembly;
using Sharpy.Syntax.Ast;

namespace Sharpy.Compiler.CodeGen;

/// <summary>
/// Expression → source text for `from __future__ import annotations`. CPython 3.11: Python/ast_unparse.c.
/// </summary>
internal static class Unparser
{
    private const int PrTuple = 0, PrTest = 1, PrOr = 2, PrAnd = 3, PrNot = 4, PrCmp = 5, PrBor = 6, PrBxor = 7,
        PrBand = 8, PrShift = 9, PrArith = 10, PrTerm = 11, PrFactor = 12, PrPower = 13, PrAwait = 14, PrAtom = 15;

    public static string Unparse(ExprNode e)
    {
        var sb = new StringBuilder();
        Append(sb, e, PrTest);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, ExprNode e, int level)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new CompilerRecursionException();
        switch (e)
        {
            case BoolOp b:
            {
                int pr = b.Op == BoolOperator.And ? PrAnd : PrOr;
                Paren(sb, level > pr, () =>
                {
                    for (int i = 0; i < b.Values.Count; i++)
                    {
                        if (i > 0) sb.Append(b.Op == BoolOperator.And ? " and " : " or ");
                        Append(sb, b.Values[i], pr + 1);
                    }
                });
                break;
            }
            case BinOp b:
            {
                var (op, pr) = b.Op switch
                {
                    BinaryOperator.Add => (" + ", PrArith), BinaryOperator.Sub => (" - ", PrArith),
                    BinaryOperator.Mult => (" * ", PrTerm), BinaryOperator.MatMult => (" @ ", PrTerm),
                    BinaryOperator.Div => (" / ", PrTerm), BinaryOperator.Mod => (" % ", PrTerm),
                    BinaryOperator.FloorDiv => (" // ", PrTerm), BinaryOperator.LShift => (" << ", PrShift),
                    BinaryOperator.RShift => (" >> ", PrShift), BinaryOperator.BitOr => (" | ", PrBor),
                    BinaryOperator.BitXor => (" ^ ", PrBxor), BinaryOperator.BitAnd => (" & ", PrBand),
                    _ => (" ** ", PrPower),
                };
                bool rightAssoc = b.Op == BinaryOperator.Pow;
                Paren(sb, level > pr, () =>
                {
                    Append(sb, b.Left, rightAssoc ? pr + 1 : pr);
                    sb.Append(op);
                    Append(sb, b.Right, rightAssoc ? pr : pr + 1);
                });
                break;
            }
            case UnaryOp u:
            {
                var (op, pr) = u.Op switch
                {
                    UnaryOperator.Not => ("not ", PrNot), UnaryOperator.Invert => ("~", PrFactor),
                    UnaryOperator.UAdd => ("+", PrFactor), _ => ("-", PrFactor),
                };
                Paren(sb, level > pr, () => { sb.Append(op); Append(sb, u.Operand, pr); });
                break;
            }
            case Lambda l:
                Paren(sb, level > PrTest, () =>
                {
                    sb.Append("lambda");
                    var args = new StringBuilder();
                    AppendArguments(args, l.Args);
                    if (args.Length > 0) sb.Append(' ').Append(args);
                    sb.Append(": ");
                    Append(sb, l.Body, PrTest);
                });
                break;
            case IfExp i:
                Paren(sb, level > PrTest, () =>
                {
                    Append(sb, i.Body, PrTest + 1);
                    sb.Append(" if ");
                    Append(sb, i.Test, PrTest + 1);
                    sb.Append(" else ");
                    Append(sb, i.Orelse, PrTest);
                });
                break;
            case Dict d:
                sb.Append('{');
                for (int i = 0; i < d.Values.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    if (d.Keys[i] is { } key) { Append(sb, key, PrTest); sb.Append(": "); Append(sb, d.Values[i], PrTest); }
                    else { sb.Append("**"); Append(sb, d.Values[i], PrBor); }
                }
                sb.Append('}');
                break;
            case Set s:
                if (s.Elts.Count == 0) { sb.Append("{*()}"); break; }
                sb.Append('{'); Items(sb, s.Elts); sb.Append('}');
                break;
            case ListComp c: sb.Append('['); Append(sb, c.Elt, PrTest); Generators(sb, c.Generators); sb.Append(']'); break;
            case SetComp c: sb.Append('{'); Append(sb, c.Elt, PrTest); Generators(sb, c.Generators); sb.Append('}'); break;
            case GeneratorExp c: sb.Append('('); Append(sb, c.Elt, PrTest); Generators(sb, c.Generators); sb.Append(')'); break;
            case DictComp c:
                sb.Append('{'); Append(sb, c.Key, PrTest); sb.Append(": "); Append(sb, c.Value, PrTest);
                Generators(sb, c.Generators); sb.Append('}');
                break;
            case Await a: Paren(sb, level > PrAwait, () => { sb.Append("await "); Append(sb, a.Value, PrAtom); }); break;
            case Yield y:
                sb.Append("(yield");
                if (y.Value is not null) { sb.Append(' '); Append(sb, y.Value, PrTest); }
                sb.Append(')');
                break;
            case YieldFrom y: sb.Append("(yield from "); Append(sb, y.Value, PrTest); sb.Append(')'); break;
            case Compare c:
                Paren(sb, level > PrCmp, () =>
                {
                    Append(sb, c.Left, PrCmp + 1);
                    for (int i = 0; i < c.Ops.Count; i++)
                    {
                        sb.Append(c.Ops[i] switch
                        {
                            CompareOperator.Eq => " == ", CompareOperator.NotEq => " != ", CompareOperator.Lt => " < ",
                            CompareOperator.LtE => " <= ", CompareOperator.Gt => " > ", CompareOperator.GtE => " >= ",
                            CompareOperator.Is => " is ", CompareOperator.IsNot => " is not ", CompareOperator.In => " in ",
                            _ => " not in ",
                        });
                        Append(sb, c.Comparators[i], PrCmp + 1);
                    }
                });
                break;
            case Call c:
                Append(sb, c.Func, PrAtom);
                if (c.Args.Count == 1 && c.Keywords.Count == 0 && c.Args[0] is GeneratorExp g)
                {
                    Append(sb, g, PrTest);
                    break;
                }
                sb.Append('(');
                bool first = true;
                foreach (var a in c.Args) { if (!first) sb.Append(", "); first = false; Append(sb, a, PrTest); }
                foreach (var k in c.Keywords)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    if (k.Arg is null) sb.Append("**"); else sb.Append(k.Arg).Append('=');
                    Append(sb, k.Value, PrTest);
                }
                sb.Append(')');
                break;
            case Constant c: AppendConstant(sb, c.Value); break;
            case JoinedStr or FormattedValue:
                sb.Append('f').Append(ConstantRepr.StrRepr(FString(e)));
                break;
            case Attribute a:
                Append(sb, a.Value, PrAtom);
                if (a.Value is Constant { Value: System.Numerics.BigInteger }) sb.Append(' ');
                sb.Append('.').Append(a.Attr);
                break;
            case Subscript s:
                Append(sb, s.Value, PrAtom);
                sb.Append('[');
                if (s.Slice is Tuple { Elts.Count: > 0 } sliceTuple) Items(sb, sliceTuple.Elts, trailingForSingle: true);
                else Append(sb, s.Slice, PrTuple);
                sb.Append(']');
                break;
            case Starred s: sb.Append('*'); Append(sb, s.Value, PrBor); break;
            case Name n: sb.Append(n.Id); break;
            case List l: sb.Append('['); Items(sb, l.Elts); sb.Append(']'); break;
            case Tuple t:
                if (t.Elts.Count == 0) { sb.Append("()"); break; }
                Paren(sb, level > PrTuple, () => Items(sb, t.Elts, trailingForSingle: true));
                break;
            case Slice s:
                if (s.Lower is not null) Append(sb, s.Lower, PrTest);
                sb.Append(':');
                if (s.Upper is not null) Append(sb, s.Upper, PrTest);
                if (s.Step is not null) { sb.Append(':'); Append(sb, s.Step, PrTest); }
                break;
            case NamedExpr n:
                Paren(sb, level > PrTuple, () => { Append(sb, n.Target, PrAtom); sb.Append(" := "); Append(sb, n.Value, PrAtom); });
                break;
        }
    }

    private static string FString(ExprNode e)
    {
        var sb = new StringBuilder();
        void Part(ExprNode part)
        {
            switch (part)
            {
                case Constant { Value: string s }: sb.Append(s.Replace("{", "{{").Replace("}", "}}")); break;
                case JoinedStr j: foreach (var v in j.Values) Part(v); break;
                case FormattedValue f:
                    var inner = new StringBuilder();
                    Append(inner, f.Value, PrTest + 1);
                    string text = inner.ToString();
                    sb.Append('{');
                    if (text.StartsWith('{')) sb.Append(' ');
                    sb.Append(text);
                    if (f.Conversion > 0) sb.Append('!').Append((char)f.Conversion);
                    if (f.FormatSpec is not null) { sb.Append(':'); Part(f.FormatSpec); }
                    sb.Append('}');
                    break;
            }
        }
        Part(e);
        return sb.ToString();
    }

    private static void AppendConstant(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case EllipsisValue: sb.Append("..."); break;
            case CodePointString split: sb.Append(Sharpy.Syntax.PyRepr.Repr(split)); break; // lone surrogates kept apart
            case double d when double.IsInfinity(d): sb.Append(d > 0 ? "1e309" : "-1e309"); break;
            case System.Numerics.Complex c when double.IsInfinity(c.Imaginary) && c.Real == 0: sb.Append("1e309j"); break;
            default: sb.Append(ConstantRepr.Repr(value)); break;
        }
    }

    private static void Items(StringBuilder sb, List<ExprNode> items, bool trailingForSingle = false)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            Append(sb, items[i], PrTest);
        }
        if (trailingForSingle && items.Count == 1) sb.Append(',');
    }

    private static void Generators(StringBuilder sb, List<Comprehension> generators)
    {
        foreach (var g in generators)
        {
            sb.Append(g.IsAsync != 0 ? " async for " : " for ");
            Append(sb, g.Target, PrTuple);
            sb.Append(" in ");
            Append(sb, g.Iter, PrTest + 1);
            foreach (var test in g.Ifs) { sb.Append(" if "); Append(sb, test, PrTest + 1); }
        }
    }

    private static void AppendArguments(StringBuilder sb, Arguments a)
    {
        bool first = true;
        void Sep() { if (!first) sb.Append(", "); first = false; }
        var positional = a.Posonlyargs.Concat(a.Args).ToList();
        int defaultOffset = positional.Count - a.Defaults.Count;
        for (int i = 0; i < positional.Count; i++)
        {
            Sep();
            sb.Append(positional[i].ArgName);
            if (i >= defaultOffset) { sb.Append('='); Append(sb, a.Defaults[i - defaultOffset], PrTest); }
            if (a.Posonlyargs.Count > 0 && i == a.Posonlyargs.Count - 1) { Sep(); sb.Append('/'); }
        }
        if (a.Vararg is not null || a.Kwonlyargs.Count > 0)
        {
            Sep();
            sb.Append('*');
            if (a.Vararg is not null) sb.Append(a.Vararg.ArgName);
        }
        for (int i = 0; i < a.Kwonlyargs.Count; i++)
        {
            Sep();
            sb.Append(a.Kwonlyargs[i].ArgName);
            if (i < a.KwDefaults.Count && a.KwDefaults[i] is { } d) { sb.Append('='); Append(sb, d, PrTest); }
        }
        if (a.Kwarg is not null) { Sep(); sb.Append("**").Append(a.Kwarg.ArgName); }
    }

    private static void Paren(StringBuilder sb, bool needed, Action body)
    {
        if (needed) sb.Append('(');
        body();
        if (needed) sb.Append(')');
    }
}
