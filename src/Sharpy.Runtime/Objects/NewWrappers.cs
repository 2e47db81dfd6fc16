namespace Sharpy.Runtime.Objects;

/// <summary>
/// CPython's tp_new_wrapper (typeobject.c): a builtin type's <c>__new__</c> is a builtin method bound to the type
/// that checks its first argument ("int.__new__(str): str is not a subtype of int") before constructing.
/// </summary>
internal static class NewWrappers
{
    public static void WrapBuiltinNew(PyType owner)
    {
        if (owner.Dict.GetItem("__new__") is not PyStaticMethod { Callable: PyBuiltinFunction { Self: null } inner }) return;
        var fn = inner.Fn;
        NativeCall checkedNew = (args, kw) =>
        {
            if (args.Length == 0 || (kw != null && args.Length == kw.Length))
                throw new PythonException(PyExc.TypeError($"{owner.Name}.__new__(): not enough arguments"));
            if (args[0] is not PyType sub)
                throw new PythonException(PyExc.TypeError($"{owner.Name}.__new__(X): X is not a type object ({args[0].Type.Name})"));
            if (!sub.IsSubtypeOf(owner))
                throw new PythonException(PyExc.TypeError($"{owner.Name}.__new__({sub.Name}): {sub.Name} is not a subtype of {owner.Name}"));
            // CPython's staticbase: the nearest type in sub's chain whose __new__ is not written in Python; it must
            // construct with this same __new__ ("not safe" otherwise). The chain is CPython's tp_base chain: mixin
            // classes of the MRO that do not share sub's instance layout are not on it.
            foreach (var staticBase in sub.Mro)
            {
                if (!staticBase.IsSubtypeOf(sub.SolidBase)) continue;
                if (staticBase.Lookup("__new__") is not PyStaticMethod { Callable: PyBuiltinFunction { NewOwner: { } other } })
                    continue;
                if (!ReferenceEquals(other, owner))
                    throw new PythonException(PyExc.TypeError(
                        $"{owner.Name}.__new__({sub.Name}) is not safe, use {staticBase.Name}.__new__()"));
                break;
            }
            return fn(args, kw);
        };
        owner.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", checkedNew, null, inner.ModuleName) { NewOwner = owner }));
    }
}
