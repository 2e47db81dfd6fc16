using Sharpy.Bytecode.Opcodes;
using Sharpy.Compiler.Flow;
using Sharpy.Syntax.Ast;

namespace Sharpy.Compiler.CodeGen;

/// <summary>try/except/except*/finally, with, and the unwinding done by break/continue/return.</summary>
internal sealed partial class CodeGenerator
{
    private const int MaxFrameBlocks = 20; // CPython's CO_MAXBLOCKS

    private void PushFrameBlock(FrameBlockKind kind, BasicBlock? block, BasicBlock? exit, object? datum)
    {
        if (unit.FrameBlocks.Count >= MaxFrameBlocks) throw Error("too many statically nested blocks");
        unit.FrameBlocks.Add(new FrameBlock(kind, block, exit, datum));
    }

    private void PopFrameBlock() => unit.FrameBlocks.RemoveAt(unit.FrameBlocks.Count - 1);

    // CPython 3.11: compiler_unwind_fblock
    private void UnwindFrameBlock(FrameBlock info, bool preserveTos)
    {
        switch (info.Kind)
        {
            case FrameBlockKind.WhileLoop or FrameBlockKind.ExceptionHandler or FrameBlockKind.ExceptionGroupHandler
                or FrameBlockKind.AsyncComprehensionGenerator:
                return;
            case FrameBlockKind.ForLoop:
                if (preserveTos) Emit(Opcode.SWAP, 2);
                Emit(Opcode.POP_ITER);
                return;
            case FrameBlockKind.TryExcept:
                EmitPseudo(PseudoOp.PopBlock);
                return;
            case FrameBlockKind.FinallyTry:
                EmitPseudo(PseudoOp.PopBlock);
                if (preserveTos) PushFrameBlock(FrameBlockKind.PopValue, null, null, null);
                VisitStatements((List<StmtNode>)info.Datum!);
                if (preserveTos) PopFrameBlock();
                UnsetLocation();
                return;
            case FrameBlockKind.FinallyEnd:
                if (preserveTos) Emit(Opcode.SWAP, 2);
                Emit(Opcode.POP_TOP);
                if (preserveTos) Emit(Opcode.SWAP, 2);
                EmitPseudo(PseudoOp.PopBlock);
                Emit(Opcode.POP_EXCEPT);
                return;
            case FrameBlockKind.With or FrameBlockKind.AsyncWith:
                SetLocation((Node)info.Datum!);
                EmitPseudo(PseudoOp.PopBlock);
                if (preserveTos) Emit(Opcode.SWAP, 2);
                CallExitWithNones();
                if (info.Kind == FrameBlockKind.AsyncWith)
                {
                    Emit(Opcode.GET_AWAITABLE, 2);
                    LoadConst(null);
                    AddYieldFrom(isAwait: true);
                }
                Emit(Opcode.POP_TOP);
                UnsetLocation();
                return;
            case FrameBlockKind.HandlerCleanup:
                if (info.Datum is not null) EmitPseudo(PseudoOp.PopBlock);
                if (preserveTos) Emit(Opcode.SWAP, 2);
                EmitPseudo(PseudoOp.PopBlock);
                Emit(Opcode.POP_EXCEPT);
                if (info.Datum is string name)
                {
                    LoadConst(null);
                    NameOp(name, ExprContext.Store);
                    NameOp(name, ExprContext.Del);
                }
                return;
            case FrameBlockKind.PopValue:
                if (preserveTos) Emit(Opcode.SWAP, 2);
                Emit(Opcode.POP_TOP);
                return;
        }
    }

    // CPython 3.11: compiler_unwind_fblock_stack
    private void UnwindFrameBlockStack(bool preserveTos, out FrameBlock? loop, bool stopAtLoop)
    {
        loop = null;
        if (unit.FrameBlocks.Count == 0) return;
        var top = unit.FrameBlocks[^1];
        if (top.Kind == FrameBlockKind.ExceptionGroupHandler)
            throw Error("'break', 'continue' and 'return' cannot appear in an except* block");
        if (stopAtLoop && top.Kind is FrameBlockKind.WhileLoop or FrameBlockKind.ForLoop)
        {
            loop = top;
            return;
        }
        unit.FrameBlocks.RemoveAt(unit.FrameBlocks.Count - 1);
        try
        {
            UnwindFrameBlock(top, preserveTos);
            UnwindFrameBlockStack(preserveTos, out loop, stopAtLoop);
        }
        finally { unit.FrameBlocks.Add(top); }
    }

