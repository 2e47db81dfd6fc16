using Sharpy.Bytecode.Code;

namespace Sharpy.Bytecode.Cache;

/// <summary>Rewrites co_filename of a code object and every nested one, for caches read after the tree moved.</summary>
// CPython 3.11: Python/import.c update_compiled_module (_imp._fix_co_filename)
public static class CodeFilenames
{
    public static CodeObject Fix(CodeObject code, string filename)
    {
        if (code.Filename == filename) return code;
        return Rewrite(code, code.Filename, filename, null);
    }

    /// <summary>
    /// The code as if compiled from another file whose lines differ: co_filename becomes <paramref name="filename"/>
    /// and instructions on a line in <paramref name="lines"/> report the line it maps to (columns dropped: they
    /// describe the original text). Used to present Sharpy's library modules as CPython's frozen ones.
    /// </summary>
    public static CodeObject Relocate(CodeObject code, string filename, IReadOnlyDictionary<int, int> lines) =>
        Rewrite(code, code.Filename, filename, lines.Count == 0 ? null : lines);

    private static byte[] RemapLines(CodeObject code, IReadOnlyDictionary<int, int> lines)
    {
        var locations = LocationTable.Decode(code.LineTable, code.Code.Length / 2, code.FirstLineNo);
        bool changed = false;
        for (int i = 0; i < locations.Length; i++)
        {
            if (!lines.TryGetValue(locations[i].Line, out int line)) continue;
            locations[i] = new SourceLocation(line, line, -1, -1);
            changed = true;
        }
        return changed ? LocationTable.Encode(locations, code.FirstLineNo) : code.LineTable;
    }

    private static CodeObject Rewrite(CodeObject code, string oldName, string newName, IReadOnlyDictionary<int, int>? lines)
    {
        // Nesting is bounded by the marshal depth limit; still, never risk the process on a small stack:
        // deeper code objects simply keep their recorded filename.
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack()) return code;
        var consts = new object?[code.Consts.Length];
        for (int i = 0; i < consts.Length; i++)
            consts[i] = code.Consts[i] is CodeObject nested && nested.Filename == oldName ? Rewrite(nested, oldName, newName, lines) : code.Consts[i];
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
            LineTable = lines is null ? code.LineTable : RemapLines(code, lines),
            ExceptionTable = code.ExceptionTable,
        };
    }
}
