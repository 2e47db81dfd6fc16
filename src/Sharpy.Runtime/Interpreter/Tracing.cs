using Sharpy.Bytecode.Opcodes;
using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Interpreter;

/// <summary>
/// <c>sys.settrace</c> and <c>sys.setprofile</c>: CPython 3.11's 'call', 'line', 'return' and 'exception'
/// events (and the profiler's 'call'/'return').
/// Why it costs nothing when off: the loop runs <see cref="CodeInfo.Ops"/> untouched. Only while a trace or
/// profile function is set does a frame (re)entering the loop run over <see cref="InstrumentedOps"/>, an
/// array holding <see cref="TraceOpcode"/> at every position; that instruction reports the events due
/// before the real instruction (taken from <c>CodeInfo.Ops</c>, superinstructions undone) and then
/// dispatches it. CPython 3.12's instrumentation works the same way.
/// The profiler also gets 'c_call' before a CALL of a builtin function or method descriptor, and 'c_return'
/// (before the frame's next instruction) or 'c_exception' (when the call raised) after it.
/// Not reported: 'opcode' events and assignments to <c>f_lineno</c> (jumps).
/// </summary>
// CPython 3.11: Python/ceval.c maybe_call_line_trace, call_trace, call_exc_trace; Python/sysmodule.c trace_trampoline
internal static class Tracing
{
    /// <summary>The instrumentation opcode (outside Sharpy's instruction set and the superinstructions).</summary>
    public const byte TraceOpcode = 250;

    private static byte[] s_instrumented = Filled(256);

    private static readonly PyStr CallEvent = PyStr.Intern("call"), LineEvent = PyStr.Intern("line"),
        ReturnEvent = PyStr.Intern("return"), ExceptionEvent = PyStr.Intern("exception"),
        CCallEvent = PyStr.Intern("c_call"), CReturnEvent = PyStr.Intern("c_return"), CExceptionEvent = PyStr.Intern("c_exception");

    private static byte[] Filled(int length)
    {
        var ops = new byte[length];
        Array.Fill(ops, TraceOpcode);
        return ops;
    }

    /// <summary>The ops a frame of <paramref name="info"/> runs while tracing: <see cref="TraceOpcode"/> everywhere.</summary>
    public static byte[] InstrumentedOps(CodeInfo info)
    {
        var ops = s_instrumented;
        if (ops.Length < info.Ops.Length)
        {
            ops = Filled(Math.Max(info.Ops.Length, ops.Length * 2));
            s_instrumented = ops;
        }
        return ops;
    }

    /// <summary>The real instruction at <paramref name="index"/>: a superinstruction becomes its first part.</summary>
    public static int RealOpcode(CodeInfo info, int index) => Superinstructions.FirstPartOf(info.Ops[index]);

    private static bool Active(PyThreadState ts) => !ts.InTraceCall && (ts.TraceFunc != null || ts.ProfileFunc != null);

    /// <summary>
    /// Events due before instruction <paramref name="index"/> (opcode <paramref name="op"/>) of
    /// <paramref name="f"/> runs; <paramref name="top"/> is the value on top of the stack. Returns the
    /// exception a trace function raised, if any.
    /// </summary>
    public static PyBaseException? BeforeInstruction(PyThreadState ts, Frame f, int index, int op, PyObject? top)
    {
        if (!Active(ts)) return null;
        if (f.PendingCCall is { } finished)
        {
            // Back at this frame's next instruction: the builtin the last CALL ran has returned.
            f.PendingCCall = null;
            if (ProfileEvent(ts, f, CReturnEvent, finished) is { } returnError) return returnError;
        }
        if (FrameEvents(ts, f, index, op, top) is { } error) return error;
        if (ts.ProfileFunc != null && op is (int)Opcode.CALL or (int)Opcode.CALL_FUNCTION_EX
            && BuiltinCalled(f, f.Info.Args[index], op) is { } builtin)
        {
            if (ProfileEvent(ts, f, CCallEvent, builtin) is { } callError) return callError;
            f.PendingCCall = builtin;
        }
        return null;
    }