    private void CallExitWithNones()
    {
        LoadConst(null);
        LoadConst(null);
        LoadConst(null);
        Emit(Opcode.CALL, 2);
    }

    private void PopExceptAndReraise()
    {
        Emit(Opcode.COPY, 3);
        Emit(Opcode.POP_EXCEPT);
        Emit(Opcode.RERAISE, 1);
    }

    // CPython 3.11: compiler_try_finally
    private void CompileTryFinally(List<StmtNode> body, List<ExceptHandlerNode> handlers, List<StmtNode> orelse,
        List<StmtNode> finalbody, bool star)
    {
        var bodyBlock = NewBlock();
        var end = NewBlock();
        var exit = NewBlock();
        var cleanup = NewBlock();
        EmitJump(PseudoOp.SetupFinally, end);
        UseNextBlock(bodyBlock);
        PushFrameBlock(FrameBlockKind.FinallyTry, bodyBlock, end, finalbody);
        if (handlers.Count > 0)
        {
            if (star) CompileTryStarExcept(body, handlers, orelse);
            else CompileTryExcept(body, handlers, orelse);
        }
        else VisitStatements(body);
        unit.Current.Instructions.Add(new Instruction(PseudoOp.PopBlock, 0, null, NoLocation));
        PopFrameBlock();
        VisitStatements(finalbody);
        unit.Current.Instructions.Add(new Instruction(PseudoOp.Jump, 0, exit, NoLocation));

        UseNextBlock(end);
        UnsetLocation();
        EmitJump(PseudoOp.SetupCleanup, cleanup);
        Emit(Opcode.PUSH_EXC_INFO);
        PushFrameBlock(FrameBlockKind.FinallyEnd, end, null, null);
        VisitStatements(finalbody);
        PopFrameBlock();
        UnsetLocation();
        Emit(Opcode.RERAISE, 0);
        UseNextBlock(cleanup);
        PopExceptAndReraise();
        UseNextBlock(exit);
    }

    // CPython 3.11: compiler_try_except
    private void CompileTryExcept(List<StmtNode> body, List<ExceptHandlerNode> handlers, List<StmtNode> orelse)
    {
        var bodyBlock = NewBlock();
        var except = NewBlock();
        var end = NewBlock();
        var cleanup = NewBlock();
        EmitJump(PseudoOp.SetupFinally, except);
        UseNextBlock(bodyBlock);
        PushFrameBlock(FrameBlockKind.TryExcept, bodyBlock, null, null);
        VisitStatements(body);
        PopFrameBlock();
        unit.Current.Instructions.Add(new Instruction(PseudoOp.PopBlock, 0, null, NoLocation));
        VisitStatements(orelse);
        unit.Current.Instructions.Add(new Instruction(PseudoOp.Jump, 0, end, NoLocation));

        UseNextBlock(except);
        UnsetLocation();
        EmitJump(PseudoOp.SetupCleanup, cleanup);
        Emit(Opcode.PUSH_EXC_INFO);
        PushFrameBlock(FrameBlockKind.ExceptionHandler, null, null, null);
        for (int i = 0; i < handlers.Count; i++)
        {
            var handler = (ExceptHandler)handlers[i];
            SetLocation(handler);
            if (handler.Type is null && i < handlers.Count - 1) throw Error("default 'except:' must be last");
            var next = NewBlock();
            if (handler.Type is not null)
            {
                VisitExpr(handler.Type);
                Emit(Opcode.CHECK_EXC_MATCH);
                EmitJump(PseudoOp.PopJumpIfFalse, next);
            }
            if (handler.Name is not null)
            {
                var cleanupEnd = NewBlock();
                var cleanupBody = NewBlock();
                NameOp(handler.Name, ExprContext.Store);
                EmitJump(PseudoOp.SetupCleanup, cleanupEnd);
                UseNextBlock(cleanupBody);
                PushFrameBlock(FrameBlockKind.HandlerCleanup, cleanupBody, null, handler.Name);
                VisitStatements(handler.Body);
                PopFrameBlock();
                UnsetLocation();
                EmitPseudo(PseudoOp.PopBlock);
                EmitPseudo(PseudoOp.PopBlock);
                Emit(Opcode.POP_EXCEPT);
                LoadConst(null);
                NameOp(handler.Name, ExprContext.Store);
                NameOp(handler.Name, ExprContext.Del);
                EmitJump(PseudoOp.Jump, end);

                UseNextBlock(cleanupEnd);
                UnsetLocation();
                LoadConst(null);
                NameOp(handler.Name, ExprContext.Store);
                NameOp(handler.Name, ExprContext.Del);
                Emit(Opcode.RERAISE, 1);
            }
            else
            {
                var cleanupBody = NewBlock();
                Emit(Opcode.POP_TOP);
                UseNextBlock(cleanupBody);
                PushFrameBlock(FrameBlockKind.HandlerCleanup, cleanupBody, null, null);
                VisitStatements(handler.Body);
                PopFrameBlock();
                UnsetLocation();
                EmitPseudo(PseudoOp.PopBlock);
                Emit(Opcode.POP_EXCEPT);
                EmitJump(PseudoOp.Jump, end);
            }
            UseNextBlock(next);
        }
        UnsetLocation();
        PopFrameBlock();
        Emit(Opcode.RERAISE, 0);
        UseNextBlock(cleanup);
        PopExceptAndReraise();
        UseNextBlock(end);
    }

