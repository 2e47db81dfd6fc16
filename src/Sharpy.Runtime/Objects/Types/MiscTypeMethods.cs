using Sharpy.Runtime.Interpreter;

namespace Sharpy.Runtime.Objects;

internal static class MiscTypeMethods
{
    public static void Init()
    {
        InitSingletons();
        InitFunctions();
        InitDescriptors();
        InitIterators();
        InitRangeSlice();
        InitBuiltinIterTypes();
        InitGenerators();
        InitModuleCodeFrame();
    }

    private static void InitSingletons()
    {
        var n = PyTypes.NoneType;
        n.Def("__repr__", a => new PyStr("None"));
        n.Def("__bool__", a => Py.False);
        // CPython hashes None, Ellipsis and NotImplemented by address (id >> 4). ASLR moves the high bits from run to
        // run, but the low bits, which decide where they land in a set or dict and so the iteration order of
        // {True, None}, are fixed by the build: these ids are a CPython 3.11.7 (x86-64 Linux) run's.
        IdTable.Pin(PyNone.Instance, 0x7F96EB05BBEL << 4);
        IdTable.Pin(PyEllipsis.Instance, 8756607213030L << 4);
        IdTable.Pin(PyNotImplemented.Instance, 8756607212451L << 4);
        n.Def("__hash__", a => PyInt.From(a.Id >> 4));
        n.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            if (args.Length > 1) throw new PythonException(PyExc.TypeError("NoneType takes no arguments"));
            return PyNone.Instance;
        })));
        var ni = PyTypes.NotImplementedType;
        ni.Def("__repr__", a => new PyStr("NotImplemented"));
        // CPython 3.9+: truth-testing NotImplemented is deprecated (a DeprecationWarning), and still true.
        ni.Def("__bool__", a =>
        {
            NativeWarnings.Warn(PyExc.DeprecationWarning, "NotImplemented should not be used in a boolean context");
            return Py.True;
        });
        ni.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) => PyNotImplemented.Instance)));
        var el = PyTypes.EllipsisType;
        el.Def("__repr__", a => new PyStr("Ellipsis"));
        el.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) => PyEllipsis.Instance)));
    }

    private static PyFunction Fn(PyObject o) => (PyFunction)o;

    private static void InitFunctions()
    {
        var f = PyTypes.Function;
        f.HasInstanceDict = true;
        f.Def("__repr__", a => new PyStr($"<function {Fn(a).QualName} at 0x{a.Id:x}>"));
        // CPython 3.11: typeobject.c wrap_descr_get (1 or 2 arguments) + funcobject.c func_descr_get.
        f.DefRange("__get__", 1, 2, (a, args) =>
        {
            if (args[0] is PyNone && (args.Length < 2 || args[1] is PyNone))
                throw new PythonException(PyExc.TypeError("__get__(None, None) is invalid"));
            return args[0] is PyNone ? a : new PyMethod(a, args[0]);
        });
        f.DefRaw("__call__", (args, kw) => Eval.CallFunction(Fn(args[0]), args[1..], kw));
        // types.FunctionType(code, globals, name=None, argdefs=None, closure=None). CPython 3.11: funcobject.c func_new_impl
        f.DefStatic("__new__", (args, kw) =>
        {
            var p = ArgParser.Parse("function", args[1..], kw, ["code", "globals", "name", "argdefs", "closure"], [], 2);
            if (p[0] is not PyCode code)
                throw new PythonException(PyExc.TypeError($"function() argument 'code' must be code, not {p[0]!.Type.Name}"));
            if (p[1] is not PyDict globals)
                throw new PythonException(PyExc.TypeError($"function() argument 'globals' must be dict, not {p[1]!.Type.Name}"));
            if (p[2] is { } n && n is not PyNone && n is not PyStr)
                throw new PythonException(PyExc.TypeError("arg 3 (name) must be None or string"));
            if (p[3] is { } d && d is not PyNone && d is not PyTuple)
                throw new PythonException(PyExc.TypeError("arg 4 (defaults) must be None or tuple"));
            int free = code.Code.FreeVars.Length;
            PyCell[]? cells = null;
            if (p[4] is { } cl && cl is not PyNone)
            {
                if (cl is not PyTuple ct) throw new PythonException(PyExc.TypeError("arg 5 (closure) must be None or tuple"));
                if (ct.Count != free)
                    throw new PythonException(PyExc.ValueError($"{code.Code.Name} requires closure of length {free}, not {ct.Count}"));
                cells = new PyCell[ct.Count];
                for (int i = 0; i < cells.Length; i++)
                    cells[i] = ct.Items[i] as PyCell ?? throw new PythonException(PyExc.TypeError($"arg 5 (closure) expected cell, found {ct.Items[i].Type.Name}"));
            }
            else if (free != 0)
                throw new PythonException(PyExc.TypeError("arg 5 (closure) must be tuple"));
            var fn = new PyFunction(code, globals, code.Code.QualName);
            if (p[2] is PyStr name) fn.Name = name.Value;
            if (p[3] is PyTuple defaults) fn.Defaults = defaults.Items;
            fn.Closure = cells;
            return fn;
        });
        f.Prop("__name__", a => new PyStr(Fn(a).Name), (a, v) => Fn(a).Name = v is PyStr s ? s.Value : throw new PythonException(PyExc.TypeError("__name__ must be set to a string object")));
        f.Prop("__qualname__", a => new PyStr(Fn(a).QualName), (a, v) => Fn(a).QualName = v is PyStr s ? s.Value : throw new PythonException(PyExc.TypeError("__qualname__ must be set to a string object")));
        f.Prop("__doc__", a => Fn(a).Doc, (a, v) => Fn(a).Doc = v ?? PyNone.Instance);
        f.Prop("__module__", a => Fn(a).Module, (a, v) => Fn(a).Module = v ?? PyNone.Instance);
        f.Prop("__defaults__", a => Fn(a).Defaults is { } d ? PyTuple.Create(d) : PyNone.Instance,
            (a, v) => Fn(a).Defaults = v is PyTuple t ? t.Items : v == null || v is PyNone ? null : throw new PythonException(PyExc.TypeError("__defaults__ must be set to a tuple object")));
        // CPython 3.11: funcobject.c func_set_kwdefaults / func_set_code / func_set_annotations
        f.Prop("__kwdefaults__", a => (PyObject?)Fn(a).KwDefaults ?? PyNone.Instance, (a, v) => Fn(a).KwDefaults = v is null or PyNone ? null
            : v as PyDict ?? throw new PythonException(PyExc.TypeError("__kwdefaults__ must be set to a dict object")));
        f.Prop("__code__", a => Fn(a).Code, (a, v) =>
        {
            if (v is not PyCode code) throw new PythonException(PyExc.TypeError("__code__ must be set to a code object"));
            int free = code.Code.FreeVars.Length, closure = Fn(a).Closure?.Length ?? 0;
            if (free != closure)
                throw new PythonException(PyExc.ValueError($"{Fn(a).Name}() requires a code object with {closure} free vars, not {free}"));
            Fn(a).Code = code;
        });
        f.ReadOnlyMember("__globals__", a => Fn(a).Globals);
        f.ReadOnlyMember("__builtins__", a => Fn(a).Builtins);
        f.ReadOnlyMember("__closure__", a => Fn(a).Closure is { } c ? PyTuple.Create(c.Cast<PyObject>().ToArray()) : PyNone.Instance);
        f.Prop("__annotations__", a => Fn(a).Annotations ??= new PyDict(), (a, v) => Fn(a).Annotations = v is null or PyNone ? null
            : v is PyDict ? v : throw new PythonException(PyExc.TypeError("__annotations__ must be set to a dict object")));
        f.Prop("__dict__", a => a.Dict ??= new PyDict(), (a, v) => a.Dict = v is null ? throw new PythonException(PyExc.TypeError("cannot delete __dict__"))
            : v as PyDict ?? throw new PythonException(PyExc.TypeError($"__dict__ must be set to a dictionary, not a '{v.Type.Name}'")));

        var m = PyTypes.Method;
        PyMethod M(PyObject o) => (PyMethod)o;
        m.DefRaw("__call__", (args, kw) => Ops.Call(args[0], args[1..], kw));
        // types.MethodType(function, instance). CPython 3.11: classobject.c method_new.
        m.DefStatic("__new__", (args, kw) =>
        {
            if (kw is { Length: > 0 }) throw new PythonException(PyExc.TypeError("method() takes no keyword arguments"));
            if (args.Length != 3) throw new PythonException(PyExc.TypeError($"method expected 2 arguments, got {args.Length - 1}"));
            if (!Ops.IsCallable(args[1])) throw new PythonException(PyExc.TypeError("first argument must be callable"));
            if (args[2] is PyNone) throw new PythonException(PyExc.TypeError("instance must not be None"));
            return new PyMethod(args[1], args[2]);
        });
        m.Def("__repr__", a =>
        {
            var fm = M(a).Function;
            string name = fm is PyFunction pf ? pf.QualName : Ops.TryGetAttr(fm, PyStr.Intern("__qualname__"), out var q) ? Ops.StrString(q) : "?";
            return new PyStr($"<bound method {name} of {Ops.ReprString(M(a).Self)}>");
        });
        m.ReadOnlyMember("__func__", a => M(a).Function);
        m.ReadOnlyMember("__self__", a => M(a).Self);
        m.Prop("__name__", a => Ops.GetAttr(M(a).Function, "__name__"));
        m.Prop("__qualname__", a => Ops.GetAttr(M(a).Function, "__qualname__"));
        m.Prop("__doc__", a => Ops.GetAttr(M(a).Function, "__doc__"));
        m.Prop("__module__", a => Ops.GetAttr(M(a).Function, "__module__"));
        m.Def("__eq__", (a, b) => b is PyMethod bm ? Py.Bool(ReferenceEquals(M(a).Function, bm.Function) && ReferenceEquals(M(a).Self, bm.Self)) : Py.NotImplemented);
        m.Def("__hash__", a => PyInt.From(Ops.Hash(M(a).Function) ^ M(a).Self.Id));
        m.Def("__getattribute__", (a, n) =>
        {
            var name = (PyStr)n;
            if (Ops.GenericGetAttr(a, name, out var v)) return v;
            return Ops.GetAttr(M(a).Function, name);
        });

        DefineBuiltinMethodMembers(PyTypes.BuiltinFunction, a => (B(a).NewOwner ?? B(a).StaticOwner) is { } owner
            ? $"<built-in method {B(a).Name} of type object at 0x{owner.Id:x}>"
            : B(a).Self == null || B(a).Self is PyModule
            ? $"<built-in function {B(a).Name}>"
            : $"<built-in method {B(a).Name} of {B(a).Self!.Type.TpName} object at 0x{B(a).Self!.Id:x}>");
        DefineBuiltinMethodMembers(PyTypes.MethodWrapper,
            a => $"<method-wrapper '{B(a).Name}' of {B(a).Self!.Type.TpName} object at 0x{B(a).Self!.Id:x}>");
        // copy and pickle rebuild a method-wrapper as getattr(self, name), as CPython's __reduce__ says.
        PyTypes.MethodWrapper.Def("__reduce__", a =>
            PyTuple.Of(Hosting.PythonRuntime.Current.Builtins.Dict!.GetItem("getattr")!, PyTuple.Of(B(a).Self!, new PyStr(B(a).Name))));

        DefineMethodDescriptorMembers(PyTypes.MethodDescriptor, "method");
        DefineMethodDescriptorMembers(PyTypes.WrapperDescriptor, "slot wrapper");

        var cmd = PyTypes.ClassMethodDescriptor;
        cmd.DefRange("__get__", 1, 2, (a, args) =>
        {
            var d = (PyClassMethodDescriptor)a;
            var owner = args.Length > 1 && args[1] is PyType ot ? ot : args[0].Type;
            return new PyBuiltinFunction(d.Name, d.Fn, owner);
        });
        cmd.Def("__repr__", a => new PyStr($"<method '{((PyClassMethodDescriptor)a).Name}' of '{((PyClassMethodDescriptor)a).Owner.Name}' objects>"));
        cmd.Prop("__doc__", a => BuiltinDocs.Str(BuiltinDocs.OfMember(((PyClassMethodDescriptor)a).Owner, ((PyClassMethodDescriptor)a).Name).Doc));
        cmd.Prop("__text_signature__", a =>
            BuiltinDocs.Str(BuiltinDocs.OfMember(((PyClassMethodDescriptor)a).Owner, ((PyClassMethodDescriptor)a).Name).Signature));
    }

    private static PyBuiltinFunction B(PyObject o) => (PyBuiltinFunction)o;

    /// <summary>Members shared by builtin_function_or_method and method-wrapper (a bound slot wrapper).</summary>
    private static void DefineBuiltinMethodMembers(PyType b, Func<PyObject, string> repr)
    {
        b.DefRaw("__call__", (args, kw) => B(args[0]).Invoke(args[1..], kw));
        b.Def("__repr__", a => new PyStr(repr(a)));
        b.Prop("__name__", a => new PyStr(B(a).Name));
        // CPython 3.11: methodobject.c meth_get__qualname__ — the qualname of self (a type) or of self's type.
        b.Prop("__qualname__", a => new PyStr((B(a).Self ?? B(a).NewOwner) is { } self and not PyModule
            ? (self as PyType ?? self.Type).QualName + "." + B(a).Name
            : B(a).QualOwner != null ? B(a).QualOwner + "." + B(a).Name : B(a).Name));
        b.Prop("__self__", a => B(a).Self ?? B(a).NewOwner ?? (PyObject)PyNone.Instance);
        // Only module-level functions name a module; methods bound to an object or type (and __new__) answer None.
        b.Prop("__module__", a => B(a).ModuleName is { } mn && B(a).NewOwner == null && B(a).Self is null or PyModule
            ? new PyStr(mn) : PyNone.Instance);
        b.Prop("__doc__", a => BuiltinDocs.Str(Docs(a).Doc));
        b.Prop("__text_signature__", a => BuiltinDocs.Str(Docs(a).Signature));
        // CPython: equal when they wrap the same native function bound to the same object.
        b.Def("__eq__", (a, o) => o is PyBuiltinFunction ob && ReferenceEquals(o.Type, a.Type)
            ? Py.Bool(ReferenceEquals(B(a).Fn, ob.Fn) && ReferenceEquals(B(a).Self, ob.Self)) : Py.NotImplemented);
        b.Def("__ne__", (a, o) => o is PyBuiltinFunction ob && ReferenceEquals(o.Type, a.Type)
            ? Py.Bool(!(ReferenceEquals(B(a).Fn, ob.Fn) && ReferenceEquals(B(a).Self, ob.Self))) : Py.NotImplemented);
        b.Def("__hash__", a => PyInt.From((B(a).Self?.Id ?? 0) ^ System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(B(a).Fn)));
    }

    /// <summary>A bound slot wrapper (method-wrapper) has its slot's doc; other builtin methods their own.</summary>
    private static (string? Doc, string? Signature) Docs(PyObject a) => ReferenceEquals(a.Type, PyTypes.MethodWrapper)
        ? SlotWrapperDocs.ByName.TryGetValue(B(a).Name, out var slot) ? slot : default
        : BuiltinDocs.OfFunction(B(a));

    /// <summary>Members shared by method_descriptor and wrapper_descriptor; <paramref name="kind"/> starts their repr.</summary>
    private static void DefineMethodDescriptorMembers(PyType md, string kind)
    {
        PyMethodDescriptor MD(PyObject o) => (PyMethodDescriptor)o;
        md.DefRaw("__call__", (args, kw) => MD(args[0]).Invoke(args[1..], kw));
        md.DefRange("__get__", 1, 2, (a, args) => args[0] is PyNone ? a : MD(a).Bind(args[0]));
        md.Def("__repr__", a => new PyStr($"<{kind} '{MD(a).Name}' of '{MD(a).Owner.Name}' objects>"));
        md.Prop("__name__", a => new PyStr(MD(a).Name));
        md.Prop("__qualname__", a => new PyStr(MD(a).Owner.Name + "." + MD(a).Name));
        md.Prop("__objclass__", a => MD(a).Owner);
        // Slot wrappers have CPython's per-slot doc and signature (pydoc shows them for overriding methods).
        (string? Doc, string? Signature) Docs(PyObject a) => !MD(a).IsSlotWrapper ? BuiltinDocs.OfMember(MD(a).Owner, MD(a).Name)
            : SlotWrapperDocs.ByName.TryGetValue(MD(a).Name, out var slot) ? slot : default;
        md.Prop("__doc__", a => BuiltinDocs.Str(Docs(a).Doc));
        md.Prop("__text_signature__", a => BuiltinDocs.Str(Docs(a).Signature));
    }

    private static void InitDescriptors()
    {
        var gs = PyTypes.GetSetDescriptor;
        PyGetSetDescriptor G(PyObject o) => (PyGetSetDescriptor)o;
        gs.DefRange("__get__", 1, 2, (a, args) => args[0] is PyNone ? a : G(a).Getter(args[0]));
        gs.Def("__set__", (a, o, v) =>
        {
            if (G(a).Setter == null) throw new PythonException(PyExc.AttributeError($"attribute '{G(a).Name}' of '{G(a).Owner.TpName}' objects is not writable"));
            G(a).Setter!(o, v);
            return PyNone.Instance;
        });
        gs.Def("__repr__", a => new PyStr($"<attribute '{G(a).Name}' of '{G(a).Owner.Name}' objects>"));
        gs.Prop("__name__", a => new PyStr(G(a).Name));
        gs.Prop("__doc__", a => BuiltinDocs.Str(G(a).Doc ?? BuiltinDocs.OfMember(G(a).Owner, G(a).Name).Doc));
        gs.Prop("__objclass__", a => G(a).Owner);
        gs.Prop("__qualname__", a => new PyStr($"{G(a).Owner.Name}.{G(a).Name}"));

        var mem = PyTypes.MemberDescriptor;
        PySlotMember SM(PyObject o) => (PySlotMember)o;
        mem.DefRange("__get__", 1, 2, (a, args) => args[0] is PyNone ? a : Ops.DescrGet(a, args[0], args[0].Type));
        mem.Def("__set__", (a, o, v) =>
        {
            o.SlotValues ??= new PyObject?[o.Type.SlotNames.Length];
            o.SlotValues[SM(a).Index] = v;
            return PyNone.Instance;
        });
        mem.Def("__delete__", (a, o) =>
        {
            if (o.SlotValues?[SM(a).Index] == null) throw new PythonException(PyExc.AttributeError(SM(a).Name));
            o.SlotValues![SM(a).Index] = null;
            return PyNone.Instance;
        });
        mem.Def("__repr__", a => new PyStr($"<member '{SM(a).Name}' of '{SM(a).Owner.Name}' objects>"));
        mem.Prop("__name__", a => new PyStr(SM(a).Name));

        var cm = PyTypes.ClassMethod;
        cm.HasInstanceDict = true;
        cm.DefRaw("__init__", (args, kw) =>
        {
            ArgParser.NoKeywords("classmethod", kw);
            if (args.Length != 2) throw new PythonException(PyExc.TypeError($"classmethod expected 1 argument, got {args.Length - 1}"));
            ((PyClassMethod)args[0]).Callable = args[1];
            return PyNone.Instance;
        });
        cm.DefRange("__get__", 1, 2, (a, args) =>
        {
            var type = args.Length > 1 && args[1] is not PyNone ? args[1] : args[0].Type;
            var c = ((PyClassMethod)a).Callable;
            if (c.Type.Lookup("__get__") is { } g && c is not PyFunction && c is not PyBuiltinFunction) return Ops.CallWithSelf(g, c, [type, type]);
            return new PyMethod(c, type);
        });
        cm.ReadOnlyMember("__func__", a => ((PyClassMethod)a).Callable);
        cm.Prop("__wrapped__", a => ((PyClassMethod)a).Callable);
        cm.Prop("__isabstractmethod__", a => Ops.TryGetAttr(((PyClassMethod)a).Callable, PyStr.Intern("__isabstractmethod__"), out var v) ? v : Py.False);
        cm.Def("__repr__", a => new PyStr($"<classmethod({Ops.ReprString(((PyClassMethod)a).Callable)})>"));

        var st = PyTypes.StaticMethod;
        st.HasInstanceDict = true;
        st.DefRaw("__init__", (args, kw) =>
        {
            ArgParser.NoKeywords("staticmethod", kw);
            if (args.Length != 2) throw new PythonException(PyExc.TypeError($"staticmethod expected 1 argument, got {args.Length - 1}"));
            ((PyStaticMethod)args[0]).Callable = args[1];
            return PyNone.Instance;
        });
        st.DefRange("__get__", 1, 2, (a, args) => ((PyStaticMethod)a).Callable);
        st.DefRaw("__call__", (args, kw) => Ops.Call(((PyStaticMethod)args[0]).Callable, args[1..], kw));
        st.ReadOnlyMember("__func__", a => ((PyStaticMethod)a).Callable);
        st.Prop("__wrapped__", a => ((PyStaticMethod)a).Callable);
        st.Prop("__isabstractmethod__", a => Ops.TryGetAttr(((PyStaticMethod)a).Callable, PyStr.Intern("__isabstractmethod__"), out var v) ? v : Py.False);
        st.Def("__repr__", a => new PyStr($"<staticmethod({Ops.ReprString(((PyStaticMethod)a).Callable)})>"));

        var p = PyTypes.Property;
        PyProperty P(PyObject o) => (PyProperty)o;
        p.DefRaw("__init__", (args, kw) =>
        {
            var a = ArgParser.Parse("property", args[1..], kw, ["fget", "fset", "fdel", "doc"], [], 0);
            var pr = P(args[0]);
            pr.Getter = a[0] is PyNone ? null : a[0];
            pr.Setter = a[1] is PyNone ? null : a[1];
            pr.Deleter = a[2] is PyNone ? null : a[2];
            pr.Doc = a[3] ?? (pr.Getter != null && Ops.TryGetAttr(pr.Getter, PyStr.Intern("__doc__"), out var d) ? d : PyNone.Instance);
            if (!ReferenceEquals(pr.Type, PyTypes.Property))
            {
                // CPython's property_init: a subclass's own __doc__ (its docstring, or None) would shadow the
                // property's, so the doc goes into the instance; where it cannot (__slots__), 3.11 drops it silently.
                try { Ops.SetAttr(pr, "__doc__", pr.Doc); }
                catch (PythonException e) when (e.Value.IsInstance(PyExc.AttributeErrorType)) { }
            }
            return PyNone.Instance;
        });
        // The builtin behaviour itself, never dispatching again: a subclass overriding __get__ may call super().__get__.
        p.DefRange("__get__", 1, 2, (a, args) => args[0] is PyNone ? a : Ops.PropertyGet(P(a), args[0]));
        p.Def("__set_name__", (a, owner, name) => { P(a).Name = name; return PyNone.Instance; });
        p.Def("__set__", (a, o, v) => { Ops.PropertySet(P(a), o, v); return PyNone.Instance; });
        p.Def("__delete__", (a, o) => { Ops.PropertySet(P(a), o, null); return PyNone.Instance; });
        PyObject Copy(PyProperty src, PyObject? g, PyObject? s, PyObject? d)
        {
            var np = (PyProperty)Ops.Call(src.Type);
            np.Getter = g; np.Setter = s; np.Deleter = d;
            np.Doc = src.Doc;
            np.Name = src.Name;
            if (g != null && (src.Doc == null || src.Doc is PyNone) && Ops.TryGetAttr(g, PyStr.Intern("__doc__"), out var doc)) np.Doc = doc;
            return np;
        }
        p.Def("getter", (a, f) => Copy(P(a), f, P(a).Setter, P(a).Deleter));
        p.Def("setter", (a, f) => Copy(P(a), P(a).Getter, f, P(a).Deleter));
        p.Def("deleter", (a, f) => Copy(P(a), P(a).Getter, P(a).Setter, f));
        p.ReadOnlyMember("fget", a => P(a).Getter ?? PyNone.Instance);
        p.ReadOnlyMember("fset", a => P(a).Setter ?? PyNone.Instance);
        p.ReadOnlyMember("fdel", a => P(a).Deleter ?? PyNone.Instance);
        p.Prop("__doc__", a => P(a).Doc ?? PyNone.Instance, (a, v) => P(a).Doc = v);
        p.Prop("__isabstractmethod__", a => P(a).Getter != null && Ops.TryGetAttr(P(a).Getter!, PyStr.Intern("__isabstractmethod__"), out var v) ? v : Py.False);

        var sup = PyTypes.Super;
        sup.DefRaw("__init__", (args, kw) => { SuperInit((PySuper)args[0], args[1..]); return PyNone.Instance; });
        sup.Def("__repr__", a =>
        {
            var s = (PySuper)a;
            return new PyStr(s.ObjType != null
                ? $"<super: <class '{s.ThisType?.Name}'>, <{s.ObjType.Name} object>>"
                : $"<super: <class '{s.ThisType?.Name}'>, NULL>");
        });
        sup.Def("__getattribute__", (a, n) => SuperGetAttr((PySuper)a, (PyStr)n));
        sup.DefRange("__get__", 1, 2, (a, args) =>
        {
            var s = (PySuper)a;
            if (args[0] is PyNone || s.Obj != null) return a;
            var ns = new PySuper(PyTypes.Super);
            SuperInit(ns, [s.ThisType!, args[0]]);
            return ns;
        });
        sup.Prop("__thisclass__", a => (PyObject?)((PySuper)a).ThisType ?? PyNone.Instance);
        sup.ReadOnlyMember("__self__", a => ((PySuper)a).Obj ?? PyNone.Instance);
        sup.Prop("__self_class__", a => (PyObject?)((PySuper)a).ObjType ?? PyNone.Instance);

        var cell = PyTypes.Cell;
        cell.Prop("cell_contents", a => ((PyCell)a).Value ?? throw new PythonException(PyExc.Create(PyExc.ValueErrorType, "Cell is empty")), (a, v) => ((PyCell)a).Value = v);
        cell.Def("__repr__", a => new PyStr(((PyCell)a).Value is { } v ? $"<cell at 0x{a.Id:x}: {v.Type.Name} object at 0x{v.Id:x}>" : $"<cell at 0x{a.Id:x}: empty>"));

        var ga = PyTypes.Object; // GenericAlias/UnionType use object's type; repr via Ops special-case
        _ = ga;
    }

    public static void SuperInit(PySuper s, ReadOnlySpan<PyObject> args)
    {
        PyType? type;
        PyObject? obj;
        if (args.Length == 0)
        {
            var frame = Hosting.PythonRuntime.Current.PyThreadState.TopFrame;
            if (frame == null || frame.Info.Code.ArgCount == 0 && (frame.Info.Code.Flags & Bytecode.Code.CodeFlags.VarArgs) == 0)
                throw new PythonException(PyExc.RuntimeError("super(): no arguments"));
            obj = frame.Fast.Length > 0 ? frame.Fast[0] : null;
            var cellIdx = frame.Info.CellToArg.Length > 0 && frame.Info.CellToArg[0] == 0 ? 0 : -1;
            if (cellIdx >= 0) obj = frame.Cells[0].Value;
            if (obj == null) throw new PythonException(PyExc.RuntimeError("super(): arg[0] deleted"));
            int idx = Array.IndexOf(frame.Info.Code.FreeVars, "__class__");
            if (idx < 0) throw new PythonException(PyExc.RuntimeError("super(): __class__ cell not found"));
            var c = frame.Cells[frame.Info.NCells + idx].Value;
            if (c == null) throw new PythonException(PyExc.RuntimeError("super(): empty __class__ cell"));
            if (c is not PyType ct) throw new PythonException(PyExc.RuntimeError("super(): __class__ is not a type (" + c.Type.Name + ")"));
            type = ct;
        }
        else
        {
            if (args[0] is not PyType t0) throw new PythonException(PyExc.TypeError($"super() argument 1 must be a type, not {args[0].Type.Name}"));
            type = t0;
            obj = args.Length > 1 && args[1] is not PyNone ? args[1] : null;
        }
        PyType? objType = null;
        if (obj != null)
        {
            if (obj is PyType ot && ot.IsSubtypeOf(type)) objType = ot;
            else if (obj.Type.IsSubtypeOf(type)) objType = obj.Type;
            else throw new PythonException(PyExc.TypeError("super(type, obj): obj must be an instance or subtype of type"));
        }
        s.ThisType = type; s.Obj = obj; s.ObjType = objType;
    }

    public static PyObject SuperGetAttr(PySuper s, PyStr name)
    {
        if (s.ObjType != null && name.Value != "__class__")
        {
            var mro = s.ObjType.Mro;
            int i = Array.IndexOf(mro, s.ThisType!);
            for (int j = i + 1; j < mro.Length && i >= 0; j++)
            {
                var v = mro[j].Dict.GetItem(name);
                if (v == null) continue;
                return Ops.DescrGet(v, ReferenceEquals(s.Obj, s.ObjType) ? null : s.Obj, s.ObjType);
            }
        }
        if (Ops.GenericGetAttr(s, name, out var r)) return r;
        throw new PythonException(PyExc.AttributeError($"'super' object has no attribute '{name.Value}'", s, name.Value));
    }

    private static void IterType(PyType t)
    {
        t.Def("__iter__", a => a);
        t.Def("__next__", a => ((PyIterator)a).Next() ?? throw new PythonException(PyExc.StopIteration()));
    }

    private static void InitIterators()
    {
        foreach (var t in new[] { PyTypes.Iterator, PyTypes.CallableIterator, PyTypes.ListIterator, PyTypes.ListReverseIterator, PyTypes.TupleIterator,
                     PyTypes.StrIterator, PyTypes.RangeIterator, PyTypes.SetIterator, PyTypes.DictKeyIterator, PyTypes.DictValueIterator,
                     PyTypes.DictItemIterator, PyTypes.DictReverseKeyIterator, PyTypes.DictReverseValueIterator,
                     PyTypes.DictReverseItemIterator, PyTypes.BytesIterator, PyTypes.NativeIterator, PyTypes.Enumerate, PyTypes.Zip, PyTypes.Map,
                     PyTypes.Filter, PyTypes.Reversed })
            IterType(t);
        PyTypes.ListIterator.Def("__length_hint__", a => PyInt.From(((PySeqIterator)a).LengthHint));
        PyTypes.TupleIterator.Def("__length_hint__", a => PyInt.From(((PySeqIterator)a).LengthHint));
        foreach (var t in new[] { PyTypes.ListReverseIterator, PyTypes.StrIterator, PyTypes.RangeIterator, PyTypes.SetIterator,
                     PyTypes.DictKeyIterator, PyTypes.DictValueIterator, PyTypes.DictItemIterator, PyTypes.DictReverseKeyIterator,
                     PyTypes.DictReverseValueIterator, PyTypes.DictReverseItemIterator, PyTypes.BytesIterator })
            t.Def("__length_hint__", a => a is ILengthHint h ? PyInt.From(h.Remaining) : PyInt.From(0));
    }

    private static PyRange R(PyObject o) => (PyRange)o;

    private static void InitRangeSlice()
    {
        var r = PyTypes.Range;
        r.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            ArgParser.NoKeywords("range", kw);
            int n = args.Length - 1;
            System.Numerics.BigInteger Arg(PyObject o)
            {
                if (o is not PyInt && o.Type.Lookup("__index__") == null)
                    throw new PythonException(PyExc.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer"));
                return Ops.Index(o).AsBig;
            }
            if (n == 1) return PyBigRange.Make(0, Arg(args[1]), 1);
            if (n == 2) return PyBigRange.Make(Arg(args[1]), Arg(args[2]), 1);
            if (n == 3)
            {
                var step = Arg(args[3]);
                if (step.IsZero) throw new PythonException(PyExc.ValueError("range() arg 3 must not be zero"));
                return PyBigRange.Make(Arg(args[1]), Arg(args[2]), step);
            }
            if (n == 0) throw new PythonException(PyExc.TypeError("range expected at least 1 argument, got 0"));
            throw new PythonException(PyExc.TypeError($"range expected at most 3 arguments, got {n}"));
        })));
        // Ranges beyond 64 bits are PyBigRange objects of the same type: each method dispatches on that.
        r.Def("__len__", a => a is PyBigRange b ? b.Len() : PyInt.From(R(a).Length));
        r.Def("__iter__", a => a is PyBigRange b ? b.Iter(false) : new PyRangeIterator(R(a).Start, R(a).Step, R(a).Length));
        r.Def("__reversed__", a =>
        {
            if (a is PyBigRange b) return b.Iter(true);
            var x = R(a);
            long len = x.Length;
            return new PyRangeIterator(x.Start + (len - 1) * x.Step, -x.Step, len);
        });
        r.Def("__repr__", a => a is PyBigRange b ? new PyStr(b.Repr()) : new PyStr(R(a).Step == 1 ? $"range({R(a).Start}, {R(a).Stop})" : $"range({R(a).Start}, {R(a).Stop}, {R(a).Step})"));
        r.Def("__bool__", a => Py.Bool(a is PyBigRange b ? !b.Length.IsZero : R(a).Length > 0));
        r.Def("__contains__", (a, x) =>
        {
            if (a is PyBigRange b) return Py.Bool(b.Contains(x));
            var rg = R(a);
            if (x is PyInt { IsBig: true } && x.Type.IsBuiltin) return Py.False;
            if (x is PyInt xi && x.Type.IsBuiltin)
            {
                if (xi.IsBig) return Py.False;
                long v = xi.Value;
                if (rg.Step > 0 ? v < rg.Start || v >= rg.Stop : v > rg.Start || v <= rg.Stop) return Py.False;
                return Py.Bool((v - rg.Start) % rg.Step == 0);
            }
            for (long i = 0; i < rg.Length; i++) if (Ops.RichEqBool(PyInt.From(rg.Start + i * rg.Step), x)) return Py.True;
            return Py.False;
        });
        r.Def("__getitem__", (a, k) =>
        {
            if (a is PyBigRange b) return b.GetItem(k);
            var rg = R(a);
            if (k is PySlice sl)
            {
                // CPython 3.11: rangeobject.c compute_slice (the slice's own stop, not start + length * step).
                var (start, stop, step, _) = Ops.SliceIndices(sl, rg.Length);
                System.Numerics.BigInteger rs = rg.Start, rst = rg.Step;
                return PyBigRange.Make(rs + start * rst, rs + stop * rst, rst * step);
            }
            // An index past any C index is just out of range here (not "cannot fit 'int'", as for lists).
            if (k is not PyInt && k.Type.Lookup("__index__") == null) Ops.AsIndex(k, "range");
            var index = Ops.Index(k);
            long i = index.IsBig ? -1 : Ops.NormalizeIndex(index.Value, rg.Length);
            if (i < 0) throw new PythonException(PyExc.IndexError("range object index out of range"));
            return PyInt.From(rg.Start + i * rg.Step);
        });
        r.Def("index", (a, x) =>
        {
            if (a is PyBigRange b) return b.Index(x);
            var rg = R(a);
            // Exact ints and bools are located arithmetically; anything else by comparing each item
            // (CPython 3.11: rangeobject.c range_index, then _PySequence_IterSearch).
            if (x is PyInt xi && (ReferenceEquals(x.Type, PyTypes.Int) || ReferenceEquals(x.Type, PyTypes.Bool)))
            {
                long v = xi.Value;
                bool inside = !xi.IsBig && (rg.Step > 0 ? v >= rg.Start && v < rg.Stop : v <= rg.Start && v > rg.Stop);
                if (inside && (v - rg.Start) % rg.Step == 0) return PyInt.From((v - rg.Start) / rg.Step);
                throw new PythonException(PyExc.ValueError($"{Ops.ReprString(x)} is not in range"));
            }
            for (long i = 0; i < rg.Length; i++)
                if (Ops.RichEqBool(PyInt.From(rg.Start + i * rg.Step), x)) return PyInt.From(i);
            throw new PythonException(PyExc.ValueError("sequence.index(x): x not in sequence"));
        });
        r.Def("count", (a, x) => Ops.Contains(a, x) ? PyInt.From(1) : PyInt.From(0));
        r.Def("__eq__", (a, b) =>
        {
            if (b is PyBigRange || a is PyBigRange) return b.Type == PyTypes.Range ? Py.Bool(PyBigRange.Equal(a, b)) : Py.NotImplemented;
            if (b is not PyRange rb) return Py.NotImplemented;
            var ra = R(a);
            if (ra.Length != rb.Length) return Py.False;
            if (ra.Length == 0) return Py.True;
            if (ra.Start != rb.Start) return Py.False;
            return Py.Bool(ra.Length == 1 || ra.Step == rb.Step);
        });
        r.Def("__hash__", a =>
        {
            if (a is PyBigRange) return PyInt.From(PyBigRange.Hash(a));
            var ra = R(a);
            long len = ra.Length;
            var t = len == 0 ? PyTuple.Of(PyInt.From(0), PyNone.Instance, PyNone.Instance)
                : len == 1 ? PyTuple.Of(PyInt.From(1), PyInt.From(ra.Start), PyNone.Instance)
                : PyTuple.Of(PyInt.From(len), PyInt.From(ra.Start), PyInt.From(ra.Step));
            return PyInt.From(TupleMethods.Hash(t));
        });
        r.ReadOnlyMember("start", a => PyInt.From(PyBigRange.View(a).Start));
        r.ReadOnlyMember("stop", a => PyInt.From(PyBigRange.View(a).Stop));
        r.ReadOnlyMember("step", a => PyInt.From(PyBigRange.View(a).Step));

        var s = PyTypes.Slice;
        PySlice S(PyObject o) => (PySlice)o;
        s.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            int n = args.Length - 1;
            if (n == 1) return new PySlice(PyNone.Instance, args[1], PyNone.Instance);
            if (n == 2) return new PySlice(args[1], args[2], PyNone.Instance);
            if (n == 3) return new PySlice(args[1], args[2], args[3]);
            throw new PythonException(PyExc.TypeError(n == 0 ? "slice expected at least 1 argument, got 0" : $"slice expected at most 3 arguments, got {n}"));
        })));
        s.Def("__repr__", a => new PyStr($"slice({Ops.ReprString(S(a).Start)}, {Ops.ReprString(S(a).Stop)}, {Ops.ReprString(S(a).Step)})"));
        s.ReadOnlyMember("start", a => S(a).Start);
        s.ReadOnlyMember("stop", a => S(a).Stop);
        s.ReadOnlyMember("step", a => S(a).Step);
        s.Def("indices", (a, n) =>
        {
            long length = Ops.ToLong(n);
            if (length < 0) throw new PythonException(PyExc.ValueError("length should not be negative"));
            var (start, stop, step, _) = Ops.SliceIndices(S(a), length);
            return PyTuple.Of(PyInt.From(start), PyInt.From(stop), PyInt.From(step));
        });
        // Slices compare as the tuples (start, stop, step) (CPython 3.11: sliceobject.c slice_richcompare).
        foreach (var (name, op) in new[] { ("__lt__", 0), ("__le__", 1), ("__eq__", 2), ("__ne__", 3), ("__gt__", 4), ("__ge__", 5) })
            s.Def(name, (a, b) => b is PySlice sb ? SeqHelpers.Compare([S(a).Start, S(a).Stop, S(a).Step], [sb.Start, sb.Stop, sb.Step], op) : Py.NotImplemented);
        s.Dict.SetItem("__hash__", PyNone.Instance);
    }

    private static void InitBuiltinIterTypes()
    {
        PyTypes.Enumerate.DefClassGetItem();
        PyTypes.Enumerate.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            // CPython 3.11: enumerate_vectorcall's own message when called with nothing.
            if (args.Length == 1) throw new PythonException(PyExc.TypeError("enumerate() missing required argument 'iterable'"));
            if (kw is { Length: > 0 } && args.Length - 1 == kw.Length && Array.IndexOf(kw, "iterable") < 0)
                throw new PythonException(PyExc.TypeError($"'{kw[0]}' is an invalid keyword argument for enumerate()"));
            var p = ArgParser.Parse("enumerate", args[1..], kw, ["iterable", "start"], [], 1);
            var it = Ops.GetIter(p[0]!);
            var start = p[1] ?? PyInt.From(0);
            if (start is not PyInt) start = Ops.Index(start);
            return new PyEnumeratorIterator((PyType)args[0], EnumerateGen(it, (PyInt)start));
        })));
        PyTypes.Zip.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            bool strict = false;
            int nkw = kw?.Length ?? 0;
            for (int i = 0; i < nkw; i++)
            {
                if (kw![i] != "strict") throw new PythonException(PyExc.TypeError($"'{kw[i]}' is an invalid keyword argument for zip()"));
                strict = Ops.IsTrue(args[args.Length - nkw + i]);
            }
            var its = new List<PyObject>();
            for (int i = 1; i < args.Length - nkw; i++)
            {
                its.Add(Ops.GetIter(args[i]));  // CPython 3.11: PyObject_GetIter's own error
            }
            return new PyEnumeratorIterator((PyType)args[0], ZipGen(its, strict));
        })));
        PyTypes.Map.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            ArgParser.NoKeywords("map", kw);
            if (args.Length < 3) throw new PythonException(PyExc.TypeError("map() must have at least two arguments."));
            var fn = args[1];
            var its = new List<PyObject>();
            for (int i = 2; i < args.Length; i++) its.Add(Ops.GetIter(args[i]));
            return new PyEnumeratorIterator((PyType)args[0], MapGen(fn, its));
        })));
        PyTypes.Filter.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            ArgParser.NoKeywords("filter", kw);
            if (args.Length != 3) throw new PythonException(PyExc.TypeError($"filter expected 2 arguments, got {args.Length - 1}"));
            var fn = args[1];
            var it = Ops.GetIter(args[2]);
            return new PyEnumeratorIterator((PyType)args[0], FilterGen(fn, it));
        })));
        PyTypes.Reversed.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            ArgParser.NoKeywords("reversed", kw);
            if (args.Length != 2) throw new PythonException(PyExc.TypeError($"reversed expected 1 argument, got {args.Length - 1}"));
            var seq = args[1];
            var rev = seq.Type.Lookup("__reversed__");
            if (rev is PyNone) throw new PythonException(PyExc.TypeError($"'{seq.Type.Name}' object is not reversible"));
            if (rev != null) return Ops.CallWithSelf(rev, seq, []);
            if (seq.Type.Lookup("__getitem__") == null || seq.Type.Lookup("__len__") == null || seq is PyDict)
                throw new PythonException(PyExc.TypeError($"'{seq.Type.Name}' object is not reversible"));
            int n = Ops.Len(seq);
            return new PyEnumeratorIterator((PyType)args[0], ReversedGen(seq, n));
        })));
    }

    private static IEnumerable<PyObject> EnumerateGen(PyObject it, PyInt start)
    {
        var i = start;
        while (Ops.Next(it) is { } v)
        {
            yield return PyTuple.Of(i, v);
            i = i.IsBig || i.Value == long.MaxValue ? PyInt.From(i.AsBig + 1) : PyInt.From(i.Value + 1);
        }
    }

    private static IEnumerable<PyObject> ZipGen(List<PyObject> its, bool strict)
    {
        if (its.Count == 0) yield break;
        while (true)
        {
            var items = new PyObject[its.Count];
            for (int i = 0; i < its.Count; i++)
            {
                var v = Ops.Next(its[i]);
                if (v == null)
                {
                    if (strict)
                    {
                        if (i > 0) throw new PythonException(PyExc.ValueError($"zip() argument {i + 1} is shorter than argument{(i > 1 ? "s 1-" + i : " 1")}"));
                        for (int j = 1; j < its.Count; j++)
                            if (Ops.Next(its[j]) != null)
                                throw new PythonException(PyExc.ValueError($"zip() argument {j + 1} is longer than argument{(j > 1 ? "s 1-" + j : " 1")}"));
                    }
                    yield break;
                }
                items[i] = v;
            }
            yield return PyTuple.Create(items);
        }
    }

    private static IEnumerable<PyObject> MapGen(PyObject fn, List<PyObject> its)
    {
        if (its.Count == 1)
        {
            // One iterable (the usual case): the argument goes on the stack, no array per item.
            var it = its[0];
            while (Ops.Next(it) is { } v) yield return Ops.Call(fn, v);
            yield break;
        }
        while (true)
        {
            var items = new PyObject[its.Count];
            for (int i = 0; i < its.Count; i++)
            {
                var v = Ops.Next(its[i]);
                if (v == null) yield break;
                items[i] = v;
            }
            yield return Ops.Call(fn, items, null);
        }
    }

    private static IEnumerable<PyObject> FilterGen(PyObject fn, PyObject it)
    {
        while (Ops.Next(it) is { } v)
        {
            bool keep = fn is PyNone || ReferenceEquals(fn, PyTypes.Bool) ? Ops.IsTrue(v) : Ops.IsTrue(Ops.Call(fn, v));
            if (keep) yield return v;
        }
    }

    private static IEnumerable<PyObject> ReversedGen(PyObject seq, int n)
    {
        for (int i = n - 1; i >= 0; i--) yield return Ops.GetItem(seq, PyInt.From(i));
    }

    private static void InitGenerators()
    {
        foreach (var t in new[] { PyTypes.Generator, PyTypes.Coroutine, PyTypes.AsyncGenerator })
        {
            PyGenerator G(PyObject o) => (PyGenerator)o;
            string kind = t.Name;
            t.Def("__repr__", a => new PyStr($"<{kind} object {G(a).QualName} at 0x{a.Id:x}>"));
            t.Prop("__name__", a => new PyStr(G(a).Name), (a, v) => G(a).Name = ((PyStr)v!).Value);
            t.Prop("__qualname__", a => new PyStr(G(a).QualName), (a, v) => G(a).QualName = ((PyStr)v!).Value);
            string prefix = t == PyTypes.Generator ? "gi" : t == PyTypes.Coroutine ? "cr" : "ag";
            t.Prop(prefix + "_frame", a => G(a).Finished ? PyNone.Instance : G(a).Frame);
            t.Prop(prefix + "_running", a => Py.Bool(G(a).Running));
            // CPython 3.11 gi_suspended/cr_suspended: paused at a yield/await (started, not running, not finished).
            if (t != PyTypes.AsyncGenerator)
                t.Prop(prefix + "_suspended", a => Py.Bool(!G(a).Finished && !G(a).Running && G(a).Frame.LastI >= 0));
            t.Prop(prefix + "_code", a => G(a).Frame.PyCode);
            if (t != PyTypes.AsyncGenerator)
            {
                t.Prop(prefix == "gi" ? "gi_yieldfrom" : "cr_await", a => G(a).YieldFrom ?? PyNone.Instance);
                t.Def("send", (a, v) => G(a).Send(v));
                t.DefRange("throw", 1, 3, (a, args) => G(a).Throw(MakeThrown(args)));
                t.Def("close", a => G(a).Close());
            }
        }
        PyGenerator GG(PyObject o) => (PyGenerator)o;
        var gen = PyTypes.Generator;
        gen.Def("__iter__", a => a);
        gen.Def("__next__", a => GG(a).Send(PyNone.Instance));
        var coro = PyTypes.Coroutine;
        coro.Def("__await__", a => new CoroutineWrapper(GG(a)));
        var cw = PyTypes.CoroutineWrapper;
        cw.Def("__iter__", a => a);
        cw.Def("__next__", a => ((CoroutineWrapper)a).Coro.Send(PyNone.Instance));
        cw.Def("send", (a, v) => ((CoroutineWrapper)a).Coro.Send(v));
        cw.DefRange("throw", 1, 3, (a, args) => ((CoroutineWrapper)a).Coro.Throw(MakeThrown(args)));
        cw.Def("close", a => ((CoroutineWrapper)a).Coro.Close());
        var ag = PyTypes.AsyncGenerator;
        ag.Def("__aiter__", a => a);
        ag.Def("__anext__", a => new AsyncGenASend(HookedGen(a), PyNone.Instance, null));
        ag.Def("asend", (a, v) => new AsyncGenASend(HookedGen(a), v, null));
        ag.DefRange("athrow", 1, 3, (a, args) => new AsyncGenASend(HookedGen(a), AsyncGenOp.Throw, MakeThrown(args)));
        ag.Def("aclose", a => new AsyncGenASend(HookedGen(a), AsyncGenOp.Close, null));
        var asend = PyTypes.AsyncGenASend;
        asend.Def("__await__", a => a);
        asend.Def("__iter__", a => a);
        asend.Def("__next__", a => ((AsyncGenASend)a).Send(PyNone.Instance));
        asend.Def("send", (a, v) => ((AsyncGenASend)a).Send(v));
        asend.DefRange("throw", 1, 3, (a, args) => ((AsyncGenASend)a).Throw(MakeThrown(args)));
        asend.Def("close", a => PyNone.Instance);
    }

    private static PyGenerator HookedGen(PyObject a)
    {
        var gen = (PyGenerator)a;
        if (!gen.HooksInited) Modules.SysModule.InitAsyncGenHooks(gen);
        return gen;
    }

    public static PyBaseException MakeThrown(ReadOnlySpan<PyObject> args)
    {
        var typ = args[0];
        PyBaseException e;
        if (typ is PyType t && t.IsSubtypeOf(PyExc.BaseException))
        {
            if (args.Length > 1 && args[1] is PyBaseException be && be.Type.IsSubtypeOf(t)) e = be;
            // CPython 3.11: _PyErr_NormalizeException — a tuple value is the argument list.
            else if (args.Length > 1 && args[1] is PyTuple tup) e = (PyBaseException)Ops.Call(t, tup.Items, null);
            else if (args.Length > 1 && args[1] is not PyNone) e = (PyBaseException)Ops.Call(t, args[1]);
            else e = (PyBaseException)Ops.Call(t);
        }
        else if (typ is PyBaseException be2)
        {
            if (args.Length > 1 && args[1] is not PyNone) throw new PythonException(PyExc.TypeError("instance exception may not have a separate value"));
            e = be2;
        }
        else throw new PythonException(PyExc.TypeError($"exceptions must be classes or instances deriving from BaseException, not {typ.Type.Name}"));
        if (args.Length > 2 && args[2] is PyTraceback tb) e.Traceback = tb;
        return e;
    }

    /// <summary>CPython 3.11: importlib._bootstrap._module_repr and _module_repr_from_spec.</summary>
    private static PyObject ModuleRepr(PyObject module)
    {
        PyObject? Attr(PyObject o, string name) => Ops.TryGetAttr(o, PyStr.Intern(name), out var v) ? v : null;
        PyObject? loader = Attr(module, "__loader__");
        if (Attr(module, "__spec__") is { } spec && Ops.IsTrue(spec))
        {
            PyObject? specName = Attr(spec, "name");
            string name = specName is null or PyNone ? "'?'" : Ops.ReprString(specName);
            PyObject? origin = Attr(spec, "origin");
            if (origin is null or PyNone)
            {
                PyObject? specLoader = Attr(spec, "loader");
                return new PyStr(specLoader is null or PyNone ? $"<module {name}>" : $"<module {name} ({Ops.ReprString(specLoader)})>");
            }
            return new PyStr(Attr(spec, "has_location") is { } located && Ops.IsTrue(located)
                ? $"<module {name} from {Ops.ReprString(origin)}>"
                : $"<module {name} ({Ops.StrString(origin)})>");
        }
        if (loader is not null and not PyNone && Attr(loader, "module_repr") is { } moduleRepr)
        {
            try { return Ops.Call(moduleRepr, module); }
            catch (PythonException) { }
        }
        string modName = Attr(module, "__name__") is { } n ? Ops.ReprString(n) : "'?'";
        if (Attr(module, "__file__") is { } file) return new PyStr($"<module {modName} from {Ops.ReprString(file)}>");
        return new PyStr(loader is null or PyNone ? $"<module {modName}>" : $"<module {modName} ({Ops.ReprString(loader)})>");
    }

    private static void InitModuleCodeFrame()
    {
        var m = PyTypes.Module;
        m.HasInstanceDict = true;
        m.DefRaw("__init__", (args, kw) =>
        {
            var p = ArgParser.Parse("module", args[1..], kw, ["name", "doc"], [], 1);
            var mod = args[0];
            mod.Dict ??= new PyDict();
            mod.Dict.SetItem("__name__", p[0]!);
            mod.Dict.SetItem("__doc__", p[1] ?? PyNone.Instance);
            if (mod.Dict.GetItem("__package__") == null) mod.Dict.SetItem("__package__", PyNone.Instance);
            if (mod.Dict.GetItem("__loader__") == null) mod.Dict.SetItem("__loader__", PyNone.Instance);
            if (mod.Dict.GetItem("__spec__") == null) mod.Dict.SetItem("__spec__", PyNone.Instance);
            return PyNone.Instance;
        });
        m.Def("__repr__", ModuleRepr);
        m.Prop("__dict__", a => a.Dict!);
        m.Def("__dir__", a => new PyList(a.Dict!.KeysList().ToArray()));

        var c = PyTypes.Code;
        PyCode C(PyObject o) => (PyCode)o;
        c.ReadOnlyMember("co_name", a => new PyStr(C(a).Code.Name));
        c.ReadOnlyMember("co_qualname", a => new PyStr(C(a).Code.QualName));
        c.ReadOnlyMember("co_filename", a => new PyStr(C(a).Code.Filename));
        c.ReadOnlyMember("co_firstlineno", a => PyInt.From(C(a).Code.FirstLineNo));
        c.ReadOnlyMember("co_argcount", a => PyInt.From(C(a).Code.ArgCount));
        c.ReadOnlyMember("co_posonlyargcount", a => PyInt.From(C(a).Code.PosOnlyArgCount));
        c.ReadOnlyMember("co_kwonlyargcount", a => PyInt.From(C(a).Code.KwOnlyArgCount));
        c.ReadOnlyMember("co_nlocals", a => PyInt.From(C(a).Code.VarNames.Length));
        c.ReadOnlyMember("co_stacksize", a => PyInt.From(C(a).Code.StackSize));
        c.ReadOnlyMember("co_flags", a => PyInt.From((long)C(a).Code.Flags));
        c.Prop("co_varnames", a => PyTuple.Create(C(a).Code.VarNames.Select(x => (PyObject)new PyStr(x)).ToArray()));
        c.Prop("co_cellvars", a => PyTuple.Create(C(a).Code.CellVars.Select(x => (PyObject)new PyStr(x)).ToArray()));
        c.Prop("co_freevars", a => PyTuple.Create(C(a).Code.FreeVars.Select(x => (PyObject)new PyStr(x)).ToArray()));
        c.ReadOnlyMember("co_names", a => PyTuple.Create(C(a).Code.Names.Select(x => (PyObject)new PyStr(x)).ToArray()));
        c.ReadOnlyMember("co_consts", a => PyTuple.Create(C(a).Info.Consts));
        c.Prop("co_code", a => new PyBytes(C(a).Code.Code));
        c.ReadOnlyMember("co_linetable", a => new PyBytes(C(a).Code.LineTable));
        c.ReadOnlyMember("co_exceptiontable", a => new PyBytes(C(a).Code.ExceptionTable));
        c.DefRaw("replace", CodeReplace.Replace);
        // Code objects compare by value (marshal.loads(marshal.dumps(code)) == code), as in CPython.
        c.Def("__eq__", (a, b) => b is PyCode other ? Py.Bool(Sharpy.Bytecode.Code.CodeEquality.Equal(C(a).Code, other.Code)) : Py.NotImplemented);
        c.Def("__ne__", (a, b) => b is PyCode other ? Py.Bool(!Sharpy.Bytecode.Code.CodeEquality.Equal(C(a).Code, other.Code)) : Py.NotImplemented);
        c.Def("__hash__", a => PyInt.From(Sharpy.Bytecode.Code.CodeEquality.Hash(C(a).Code)));
        c.Def("co_lines", a => Ops.GetIter(CodeLocations.Lines(C(a).Code)));
        c.Def("co_positions", a => Ops.GetIter(CodeLocations.Positions(C(a).Code)));
        c.Def("__repr__", a => new PyStr($"<code object {C(a).Code.Name} at 0x{a.Id:x}, file \"{C(a).Code.Filename}\", line {C(a).Code.FirstLineNo}>"));

        var f = PyTypes.Frame;
        Frame F(PyObject o) => (Frame)o;
        f.Prop("f_code", a => F(a).PyCode);
        f.Prop("f_globals", a => F(a).Globals);
        f.Prop("f_builtins", a => F(a).Builtins);
        f.Prop("f_locals", a => F(a).LocalsSnapshot());
        // CPython 3.11: a frame that has not started (fresh generator/coroutine) reports the def line and f_lasti 0.
        f.Prop("f_lineno", a => PyInt.From(F(a).LastI < 0 ? F(a).Info.Code.FirstLineNo : F(a).CurrentLine));
        f.Prop("f_lasti", a => PyInt.From(F(a).LastI < 0 ? 0 : F(a).LastI * 2));
        f.Prop("f_back", a =>
        {
            var back = F(a).Back;
            Interpreter.Frame.MarkEscaped(back);
            return (PyObject?)back ?? PyNone.Instance;
        });
        f.Def("__repr__", a => new PyStr($"<frame at 0x{a.Id:x}, file '{F(a).Info.Code.Filename}', line {F(a).CurrentLine}, code {F(a).Info.Code.Name}>"));

        var tb = PyTypes.Traceback;
        PyTraceback T(PyObject o) => (PyTraceback)o;
        tb.Prop("tb_frame", a => T(a).Frame);
        tb.Prop("tb_lineno", a => PyInt.From(T(a).LineNo));
        tb.Prop("tb_lasti", a => PyInt.From(T(a).LastI * 2));
        tb.Prop("tb_next", a => (PyObject?)T(a).Next ?? PyNone.Instance, (a, v) => T(a).Next = v as PyTraceback);
    }
}

