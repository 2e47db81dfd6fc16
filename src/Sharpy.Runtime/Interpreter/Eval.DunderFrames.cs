using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Interpreter;

public static partial class Eval
{
    /// <summary>
    /// Makes <paramref name="nf"/>, the frame of a Python-level operator dunder (BINARY_OP, BINARY_SUBSCR),
    /// the running frame on top of <paramref name="f"/>, as CALL does for a Python function: same recursion
    /// limit, same trampoline budget. True when the loop must stop here: with <paramref name="exc"/> set, the
    /// RecursionError to raise in the caller; otherwise the budget ran out and the loop returns the trampoline.
    /// </summary>
    private static bool PushDunderFrame(PyThreadState ts, ref Frame f, Frame nf, int sp, int pc, ref int budget, out PyBaseException? exc)
    {
        exc = null;
        f.Sp = sp; f.Pc = pc;
        if (++ts.Depth > ts.RecursionLimit)
        {
            ts.Depth--;
            exc = PyExc.RecursionError("maximum recursion depth exceeded");
            return true;
        }
        nf.Back = f;
        f = nf;
        if (--budget == 0)
        {
            ts.TopFrame = f;
            return true;
        }
        return false;
    }

    /// <summary>
    /// As <see cref="PushDunderFrame"/> for a COMPARE_OP method: the frame also takes the recursion level of
    /// CPython's do_richcompare (Py_EnterRecursiveCall(" in comparison")), so limits and messages match the
    /// native call; RETURN_VALUE and Unwind release it (Frame.CompareFlag).
    /// </summary>
    private static bool PushCompareFrame(PyThreadState ts, ref Frame f, Frame nf, PyObject a, PyObject b, int op, int sp, int pc, ref int budget, out PyBaseException? exc)
    {
        if (++ts.Depth > ts.RecursionLimit)
        {
            ts.Depth--;
            f.Sp = sp; f.Pc = pc;
            exc = PyExc.RecursionError("maximum recursion depth exceeded in comparison");
            return true;
        }
        nf.OperandLeft = a;
        nf.OperandRight = b;
        nf.OperandOp = op | Frame.CompareFlag;
        if (PushDunderFrame(ts, ref f, nf, sp, pc, ref budget, out exc))
        {
            if (exc != null)
            {
                ts.Depth--;
                nf.OperandLeft = nf.OperandRight = null;
            }
            return true;
        }
        return false;
    }

    /// <summary>
    /// RETURN_VALUE of an operator frame (Frame.OperandLeft set), back in caller <paramref name="f"/>: a
    /// comparison releases its extra recursion level; a NotImplemented result goes on with the rest of the
    /// protocol (reflected method, identity for ==/!=, TypeError), whose errors belong to the caller's
    /// instruction (f.LastI is still the BINARY_OP/COMPARE_OP).
    /// </summary>
    private static PyObject FinishOperatorFrame(PyThreadState ts, Frame f, PyObject v, PyObject a, PyObject b, int operandOp)
    {
        ts.TopFrame = f;
        int op = operandOp & 0xFF;
        if ((operandOp & Frame.CompareFlag) != 0)
        {
            try
            {
                return ReferenceEquals(v, PyNotImplemented.Instance) ? Ops.CompareAfterNotImplemented(a, b, op) : v;
            }
            finally { ts.Depth--; }
        }
        return ReferenceEquals(v, PyNotImplemented.Instance)
            ? Ops.BinaryAfterNotImplemented(a, b, op, (operandOp & Frame.InplaceMethodFlag) != 0)
            : v;
    }
}