    /// <summary>
    /// The builtin a CALL about to run calls, as the profiler sees it: a builtin function, or a method
    /// descriptor bound to its first argument (CPython 3.11's call_trace_protected for PyCFunction and
    /// PyMethodDescr). Null for Python functions, classes and other callables.
    /// </summary>
    private static PyObject? BuiltinCalled(Frame f, int arg, int op)
    {
        var stack = f.Stack;
        int sp = f.Sp;
        PyObject? callable, firstArg;
        if (op == (int)Opcode.CALL)
        {
            int baseIdx = sp - arg - 2;
            if (baseIdx < 0) return null;
            // [NULL, callable, args...] or [method, self, args...]
            callable = stack[baseIdx] ?? stack[baseIdx + 1];
            firstArg = stack[baseIdx] != null ? stack[baseIdx + 1] : arg > 0 ? stack[baseIdx + 2] : null;
        }
        else
        {
            // [NULL, callable, positional tuple, (kwargs)]
            int callableIdx = sp - 2 - (arg & 1);
            if (callableIdx < 0) return null;
            callable = stack[callableIdx];
            firstArg = stack[callableIdx + 1] is PyTuple pos && pos.Items.Length > 0 ? pos.Items[0] : null;
        }
        return callable switch
        {
            PyBuiltinFunction => callable,
            PyMethodDescriptor md when firstArg != null && firstArg.Type.IsSubtypeOf(md.Owner) => md.Bind(firstArg),
            _ => null,
        };
    }

    private static PyBaseException? FrameEvents(PyThreadState ts, Frame f, int index, int op, PyObject? top)
    {
        int previous = f.TracePrevious;
        f.TracePrevious = index;
        if (index == 0 || f.TraceCallPending)
        {
            f.TraceCallPending = false;
            Frame.MarkEscaped(f);
            // A frame that has not started yet reports its definition's line (CPython's RESUME).
            if (index == 0) f.LastI = -1;
            var profileError = ProfileEvent(ts, f, CallEvent, PyNone.Instance);
            f.LastI = index;
            if (profileError != null) return profileError;
            if (ts.TraceFunc is { } global)
            {
                if (index == 0) f.LastI = -1;
                var result = Call(ts, global, f, CallEvent, PyNone.Instance, isProfile: false, out var failure);
                f.LastI = index;
                if (failure != null) return failure;
                if (result is not PyNone) f.TraceFunc = result;
            }
            if (index != 0) return ReturnIfDue(ts, f, op, top);
        }
        if (op == (int)Opcode.PUSH_EXC_INFO)
        {
            // A handler's entry has no line in CPython (Sharpy's keeps the line before it): it reports
            // nothing, and the handler's first line always reports.
            f.TracePrevious = -1;
            return null;
        }
        if (f.TraceFunc != null && f.TraceLines && ts.TraceFunc != null)
        {
            int line = f.Info.LineOf(index);
            // The first instruction after the call always reports its line, as after CPython's RESUME.
            int lastLine = previous >= 0 ? f.Info.LineOf(previous) : -1;
            bool backwards = previous >= 0 && index < previous && op != (int)Opcode.SEND;
            // Sharpy tests a while loop's condition only at the top, where CPython 3.11 repeats it at the bottom:
            // a jump back to an instruction of its own line leaves the report to the jump's target.
            bool jumpToSameLine = op is (int)Opcode.JUMP_BACKWARD or (int)Opcode.JUMP_BACKWARD_NO_INTERRUPT
                && (uint)f.Info.Args[index] < (uint)f.Info.Ops.Length && f.Info.LineOf(f.Info.Args[index]) == line;
            if (line > 0 && !jumpToSameLine && (line != lastLine || backwards))
                if (LocalEvent(ts, f, LineEvent, PyNone.Instance) is { } error) return error;
        }
        return ReturnIfDue(ts, f, op, top);
    }

    private static PyBaseException? ReturnIfDue(PyThreadState ts, Frame f, int op, PyObject? top)
    {
        if (op is not ((int)Opcode.RETURN_VALUE or (int)Opcode.YIELD_VALUE)) return null;
        if (op == (int)Opcode.YIELD_VALUE) f.TraceCallPending = true; // its resumption is a new 'call'
        return ReturnEvents(ts, f, top ?? PyNone.Instance);
    }

    /// <summary>'exception' for a frame the exception <paramref name="exc"/> has just reached.</summary>
    public static PyBaseException? OnException(PyThreadState ts, Frame f, PyBaseException exc)
    {
        if (f.PendingCCall is { } failed)
        {
            f.PendingCCall = null;
            if (!ts.InTraceCall && ProfileEvent(ts, f, CExceptionEvent, failed) is { } profileError) return profileError;
        }
        if (!Active(ts) || f.TraceFunc == null || ts.TraceFunc == null) return null;
        var info = PyTuple.Create([exc.Type, exc, (PyObject?)exc.Traceback ?? PyNone.Instance]);
        return LocalEvent(ts, f, ExceptionEvent, info);
    }

    /// <summary>'return' (with None) for a frame an exception leaves.</summary>
    public static PyBaseException? OnUnwind(PyThreadState ts, Frame f) =>
        Active(ts) ? ReturnEvents(ts, f, PyNone.Instance) : null;

