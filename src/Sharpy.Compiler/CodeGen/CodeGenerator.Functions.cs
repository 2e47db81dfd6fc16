using Sharpy.Bytecode.Opcodes;
using Sharpy.Compiler.Symbols;
using Sharpy.Syntax.Ast;

namespace Sharpy.Compiler.CodeGen;

/// <summary>def, async def, lambda, class: code objects for nested scopes and the code that builds them.</summary>
internal sealed partial class CodeGenerator
{
    // CPython 3.11: compiler_set_qualname
    private string QualNameFor(string name, UnitKind kind)
    {
        if (unit.Kind == UnitKind.Module) return name;
        var parent = unit;
        if (kind is UnitKind.Function or UnitKind.AsyncFunction or UnitKind.Class)
        {
            string mangled = SymbolTable.Mangle(parent.PrivateName, name);
            if (parent.Ste.ScopeOf(mangled) == Scope.GlobalExplicit) return name;
        }
        string parentQual = parent.QualName;
        if (parent.Kind is UnitKind.Function or UnitKind.AsyncFunction or UnitKind.Lambda) parentQual += ".<locals>";
        return parentQual + "." + name;
    }

    private void CompileFunction(StmtNode s, string name, Arguments args, List<StmtNode> body, List<ExprNode> decorators,
        ExprNode? returns, bool isAsync)
    {
        int firstLine = decorators.Count > 0 ? decorators[0].Lineno : s.Lineno;
        CheckDebugArgs(args);
        foreach (var d in decorators) VisitExpr(d);
        SetLocation(s);
        int flags = DefaultArguments(args);
        if (Annotations(args, returns)) flags |= 0x04;

        var kind = isAsync ? UnitKind.AsyncFunction : UnitKind.Function;
        string qualName = QualNameFor(name, kind);
        var ste = symbols.Lookup(s);
        EnterUnit(ste, kind, name, qualName, firstLine, unit.PrivateName);
        string? doc = optimize < 2 ? GetDocString(body) : null;
        AddConst(doc);
        unit.ArgCount = args.Posonlyargs.Count + args.Args.Count;
        unit.PosOnlyArgCount = args.Posonlyargs.Count;
        unit.KwOnlyArgCount = args.Kwonlyargs.Count;
        for (int i = doc is not null ? 1 : 0; i < body.Count; i++) VisitStmt(body[i]);
        var code = ExitUnit(addReturnNone: true);

        SetLocation(s);
        MakeClosure(code, flags);
        ApplyDecorators(decorators);
        SetLocation(s);
        NameOp(name, ExprContext.Store);
    }

    // CPython 3.11: compiler_apply_decorators (innermost first; each call is located at its decorator, so a
    // failing decorator's traceback line is the `@` line).
    private void ApplyDecorators(List<ExprNode> decorators)
    {
        for (int i = decorators.Count - 1; i >= 0; i--)
        {
            SetLocation(decorators[i]);
            Emit(Opcode.CALL, 0);
        }
    }

    private void CheckDebugArgs(Arguments args)
    {
        foreach (var a in args.Posonlyargs.Concat(args.Args).Concat(args.Kwonlyargs))
            if (a.ArgName == "__debug__") throw Error("cannot assign to __debug__", a);
        if (args.Vararg?.ArgName == "__debug__") throw Error("cannot assign to __debug__", args.Vararg);
        if (args.Kwarg?.ArgName == "__debug__") throw Error("cannot assign to __debug__", args.Kwarg);
    }

    // CPython 3.11: compiler_default_arguments
    private int DefaultArguments(Arguments args)
    {
        int flags = 0;
        if (args.Defaults.Count > 0)
        {
            foreach (var d in args.Defaults) VisitExpr(d);
            Emit(Opcode.BUILD_TUPLE, args.Defaults.Count);
            flags |= 0x01;
        }
        var keys = new List<object?>();
        for (int i = 0; i < args.Kwonlyargs.Count; i++)
        {
            var d = i < args.KwDefaults.Count ? args.KwDefaults[i] : null;
            if (d is null) continue;
            keys.Add(Mangle(args.Kwonlyargs[i].ArgName));
            VisitExpr(d);
        }
        if (keys.Count > 0)
        {
            LoadConst(new Sharpy.Bytecode.Code.ConstTuple(keys.ToArray()));
            Emit(Opcode.BUILD_CONST_KEY_MAP, keys.Count);
            flags |= 0x02;
        }
        return flags;
    }

