using System.Numerics;
using Sharpy.Bytecode.Code;
using Sharpy.Bytecode.Opcodes;
using Sharpy.Compiler.Flow;
using Sharpy.Compiler.Symbols;
using Sharpy.Syntax.Ast;

namespace Sharpy.Compiler.CodeGen;

internal sealed partial class CodeGenerator
{
    private const int StackUseGuideline = 30;

    private void VisitExpr(ExprNode e)
    {
        Deeper();
        var saved = unit.Location;
        try
        {
            SetLocation(e);
            VisitExprCore(e);
        }
        finally
        {
            unit.Location = saved;
            nesting--;
        }
    }

    private void VisitExprCore(ExprNode e)
    {
        if (ConstantFolder.TryFold(e, optimize, out var folded))
        {
            LoadConst(folded);
            return;
        }
        switch (e)
        {
            case NamedExpr n:
                VisitExpr(n.Value);
                Emit(Opcode.COPY, 1);
                VisitExpr(n.Target);
                break;
            case BoolOp b:
            {
                var end = NewBlock();
                var jump = b.Op == BoolOperator.Or ? Opcode.JUMP_IF_TRUE_OR_POP : Opcode.JUMP_IF_FALSE_OR_POP;
                for (int i = 0; i < b.Values.Count - 1; i++)
                {
                    VisitExpr(b.Values[i]);
                    EmitJump(jump, end);
                }
                VisitExpr(b.Values[^1]);
                UseNextBlock(end);
                break;
            }
            case BinOp b:
                VisitExpr(b.Left);
                VisitExpr(b.Right);
                Emit(Opcode.BINARY_OP, BinaryOpArg(b.Op));
                break;
            case UnaryOp u:
                VisitExpr(u.Operand);
                Emit(u.Op switch
                {
                    UnaryOperator.Invert => Opcode.UNARY_INVERT,
                    UnaryOperator.Not => Opcode.UNARY_NOT,
                    UnaryOperator.UAdd => Opcode.UNARY_POSITIVE,
                    _ => Opcode.UNARY_NEGATIVE,
                });
                break;
            case Lambda l: CompileLambda(l); break;
            case IfExp i:
            {
                var end = NewBlock();
                var next = NewBlock();
                JumpIf(i.Test, next, false);
                VisitExpr(i.Body);
                unit.Current.Instructions.Add(new Instruction(PseudoOp.Jump, 0, end, NoLocation));
                UseNextBlock(next);
                VisitExpr(i.Orelse);
                UseNextBlock(end);
                break;
            }
            case Dict d: CompileDict(d); break;
            case Set s: StarUnpack(s.Elts, 0, Opcode.BUILD_SET, Opcode.SET_ADD, Opcode.SET_UPDATE, tuple: false); break;
            case GeneratorExp g: CompileComprehension(g, "<genexpr>", g.Generators, g.Elt, null, ComprehensionKind.Generator); break;
            case ListComp l: CompileComprehension(l, "<listcomp>", l.Generators, l.Elt, null, ComprehensionKind.List); break;
            case SetComp s: CompileComprehension(s, "<setcomp>", s.Generators, s.Elt, null, ComprehensionKind.Set); break;
            case DictComp d: CompileComprehension(d, "<dictcomp>", d.Generators, d.Key, d.Value, ComprehensionKind.Dict); break;
            case Yield y:
                if (unit.Ste.Type != BlockType.Function) throw Error("'yield' outside function");
                if (y.Value is not null) VisitExpr(y.Value);
                else LoadConst(null);
                if (unit.Ste.IsCoroutine) Emit(Opcode.ASYNC_GEN_WRAP);
                Emit(Opcode.YIELD_VALUE);
                break;
            case YieldFrom y:
                if (unit.Ste.Type != BlockType.Function) throw Error("'yield' outside function");
                if (unit.Kind == UnitKind.AsyncFunction) throw Error("'yield from' inside async function");
                VisitExpr(y.Value);
                Emit(Opcode.GET_YIELD_FROM_ITER);
                LoadConst(null);
                AddYieldFrom(isAwait: false);
                break;
            case Await a:
                if (!(allowTopLevelAwait && unit.Kind == UnitKind.Module))
                {
                    if (unit.Ste.Type != BlockType.Function) throw Error("'await' outside function");
                    if (unit.Kind is not (UnitKind.AsyncFunction or UnitKind.Comprehension))
                        throw Error("'await' outside async function");
                }
                VisitExpr(a.Value);
                Emit(Opcode.GET_AWAITABLE, 0);
                LoadConst(null);
                AddYieldFrom(isAwait: true);
                break;
            case Compare c: CheckCompare(c); CompileCompare(c); break;
            case Call c: CheckCaller(c.Func); CompileCall(c); break;
            case FormattedValue f: CompileFormattedValue(f); break;
            case JoinedStr j: CompileJoinedStr(j); break;
            case Constant c: LoadConst(ConstantValue(c)); break;
            case Attribute a:
                VisitExpr(a.Value);
                UpdateStartLocationToMatchAttr(a);
                int attr = AddName(Mangle(a.Attr));
                switch (a.Ctx)
                {
                    case ExprContext.Load: Emit(Opcode.LOAD_ATTR, attr); break;
                    case ExprContext.Store:
                        if (a.Attr == "__debug__") throw Error("cannot assign to __debug__");
                        Emit(Opcode.STORE_ATTR, attr); break;
                    default: Emit(Opcode.DELETE_ATTR, attr); break;
                }
                break;
            case Subscript s:
                CheckSubscript(s);
                VisitExpr(s.Value);
                VisitExpr(s.Slice);
                SetLocation(s);
                Emit(s.Ctx switch
                {
                    ExprContext.Load => Opcode.BINARY_SUBSCR,
                    ExprContext.Store => Opcode.STORE_SUBSCR,
                    _ => Opcode.DELETE_SUBSCR,
                });
                break;
            case Starred s:
                throw s.Ctx == ExprContext.Store
                    ? Error("starred assignment target must be in a list or tuple")
                    : Error("can't use starred expression here");
            case Name n: NameOp(n.Id, n.Ctx); break;
            case List l:
                if (l.Ctx == ExprContext.Store) AssignSequence(l.Elts);
                else if (l.Ctx == ExprContext.Load) StarUnpack(l.Elts, 0, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, tuple: false);
                else foreach (var x in l.Elts) VisitExpr(x);
                break;
            case Tuple t:
                if (t.Ctx == ExprContext.Store) AssignSequence(t.Elts);
                else if (t.Ctx == ExprContext.Load) StarUnpack(t.Elts, 0, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, tuple: true);
                else foreach (var x in t.Elts) VisitExpr(x);
                break;
            case Slice s:
                if (s.Lower is not null) VisitExpr(s.Lower); else LoadConst(null);
                if (s.Upper is not null) VisitExpr(s.Upper); else LoadConst(null);
                if (s.Step is not null) VisitExpr(s.Step);
                Emit(Opcode.BUILD_SLICE, s.Step is not null ? 3 : 2);
                break;
            default:
                throw Error($"unsupported expression {e.PythonName}");
        }
    }

