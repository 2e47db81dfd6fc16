using Sharpy.Runtime.Interpreter;

namespace Sharpy.Runtime.Objects;

public static partial class Ops
{
    public static PyObject Call(PyObject f) => Call(f, ReadOnlySpan<PyObject>.Empty, null);
    // The arguments of these overloads live on the .NET stack: a callee sees them as a span and copies what it
    // keeps (a frame's locals, a bound method's argument array), so native code calling Python (map, filter,
    // sort keys, dunder methods) allocates no argument array per call.
    public static PyObject Call(PyObject f, PyObject a) => Call(f, new ReadOnlySpan<PyObject>(in a), null);
    public static PyObject Call(PyObject f, PyObject a, PyObject b)
    {
        TwoArgs args = default;
        args[0] = a; args[1] = b;
        return Call(f, args, null);
    }
    public static PyObject Call(PyObject f, PyObject a, PyObject b, PyObject c)
    {
        ThreeArgs args = default;
        args[0] = a; args[1] = b; args[2] = c;
        return Call(f, args, null);
    }

    [System.Runtime.CompilerServices.InlineArray(2)]
    private struct TwoArgs { private PyObject _first; }

    [System.Runtime.CompilerServices.InlineArray(3)]
    private struct ThreeArgs { private PyObject _first; }

    /// <summary><paramref name="self"/> followed by <paramref name="args"/>, on the stack when there are at most two.</summary>
    private static PyObject CallPrepended(PyObject m, PyObject self, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        switch (args.Length)
        {
            case 0: return Call(m, new ReadOnlySpan<PyObject>(in self), kwnames);
            case 1:
            {
                TwoArgs two = default;
                two[0] = self; two[1] = args[0];
                return Call(m, two, kwnames);
            }
            case 2:
            {
                ThreeArgs three = default;
                three[0] = self; three[1] = args[0]; three[2] = args[1];
                return Call(m, three, kwnames);
            }
        }
        var full = new PyObject[args.Length + 1];
        full[0] = self;
        args.CopyTo(full.AsSpan(1));
        return Call(m, full, kwnames);
    }
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
                return CallPrepended(m.Function, m.Self, args, kwnames);
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
        if (m is PyFunction or PyMethodDescriptor) return CallPrepended(m, self, args, kwnames);
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
        if (t.ExactCall is { } exact && exact(args, kwnames) is { } made) return made;
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