    // CPython 3.11: compiler_visit_annotations (pairs of name, value in one tuple)
    private bool Annotations(Arguments args, ExprNode? returns)
    {
        int count = 0;
        void One(string argName, ExprNode? annotation)
        {
            if (annotation is null) return;
            LoadConst(Mangle(argName));
            if (FutureAnnotations) LoadConst(Unparser.Unparse(annotation));
            else if (annotation is Starred st)
            {
                VisitExpr(st.Value);
                Emit(Opcode.UNPACK_SEQUENCE, 1);
            }
            else VisitExpr(annotation);
            count += 2;
        }
        foreach (var a in args.Args) One(a.ArgName, a.Annotation);
        foreach (var a in args.Posonlyargs) One(a.ArgName, a.Annotation);
        if (args.Vararg is not null) One(args.Vararg.ArgName, args.Vararg.Annotation);
        foreach (var a in args.Kwonlyargs) One(a.ArgName, a.Annotation);
        if (args.Kwarg is not null) One(args.Kwarg.ArgName, args.Kwarg.Annotation);
        One("return", returns);
        if (count == 0) return false;
        Emit(Opcode.BUILD_TUPLE, count);
        return true;
    }

    private void CompileLambda(Lambda l)
    {
        CheckDebugArgs(l.Args);
        int flags = DefaultArguments(l.Args);
        string qualName = QualNameFor("<lambda>", UnitKind.Lambda);
        EnterUnit(symbols.Lookup(l), UnitKind.Lambda, "<lambda>", qualName, l.Lineno, unit.PrivateName);
        AddConst(null);
        unit.ArgCount = l.Args.Posonlyargs.Count + l.Args.Args.Count;
        unit.PosOnlyArgCount = l.Args.Posonlyargs.Count;
        unit.KwOnlyArgCount = l.Args.Kwonlyargs.Count;
        VisitExpr(l.Body);
        bool generator = unit.Ste.IsGenerator;
        if (!generator) Emit(Opcode.RETURN_VALUE);
        var code = ExitUnit(addReturnNone: generator);
        SetLocation(l);
        MakeClosure(code, flags);
    }

    private void CompileClass(ClassDef s)
    {
        int firstLine = s.DecoratorList.Count > 0 ? s.DecoratorList[0].Lineno : s.Lineno;
        foreach (var d in s.DecoratorList) VisitExpr(d);
        SetLocation(s);
        string qualName = QualNameFor(s.Name, UnitKind.Class);
        EnterUnit(symbols.Lookup(s), UnitKind.Class, s.Name, qualName, firstLine, s.Name);
        SetLocation(s);
        NameOp("__name__", ExprContext.Load);
        NameOp("__module__", ExprContext.Store);
        LoadConst(qualName);
        NameOp("__qualname__", ExprContext.Store);
        CompileBody(s.Body, isModule: false);
        UnsetLocation();
        if (unit.Ste.NeedsClassClosure)
        {
            Emit(Opcode.LOAD_CLOSURE, unit.CellVars["__class__"]);
            Emit(Opcode.COPY, 1);
            NameOp("__classcell__", ExprContext.Store);
        }
        else LoadConst(null);
        Emit(Opcode.RETURN_VALUE);
        var code = ExitUnit(addReturnNone: false);

        SetLocation(s);
        Emit(Opcode.PUSH_NULL);
        Emit(Opcode.LOAD_BUILD_CLASS);
        MakeClosure(code, 0);
        LoadConst(s.Name);
        CallHelper(2, s.Bases, s.Keywords);
        ApplyDecorators(s.DecoratorList);
        SetLocation(s);
        NameOp(s.Name, ExprContext.Store);
    }
}