    internal static object? ConstantValue(Constant c) => ConvertConstant(c.Value);

    internal static object? ConvertConstant(object? value) => value switch
    {
        EllipsisValue => ConstEllipsis.Instance,
        CodePointString cps => new ConstCodePointString(cps.Text, cps.Splits),
        int i => new BigInteger(i),
        long l => new BigInteger(l),
        _ => value,
    };

    // CPython 3.11: assignment_helper (unpacking targets)
    private void AssignSequence(List<ExprNode> elts)
    {
        int n = elts.Count;
        bool seenStar = false;
        for (int i = 0; i < n; i++)
        {
            if (elts[i] is not Starred) continue;
            if (seenStar) throw Error("multiple starred expressions in assignment");
            if (i >= (1 << 8) || n - i - 1 >= (int.MaxValue >> 8))
                throw Error("too many expressions in star-unpacking assignment");
            Emit(Opcode.UNPACK_EX, i + ((n - i - 1) << 8));
            seenStar = true;
        }
        if (!seenStar) Emit(Opcode.UNPACK_SEQUENCE, n);
        foreach (var elt in elts) VisitExpr(elt is Starred s ? s.Value : elt);
    }

    private static bool IsConstantItem(ExprNode e) => e is Constant;

    // CPython 3.11: starunpack_helper
    private void StarUnpack(List<ExprNode> elts, int pushed, Opcode build, Opcode add, Opcode extend, bool tuple)
    {
        int n = elts.Count;
        if (n > 2 && elts.All(IsConstantItem))
        {
            var items = elts.Select(x => ConstantValue((Constant)x)).ToArray();
            var folded = new ConstTuple(items);
            if (tuple && pushed == 0) LoadConst(folded);
            else
            {
                Emit(build, pushed);
                // A set display loads a frozenset built from the items in source order (PyFrozenSet_New of
                // the tuple), so the resulting set's iteration order is CPython's.
                LoadConst(build == Opcode.BUILD_SET ? new ConstFrozenSet(items) : folded);
                Emit(extend, 1);
                if (tuple) Emit(Opcode.LIST_TO_TUPLE);
            }
            return;
        }
        bool big = n + pushed > StackUseGuideline;
        bool seenStar = elts.Any(x => x is Starred);
        if (!seenStar && !big)
        {
            foreach (var x in elts) VisitExpr(x);
            Emit(tuple ? Opcode.BUILD_TUPLE : build, n + pushed);
            return;
        }
        bool built = false;
        if (big) { Emit(build, pushed); built = true; }
        for (int i = 0; i < n; i++)
        {
            if (elts[i] is Starred s)
            {
                if (!built) { Emit(build, i + pushed); built = true; }
                VisitExpr(s.Value);
                Emit(extend, 1);
            }
            else
            {
                VisitExpr(elts[i]);
                if (built) Emit(add, 1);
            }
        }
        if (tuple) Emit(Opcode.LIST_TO_TUPLE);
    }

