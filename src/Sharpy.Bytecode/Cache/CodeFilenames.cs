using Sharpy.Bytecode.Code;

namespace Sharpy.Bytecode.Cache;

/// <summary>Rewrites co_filename of a code object and every nested one, for caches read after the tree moved.</summary>
// CPython 3.11: Python/import.c update_compiled_module (_imp._fix_co_filename)
public static class CodeFilenames
{
    public static CodeObject Fix(CodeObject code, string filename)
    {
        if (code.Filename == filename) return code;
        return Rewrite(code, code.Filename, filename);
    }

    private static CodeObject Rewrite(CodeObject code, string oldName, string newName)
    {
        // Nesting is bounded by the marshal depth limit; still, never risk the process on a small stack:
        // deeper code objects simply keep their recorded filename.
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack()) return code;
        var consts = new object?[code.Consts.Length];
        for (int i = 0; i < consts.Length; i++)
            consts[i] = code.Consts[i] is CodeObject nested && nested.Filename == oldName ? Rewrite(nested, oldName, newName) : code.Consts[i];
        return new CodeObject
        {
            ArgCount = code.ArgCount,
            PosOnlyArgCount = code.PosOnlyArgCount,
            KwOnlyArgCount = code.KwOnlyArgCount,
            StackSize = code.StackSize,
            Flags = code.Flags,
            FirstLineNo = code.FirstLineNo,
            Code = code.Code,
            Consts = consts,
            Names = code.Names,
            VarNames = code.VarNames,
            CellVars = code.CellVars,
            FreeVars = code.FreeVars,
            Filename = newName,
            Name = code.Name,
            QualName = code.QualName,
            LineTable = code.LineTable,
            ExceptionTable = code.ExceptionTable,
        };
    }
}
