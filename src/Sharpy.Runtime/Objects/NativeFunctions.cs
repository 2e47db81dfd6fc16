namespace Sharpy.Runtime.Objects;

/// <summary>
/// The native calling convention (vectorcall-like): positional arguments followed by keyword values;
/// <paramref name="kwnames"/> names the trailing keyword values (null when there are none).
/// For methods, <c>args[0]</c> is <c>self</c>.
/// </summary>
public delegate PyObject NativeCall(ReadOnlySpan<PyObject> args, string[]? kwnames);
/// <summary>See <see cref="PyType.ExactCall"/>: the result of calling a builtin type, or null to take the general path.</summary>
public delegate PyObject? ExactTypeCall(ReadOnlySpan<PyObject> args, string[]? kwnames);

/// <summary><c>builtin_function_or_method</c>: a native function, possibly bound to <see cref="Self"/>.</summary>
public sealed class PyBuiltinFunction : PyObject
{
    public readonly string Name;
    public readonly NativeCall Fn;
    public readonly PyObject? Self;
    public string? ModuleName;
    public string? QualOwner;
    /// <summary>The type whose <c>__new__</c> this is: CPython shows it as a method bound to that type.</summary>
    public PyType? NewOwner;
    /// <summary>The type a static method (str.maketrans) belongs to: it has no __self__ but names the type in its repr.</summary>
    public PyType? StaticOwner;

    public PyBuiltinFunction(string name, NativeCall fn, PyObject? self = null, string? module = "builtins")
        : base(PyTypes.BuiltinFunction)
    {
        Name = name; Fn = fn; Self = self; ModuleName = module;
        // CPython 3.11 specializes len() and isinstance() into instructions that skip the recursion check.
        _countsDepth = !(self == null && module == "builtins" && name is "len" or "isinstance");
    }

    private readonly bool _countsDepth;

    public PyObject Invoke(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        // CPython's builtin call paths (cfunction_vectorcall_*) count one level of recursion depth each, so a
        // runaway recursion through len()/repr() trips at the same point and with the same message.
        if (!_countsDepth) return Fn(args, kwnames);
        Ops.EnterNative(CallingWhere);
        try
        {
            if (Self == null) return Fn(args, kwnames);
            var full = new PyObject[args.Length + 1];
            full[0] = Self;
            args.CopyTo(full.AsSpan(1));
            return Fn(full, kwnames);
        }
        finally { Ops.LeaveNative(); }
    }

    internal const string CallingWhere = " while calling a Python object";
}

/// <summary>
/// <c>method_descriptor</c>: a native method stored in a builtin type's dict; for the special methods CPython
/// implements as type slots it is a <c>wrapper_descriptor</c> ("slot wrapper") instead, which binds to a
/// <c>method-wrapper</c> and has its own error messages (<see cref="SlotWrappers"/>).
/// </summary>
public sealed class PyMethodDescriptor : PyObject
{
    public readonly PyType Owner;
    public readonly string Name;
    public readonly NativeCall Fn;
    public readonly bool IsSlotWrapper;

    public PyMethodDescriptor(PyType owner, string name, NativeCall fn)
        : base(SlotWrappers.IsSlot(owner, name) ? PyTypes.WrapperDescriptor : PyTypes.MethodDescriptor)
    {
        Owner = owner; Name = name; Fn = fn;
        IsSlotWrapper = ReferenceEquals(Type, PyTypes.WrapperDescriptor);
        // Slot wrappers (reached internally by operators) have no recursion check in CPython, and list.append
        // has its own specialized instruction in 3.11 that skips it.
        _countsDepth = !IsSlotWrapper && !(ReferenceEquals(owner, PyTypes.List) && name == "append");
    }

    private readonly bool _countsDepth;

    public PyObject Invoke(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (args.Length == 0 || (kwnames != null && args.Length == kwnames.Length))
            throw new PythonException(PyExc.TypeError(IsSlotWrapper
                ? $"descriptor '{Name}' of '{Owner.Name}' object needs an argument"
                : $"unbound method {Owner.Name}.{Name}() needs an argument"));
        if (!args[0].Type.IsSubtypeOf(Owner))
            throw new PythonException(PyExc.TypeError(IsSlotWrapper
                ? $"descriptor '{Name}' requires a '{Owner.TpName}' object but received a '{args[0].Type.Name}'"
                : $"descriptor '{Name}' for '{Owner.TpName}' objects doesn't apply to a '{args[0].Type.Name}' object"));
        // Like method_vectorcall_* in CPython: the call counts one level of recursion depth.
        if (!_countsDepth) return Fn(args, kwnames);
        Ops.EnterNative(PyBuiltinFunction.CallingWhere);
        try { return Fn(args, kwnames); }
        finally { Ops.LeaveNative(); }
    }