    // CPython 3.11: compiler_try_star_except
    private void CompileTryStarExcept(List<StmtNode> body, List<ExceptHandlerNode> handlers, List<StmtNode> orelse)
    {
        var bodyBlock = NewBlock();
        var except = NewBlock();
        var orelseBlock = NewBlock();
        var end = NewBlock();
        var cleanup = NewBlock();
        var reraiseStar = NewBlock();

        EmitJump(PseudoOp.SetupFinally, except);
        UseNextBlock(bodyBlock);
        PushFrameBlock(FrameBlockKind.TryExcept, bodyBlock, null, null);
        VisitStatements(body);
        PopFrameBlock();
        unit.Current.Instructions.Add(new Instruction(PseudoOp.PopBlock, 0, null, NoLocation));
        unit.Current.Instructions.Add(new Instruction(PseudoOp.Jump, 0, orelseBlock, NoLocation));

        UseNextBlock(except);
        UnsetLocation();
        EmitJump(PseudoOp.SetupCleanup, cleanup);
        Emit(Opcode.PUSH_EXC_INFO);
        PushFrameBlock(FrameBlockKind.ExceptionGroupHandler, null, null, "except*");
        int n = handlers.Count;
        for (int i = 0; i < n; i++)
        {
            var handler = (ExceptHandler)handlers[i];
            SetLocation(handler);
            var next = NewBlock();
            var noMatch = NewBlock();
            if (i == 0)
            {
                // Push the original exception and an empty list of raised exceptions: [orig, list, exc].
                Emit(Opcode.COPY, 1);
                Emit(Opcode.BUILD_LIST, 0);
                Emit(Opcode.SWAP, 2);
            }
            if (handler.Type is not null)
            {
                VisitExpr(handler.Type);
                Emit(Opcode.CHECK_EG_MATCH);
                Emit(Opcode.COPY, 1);
                EmitJump(PseudoOp.PopJumpIfNone, noMatch);
            }
            var cleanupEnd = NewBlock();
            var cleanupBody = NewBlock();
            if (handler.Name is not null) NameOp(handler.Name, ExprContext.Store);
            else Emit(Opcode.POP_TOP);
            EmitJump(PseudoOp.SetupCleanup, cleanupEnd);
            UseNextBlock(cleanupBody);
            PushFrameBlock(FrameBlockKind.HandlerCleanup, cleanupBody, null, handler.Name);
            VisitStatements(handler.Body);
            PopFrameBlock();
            UnsetLocation();
            EmitPseudo(PseudoOp.PopBlock);
            if (handler.Name is not null)
            {
                LoadConst(null);
                NameOp(handler.Name, ExprContext.Store);
                NameOp(handler.Name, ExprContext.Del);
            }
            EmitJump(PseudoOp.Jump, next);

            UseNextBlock(cleanupEnd);
            UnsetLocation();
            if (handler.Name is not null)
            {
                LoadConst(null);
                NameOp(handler.Name, ExprContext.Store);
                NameOp(handler.Name, ExprContext.Del);
            }
            // Add the exception raised in the handler to the list: [orig, list, rest, lasti, exc].
            Emit(Opcode.LIST_APPEND, 3);
            Emit(Opcode.POP_TOP);
            EmitJump(PseudoOp.Jump, next);

            UseNextBlock(noMatch);
            Emit(Opcode.POP_TOP);
            UseNextBlock(next);
            if (i == n - 1)
            {
                // Add the exception that was not matched to the list and compute what to re-raise.
                UnsetLocation();
                EmitJump(PseudoOp.Jump, reraiseStar);
            }
        }
        PopFrameBlock();
        var reraise = NewBlock();
        UseNextBlock(reraiseStar);
        Emit(Opcode.LIST_APPEND, 1);
        Emit(Opcode.PREP_RERAISE_STAR);
        Emit(Opcode.COPY, 1);
        EmitJump(PseudoOp.PopJumpIfNotNone, reraise);
        Emit(Opcode.POP_TOP);
        EmitPseudo(PseudoOp.PopBlock);
        Emit(Opcode.POP_EXCEPT);
        EmitJump(PseudoOp.Jump, end);
        UseNextBlock(reraise);
        EmitPseudo(PseudoOp.PopBlock);
        Emit(Opcode.SWAP, 2);
        Emit(Opcode.POP_EXCEPT);
        Emit(Opcode.RERAISE, 0);
        UseNextBlock(cleanup);
        PopExceptAndReraise();
        UseNextBlock(orelseBlock);
        VisitStatements(orelse);
        UseNextBlock(end);
    }

