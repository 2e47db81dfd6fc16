using System.Runtime.CompilerServices;
using Sharpy.Bytecode.Code;
using Sharpy.Bytecode.Opcodes;
using Sharpy.Compiler.Assembly;
using Sharpy.Compiler.Flow;
using Sharpy.Compiler.Symbols;
using Sharpy.Syntax.Ast;

namespace Sharpy.Compiler.CodeGen;

/// <summary>
/// AST → code objects. CPython 3.11: Python/compile.c. The partial files hold one concern each:
/// statements, expressions, calls, comprehensions, exceptions/with, patterns, functions/classes,
/// strings, assignments.
/// </summary>
internal sealed partial class CodeGenerator
{
    private const int MaxNesting = 3500;
    private readonly SymbolTable symbols;
    private readonly ErrorFactory errors;
    private readonly string filename;
    private readonly int optimize;
    private readonly int futureFlags;
    private readonly bool allowTopLevelAwait;
    private readonly Stack<CodeUnit> outer = new();
    private CodeUnit unit = null!;
    private bool interactive;
    private int nesting;

    public CodeGenerator(SymbolTable symbols, ErrorFactory errors, string filename, int optimize, int futureFlags, bool allowTopLevelAwait)
    {
        this.symbols = symbols; this.errors = errors; this.filename = filename; this.optimize = optimize;
        this.futureFlags = futureFlags; this.allowTopLevelAwait = allowTopLevelAwait;
    }

    private bool FutureAnnotations => (futureFlags & (int)CodeFlags.FutureAnnotations) != 0;

    public CodeObject CompileModule(ModNode module, CompileMode mode)
    {
        EnterUnit(symbols.Top, UnitKind.Module, "<module>", "<module>", 1, null);
        switch (module)
        {
            case Module m:
                CompileBody(m.Body, isModule: true);
                break;
            case Interactive i:
                interactive = true;
                if (FindAnnAssign(i.Body)) Emit(Opcode.SETUP_ANNOTATIONS);
                foreach (var s in i.Body) VisitStmt(s);
                break;
            case Expression e:
                VisitExpr(e.Body);
                Emit(Opcode.RETURN_VALUE);
                return ExitUnit(addReturnNone: false);
        }
        return ExitUnit(addReturnNone: true);
    }

    // CPython 3.11: compiler_body (module docstring, SETUP_ANNOTATIONS)
    private void CompileBody(List<StmtNode> body, bool isModule)
    {
        if (FindAnnAssign(body)) { SetLocation(body[0]); Emit(Opcode.SETUP_ANNOTATIONS); }
        int start = 0;
        if (optimize < 2 && GetDocString(body) is { } doc)
        {
            SetLocation(body[0]);
            VisitExpr(((Expr)body[0]).Value);
            NameOp("__doc__", ExprContext.Store);
            start = 1;
        }
        for (int i = start; i < body.Count; i++) VisitStmt(body[i]);
    }

    private static string? GetDocString(List<StmtNode> body) =>
        body.Count > 0 && body[0] is Expr { Value: Constant { Value: string s } } ? s : null;

    // CPython 3.11: find_ann (does the body contain an annotated assignment, in any nested block?)
    private static bool FindAnnAssign(List<StmtNode> body)
    {
        foreach (var s in body)
        {
            bool found = s switch
            {
                AnnAssign => true,
                For f => FindAnnAssign(f.Body) || FindAnnAssign(f.Orelse),
                AsyncFor f => FindAnnAssign(f.Body) || FindAnnAssign(f.Orelse),
                While w => FindAnnAssign(w.Body) || FindAnnAssign(w.Orelse),
                If i => FindAnnAssign(i.Body) || FindAnnAssign(i.Orelse),
                With w => FindAnnAssign(w.Body),
                AsyncWith w => FindAnnAssign(w.Body),
                Try t => t.Handlers.Cast<ExceptHandler>().Any(h => FindAnnAssign(h.Body)) || FindAnnAssign(t.Body) || FindAnnAssign(t.Orelse) || FindAnnAssign(t.Finalbody),
                TryStar t => t.Handlers.Cast<ExceptHandler>().Any(h => FindAnnAssign(h.Body)) || FindAnnAssign(t.Body) || FindAnnAssign(t.Orelse) || FindAnnAssign(t.Finalbody),
                Match m => m.Cases.Any(c => FindAnnAssign(c.Body)),
                _ => false,
            };
            if (found) return true;
        }
        return false;
    }

    // ---- units ----

    private void EnterUnit(SymbolTableEntry ste, UnitKind kind, string name, string qualName, int firstLine, string? privateName)
    {
        if (unit is not null) outer.Push(unit);
        unit = new CodeUnit(ste, kind, name, qualName, firstLine, privateName);
        var entry = NewBlock();
        unit.Blocks.Add(entry);
        unit.Current = entry;
        unit.Location = new SourceLocation(firstLine, firstLine, -1, -1);
    }