    // CPython 3.11: compiler_dict / compiler_subdict
    private void CompileDict(Dict d)
    {
        int n = d.Values.Count;
        bool haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++)
        {
            if (d.Keys[i] is null)
            {
                if (elements > 0)
                {
                    SubDict(d, i - elements, i);
                    if (haveDict) Emit(Opcode.DICT_UPDATE, 1);
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) { Emit(Opcode.BUILD_MAP, 0); haveDict = true; }
                VisitExpr(d.Values[i]);
                Emit(Opcode.DICT_UPDATE, 1);
            }
            else if (elements * 2 > StackUseGuideline)
            {
                SubDict(d, i - elements, i + 1);
                if (haveDict) Emit(Opcode.DICT_UPDATE, 1);
                haveDict = true;
                elements = 0;
            }
            else elements++;
        }
        if (elements > 0)
        {
            SubDict(d, n - elements, n);
            if (haveDict) Emit(Opcode.DICT_UPDATE, 1);
            haveDict = true;
        }
        if (!haveDict) Emit(Opcode.BUILD_MAP, 0);
    }

    private void SubDict(Dict d, int begin, int end)
    {
        int n = end - begin;
        bool big = n * 2 > StackUseGuideline;
        if (n > 1 && Enumerable.Range(begin, n).All(i => d.Keys[i] is Constant))
        {
            for (int i = begin; i < end; i++) VisitExpr(d.Values[i]);
            LoadConst(new ConstTuple(Enumerable.Range(begin, n).Select(i => ConstantValue((Constant)d.Keys[i]!)).ToArray()));
            Emit(Opcode.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) Emit(Opcode.BUILD_MAP, 0);
        for (int i = begin; i < end; i++)
        {
            VisitExpr(d.Keys[i]!);
            VisitExpr(d.Values[i]);
            if (big) Emit(Opcode.MAP_ADD, 1);
        }
        if (!big) Emit(Opcode.BUILD_MAP, n);
    }

    private void EmitCompare(CompareOperator op)
    {
        switch (op)
        {
            case CompareOperator.Is: Emit(Opcode.IS_OP, 0); break;
            case CompareOperator.IsNot: Emit(Opcode.IS_OP, 1); break;
            case CompareOperator.In: Emit(Opcode.CONTAINS_OP, 0); break;
            case CompareOperator.NotIn: Emit(Opcode.CONTAINS_OP, 1); break;
            default:
                Emit(Opcode.COMPARE_OP, op switch
                {
                    CompareOperator.Lt => 0,
                    CompareOperator.LtE => 1,
                    CompareOperator.Eq => 2,
                    CompareOperator.NotEq => 3,
                    CompareOperator.Gt => 4,
                    _ => 5,
                });
                break;
        }
    }

    private void CompileCompare(Compare c)
    {
        int n = c.Ops.Count - 1;
        VisitExpr(c.Left);
        if (n == 0)
        {
            VisitExpr(c.Comparators[0]);
            EmitCompare(c.Ops[0]);
            return;
        }
        var cleanup = NewBlock();
        for (int i = 0; i < n; i++)
        {
            VisitExpr(c.Comparators[i]);
            Emit(Opcode.SWAP, 2);
            Emit(Opcode.COPY, 2);
            EmitCompare(c.Ops[i]);
            EmitJump(Opcode.JUMP_IF_FALSE_OR_POP, cleanup);
        }
        VisitExpr(c.Comparators[n]);
        EmitCompare(c.Ops[n]);
        var end = NewBlock();
        unit.Current.Instructions.Add(new Instruction(PseudoOp.Jump, 0, end, NoLocation));
        UseNextBlock(cleanup);
        Emit(Opcode.SWAP, 2);
        Emit(Opcode.POP_TOP);
        UseNextBlock(end);
    }

    // CPython 3.11: compiler_jump_if
    private void JumpIf(ExprNode e, BasicBlock next, bool cond)
    {
        Deeper();
        try { JumpIfCore(e, next, cond); }
        finally { nesting--; }
    }

    private void JumpIfCore(ExprNode e, BasicBlock next, bool cond)
    {
        if (ConstantFolder.TryFold(e, optimize, out var value) || e is Constant)
        {
            if (e is Constant c) value = ConstantValue(c);
            var saved = unit.Location;
            SetLocation(e);
            if (ConstantFolder.IsTruthy(value) == cond) EmitJump(PseudoOp.Jump, next);
            else Emit(Opcode.NOP);
            unit.Location = saved;
            return;
        }
        switch (e)
        {
            case UnaryOp { Op: UnaryOperator.Not } u:
                JumpIf(u.Operand, next, !cond);
                return;
            case BoolOp b:
            {
                bool cond2 = b.Op == BoolOperator.Or;
                var next2 = cond2 != cond ? NewBlock() : next;
                for (int i = 0; i < b.Values.Count - 1; i++) JumpIf(b.Values[i], next2, cond2);
                JumpIf(b.Values[^1], next, cond);
                if (next2 != next) UseNextBlock(next2);
                return;
            }
            case IfExp i:
            {
                var end = NewBlock();
                var next2 = NewBlock();
                JumpIf(i.Test, next2, false);
                JumpIf(i.Body, next, cond);
                unit.Current.Instructions.Add(new Instruction(PseudoOp.Jump, 0, end, NoLocation));
                UseNextBlock(next2);
                JumpIf(i.Orelse, next, cond);
                UseNextBlock(end);
                return;
            }
            case Compare c when c.Ops.Count > 1:
            {
                // CPython 3.11 sets the compare's location here and does not restore it: the jump and
                // what the caller emits next (an assert's raise, for one) carry the comparison's position.
                CheckCompare(c);
                SetLocation(c);
                int n = c.Ops.Count - 1;
                var cleanup = NewBlock();
                VisitExpr(c.Left);
                for (int i = 0; i < n; i++)
                {
                    VisitExpr(c.Comparators[i]);
                    Emit(Opcode.SWAP, 2);
                    Emit(Opcode.COPY, 2);
                    EmitCompare(c.Ops[i]);
                    EmitJump(PseudoOp.PopJumpIfFalse, cleanup);
                }
                VisitExpr(c.Comparators[n]);
                EmitCompare(c.Ops[n]);
                EmitJump(cond ? PseudoOp.PopJumpIfTrue : PseudoOp.PopJumpIfFalse, next);
                var end = NewBlock();
                unit.Current.Instructions.Add(new Instruction(PseudoOp.Jump, 0, end, NoLocation));
                UseNextBlock(cleanup);
                Emit(Opcode.POP_TOP);
                if (!cond) unit.Current.Instructions.Add(new Instruction(PseudoOp.Jump, 0, next, NoLocation));
                UseNextBlock(end);
                return;
            }
            case Compare c:
                SetLocation(c);
                break;
        }
        // General case: the jump takes the current location (the statement's, or a comparison's set above).
        VisitExpr(e);
        EmitJump(cond ? PseudoOp.PopJumpIfTrue : PseudoOp.PopJumpIfFalse, next);
    }
}
