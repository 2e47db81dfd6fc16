namespace Sharpy.Syntax.Ast;

/// <summary>Questions about AST nodes that the grammar answers (shared by the parser and the REPL).</summary>
public static class AstFacts
{
    /// <summary>
    /// A <c>compound_stmt</c>: in single-input mode it must be followed by an empty line
    /// (<c>statement_newline: compound_stmt NEWLINE</c>).
    /// </summary>
    public static bool IsCompound(StmtNode s) => s is If or For or AsyncFor or While or Try or TryStar or With
        or AsyncWith or FunctionDef or AsyncFunctionDef or ClassDef or Match;
}
