using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Interpreter;

/// <summary>An activation record; also the Python <c>frame</c> object seen by tracebacks.</summary>
public sealed class Frame : PyObject
{
    public readonly PyCode PyCode;
    public readonly CodeInfo Info;
    public readonly PyObject?[] Fast;
    public readonly PyCell[] Cells;
    public readonly PyObject?[] Stack;
    public int Sp;
    public int Pc;
    /// <summary>Index of the instruction being executed (f_lasti, in code units).</summary>
    public int LastI = -1;
    public readonly PyDict Globals;
    public readonly PyDict Builtins;
    /// <summary>The locals mapping for module/class bodies and exec (null in optimised functions).</summary>
    public PyObject? LocalsMap;
    public Frame? Back;
    public PyFunction? Function;
    public PyGenerator? Generator;
    public string[]? PendingKwNames;
    /// <summary>Set by YIELD_VALUE when the frame suspends (instead of returning).</summary>
    public bool Yielded;
    /// <summary>Set by RETURN_VALUE; a finished frame may not be resumed.</summary>
    public bool Finished;
    /// <summary>Value to push when a native call re-enters the loop (generator resumption).</summary>
    public int CallDepthAtEntry;

    public Frame(PyCode code, PyDict globals, PyDict builtins, PyObject? locals) : base(PyTypes.Frame)
    {
        PyCode = code;
        Info = code.Info;
        Fast = Info.NLocals == 0 ? [] : new PyObject?[Info.NLocals];
        int ncells = Info.NCells + Info.NFree;
        Cells = ncells == 0 ? [] : new PyCell[ncells];
        Stack = new PyObject?[Math.Max(code.Code.StackSize, 1) + 2];
        Globals = globals;
        Builtins = builtins;
        LocalsMap = locals;
    }

    public int LineForInstruction(int index) => Info.LineOf(index);
    public int CurrentLine => Info.LineOf(LastI < 0 ? 0 : LastI);

    /// <summary>Snapshot of locals (locals() in a function).</summary>
    public PyDict LocalsSnapshot()
    {
        if (LocalsMap is PyDict d) return d;
        var result = new PyDict();
        for (int i = 0; i < Fast.Length; i++)
            if (Fast[i] != null) result.SetItem(Info.VarNames[i], Fast[i]!);
        var code = Info.Code;
        for (int i = 0; i < Cells.Length; i++)
        {
            var name = i < code.CellVars.Length ? code.CellVars[i] : code.FreeVars[i - code.CellVars.Length];
            if (Cells[i]?.Value != null) result.SetItem(name, Cells[i].Value!);
        }
        return result;
    }
}
