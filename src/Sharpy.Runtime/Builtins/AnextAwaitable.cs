using Sharpy.Runtime.Interpreter;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Builtins;

/// <summary>
/// What <c>anext(iterator, default)</c> returns (CPython's anext_awaitable): it awaits the iterator's
/// <c>__anext__()</c> result and turns the StopAsyncIteration that ends the iteration into the
/// default value, returned as the await's result.
/// </summary>
public sealed class AnextAwaitable : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private readonly PyObject _awaitable;
    private readonly PyObject _default;
    private PyObject? _iterator;

    private AnextAwaitable(PyObject awaitable, PyObject dflt) : base(TypeObject)
    {
        _awaitable = awaitable;
        _default = dflt;
    }

    /// <summary>builtins.anext: the awaitable of <c>__anext__()</c>, wrapped when a default is given.</summary>
    public static PyObject Anext(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (kwnames is { Length: > 0 }) throw new PythonException(PyExc.TypeError("anext() takes no keyword arguments"));
        if (args.Length < 1) throw new PythonException(PyExc.TypeError($"anext expected at least 1 argument, got {args.Length}"));
        if (args.Length > 2) throw new PythonException(PyExc.TypeError($"anext expected at most 2 arguments, got {args.Length}"));
        var m = args[0].Type.Lookup("__anext__")
            ?? throw new PythonException(PyExc.TypeError($"'{args[0].Type.Name}' object is not an async iterator"));
        var awaitable = Ops.CallWithSelf(m, args[0], []);
        return args.Length == 1 ? awaitable : new AnextAwaitable(awaitable, args[1]);
    }

    private PyObject Iterator => _iterator ??= Eval.GetAwaitable(_awaitable, 0);

    /// <summary>Runs one step of the wrapped awaitable; its StopAsyncIteration becomes StopIteration(default).</summary>
    private PyObject Step(Func<PyObject, PyObject> step)
    {
        try { return step(Iterator); }
        catch (PythonException e) when (e.Value.IsInstance(PyExc.StopAsyncIteration))
        {
            throw new PythonException(PyExc.StopIterationWith(_default));
        }
    }

    private static PyType CreateType()
    {
        var t = PyTypes.NewBuiltin("anext_awaitable", PyTypes.Object);
        t.Allocator = null;
        t.IsBaseType = false;
        static AnextAwaitable A(PyObject o) => (AnextAwaitable)o;
        t.Def("__await__", a => a);
        t.Def("__iter__", a => a);
        // Steps go to the awaitable's iterator as SEND does: a coroutine directly, anything else through
        // its methods, so the StopIteration carrying a return value reaches the awaiting frame intact.
        t.Def("__next__", a => A(a).Step(it => it is PyGenerator g ? g.Send(PyNone.Instance) : Ops.CallMethod(it, "__next__")));
        t.Def("send", (a, v) => A(a).Step(it => it is PyGenerator g ? g.Send(v) : Ops.CallMethod(it, "send", v)));
        t.DefRange("throw", 1, 3, (a, args) =>
        {
            var thrown = args.ToArray();
            return A(a).Step(it => it is PyGenerator g ? g.Throw(MiscTypeMethods.MakeThrown(thrown)) : Ops.CallMethod(it, "throw", thrown));
        });
        t.Def("close", a => A(a)._iterator switch
        {
            null => PyNone.Instance,
            PyGenerator g => g.Close(),
            var it => Ops.CallMethod(it, "close"),
        });
        return t;
    }
}
