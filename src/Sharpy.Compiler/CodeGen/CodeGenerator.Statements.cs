using Sharpy.Bytecode.Code;
using Sharpy.Bytecode.Opcodes;
using Sharpy.Compiler.Flow;
using Sharpy.Compiler.Symbols;
using Sharpy.Syntax.Ast;

namespace Sharpy.Compiler.CodeGen;

internal sealed partial class CodeGenerator
{
    private void VisitStatements(List<StmtNode> body)
    {
        foreach (var s in body) VisitStmt(s);
    }

    private void VisitStmt(StmtNode s)
    {
        Deeper();
        try
        {
            SetLocation(s);
            VisitStmtCore(s);
        }
        finally { nesting--; }
    }

    private void VisitStmtCore(StmtNode s)
    {
        switch (s)
        {
            case FunctionDef f: CompileFunction(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, isAsync: false); break;
            case AsyncFunctionDef f: CompileFunction(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, isAsync: true); break;
            case ClassDef c: CompileClass(c); break;
            case Return r: CompileReturn(r); break;
            case Delete d: foreach (var t in d.Targets) VisitExpr(t); break;
            case Assign a:
                VisitExpr(a.Value);
                for (int i = 0; i < a.Targets.Count; i++)
                {
                    if (i < a.Targets.Count - 1) Emit(Opcode.COPY, 1);
                    VisitExpr(a.Targets[i]);
                }
                break;
            case AugAssign a: CompileAugAssign(a); break;
            case AnnAssign a: CompileAnnAssign(a); break;
            case For f: CompileFor(f); break;
            case AsyncFor f: CompileAsyncFor(f); break;
            case While w: CompileWhile(w); break;
            case If i: CompileIf(i); break;
            case With w: CompileWith(w, w.Items, w.Body, 0, isAsync: false); break;
            case AsyncWith w: CompileWith(w, w.Items, w.Body, 0, isAsync: true); break;
            case Match m: CompileMatch(m); break;
            case Raise r:
            {
                int n = 0;
                if (r.Exc is not null)
                {
                    VisitExpr(r.Exc); n++;
                    if (r.Cause is not null) { VisitExpr(r.Cause); n++; }
                }
                SetLocation(r);
                Emit(Opcode.RAISE_VARARGS, n);
                UseNextBlock(NewBlock());
                break;
            }
            case Try t:
                if (t.Finalbody.Count > 0) CompileTryFinally(t.Body, t.Handlers, t.Orelse, t.Finalbody, star: false);
                else CompileTryExcept(t.Body, t.Handlers, t.Orelse);
                break;
            case TryStar t:
                if (t.Finalbody.Count > 0) CompileTryFinally(t.Body, t.Handlers, t.Orelse, t.Finalbody, star: true);
                else CompileTryStarExcept(t.Body, t.Handlers, t.Orelse);
                break;
            case Assert a: CompileAssert(a); break;
            case Import i: CompileImport(i); break;
            case ImportFrom i: CompileImportFrom(i); break;
            case Global or Nonlocal: break;
            case Expr e: CompileExprStatement(e); break;
            case Pass: Emit(Opcode.NOP); break;
            case Break: CompileBreak(); break;
            case Continue: CompileContinue(); break;
            default: throw Error($"unsupported statement {s.PythonName}");
        }
    }

    private void CompileExprStatement(Expr e)
    {
        if (interactive && outer.Count == 0)
        {
            VisitExpr(e.Value);
            Emit(Opcode.PRINT_EXPR);
            return;
        }
        if (e.Value is Constant) { Emit(Opcode.NOP); return; }
        VisitExpr(e.Value);
        EmitNoLine(Opcode.POP_TOP);
    }

