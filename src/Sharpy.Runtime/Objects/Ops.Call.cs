using Sharpy.Runtime.Interpreter;

namespace Sharpy.Runtime.Objects;

public static partial class Ops
{
    public static PyObject Call(PyObject f) => Call(f, ReadOnlySpan<PyObject>.Empty, null);
    public static PyObject Call(PyObject f, PyObject a) => Call(f, new[] { a }, null);
    public static PyObject Call(PyObject f, PyObject a, PyObject b) => Call(f, new[] { a, b }, null);
    public static PyObject Call(PyObject f, PyObject a, PyObject b, PyObject c) => Call(f, new[] { a, b, c }, null);
    public static PyObject CallArgs(PyObject f, params PyObject[] args) => Call(f, args, null);

    /// <summary>Call any callable (vectorcall convention: trailing keyword values named by kwnames).</summary>
    public static PyObject Call(PyObject f, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        switch (f)
        {
            case PyFunction fn:
                return Eval.CallFunction(fn, args, kwnames);
            case PyBuiltinFunction bf:
                return bf.Invoke(args, kwnames);
            case PyMethodDescriptor md:
                return md.Invoke(args, kwnames);
            case PyMethod m:
            {
                var full = new PyObject[args.Length + 1];
                full[0] = m.Self;
                args.CopyTo(full.AsSpan(1));
                return Call(m.Function, full, kwnames);
            }
            case PyType t when ReferenceEquals(t.Type, PyTypes.Type):
                return TypeCall(t, args, kwnames);
        }
        var call = f.Type.Lookup("__call__");
        if (call == null)
            throw new PythonException(PyExc.TypeError($"'{f.Type.TpName}' object is not callable"));
        return CallWithSelfKw(call, f, args, kwnames);
    }

    public static PyObject CallWithSelfKw(PyObject m, PyObject self, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (m is PyFunction or PyMethodDescriptor)
        {
            var full = new PyObject[args.Length + 1];
            full[0] = self;
            args.CopyTo(full.AsSpan(1));
            return Call(m, full, kwnames);
        }
        return Call(DescrGet(m, self, self.Type), args, kwnames);
    }

    /// <summary>Call with a positional tuple and an optional kwargs dict (CALL_FUNCTION_EX).</summary>
    public static PyObject CallEx(PyObject f, PyObject[] args, PyDict? kwargs)
    {
        if (kwargs == null || kwargs.Count == 0) return Call(f, args, null);
        var all = new PyObject[args.Length + kwargs.Count];
        args.CopyTo(all, 0);
        var names = new string[kwargs.Count];
        int i = 0, pos = 0;
        while (kwargs.NextEntry(ref pos, out var k, out var v))
        {
            if (k is not PyStr ks) throw new PythonException(PyExc.TypeError("keywords must be strings"));
            names[i] = ks.Value;
            all[args.Length + i] = v;
            i++;
        }
        return Call(f, all, names);
    }

    /// <summary>CPython 3.11: Objects/typeobject.c type_call.</summary>
    public static PyObject TypeCall(PyType t, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (ReferenceEquals(t, PyTypes.Type) && args.Length == 1 && kwnames == null) return args[0].Type;
        var newFn = t.Lookup("__new__");
        if (newFn == null) throw new PythonException(PyExc.TypeError($"cannot create '{t.FullName}' instances"));
        var full = new PyObject[args.Length + 1];
        full[0] = t;
        args.CopyTo(full.AsSpan(1));
        var fnew = newFn is PyStaticMethod sm ? sm.Callable : newFn;
        var obj = Call(fnew, full, kwnames);
        if (!obj.Type.IsSubtypeOf(t)) return obj;
        var init = obj.Type.Lookup("__init__");
        if (init != null && !ReferenceEquals(init, ObjectInit))
        {
            var r = CallWithSelfKw(init, obj, args, kwnames);
            if (r is not PyNone)
                throw new PythonException(PyExc.TypeError($"__init__() should return None, not '{r.Type.TpName}'"));
        }
        return obj;
    }

    internal static PyObject? ObjectInit;

    public static bool IsCallable(PyObject o) =>
        o is PyFunction or PyBuiltinFunction or PyMethod or PyType or PyMethodDescriptor || o.Type.Lookup("__call__") != null;

    public static PyObject CallMethod(PyObject o, string name, params PyObject[] args)
    {
        var m = GetAttr(o, name);
        return Call(m, args, null);
    }
}