/// <summary>code.co_lines() and code.co_positions() over Sharpy's location table.</summary>
internal static class CodeLocations
{
    private static PyObject LineOrNone(int value) => value < 0 ? PyNone.Instance : PyInt.From(value);

    private static Sharpy.Bytecode.Code.SourceLocation[] Decode(Sharpy.Bytecode.Code.CodeObject code) =>
        Sharpy.Bytecode.Code.LocationTable.Decode(code.LineTable, code.Code.Length / 2, code.FirstLineNo);

    /// <summary>(start, end, line) byte-offset ranges; consecutive units on the same line form one range.</summary>
    public static PyList Lines(Sharpy.Bytecode.Code.CodeObject code)
    {
        var locations = Decode(code);
        var result = new PyList();
        int start = 0;
        for (int i = 1; i <= locations.Length; i++)
        {
            if (i < locations.Length && locations[i].Line == locations[start].Line) continue;
            result.Append(PyTuple.Create([PyInt.From(start * 2), PyInt.From(i * 2), LineOrNone(locations[start].Line)]));
            start = i;
        }
        return result;
    }

    /// <summary>(line, end_line, column, end_column) of every code unit, None where unknown.</summary>
    public static PyList Positions(Sharpy.Bytecode.Code.CodeObject code)
    {
        var result = new PyList();
        foreach (var l in Decode(code))
            result.Append(PyTuple.Create([LineOrNone(l.Line), LineOrNone(l.EndLine), LineOrNone(l.Column), LineOrNone(l.EndColumn)]));
        return result;
    }
}

/// <summary>The iterator returned by coroutine.__await__().</summary>
public sealed class CoroutineWrapper : PyObject
{
    public readonly PyGenerator Coro;
    public CoroutineWrapper(PyGenerator c) : base(PyTypes.CoroutineWrapper) { Coro = c; }
}