    private void CompileReturn(Return r)
    {
        bool preserveTos = r.Value is not null and not Constant;
        if (unit.Ste.Type != BlockType.Function) throw Error("'return' outside function");
        if (r.Value is not null && unit.Ste.IsCoroutine && unit.Ste.IsGenerator)
            throw Error("'return' with value in async generator");
        if (preserveTos) VisitExpr(r.Value!);
        else if (r.Value is not null) { SetLocation(r.Value); Emit(Opcode.NOP); }
        if (r.Value is null || r.Value.Lineno != r.Lineno) { SetLocation(r); Emit(Opcode.NOP); }
        UnwindFrameBlockStack(preserveTos, out _, stopAtLoop: false);
        if (r.Value is null) LoadConst(null);
        else if (!preserveTos) LoadConst(ConstantValue((Constant)r.Value));
        Emit(Opcode.RETURN_VALUE);
        UseNextBlock(NewBlock());
    }

    private void CompileBreak()
    {
        Emit(Opcode.NOP);
        UnwindFrameBlockStack(false, out var loop, stopAtLoop: true);
        if (loop is null) throw Error("'break' outside loop");
        UnwindFrameBlock(loop, false);
        EmitJump(PseudoOp.Jump, loop.Exit!);
        UseNextBlock(NewBlock());
    }

    private void CompileContinue()
    {
        Emit(Opcode.NOP);
        UnwindFrameBlockStack(false, out var loop, stopAtLoop: true);
        if (loop is null) throw Error("'continue' not properly in loop");
        EmitJump(PseudoOp.Jump, loop.Block!);
        UseNextBlock(NewBlock());
    }

    private void CompileIf(If s)
    {
        var end = NewBlock();
        var next = s.Orelse.Count > 0 ? NewBlock() : end;
        JumpIf(s.Test, next, false);
        VisitStatements(s.Body);
        if (s.Orelse.Count > 0)
        {
            unit.Current.Instructions.Add(new Instruction(PseudoOp.Jump, 0, end, NoLocation));
            UseNextBlock(next);
            VisitStatements(s.Orelse);
        }
        UseNextBlock(end);
    }

    private void CompileWhile(While s)
    {
        var loop = NewBlock();
        var body = NewBlock();
        var anchor = NewBlock();
        var end = NewBlock();
        UseNextBlock(loop);
        PushFrameBlock(FrameBlockKind.WhileLoop, loop, end, null);
        JumpIf(s.Test, anchor, false);
        UseNextBlock(body);
        VisitStatements(s.Body);
        SetLocation(s);
        UnsetLocation();
        EmitJump(PseudoOp.Jump, loop);
        PopFrameBlock();
        UseNextBlock(anchor);
        VisitStatements(s.Orelse);
        UseNextBlock(end);
    }

    private void CompileFor(For s)
    {
        var start = NewBlock();
        var body = NewBlock();
        var cleanup = NewBlock();
        var end = NewBlock();
        PushFrameBlock(FrameBlockKind.ForLoop, start, end, null);
        VisitExpr(s.Iter);
        Emit(Opcode.GET_ITER);
        UseNextBlock(start);
        EmitJump(Opcode.FOR_ITER, cleanup);
        UseNextBlock(body);
        VisitExpr(s.Target);
        VisitStatements(s.Body);
        UnsetLocation();
        EmitJump(PseudoOp.Jump, start);
        UseNextBlock(cleanup);
        PopFrameBlock();
        VisitStatements(s.Orelse);
        UseNextBlock(end);
    }

    private void CompileAsyncFor(AsyncFor s)
    {
        if (!IsAsyncContext()) throw Error("'async for' outside async function");
        var start = NewBlock();
        var except = NewBlock();
        var end = NewBlock();
        VisitExpr(s.Iter);
        Emit(Opcode.GET_AITER);
        UseNextBlock(start);
        PushFrameBlock(FrameBlockKind.ForLoop, start, end, null);
        EmitJump(PseudoOp.SetupFinally, except);
        Emit(Opcode.GET_ANEXT);
        LoadConst(null);
        AddYieldFrom(isAwait: true);
        EmitPseudo(PseudoOp.PopBlock);
        VisitExpr(s.Target);
        VisitStatements(s.Body);
        UnsetLocation();
        EmitJump(PseudoOp.Jump, start);
        PopFrameBlock();
        UseNextBlock(except);
        SetLocation(s.Iter);
        Emit(Opcode.END_ASYNC_FOR);
        VisitStatements(s.Orelse);
        UseNextBlock(end);
    }