    public PyObject Bind(PyObject self)
    {
        var bound = new PyBuiltinFunction(Name, Fn, self) { QualOwner = Owner.Name };
        if (IsSlotWrapper) bound.Type = PyTypes.MethodWrapper;
        return bound;
    }
}

/// <summary>A native class method (e.g. <c>dict.fromkeys</c>, <c>int.from_bytes</c>); args[0] is the class.</summary>
public sealed class PyClassMethodDescriptor : PyObject
{
    public readonly PyType Owner;
    public readonly string Name;
    public readonly NativeCall Fn;

    public PyClassMethodDescriptor(PyType owner, string name, NativeCall fn) : base(PyTypes.ClassMethodDescriptor)
    {
        Owner = owner; Name = name; Fn = fn;
    }
}

/// <summary><c>getset_descriptor</c>: a native computed attribute (data descriptor).</summary>
public sealed class PyGetSetDescriptor : PyObject
{
    public readonly PyType Owner;
    public readonly string Name;
    public readonly Func<PyObject, PyObject> Getter;
    public readonly Action<PyObject, PyObject?>? Setter;
    /// <summary>__doc__ (CPython's PyGetSetDef.doc), or null for None.</summary>
    public string? Doc { get; init; }

    public PyGetSetDescriptor(PyType owner, string name, Func<PyObject, PyObject> getter, Action<PyObject, PyObject?>? setter)
        : base(PyTypes.GetSetDescriptor)
    {
        Owner = owner; Name = name; Getter = getter; Setter = setter;
    }
}

/// <summary><c>member_descriptor</c> for a <c>__slots__</c> entry.</summary>
public sealed class PySlotMember : PyObject
{
    public readonly PyType Owner;
    public readonly string Name;
    public readonly int Index;

    public PySlotMember(PyType owner, string name, int index) : base(PyTypes.MemberDescriptor)
    {
        Owner = owner; Name = name; Index = index;
    }
}

public delegate PyObject NativeVarMethod(PyObject self, ReadOnlySpan<PyObject> args);

/// <summary>
/// Helpers for declaring native methods on builtin types with CPython's arity errors. Pattern:
/// <code>
/// t.Def("append", (self, x) => { ((PyList)self).Append(x); return PyNone.Instance; });
/// t.DefRange("pop", 0, 1, (self, args) => ...);          // positional-only with optional args
/// t.DefRaw("sort", (args, kwnames) => ...);               // full control (keywords)
/// </code>
/// </summary>
public static class TypeDefinitions
{
    public static void Def(this PyType t, string name, Func<PyObject, PyObject> fn)
    {
        string q = $"{t.Name}.{name}";
        if (SlotWrappers.IsSlot(t, name))
        {
            t.Dict.SetItem(name, new PyMethodDescriptor(t, name, (args, kw) =>
            {
                SlotWrappers.CheckArgs(name, args.Length - 1, 0, 0, kw);
                return fn(args[0]);
            }));
            return;
        }
        t.Dict.SetItem(name, new PyMethodDescriptor(t, name, (args, kw) =>
        {
            if (kw != null && kw.Length > 0) throw new PythonException(PyExc.TypeError($"{q}() takes no keyword arguments"));
            if (args.Length != 1) throw new PythonException(PyExc.TypeError($"{q}() takes no arguments ({args.Length - 1} given)"));
            return fn(args[0]);
        }));
    }

    public static void Def(this PyType t, string name, Func<PyObject, PyObject, PyObject> fn)
    {
        string q = $"{t.Name}.{name}";
        if (SlotWrappers.IsSlot(t, name))
        {
            t.Dict.SetItem(name, new PyMethodDescriptor(t, name, (args, kw) =>
            {
                SlotWrappers.CheckArgs(name, args.Length - 1, 1, 1, kw);
                return fn(args[0], args[1]);
            }));
            return;
        }
        t.Dict.SetItem(name, new PyMethodDescriptor(t, name, (args, kw) =>
        {
            if (kw != null && kw.Length > 0) throw new PythonException(PyExc.TypeError($"{q}() takes no keyword arguments"));
            if (args.Length != 2) throw new PythonException(PyExc.TypeError($"{q}() takes exactly one argument ({args.Length - 1} given)"));
            return fn(args[0], args[1]);
        }));
    }

    public static void Def(this PyType t, string name, Func<PyObject, PyObject, PyObject, PyObject> fn)
    {
        t.DefRange(name, 2, 2, (self, a) => fn(self, a[0], a[1]));
    }