    private CodeObject ExitUnit(bool addReturnNone)
    {
        if (addReturnNone)
        {
            // The implicit return: no column, the line of the last statement.
            LoadConst(null);
            Emit(Opcode.RETURN_VALUE);
        }
        var code = MakeCode();
        unit = outer.Count > 0 ? outer.Pop() : null!;
        return code;
    }

    private CodeObject MakeCode()
    {
        AssembledCode assembled;
        try
        {
            assembled = Assembler.Assemble(unit.Blocks, unit.FirstLineNo);
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidOperationException($"internal compiler error in {unit.QualName} ({filename}): {ex.Message}", ex);
        }
        return new CodeObject
        {
            ArgCount = unit.ArgCount,
            PosOnlyArgCount = unit.PosOnlyArgCount,
            KwOnlyArgCount = unit.KwOnlyArgCount,
            StackSize = assembled.StackSize,
            Flags = ComputeFlags(),
            FirstLineNo = unit.FirstLineNo,
            Code = assembled.Code,
            Consts = unit.Consts.ToArray(),
            Names = CodeUnit.Ordered(unit.Names),
            VarNames = CodeUnit.Ordered(unit.VarNames),
            CellVars = CodeUnit.Ordered(unit.CellVars),
            FreeVars = CodeUnit.Ordered(unit.FreeVars),
            Filename = filename,
            Name = unit.Name,
            QualName = unit.QualName,
            LineTable = assembled.LineTable,
            ExceptionTable = assembled.ExceptionTable,
        };
    }

    // CPython 3.11: compute_code_flags
    private CodeFlags ComputeFlags()
    {
        var ste = unit.Ste;
        var flags = CodeFlags.None;
        if (ste.Type == BlockType.Function)
        {
            flags |= CodeFlags.NewLocals | CodeFlags.Optimized;
            if (ste.IsNested) flags |= CodeFlags.Nested;
            if (ste.IsGenerator && !ste.IsCoroutine) flags |= CodeFlags.Generator;
            if (!ste.IsGenerator && ste.IsCoroutine) flags |= CodeFlags.Coroutine;
            if (ste.IsGenerator && ste.IsCoroutine) flags |= CodeFlags.AsyncGenerator;
            if (ste.HasVarArgs) flags |= CodeFlags.VarArgs;
            if (ste.HasVarKeywords) flags |= CodeFlags.VarKeywords;
        }
        flags |= (CodeFlags)(futureFlags & FutureMask);
        if (allowTopLevelAwait && unit.Kind == UnitKind.Module && ste.IsCoroutine && !ste.IsGenerator) flags |= CodeFlags.Coroutine;
        return flags;
    }

    internal const int FutureMask = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000;

    // ---- emission ----

    private BasicBlock NewBlock() => new(unit.NextBlockId++);

    /// <summary>Appends <paramref name="block"/> to the layout and makes it current (compiler_use_next_block).</summary>
    private void UseNextBlock(BasicBlock block)
    {
        unit.Blocks.Add(block);
        unit.Current = block;
    }

    private void Emit(Opcode op, int arg = 0) =>
        unit.Current.Instructions.Add(new Instruction((int)op, arg, null, unit.Location));

    private void EmitJump(int op, BasicBlock target) =>
        unit.Current.Instructions.Add(new Instruction(op, 0, target, unit.Location));

    private void EmitJump(Opcode op, BasicBlock target) => EmitJump((int)op, target);

    private void EmitPseudo(int op) => unit.Current.Instructions.Add(new Instruction(op, 0, null, unit.Location));

    /// <summary>Emits without a source location (CPython's UNSET_LOC / *_NOLINE).</summary>
    private void EmitNoLine(Opcode op, int arg = 0) =>
        unit.Current.Instructions.Add(new Instruction((int)op, arg, null, NoLocation));

    private SourceLocation NoLocation => new(unit.Location.Line, unit.Location.Line, -1, -1);

    private void SetLocation(Node node) =>
        unit.Location = new SourceLocation(node.Lineno, node.EndLineno, node.ColOffset, node.EndColOffset);

    private void UnsetLocation() => unit.Location = NoLocation;

    private int AddConst(object? value)
    {
        if (value is null)
        {
            if (unit.NoneIndex < 0) { unit.NoneIndex = unit.Consts.Count; unit.Consts.Add(null); }
            return unit.NoneIndex;
        }
        if (unit.ConstIndex.TryGetValue(value, out int index)) return index;
        index = unit.Consts.Count;
        unit.Consts.Add(value);
        unit.ConstIndex[value] = index;
        return index;
    }

