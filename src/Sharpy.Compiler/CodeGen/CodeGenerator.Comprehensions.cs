using Sharpy.Bytecode.Opcodes;
using Sharpy.Compiler.Flow;
using Sharpy.Compiler.Symbols;
using Sharpy.Syntax.Ast;

namespace Sharpy.Compiler.CodeGen;

/// <summary>3.11 comprehensions: nested functions taking the outermost iterator as `.0`.</summary>
internal sealed partial class CodeGenerator
{
    // CPython 3.11: compiler_comprehension
    private void CompileComprehension(ExprNode e, string name, List<Comprehension> generators, ExprNode elt, ExprNode? value,
        ComprehensionKind kind)
    {
        var outerKind = unit.Kind;
        bool topLevelAwait = allowTopLevelAwait && unit.Kind == UnitKind.Module;
        var outermost = generators[0];
        string qualName = QualNameFor(name, UnitKind.Comprehension);
        EnterUnit(symbols.Lookup(e), UnitKind.Comprehension, name, qualName, e.Lineno, unit.PrivateName);
        SetLocation(e);
        bool isAsyncGenerator = unit.Ste.IsCoroutine;
        if (isAsyncGenerator && kind != ComprehensionKind.Generator && outerKind is not (UnitKind.AsyncFunction or UnitKind.Comprehension) && !topLevelAwait)
            throw Error("asynchronous comprehension outside of an asynchronous function");
        switch (kind)
        {
            case ComprehensionKind.List: Emit(Opcode.BUILD_LIST, 0); break;
            case ComprehensionKind.Set: Emit(Opcode.BUILD_SET, 0); break;
            case ComprehensionKind.Dict: Emit(Opcode.BUILD_MAP, 0); break;
        }
        unit.ArgCount = 1;
        ComprehensionGenerator(generators, 0, 0, elt, value, kind);
        if (kind != ComprehensionKind.Generator) Emit(Opcode.RETURN_VALUE);
        var code = ExitUnit(addReturnNone: kind == ComprehensionKind.Generator);

        SetLocation(e);
        MakeClosure(code, 0);
        VisitExpr(outermost.Iter);
        SetLocation(e);
        Emit(outermost.IsAsync != 0 ? Opcode.GET_AITER : Opcode.GET_ITER);
        Emit(Opcode.CALL, 0);
        if (isAsyncGenerator && kind != ComprehensionKind.Generator)
        {
            Emit(Opcode.GET_AWAITABLE, 0);
            LoadConst(null);
            AddYieldFrom(isAwait: true);
        }
    }

    private void ComprehensionGenerator(List<Comprehension> generators, int index, int depth, ExprNode elt, ExprNode? value,
        ComprehensionKind kind)
    {
        Deeper();
        try
        {
            if (generators[index].IsAsync != 0) AsyncComprehensionGenerator(generators, index, depth, elt, value, kind);
            else SyncComprehensionGenerator(generators, index, depth, elt, value, kind);
        }
        finally { nesting--; }
    }

    private void ComprehensionElement(int depth, ExprNode elt, ExprNode? value, ComprehensionKind kind)
    {
        switch (kind)
        {
            case ComprehensionKind.Generator:
                VisitExpr(elt);
                if (unit.Ste.IsCoroutine) Emit(Opcode.ASYNC_GEN_WRAP);
                Emit(Opcode.YIELD_VALUE);
                Emit(Opcode.POP_TOP);
                break;
            case ComprehensionKind.List:
                VisitExpr(elt);
                Emit(Opcode.LIST_APPEND, depth + 1);
                break;
            case ComprehensionKind.Set:
                VisitExpr(elt);
                Emit(Opcode.SET_ADD, depth + 1);
                break;
            case ComprehensionKind.Dict:
                VisitExpr(elt);
                VisitExpr(value!);
                Emit(Opcode.MAP_ADD, depth + 1);
                break;
        }
    }

    private void SyncComprehensionGenerator(List<Comprehension> generators, int index, int depth, ExprNode elt, ExprNode? value,
        ComprehensionKind kind)
    {
        BasicBlock? start = NewBlock();
        var ifCleanup = NewBlock();
        var anchor = NewBlock();
        var gen = generators[index];
        if (index == 0)
        {
            Emit(Opcode.LOAD_FAST, 0);
        }
        else
        {
            // The idiom `for y in [f(x)]` binds without iterating.
            var elts = gen.Iter switch { List l => l.Elts, Tuple t => t.Elts, _ => null };
            if (elts is { Count: 1 } && elts[0] is not Starred)
            {
                VisitExpr(elts[0]);
                start = null;
            }
            if (start is not null)
            {
                VisitExpr(gen.Iter);
                Emit(Opcode.GET_ITER);
            }
        }
        if (start is not null)
        {
            depth++;
            UseNextBlock(start);
            EmitJump(Opcode.FOR_ITER, anchor);
        }
        VisitExpr(gen.Target);
        foreach (var test in gen.Ifs) JumpIf(test, ifCleanup, false);
        if (index + 1 < generators.Count) ComprehensionGenerator(generators, index + 1, depth, elt, value, kind);
        else ComprehensionElement(depth, elt, value, kind);
        UseNextBlock(ifCleanup);
        if (start is not null)
        {
            EmitJump(PseudoOp.Jump, start);
            UseNextBlock(anchor);
        }
    }

    private void AsyncComprehensionGenerator(List<Comprehension> generators, int index, int depth, ExprNode elt, ExprNode? value,
        ComprehensionKind kind)
    {
        var start = NewBlock();
        var except = NewBlock();
        var ifCleanup = NewBlock();
        var gen = generators[index];
        if (index == 0) Emit(Opcode.LOAD_FAST, 0);
        else
        {
            VisitExpr(gen.Iter);
            Emit(Opcode.GET_AITER);
        }
        UseNextBlock(start);
        PushFrameBlock(FrameBlockKind.AsyncComprehensionGenerator, start, null, null);
        EmitJump(PseudoOp.SetupFinally, except);
        Emit(Opcode.GET_ANEXT);
        LoadConst(null);
        AddYieldFrom(isAwait: true);
        EmitPseudo(PseudoOp.PopBlock);
        VisitExpr(gen.Target);
        foreach (var test in gen.Ifs) JumpIf(test, ifCleanup, false);
        depth++;
        if (index + 1 < generators.Count) ComprehensionGenerator(generators, index + 1, depth, elt, value, kind);
        else ComprehensionElement(depth, elt, value, kind);
        UseNextBlock(ifCleanup);
        EmitJump(PseudoOp.Jump, start);
        PopFrameBlock();
        UseNextBlock(except);
        Emit(Opcode.END_ASYNC_FOR);
    }
}