    /// <summary>Positional-only method taking between min and max arguments (after self).</summary>
    public static void DefRange(this PyType t, string name, int min, int max, NativeVarMethod fn)
    {
        if (SlotWrappers.IsSlot(t, name))
        {
            t.Dict.SetItem(name, new PyMethodDescriptor(t, name, (args, kw) =>
            {
                SlotWrappers.CheckArgs(name, args.Length - 1, min, max, kw);
                return fn(args[0], args[1..]);
            }));
            return;
        }
        t.Dict.SetItem(name, new PyMethodDescriptor(t, name, (args, kw) =>
        {
            if (kw != null && kw.Length > 0) throw new PythonException(PyExc.TypeError($"{t.Name}.{name}() takes no keyword arguments"));
            CheckRange(name, args.Length - 1, min, max);
            return fn(args[0], args[1..]);
        }));
    }

    /// <summary>
    /// Like <see cref="DefRange"/>, with PyArg_ParseTuple's messages ("find() takes at least 1 argument (0 given)"),
    /// which CPython 3.11's str/bytes find family still uses instead of argument clinic's.
    /// </summary>
    public static void DefRangeParseTuple(this PyType t, string name, int min, int max, NativeVarMethod fn)
    {
        t.Dict.SetItem(name, new PyMethodDescriptor(t, name, (args, kw) =>
        {
            if (kw != null && kw.Length > 0) throw new PythonException(PyExc.TypeError($"{t.Name}.{name}() takes no keyword arguments"));
            int n = args.Length - 1;
            if (n < min || n > max)
            {
                int bound = n < min ? min : max;
                string how = min == max ? "exactly" : n < min ? "at least" : "at most";
                throw new PythonException(PyExc.TypeError($"{name}() takes {how} {bound} argument{(bound == 1 ? "" : "s")} ({n} given)"));
            }
            return fn(args[0], args[1..]);
        }));
    }

    public static void CheckRange(string name, int n, int min, int max)
    {
        if (n < min)
        {
            if (min == max && min == 1) throw new PythonException(PyExc.TypeError($"{name}() takes exactly one argument ({n} given)"));
            throw new PythonException(PyExc.TypeError($"{name} expected {(min == max ? "" : "at least ")}{min} argument{(min == 1 ? "" : "s")}, got {n}"));
        }
        if (n > max)
        {
            if (max == 0) throw new PythonException(PyExc.TypeError($"{name}() takes no arguments ({n} given)"));
            throw new PythonException(PyExc.TypeError($"{name} expected {(min == max ? "" : "at most ")}{max} argument{(max == 1 ? "" : "s")}, got {n}"));
        }
    }

    public static void DefRaw(this PyType t, string name, NativeCall fn) =>
        t.Dict.SetItem(name, new PyMethodDescriptor(t, name, fn));

    public static void DefClassMethod(this PyType t, string name, NativeCall fn) =>
        t.Dict.SetItem(name, new PyClassMethodDescriptor(t, name, fn));

    /// <summary><c>__class_getitem__</c> returning <c>types.GenericAlias(cls, item)</c> (PEP 585).</summary>
    public static void DefClassGetItem(this PyType t) =>
        t.DefClassMethod("__class_getitem__", (args, kw) =>
        {
            if (kw is { Length: > 0 }) throw new PythonException(PyExc.TypeError($"{t.Name}.__class_getitem__() takes no keyword arguments"));
            if (args.Length != 2)
                throw new PythonException(PyExc.TypeError($"{t.Name}.__class_getitem__() takes exactly one argument ({args.Length - 1} given)"));
            return new PyGenericAlias(args[0], args[1]);
        });

    /// <summary>A static method: CPython reports its qualname as "Type.name" and its module as None.</summary>
    public static void DefStatic(this PyType t, string name, NativeCall fn) =>
        t.Dict.SetItem(name, new PyStaticMethod(new PyBuiltinFunction(name, fn, null, null) { QualOwner = t.Name, StaticOwner = t }));

    public static void Prop(this PyType t, string name, Func<PyObject, PyObject> get, Action<PyObject, PyObject?>? set = null) =>
        t.Dict.SetItem(name, new PyGetSetDescriptor(t, name, get, set));

    /// <summary>
    /// An attribute CPython declares as a READONLY member (PyMemberDef) rather than a getset: storing or
    /// deleting it fails with "readonly attribute" instead of "attribute 'x' of 'T' objects is not writable".
    /// </summary>
    public static void ReadOnlyMember(this PyType t, string name, Func<PyObject, PyObject> get) =>
        t.Dict.SetItem(name, new PyGetSetDescriptor(t, name, get, RefuseStore));

    private static void RefuseStore(PyObject self, PyObject? value) =>
        throw new PythonException(PyExc.AttributeError("readonly attribute"));

    /// <summary>A module-level (or builtins) function.</summary>
    public static void DefFunction(this PyDict ns, string name, NativeCall fn, string module = "builtins") =>
        ns.SetItem(name, new PyBuiltinFunction(name, fn, null, module));
}