    private bool IsAsyncContext() =>
        unit.Kind == UnitKind.AsyncFunction || unit.Kind == UnitKind.Comprehension && unit.Ste.IsCoroutine
        || allowTopLevelAwait && unit.Kind == UnitKind.Module;

    // CPython 3.11: compiler_add_yield_from
    private void AddYieldFrom(bool isAwait)
    {
        var start = NewBlock();
        var resume = NewBlock();
        var exit = NewBlock();
        UseNextBlock(start);
        EmitJump(Opcode.SEND, exit);
        UseNextBlock(resume);
        Emit(Opcode.YIELD_VALUE);
        EmitJump(PseudoOp.JumpNoInterrupt, start);
        UseNextBlock(exit);
    }

    private void CompileAssert(Assert s)
    {
        if (s.Test is Tuple { Elts.Count: > 0 } || s.Test is Constant { Value: ConstTuple { Items.Length: > 0 } })
            Warn("assertion is always true, perhaps remove parentheses?");
        if (optimize > 0) return;
        var end = NewBlock();
        JumpIf(s.Test, end, true);
        Emit(Opcode.LOAD_ASSERTION_ERROR);
        if (s.Msg is not null)
        {
            VisitExpr(s.Msg);
            Emit(Opcode.CALL, 0);
        }
        Emit(Opcode.RAISE_VARARGS, 1);
        UseNextBlock(end);
    }

    private void CompileImport(Import s)
    {
        // CPython 3.11 compiler_import: every instruction carries the statement's location (not the alias's),
        // so a failed `import x` on a line of its own shows no carets.
        foreach (var alias in s.Names)
        {
            SetLocation(s);
            LoadConst(System.Numerics.BigInteger.Zero);
            LoadConst(null);
            Emit(Opcode.IMPORT_NAME, AddName(alias.Name));
            int dot = alias.Name.IndexOf('.');
            if (alias.Asname is not null)
            {
                if (dot >= 0)
                {
                    var parts = alias.Name.Split('.');
                    for (int i = 1; i < parts.Length; i++)
                    {
                        Emit(Opcode.IMPORT_FROM, AddName(parts[i]));
                        if (i == parts.Length - 1) break;
                        Emit(Opcode.SWAP, 2);
                        Emit(Opcode.POP_TOP);
                    }
                    NameOp(alias.Asname, ExprContext.Store);
                    Emit(Opcode.POP_TOP);
                }
                else NameOp(alias.Asname, ExprContext.Store);
            }
            else NameOp(dot >= 0 ? alias.Name[..dot] : alias.Name, ExprContext.Store);
        }
    }

    private void CompileImportFrom(ImportFrom s)
    {
        LoadConst(new System.Numerics.BigInteger(s.Level ?? 0));
        var names = s.Names.Select(a => (object?)a.Name).ToArray();
        if (s.Module == "__future__" && s.Lineno > futureLastLine)
            throw Error("from __future__ imports must occur at the beginning of the file");
        LoadConst(new Sharpy.Bytecode.Code.ConstTuple(names));
        Emit(Opcode.IMPORT_NAME, AddName(s.Module ?? ""));
        for (int i = 0; i < s.Names.Count; i++)
        {
            var alias = s.Names[i];
            // CPython 3.11 compiler_from_import: the statement's location throughout.
            if (i == 0 && alias.Name == "*") { SetLocation(s); Emit(Opcode.IMPORT_STAR); return; }
            SetLocation(s);
            Emit(Opcode.IMPORT_FROM, AddName(alias.Name));
            NameOp(alias.Asname ?? alias.Name, ExprContext.Store);
        }
        SetLocation(s);
        Emit(Opcode.POP_TOP);
    }

    /// <summary>The last line of the leading `from __future__` block (set by the driver).</summary>
    internal int futureLastLine = int.MaxValue;