    private static PyBaseException? ReturnEvents(PyThreadState ts, Frame f, PyObject value)
    {
        if (ProfileEvent(ts, f, ReturnEvent, value) is { } error) return error;
        return f.TraceFunc != null && ts.TraceFunc != null ? LocalEvent(ts, f, ReturnEvent, value) : null;
    }

    private static PyBaseException? ProfileEvent(PyThreadState ts, Frame f, PyStr what, PyObject arg)
    {
        if (ts.ProfileFunc is not { } profile) return null;
        Frame.MarkEscaped(f);
        Call(ts, profile, f, what, arg, isProfile: true, out var failure);
        return failure;
    }

    /// <summary>An event for the frame's local trace function, whose non-None result replaces it.</summary>
    private static PyBaseException? LocalEvent(PyThreadState ts, Frame f, PyStr what, PyObject arg)
    {
        var result = Call(ts, f.TraceFunc!, f, what, arg, isProfile: false, out var failure);
        if (failure != null) return failure;
        if (result is not PyNone) f.TraceFunc = result;
        return null;
    }

    /// <summary>
    /// Calls a trace or profile function with tracing suspended. If it raises, it is removed (as CPython
    /// does) and its exception is returned, to be raised in the traced frame.
    /// </summary>
    private static PyObject Call(PyThreadState ts, PyObject func, Frame f, PyStr what, PyObject arg, bool isProfile,
        out PyBaseException? failure)
    {
        failure = null;
        ts.InTraceCall = true;
        try
        {
            return Ops.Call(func, new PyObject[] { f, what, arg }, null);
        }
        catch (PythonException e)
        {
            if (isProfile) ts.ProfileFunc = null;
            else
            {
                ts.TraceFunc = null;
                f.TraceFunc = null;
            }
            failure = e.Value;
            return PyNone.Instance;
        }
        finally
        {
            ts.InTraceCall = false;
        }
    }

    /// <summary>sys.settrace / gettrace / setprofile / getprofile, and the frame's f_trace attributes.</summary>
    public static void Install(PyDict sys)
    {
        sys.DefFunction("settrace", (a, k) =>
        {
            CheckArgs("settrace", a, k, 1);
            var ts = PythonRuntime.Current.PyThreadState;
            ts.HooksInstalled |= a[0] is not PyNone && ts.TraceFunc == null && ts.ProfileFunc == null;
            ts.TraceFunc = a[0] is PyNone ? null : a[0];
            return PyNone.Instance;
        }, "sys");
        sys.DefFunction("gettrace", (a, k) =>
        {
            CheckArgs("gettrace", a, k, 0);
            return PythonRuntime.Current.PyThreadState.TraceFunc ?? PyNone.Instance;
        }, "sys");
        sys.DefFunction("setprofile", (a, k) =>
        {
            CheckArgs("setprofile", a, k, 1);
            var ts = PythonRuntime.Current.PyThreadState;
            ts.HooksInstalled |= a[0] is not PyNone && ts.TraceFunc == null && ts.ProfileFunc == null;
            ts.ProfileFunc = a[0] is PyNone ? null : a[0];
            return PyNone.Instance;
        }, "sys");
        sys.DefFunction("getprofile", (a, k) =>
        {
            CheckArgs("getprofile", a, k, 0);
            return PythonRuntime.Current.PyThreadState.ProfileFunc ?? PyNone.Instance;
        }, "sys");

        var frame = PyTypes.Frame;
        frame.Prop("f_trace", o => ((Frame)o).TraceFunc ?? PyNone.Instance,
            (o, v) => ((Frame)o).TraceFunc = v is null or PyNone ? null : v);
        frame.Prop("f_trace_lines", o => Py.Bool(((Frame)o).TraceLines),
            (o, v) => ((Frame)o).TraceLines = AsBool(v));
        frame.Prop("f_trace_opcodes", o => Py.Bool(false), (o, v) => AsBool(v));
    }

    private static bool AsBool(PyObject? value) => value is not null && ReferenceEquals(value.Type, PyTypes.Bool)
        ? ReferenceEquals(value, Py.True)
        : throw new PythonException(PyExc.TypeError("attribute value type must be bool"));

    // CPython's METH_O / METH_NOARGS messages.
    private static void CheckArgs(string name, ReadOnlySpan<PyObject> args, string[]? kwnames, int expected)
    {
        if (kwnames is { Length: > 0 }) throw new PythonException(PyExc.TypeError($"sys.{name}() takes no keyword arguments"));
        if (args.Length == expected) return;
        throw new PythonException(PyExc.TypeError(expected == 0
            ? $"sys.{name}() takes no arguments ({args.Length} given)"
            : $"sys.{name}() takes exactly one argument ({args.Length} given)"));
    }
}
