namespace Sharpy.Syntax.Ast;

/// <summary>
/// Base of every AST node. Positions follow CPython exactly: lines are 1-based, columns are
/// 0-based UTF-8 byte offsets into the source line (CPython's <c>col_offset</c>).
/// Nodes are plain data: the parser builds them, later stages only read them.
/// </summary>
public abstract class Node
{
    public int Lineno { get; set; }
    public int ColOffset { get; set; }
    public int EndLineno { get; set; }
    public int EndColOffset { get; set; }

    /// <summary>The class name in CPython's <c>ast</c> module (<c>"BinOp"</c>, <c>"arguments"</c>).</summary>
    public abstract string PythonName { get; }

    /// <summary>Whether CPython's node has the four position attributes.</summary>
    public abstract bool HasLocation { get; }

    /// <summary>Python field names in CPython's order (<c>_fields</c>).</summary>
    public abstract IReadOnlyList<string> FieldNames { get; }

    /// <summary>The value of field <paramref name="index"/>: a node, a list, an enum, a string, an int, a constant or null.</summary>
    public abstract object? GetField(int index);

    /// <summary>Copies the four position attributes from another node.</summary>
    public T WithLocationOf<T>(Node other) where T : Node
    {
        Lineno = other.Lineno; ColOffset = other.ColOffset;
        EndLineno = other.EndLineno; EndColOffset = other.EndColOffset;
        return (T)this;
    }
}
