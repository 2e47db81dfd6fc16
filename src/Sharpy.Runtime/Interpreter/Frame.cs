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
    public PyDict Globals;
    public PyDict Builtins;
    /// <summary>The locals mapping for module/class bodies and exec (null in optimised functions).</summary>
    public PyObject? LocalsMap;
    /// <summary>
    /// f_locals of an optimised (function) frame, made on the first <c>locals()</c>: CPython 3.11 keeps one dict per
    /// frame and refreshes it from the fast locals on each request, so names an <c>exec()</c> stored there stay.
    /// </summary>
    public PyDict? LocalsDict;
    public Frame? Back;
    public PyFunction? Function;
    public PyGenerator? Generator;
    public string[]? PendingKwNames;
    /// <summary>Set by YIELD_VALUE when the frame suspends (instead of returning).</summary>
    public bool Yielded;
    /// <summary>A generator frame that FOR_ITER resumed inside its caller's loop (see PyGenerator.TryEnterInline).</summary>
    public bool InlineResumed;
    /// <summary>Set by RETURN_VALUE; a finished frame may not be resumed.</summary>
    public bool Finished;
    /// <summary>Value to push when a native call re-enters the loop (generator resumption).</summary>
    public int CallDepthAtEntry;
    /// <summary>
    /// Set once the frame object may be seen after it returns (a traceback, <c>sys._getframe</c>,
    /// <c>f_back</c>): such frames are never recycled.
    /// </summary>
    public bool Escaped;
    /// <summary>The instance being initialised when this frame runs <c>__init__</c> for a class call
    /// made by the loop: RETURN_VALUE checks for None and pushes this object instead.</summary>
    public PyObject? InitSelf;
    /// <summary>The operands of the BINARY_OP whose dunder method this frame runs (pushed by the loop instead
    /// of a native call): when the method returns NotImplemented, RETURN_VALUE finishes the protocol with
    /// them (<see cref="Ops.BinaryAfterNotImplemented"/>). Null for every other frame.</summary>
    public PyObject? OperandLeft, OperandRight;
    /// <summary>That BINARY_OP's oparg, with <see cref="InplaceMethodFlag"/> when the method run is <c>__iop__</c>.</summary>
    public int OperandOp;
    public const int InplaceMethodFlag = 0x100;
    /// <summary>The frame runs a COMPARE_OP's method: it also holds the extra recursion level CPython's
    /// do_richcompare takes (" in comparison"), released when the frame returns or unwinds.</summary>
    public const int CompareFlag = 0x200;
    /// <summary>f_trace: the local trace function (see <see cref="Tracing"/>); only set while tracing.</summary>
    public PyObject? TraceFunc;
    /// <summary>f_trace_lines.</summary>
    public bool TraceLines = true;
    /// <summary>The last instruction run under tracing (CPython's instr_prev), -1 before the first.</summary>
    public int TracePrevious = -1;
    /// <summary>A generator frame that yielded under tracing: its resumption reports a new 'call'.</summary>
    public bool TraceCallPending;
    /// <summary>The builtin a profiled CALL of this frame is running: its 'c_return' or 'c_exception' is due.</summary>
    public PyObject? PendingCCall;
    private Frame? _nextFree;
    private const int MaxPooledPerCode = 8;

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

    /// <summary>
    /// A frame for calling <paramref name="fn"/>: a recycled one of the same code when available.
    /// Why: a call used to allocate three objects (frame, locals, value stack), and allocation is the
    /// largest cost of call-heavy programs; most frames die the moment they return.
    /// </summary>
    public static Frame ForCall(PyFunction fn)
    {
        var info = fn.Code.Info;
        var f = info.FreeFrames;
        if (f == null) return new Frame(fn.Code, fn.Globals, fn.Builtins, null) { Function = fn };
        info.FreeFrames = f._nextFree;
        info.FreeFrameCount--;
        f._nextFree = null;
        f.Globals = fn.Globals;
        f.Builtins = fn.Builtins;
        f.Function = fn;
        return f;
    }

    /// <summary>Return a finished, unescaped function frame to its code's pool (see <see cref="ForCall"/>).</summary>
    public static void Recycle(Frame f)
    {
        var info = f.Info;
        if (f.Escaped || f.Generator != null || f.LocalsMap != null || f.LocalsDict != null || info.FreeFrameCount >= MaxPooledPerCode) return;
        // Span clears: the non-generic Array.Clear(Array) costs more than these few slots.
        f.Fast.AsSpan().Clear();
        f.Stack.AsSpan().Clear();
        if (f.Cells.Length != 0) f.Cells.AsSpan().Clear();
        f.Sp = 0;
        f.Pc = 0;
        f.LastI = -1;
        f.Back = null;
        f.Function = null;
        f.PendingKwNames = null;
        f.Yielded = false;
        f.Finished = false;
        f.InitSelf = null;
        f.OperandLeft = f.OperandRight = null;
        f._nextFree = info.FreeFrames;
        info.FreeFrames = f;
        info.FreeFrameCount++;
    }

    /// <summary>
    /// Mark <paramref name="f"/> and its callers as visible to Python code. Generator frames are
    /// walked through even when already marked: their <see cref="Back"/> changes on every resumption.
    /// </summary>
    public static void MarkEscaped(Frame? f)
    {
        while (f != null && (!f.Escaped || f.Generator != null))
        {
            f.Escaped = true;
            f = f.Back;
        }
    }

    public int LineForInstruction(int index) => Info.LineOf(index);
    public int CurrentLine => Info.LineOf(LastI < 0 ? 0 : LastI);

    /// <summary>
    /// locals() and f_locals: the locals mapping of a module or class body, or for a function frame its
    /// <see cref="LocalsDict"/> brought up to date (CPython 3.11's PyFrame_FastToLocals): bound variables are set,
    /// unbound ones removed, other keys left alone.
    /// </summary>
    public PyDict LocalsSnapshot()
    {
        if (LocalsMap is PyDict d) return d;
        var result = LocalsDict ??= new PyDict();
        for (int i = 0; i < Fast.Length; i++)
            Refresh(result, Info.VarNames[i], Fast[i]);
        var code = Info.Code;
        for (int i = 0; i < Cells.Length; i++)
        {
            var name = i < code.CellVars.Length ? code.CellVars[i] : code.FreeVars[i - code.CellVars.Length];
            Refresh(result, PyStr.Intern(name), Cells[i]?.Value);
        }
        return result;
    }

    private static void Refresh(PyDict locals, PyStr name, PyObject? value)
    {
        if (value != null) locals.SetItem(name, value);
        else locals.Remove(name);
    }
}