    // CPython 3.11: compiler_with / compiler_async_with
    private void CompileWith(StmtNode s, List<WithItem> items, List<StmtNode> body, int position, bool isAsync)
    {
        if (isAsync && !IsAsyncContext()) throw Error("'async with' outside async function");
        var item = items[position];
        var block = NewBlock();
        var final = NewBlock();
        var exit = NewBlock();
        var cleanup = NewBlock();
        VisitExpr(item.ContextExpr);
        SetLocation(s);
        if (isAsync)
        {
            Emit(Opcode.BEFORE_ASYNC_WITH);
            Emit(Opcode.GET_AWAITABLE, 1);
            LoadConst(null);
            AddYieldFrom(isAwait: true);
        }
        else Emit(Opcode.BEFORE_WITH);
        EmitJump(PseudoOp.SetupWith, final);
        UseNextBlock(block);
        PushFrameBlock(isAsync ? FrameBlockKind.AsyncWith : FrameBlockKind.With, block, final, s);
        if (item.OptionalVars is not null) VisitExpr(item.OptionalVars);
        else Emit(Opcode.POP_TOP);
        if (position + 1 == items.Count) VisitStatements(body);
        else CompileWith(s, items, body, position + 1, isAsync);
        UnsetLocation();
        EmitPseudo(PseudoOp.PopBlock);
        PopFrameBlock();
        SetLocation(s);
        CallExitWithNones();
        if (isAsync)
        {
            Emit(Opcode.GET_AWAITABLE, 2);
            LoadConst(null);
            AddYieldFrom(isAwait: true);
        }
        Emit(Opcode.POP_TOP);
        EmitJump(PseudoOp.Jump, exit);

        UseNextBlock(final);
        EmitJump(PseudoOp.SetupCleanup, cleanup);
        Emit(Opcode.PUSH_EXC_INFO);
        Emit(Opcode.WITH_EXCEPT_START);
        if (isAsync)
        {
            Emit(Opcode.GET_AWAITABLE, 2);
            LoadConst(null);
            AddYieldFrom(isAwait: true);
        }
        WithExceptFinish(cleanup);
        UseNextBlock(exit);
    }

    private void WithExceptFinish(BasicBlock cleanup)
    {
        UnsetLocation();
        var exit = NewBlock();
        EmitJump(PseudoOp.PopJumpIfTrue, exit);
        Emit(Opcode.RERAISE, 2);
        UseNextBlock(cleanup);
        PopExceptAndReraise();
        UseNextBlock(exit);
        Emit(Opcode.POP_TOP);
        EmitPseudo(PseudoOp.PopBlock);
        Emit(Opcode.POP_EXCEPT);
        Emit(Opcode.POP_TOP);
        Emit(Opcode.POP_TOP);
    }
}
