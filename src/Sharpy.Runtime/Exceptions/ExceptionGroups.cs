using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime;

/// <summary>BaseExceptionGroup/ExceptionGroup behaviour (CPython 3.11 Objects/exceptions.c) and except* support.</summary>
public static class ExceptionGroups
{
    public static PyBaseException[]? Exceptions(PyBaseException e) =>
        e.GetField("exceptions") is PyTuple t ? t.Items.Cast<PyBaseException>().ToArray() : null;

    public static PyObject New(PyType cls, ReadOnlySpan<PyObject> args)
    {
        if (args.Length != 2)
            throw new PythonException(PyExc.TypeError($"BaseExceptionGroup.__new__() takes exactly 2 arguments ({args.Length} given)"));
        if (args[0] is not PyStr msg)
            throw new PythonException(PyExc.TypeError($"argument 1 must be str, not {args[0].Type.Name}"));
        var seqObj = args[1];
        if (seqObj is not PyList && seqObj is not PyTuple && seqObj.Type.Lookup("__getitem__") == null || seqObj is PyDict || seqObj is PySet)
            throw new PythonException(PyExc.TypeError("second argument (exceptions) must be a sequence"));
        var items = Ops.ToList(seqObj);
        if (items.Count == 0) throw new PythonException(PyExc.ValueError("second argument (exceptions) must be a non-empty sequence"));
        bool allExceptions = true;
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i] is not PyBaseException be)
                throw new PythonException(PyExc.ValueError($"Item {i} of second argument (exceptions) is not an exception"));
            if (!be.IsInstance(PyExc.Exception)) allExceptions = false;
        }
        if (ReferenceEquals(cls, PyExc.BaseExceptionGroup))
        {
            if (allExceptions) cls = PyExc.ExceptionGroupType;
        }
        else if (ReferenceEquals(cls, PyExc.ExceptionGroupType))
        {
            if (!allExceptions) throw new PythonException(PyExc.TypeError("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
        else if (!allExceptions && cls.IsSubtypeOf(PyExc.Exception))
            throw new PythonException(PyExc.TypeError($"Cannot nest BaseExceptions in '{cls.Name}'"));
        var eg = new PyBaseException(cls) { Args = PyTuple.Of(msg, seqObj) };
        eg.SetField("message", msg);
        eg.SetField("exceptions", PyTuple.Create(items.ToArray()));
        return eg;
    }

    public static PyBaseException Derive(PyBaseException eg, PyObject[] excs)
    {
        var msg = eg.GetField("message") ?? PyStr.Empty;
        PyObject r;
        var derive = eg.Type.Lookup("derive");
        if (derive != null && derive is not PyMethodDescriptor) r = Ops.CallWithSelf(derive, eg, [new PyList(excs)]);
        else r = New(PyExc.BaseExceptionGroup, [msg, new PyList(excs)]);
        if (r is not PyBaseException re) throw new PythonException(PyExc.TypeError("derive must return an instance of BaseExceptionGroup"));
        return re;
    }

    private static void CopyMetadata(PyBaseException from, PyBaseException to)
    {
        to.Traceback = from.Traceback;
        to.Cause = from.Cause;
        to.Context = from.Context;
        to.SuppressContext = from.SuppressContext;
        if (from.GetField("__notes__") is { } notes) to.SetField("__notes__", notes is PyList l ? new PyList(l.ToArray()) : notes);
    }

    private static bool Matches(PyBaseException e, PyObject condition)
    {
        if (condition is PyType || condition is PyTuple) return Ops.IsInstance(e, condition);
        return Ops.IsTrue(Ops.Call(condition, e));
    }

    public static void CheckCondition(PyObject condition)
    {
        if (condition is PyType t && t.IsSubtypeOf(PyExc.BaseException)) return;
        if (condition is PyTuple tt && tt.Items.All(x => x is PyType xt && xt.IsSubtypeOf(PyExc.BaseException))) return;
        if (Ops.IsCallable(condition) && condition is not PyType) return;
        throw new PythonException(PyExc.TypeError("expected a function, exception type or tuple of exception types"));
    }

    /// <summary>split(condition) → (match or null, rest or null).</summary>
    public static (PyBaseException? match, PyBaseException? rest) Split(PyBaseException eg, PyObject condition, bool wantRest = true)
    {
        if (Matches(eg, condition)) return (eg, null);
        var excs = Exceptions(eg);
        if (excs == null) return (null, eg);
        var matched = new List<PyObject>();
        var rest = new List<PyObject>();
        foreach (var e in excs)
        {
            var (m, r) = Split(e, condition, wantRest);
            if (m != null) matched.Add(m);
            if (r != null) rest.Add(r);
        }
        PyBaseException? mg = null, rg = null;
        if (matched.Count > 0) { mg = Derive(eg, matched.ToArray()); CopyMetadata(eg, mg); }
        if (wantRest && rest.Count > 0) { rg = Derive(eg, rest.ToArray()); CopyMetadata(eg, rg); }
        return (mg, rg);
    }

    /// <summary>CHECK_EG_MATCH: (match, rest) with None for "no match".</summary>
    public static (PyObject match, PyObject rest) SplitForExceptStar(PyBaseException exc, PyObject type)
    {
        if (!exc.IsInstance(PyExc.BaseExceptionGroup))
        {
            if (!Ops.IsInstance(exc, type)) return (PyNone.Instance, exc);
            var wrapped = (PyBaseException)New(PyExc.BaseExceptionGroup, [PyStr.Empty, PyTuple.Of(exc)]);
            wrapped.Traceback = exc.Traceback;
            return (wrapped, PyNone.Instance);
        }
        var (m, r) = Split(exc, type);
        if (m == null) return (PyNone.Instance, exc);
        return (m, (PyObject?)r ?? PyNone.Instance);
    }

    private static void CollectLeaves(PyBaseException e, HashSet<PyBaseException> leaves)
    {
        var excs = Exceptions(e);
        if (excs == null) { leaves.Add(e); return; }
        foreach (var x in excs) CollectLeaves(x, leaves);
    }

    /// <summary>PREP_RERAISE_STAR (CPython 3.11 _PyExc_PrepReraiseStar).</summary>
    public static PyObject PrepReraiseStar(PyObject orig, PyList list)
    {
        var excs = list.ToArray().Where(x => x is not PyNone).Cast<PyBaseException>().ToList();
        if (excs.Count == 0) return PyNone.Instance;
        if (orig is not PyBaseException origExc || !origExc.IsInstance(PyExc.BaseExceptionGroup)) return excs[0];
        var origLeaves = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance);
        CollectLeaves(origExc, origLeaves);
        var raised = new List<PyObject>();
        var reraisedLeaves = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance);
        foreach (var e in excs)
        {
            var leaves = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance);
            CollectLeaves(e, leaves);
            if (leaves.All(origLeaves.Contains)) reraisedLeaves.UnionWith(leaves);
            else raised.Add(e);
        }
        PyBaseException? reraisedEg = null;
        if (reraisedLeaves.Count > 0)
        {
            var cond = new PyBuiltinFunction("_leaf", (a, _) => Py.Bool(a[0] is PyBaseException b && reraisedLeaves.Contains(b)));
            reraisedEg = Split(origExc, cond, false).match;
        }
        if (raised.Count == 0) return (PyObject?)reraisedEg ?? PyNone.Instance;
        if (reraisedEg != null) raised.Add(reraisedEg);
        if (raised.Count == 1) return raised[0];
        return New(PyExc.BaseExceptionGroup, [PyStr.Empty, new PyList(raised.ToArray())]);
    }
}
