using Sharpy.Bytecode.Code;
using Sharpy.Bytecode.Opcodes;
using Sharpy.Compiler.Symbols;
using Sharpy.Syntax.Ast;

namespace Sharpy.Compiler.CodeGen;

internal sealed partial class CodeGenerator
{
    // CPython 3.11: compiler_call
    private void CompileCall(Call e)
    {
        ValidateKeywords(e.Keywords);
        if (TryMethodCall(e)) return;
        SetLocation(e.Func);
        LoadCallable(e.Func);
        SetLocation(e);
        CallHelper(0, e.Args, e.Keywords);
    }

    private void ValidateKeywords(List<Keyword> keywords)
    {
        for (int i = 0; i < keywords.Count; i++)
        {
            var key = keywords[i].Arg;
            if (key is null) continue;
            if (key == "__debug__") throw Error("cannot assign to __debug__", keywords[i]);
            for (int j = i + 1; j < keywords.Count; j++)
                if (keywords[j].Arg == key) throw Error($"keyword argument repeated: {key}", keywords[j]);
        }
    }

    // CPython 3.11: maybe_optimize_method_call
    private bool TryMethodCall(Call e)
    {
        if (e.Func is not Attribute { Ctx: ExprContext.Load } method) return false;
        if (method.Value is Name n && (symbols.Top.Lookup(n.Id) & SymbolFlags.DefImport) != 0) return false;
        int argc = e.Args.Count, kwc = e.Keywords.Count;
        if (argc + kwc + (kwc != 0 ? 1 : 0) >= StackUseGuideline) return false;
        if (e.Args.Any(a => a is Starred) || e.Keywords.Any(k => k.Arg is null)) return false;
        VisitExpr(method.Value);
        SetLocation(method);
        UpdateStartLocationToMatchAttr(method);
        Emit(Opcode.LOAD_METHOD, AddName(Mangle(method.Attr)));
        foreach (var a in e.Args) VisitExpr(a);
        if (kwc > 0)
        {
            foreach (var k in e.Keywords) VisitExpr(k.Value);
            Emit(Opcode.KW_NAMES, AddConst(new ConstTuple(e.Keywords.Select(k => (object?)k.Arg).ToArray())));
        }
        SetLocation(e);
        UpdateStartLocationToMatchAttr(method);
        Emit(Opcode.CALL, argc + kwc);
        return true;
    }

    // CPython 3.11: compiler_call_helper
    private void CallHelper(int pushed, List<ExprNode> args, List<Keyword> keywords)
    {
        ValidateKeywords(keywords);
        int nelts = args.Count, nkw = keywords.Count;
        bool exCall = nelts + nkw * 2 > StackUseGuideline || args.Any(a => a is Starred) || keywords.Any(k => k.Arg is null);
        if (!exCall)
        {
            foreach (var a in args) VisitExpr(a);
            if (nkw > 0)
            {
                foreach (var k in keywords) VisitExpr(k.Value);
                Emit(Opcode.KW_NAMES, AddConst(new ConstTuple(keywords.Select(k => (object?)k.Arg).ToArray())));
            }
            Emit(Opcode.CALL, pushed + nelts + nkw);
            return;
        }
        if (pushed == 0 && nelts == 1 && args[0] is Starred only) VisitExpr(only.Value);
        else StarUnpack(args, pushed, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, tuple: true);
        if (nkw > 0)
        {
            bool haveDict = false;
            int seen = 0;
            for (int i = 0; i < nkw; i++)
            {
                var kw = keywords[i];
                if (kw.Arg is null)
                {
                    if (seen > 0)
                    {
                        SubKwargs(keywords, i - seen, i);
                        if (haveDict) Emit(Opcode.DICT_MERGE, 1);
                        haveDict = true;
                        seen = 0;
                    }
                    if (!haveDict) { Emit(Opcode.BUILD_MAP, 0); haveDict = true; }
                    VisitExpr(kw.Value);
                    Emit(Opcode.DICT_MERGE, 1);
                }
                else seen++;
            }
            if (seen > 0)
            {
                SubKwargs(keywords, nkw - seen, nkw);
                if (haveDict) Emit(Opcode.DICT_MERGE, 1);
            }
        }
        Emit(Opcode.CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
    }

    private void SubKwargs(List<Keyword> keywords, int begin, int end)
    {
        int n = end - begin;
        bool big = n * 2 > StackUseGuideline;
        if (n > 1 && !big)
        {
            for (int i = begin; i < end; i++) VisitExpr(keywords[i].Value);
            LoadConst(new ConstTuple(keywords.Skip(begin).Take(n).Select(k => (object?)k.Arg).ToArray()));
            Emit(Opcode.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) Emit(Opcode.BUILD_MAP, 0);
        for (int i = begin; i < end; i++)
        {
            LoadConst(keywords[i].Arg);
            VisitExpr(keywords[i].Value);
            if (big) Emit(Opcode.MAP_ADD, 1);
        }
        if (!big) Emit(Opcode.BUILD_MAP, n);
    }

    // CPython 3.11: update_start_location_to_match_attr (a multi-line a.b points at the attribute name)
    private void UpdateStartLocationToMatchAttr(Attribute attr)
    {
        var loc = unit.Location;
        if (loc.Line == attr.EndLineno) return;
        int line = attr.EndLineno, col = loc.Column, endCol = loc.EndColumn;
        int length = System.Text.Encoding.UTF8.GetByteCount(attr.Attr);
        if (length <= attr.EndColOffset) col = attr.EndColOffset - length;
        else { col = -1; endCol = -1; }
        int endLine = Math.Max(line, loc.EndLine);
        if (line == endLine) endCol = Math.Max(col, endCol);
        unit.Location = new SourceLocation(line, endLine, col, endCol);
    }
}