    private static int BinaryOpArg(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => 0,
        BinaryOperator.BitAnd => 1,
        BinaryOperator.FloorDiv => 2,
        BinaryOperator.LShift => 3,
        BinaryOperator.MatMult => 4,
        BinaryOperator.Mult => 5,
        BinaryOperator.Mod => 6,
        BinaryOperator.BitOr => 7,
        BinaryOperator.Pow => 8,
        BinaryOperator.RShift => 9,
        BinaryOperator.Sub => 10,
        BinaryOperator.Div => 11,
        _ => 12, // BitXor
    };

    private void CompileAugAssign(AugAssign s)
    {
        var e = s.Target;
        SetLocation(e);
        switch (e)
        {
            case Attribute a:
                VisitExpr(a.Value);
                Emit(Opcode.COPY, 1);
                UpdateStartLocationToMatchAttr(a);
                Emit(Opcode.LOAD_ATTR, AddName(Mangle(a.Attr)));
                break;
            case Subscript sub:
                VisitExpr(sub.Value);
                VisitExpr(sub.Slice);
                Emit(Opcode.COPY, 2);
                Emit(Opcode.COPY, 2);
                Emit(Opcode.BINARY_SUBSCR);
                break;
            case Name n:
                NameOp(n.Id, ExprContext.Load);
                break;
            default:
                throw Error($"illegal expression for augmented assignment");
        }
        VisitExpr(s.Value);
        SetLocation(s);
        Emit(Opcode.BINARY_OP, BinaryOpArg(s.Op) + 13);
        SetLocation(e);
        switch (e)
        {
            case Attribute a:
                UpdateStartLocationToMatchAttr(a);
                Emit(Opcode.SWAP, 2);
                Emit(Opcode.STORE_ATTR, AddName(Mangle(a.Attr)));
                break;
            case Subscript:
                Emit(Opcode.SWAP, 3);
                Emit(Opcode.SWAP, 2);
                Emit(Opcode.STORE_SUBSCR);
                break;
            case Name n:
                NameOp(n.Id, ExprContext.Store);
                break;
        }
    }

    private void CompileAnnAssign(AnnAssign s)
    {
        var target = s.Target;
        if (s.Value is not null)
        {
            VisitExpr(s.Value);
            VisitExpr(target);
        }
        bool moduleOrClass = unit.Kind is UnitKind.Module or UnitKind.Class;
        switch (target)
        {
            case Name n:
                if (n.Id == "__debug__") throw Error("cannot assign to __debug__", n);
                if (s.Simple != 0 && moduleOrClass)
                {
                    SetLocation(s);
                    if (FutureAnnotations) LoadConst(Unparser.Unparse(s.Annotation));
                    else VisitExpr(s.Annotation);
                    Emit(Opcode.LOAD_NAME, AddName("__annotations__"));
                    LoadConst(Mangle(n.Id));
                    Emit(Opcode.STORE_SUBSCR);
                }
                break;
            case Attribute a:
                if (s.Value is null) CheckAnnExpr(a.Value);
                break;
            case Subscript sub:
                if (s.Value is null) { CheckAnnExpr(sub.Value); CheckAnnSubscript(sub.Slice); }
                break;
        }
        if (s.Simple == 0 && !FutureAnnotations && moduleOrClass) CheckAnnExpr(s.Annotation);
    }

    private void CheckAnnExpr(ExprNode e)
    {
        VisitExpr(e);
        Emit(Opcode.POP_TOP);
    }

    private void CheckAnnSubscript(ExprNode e)
    {
        switch (e)
        {
            case Slice s:
                if (s.Lower is not null) CheckAnnExpr(s.Lower);
                if (s.Upper is not null) CheckAnnExpr(s.Upper);
                if (s.Step is not null) CheckAnnExpr(s.Step);
                break;
            case Tuple t:
                foreach (var x in t.Elts) CheckAnnSubscript(x);
                break;
            default: CheckAnnExpr(e); break;
        }
    }
}