    private void LoadConst(object? value) => Emit(Opcode.LOAD_CONST, AddConst(value));

    private int AddName(string name) => CodeUnit.AddTo(unit.Names, name);

    private string Mangle(string name) => SymbolTable.Mangle(unit.PrivateName, name);

    private void Deeper()
    {
        if (++nesting > MaxNesting || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new CompilerRecursionException();
    }

    private Exception Error(string message) =>
        errors.At(message, unit.Location.Line, Math.Max(unit.Location.Column, 0), unit.Location.EndLine, Math.Max(unit.Location.EndColumn, 0));

    private Exception Error(string message, Node node) => errors.At(message, node);

    // ---- names ----

    private enum NameOpKind { Fast, Global, Deref, Name }

    private (NameOpKind Kind, int Arg) ResolveName(string mangled)
    {
        var ste = unit.Ste;
        var scope = ste.ScopeOf(mangled);
        switch (scope)
        {
            case Scope.Free:
                return (NameOpKind.Deref, unit.CellVars.Count + CodeUnit.AddTo(unit.FreeVars, mangled));
            case Scope.Cell:
                return (NameOpKind.Deref, CodeUnit.AddTo(unit.CellVars, mangled));
            case Scope.Local when ste.Type == BlockType.Function:
                return (NameOpKind.Fast, CodeUnit.AddTo(unit.VarNames, mangled));
            case Scope.GlobalImplicit when ste.Type == BlockType.Function:
            case Scope.GlobalExplicit:
                return (NameOpKind.Global, AddName(mangled));
            default:
                return (NameOpKind.Name, AddName(mangled));
        }
    }

    // CPython 3.11: compiler_nameop
    private void NameOp(string name, ExprContext ctx)
    {
        if (ctx != ExprContext.Load && name == "__debug__") throw Error("cannot assign to __debug__");
        if (ctx == ExprContext.Load && name == "__debug__") { LoadConst(optimize == 0); return; }
        string mangled = Mangle(name);
        var (kind, arg) = ResolveName(mangled);
        Opcode op = (kind, ctx) switch
        {
            (NameOpKind.Fast, ExprContext.Load) => Opcode.LOAD_FAST,
            (NameOpKind.Fast, ExprContext.Store) => Opcode.STORE_FAST,
            (NameOpKind.Fast, _) => Opcode.DELETE_FAST,
            (NameOpKind.Deref, ExprContext.Load) => unit.Ste.Type == BlockType.Class ? Opcode.LOAD_CLASSDEREF : Opcode.LOAD_DEREF,
            (NameOpKind.Deref, ExprContext.Store) => Opcode.STORE_DEREF,
            (NameOpKind.Deref, _) => Opcode.DELETE_DEREF,
            (NameOpKind.Global, ExprContext.Load) => Opcode.LOAD_GLOBAL,
            (NameOpKind.Global, ExprContext.Store) => Opcode.STORE_GLOBAL,
            (NameOpKind.Global, _) => Opcode.DELETE_GLOBAL,
            (_, ExprContext.Load) => Opcode.LOAD_NAME,
            (_, ExprContext.Store) => Opcode.STORE_NAME,
            _ => Opcode.DELETE_NAME,
        };
        if (op == Opcode.LOAD_GLOBAL) arg <<= 1;
        Emit(op, arg);
    }

    /// <summary>Loads a callable for CALL: LOAD_GLOBAL with its NULL bit, or PUSH_NULL + the expression.</summary>
    private void LoadCallable(ExprNode func)
    {
        if (func is Name n && n.Id != "__debug__")
        {
            var (kind, arg) = ResolveName(Mangle(n.Id));
            if (kind == NameOpKind.Global)
            {
                SetLocation(n);
                Emit(Opcode.LOAD_GLOBAL, (arg << 1) | 1);
                return;
            }
        }
        Emit(Opcode.PUSH_NULL);
        VisitExpr(func);
    }

    // CPython 3.11: compiler_make_closure
    private void MakeClosure(CodeObject code, int flags)
    {
        if (code.FreeVars.Length > 0)
        {
            foreach (var name in code.FreeVars)
            {
                int arg;
                if (unit.Kind == UnitKind.Class && name == "__class__" || unit.CellVars.ContainsKey(name) || unit.Ste.ScopeOf(name) == Scope.Cell)
                    arg = CodeUnit.AddTo(unit.CellVars, name);
                else
                    arg = unit.CellVars.Count + CodeUnit.AddTo(unit.FreeVars, name);
                Emit(Opcode.LOAD_CLOSURE, arg);
            }
            Emit(Opcode.BUILD_TUPLE, code.FreeVars.Length);
            flags |= 0x08;
        }
        LoadConst(code);
        Emit(Opcode.MAKE_FUNCTION, flags);
    }
}
