using System.Runtime.CompilerServices;

namespace Sharpy.Runtime.Objects;

/// <summary>Generic object protocols (CPython's abstract.c/object.c), split by concern.</summary>
public static partial class Ops
{
    public static bool IsDataDescriptor(PyObject d)
    {
        switch (d)
        {
            case PyProperty or PyGetSetDescriptor or PySlotMember: return true;
            case PyFunction or PyMethodDescriptor or PyBuiltinFunction or PyStr or PyInt: return false;
        }
        if (d.Type.IsBuiltin) return false;
        return d.Type.Lookup("__set__") != null || d.Type.Lookup("__delete__") != null;
    }

    /// <summary>descr.__get__(obj, type) for any descriptor; returns descr itself when it is not one.</summary>
    public static PyObject DescrGet(PyObject descr, PyObject? obj, PyType type)
    {
        switch (descr)
        {
            case PyFunction f:
                return obj == null ? f : new PyMethod(f, obj);
            case PyMethodDescriptor md:
                return obj == null ? md : md.Bind(obj);
            case PyClassMethodDescriptor cmd:
                return new PyBuiltinFunction(cmd.Name, cmd.Fn, type);
            case PyClassMethod cm:
                return new PyMethod(cm.Callable, type);
            case PyStaticMethod sm:
                return sm.Callable;
            case PyProperty p when PlainProperty(p, "__get__"):
                return obj == null ? p : PropertyGet(p, obj);
            case PyGetSetDescriptor gs:
                return obj == null ? gs : gs.Getter(obj);
            case PySlotMember sm2:
                if (obj == null) return sm2;
                var v = obj.SlotValues?[sm2.Index];
                if (v == null) throw new PythonException(PyExc.AttributeError($"'{obj.Type.TpName}' object has no attribute '{sm2.Name}'", obj, sm2.Name));
                return v;
        }
        if (descr.Type.IsBuiltin) return descr;
        var get = descr.Type.Lookup("__get__");
        if (get == null) return descr;
        return Call(get, descr, obj ?? PyNone.Instance, type);
    }

    /// <summary>
    /// True when <paramref name="p"/> behaves as a builtin property for <paramref name="dunder"/>: it is one, or its
    /// subclass does not override that method (a subclass that does, e.g. a read-only field descriptor raising its
    /// own AttributeError from __set__, must be called through the descriptor protocol).
    /// </summary>
    internal static bool PlainProperty(PyProperty p, string dunder) =>
        ReferenceEquals(p.Type, PyTypes.Property) || ReferenceEquals(p.Type.Lookup(dunder), PyTypes.Property.Lookup(dunder));

    /// <summary>property.__get__ for an instance (no override dispatch: the builtin method itself).</summary>
    internal static PyObject PropertyGet(PyProperty p, PyObject obj)
    {
        if (p.Getter == null || p.Getter is PyNone) throw new PythonException(PyExc.AttributeError(PropertyError(p, obj, "getter")));
        return Call(p.Getter, obj);
    }

    /// <summary>property.__set__ / __delete__ (value null) without override dispatch.</summary>
    internal static void PropertySet(PyProperty p, PyObject obj, PyObject? value)
    {
        var fn = value == null ? p.Deleter : p.Setter;
        if (fn == null || fn is PyNone)
            throw new PythonException(PyExc.AttributeError(PropertyError(p, obj, value == null ? "deleter" : "setter")));
        if (value == null) Call(fn, obj); else Call(fn, obj, value);
    }

    // CPython 3.11: descrobject.c property_descr_get / property_descr_set messages.
    internal static string PropertyError(PyProperty p, PyObject obj, string what) =>
        p.Name != null
            ? $"property {ReprString(p.Name)} of {ReprString(new PyStr(obj.Type.QualName))} object has no {what}"
            : $"property of {ReprString(new PyStr(obj.Type.QualName))} object has no {what}";

    public static PyObject GetAttr(PyObject o, string name) => GetAttr(o, PyStr.Intern(name));

    public static PyObject GetAttr(PyObject o, PyStr name)
    {
        try { return GetAttrUnrecorded(o, name); }
        catch (PythonException e) when (RecordAttributeErrorContext(e, o, name)) { throw; }
    }

    /// <summary>descr.__get__(obj, type) for an attribute load, recording the lookup on an AttributeError.</summary>
    public static PyObject DescrGetForAttr(PyObject descr, PyObject obj, PyType type, PyStr name)
    {
        try { return DescrGet(descr, obj, type); }
        catch (PythonException e) when (RecordAttributeErrorContext(e, obj, name)) { throw; }
    }

    /// <summary>
    /// CPython 3.11 (set_attribute_error_context): an AttributeError leaving an attribute load, whoever
    /// raised it (a property getter, __getattr__, a descriptor), is stamped with the name and object looked
    /// up unless it already names some, so the traceback can offer "Did you mean". Used as an exception
    /// filter: it always returns false, so the exception propagates untouched otherwise.
    /// </summary>
    private static bool RecordAttributeErrorContext(PythonException e, PyObject o, PyStr name)
    {
        var exc = e.Value;
        if (exc.IsInstance(PyExc.AttributeErrorType)
            && exc.GetField("name") is null or PyNone && exc.GetField("obj") is null or PyNone)
        {
            exc.SetField("name", name);
            exc.SetField("obj", o);
        }
        return false;
    }

    private static PyObject GetAttrUnrecorded(PyObject o, PyStr name)
    {
        // CPython 3.11: PyObject_GetAttr. The AttributeError a descriptor, __getattribute__ or __getattr__
        // raises is the one the caller sees (only TryGetAttr suppresses it).
        var type = o.Type;
        if (o is not PyType and not PySuper and not PyMethod and not PyModule)
        {
            if (type.HasGetattribute)
            {
                var ga = type.Lookup("__getattribute__")!;
                if (!type.HasGetattr) return Call(ga, o, name);
                try { return Call(ga, o, name); }
                catch (PythonException e) when (e.Value.IsInstance(PyExc.AttributeErrorType)) { }
                return Call(type.Lookup("__getattr__")!, o, name);
            }
            if (!type.HasGetattr)
                return GenericGetAttr(o, name, out var found) ? found : throw new PythonException(AttributeErrorFor(o, name.Value));
            try { if (GenericGetAttr(o, name, out var found)) return found; }
            catch (PythonException e) when (e.Value.IsInstance(PyExc.AttributeErrorType)) { }
            return Call(type.Lookup("__getattr__")!, o, name);
        }
        // On a class, an AttributeError raised by a metatype descriptor (type.__abstractmethods__) is the
        // error the caller sees, with its own message.
        if (o is PyType cls)
        {
            if (!type.HasGetattribute && !type.HasGetattr)
                return TypeGetAttr(cls, name, out var found2) ? found2 : throw new PythonException(AttributeErrorFor(o, name.Value));
            // A metaclass __getattr__ (enum.EnumType's) is called like an instance's: what it raises is what
            // the caller sees.
            if (type.HasGetattr)
            {
                try
                {
                    if (type.HasGetattribute) return Call(type.Lookup("__getattribute__")!, o, name);
                    if (TypeGetAttr(cls, name, out var found3)) return found3;
                }
                catch (PythonException e) when (e.Value.IsInstance(PyExc.AttributeErrorType)) { }
                return Call(type.Lookup("__getattr__")!, o, name);
            }
        }
        // A module-level __getattr__ (PEP 562) likewise reports absence in its own words.
        if (o is PyModule mod && mod.Dict?.GetItem("__getattr__") is { } modHook)
            return GenericGetAttr(o, name, out var modFound) ? modFound : Call(modHook, name);
        if (TryGetAttr(o, name, out var v)) return v;
        throw new PythonException(AttributeErrorFor(o, name.Value));
    }

    public static PyBaseException AttributeErrorFor(PyObject o, string name) =>
        PyExc.AttributeError(AttributeErrorMessage(o, name), o, name);

    private static string AttributeErrorMessage(PyObject o, string name) => o switch
    {
        PyType t => $"type object '{t.TpName}' has no attribute '{name}'",
        PyModule m => ModuleAttributeMessage(m, name),
        _ => $"'{o.Type.TpName}' object has no attribute '{name}'",
    };

    /// <summary>
    /// A module's missing attribute, named from its __name__; while its __spec__ says it is still executing
    /// (spec._initializing), the message points at a circular import.
    /// </summary>
    // CPython 3.11: Objects/moduleobject.c module_getattro
    private static string ModuleAttributeMessage(PyModule m, string name)
    {
        if (m.Dict?.GetItem("__name__") is not PyStr modName)
            return $"module has no attribute '{name}'";
        bool initializing = m.Dict.GetItem("__spec__") is { } spec and not PyNone
            && TryGetAttr(spec, PyStr.Intern("_initializing"), out var flag) && IsTrue(flag);
        return initializing
            ? $"partially initialized module '{modName.Value}' has no attribute '{name}' (most likely due to a circular import)"
            : $"module '{modName.Value}' has no attribute '{name}'";
    }

    /// <summary>getattr without raising AttributeError for a missing attribute (other errors propagate).</summary>
    public static bool TryGetAttr(PyObject o, PyStr name, out PyObject value)
    {
        var type = o.Type;
        if (type.HasGetattribute)
        {
            var ga = type.Lookup("__getattribute__")!;
            try
            {
                value = Call(ga, o, name);
                return true;
            }
            catch (PythonException e) when (e.Value.IsInstance(PyExc.AttributeErrorType))
            {
                if (type.HasGetattr) return TryGetattrHook(o, name, out value);
                value = null!;
                return false;
            }
        }
        if (o is PyType t)
        {
            // A metatype descriptor raising AttributeError (e.g. type.__abstractmethods__) means "absent".
            try { return TypeGetAttr(t, name, out value); }
            catch (PythonException e) when (e.Value.IsInstance(PyExc.AttributeErrorType)) { value = null!; return false; }
        }
        if (o is PySuper su)
        {
            try { value = MiscTypeMethods.SuperGetAttr(su, name); return true; }
            catch (PythonException e) when (e.Value.IsInstance(PyExc.AttributeErrorType)) { value = null!; return false; }
        }
        if (o is PyMethod pm && !GenericGetAttr(o, name, out _)) return TryGetAttr(pm.Function, name, out value);
        try
        {
            if (GenericGetAttr(o, name, out value)) return true;
        }
        catch (PythonException e) when (e.Value.IsInstance(PyExc.AttributeErrorType))
        {
            // A descriptor raised AttributeError: CPython then falls back to __getattr__ (or reports absence).
            if (type.HasGetattr) return TryGetattrHook(o, name, out value);
            value = null!;
            return false;
        }
        if (o is PyModule m) return ModuleGetattrHook(m, name, out value);
        if (type.HasGetattr) return TryGetattrHook(o, name, out value);
        value = null!;
        return false;
    }

    private static bool TryGetattrHook(PyObject o, PyStr name, out PyObject value)
    {
        var hook = o.Type.Lookup("__getattr__")!;
        try
        {
            value = Call(hook, o, name);
            return true;
        }
        catch (PythonException e) when (e.Value.IsInstance(PyExc.AttributeErrorType))
        {
            value = null!;
            return false;
        }
    }

    private static bool ModuleGetattrHook(PyModule m, PyStr name, out PyObject value)
    {
        var hook = m.Dict!.GetItem("__getattr__");
        if (hook != null)
        {
            try { value = Call(hook, name); return true; }
            catch (PythonException e) when (e.Value.IsInstance(PyExc.AttributeErrorType)) { }
        }
        value = null!;
        return false;
    }

    /// <summary>CPython 3.11: Objects/object.c _PyObject_GenericGetAttrWithDict.</summary>
    public static bool GenericGetAttr(PyObject o, PyStr name, out PyObject value)
    {
        var type = o.Type;
        var descr = type.Lookup(name);
        if (descr != null && IsDataDescriptor(descr))
        {
            value = DescrGet(descr, o, type);
            return true;
        }
        var dict = o.Dict;
        if (dict != null && o is not PyType)
        {
            var v = dict.GetItem(name);
            if (v != null) { value = v; return true; }
        }
        if (descr != null)
        {
            value = DescrGet(descr, o, type);
            return true;
        }
        value = null!;
        return false;
    }

    public static bool TryGetAttrNoHook(PyType t, PyStr name, out PyObject value) => TypeGetAttr(t, name, out value);

    /// <summary>CPython 3.11: Objects/typeobject.c type_getattro.</summary>
    private static bool TypeGetAttr(PyType t, PyStr name, out PyObject value)
    {
        var meta = t.Type;
        var metaAttr = meta.Lookup(name);
        if (metaAttr != null && IsDataDescriptor(metaAttr))
        {
            value = DescrGet(metaAttr, t, meta);
            return true;
        }
        var attr = t.Lookup(name);
        if (attr != null)
        {
            value = attr switch
            {
                PyFunction or PyMethodDescriptor => attr,
                PyProperty pp when PlainProperty(pp, "__get__") => attr,
                PyGetSetDescriptor or PySlotMember => attr,
                _ => DescrGet(attr, null, t),
            };
            return true;
        }
        if (metaAttr != null)
        {
            value = DescrGet(metaAttr, t, meta);
            return true;
        }
        if (meta.HasGetattr && !ReferenceEquals(meta, PyTypes.Type))
            return TryGetattrHook(t, name, out value);
        value = null!;
        return false;
    }

    public static void SetAttr(PyObject o, string name, PyObject value) => SetAttr(o, PyStr.Intern(name), value);

    public static void SetAttr(PyObject o, PyStr name, PyObject? value)
    {
        var type = o.Type;
        if (value != null ? type.HasSetattr : type.HasDelattr)
        {
            var hook = type.Lookup(value != null ? "__setattr__" : "__delattr__")!;
            if (value != null) Call(hook, o, name, value); else Call(hook, o, name);
            return;
        }
        GenericSetAttr(o, name, value);
    }

    // The AttributeErrors of stores and deletions carry no name/obj: CPython 3.11 records them for loads
    // only, so a failed store never gets a "Did you mean" suggestion.
    public static void GenericSetAttr(PyObject o, PyStr name, PyObject? value)
    {
        var type = o.Type;
        if (o is PyType t)
        {
            if (t.IsBuiltin)
                throw new PythonException(PyExc.TypeError($"cannot set '{name.Value}' attribute of immutable type '{t.TpName}'"));
            var metaDescr = type.Lookup(name);
            if (metaDescr != null && IsDataDescriptor(metaDescr)) { DescrSet(metaDescr, o, value, name.Value); return; }
            if (value == null)
            {
                if (!t.Dict.Remove(name)) throw new PythonException(PyExc.AttributeError($"type object '{t.TpName}' has no attribute '{name.Value}'"));
            }
            else t.Dict.SetItem(name, value);
            t.Modified();
            return;
        }
        var descr = type.Lookup(name);
        if (descr != null && IsDataDescriptor(descr)) { DescrSet(descr, o, value, name.Value); return; }
        var dict = o.Dict;
        if (dict == null && type.HasInstanceDict && o is not PyModule)
            dict = o.Dict = new PyDict();
        if (dict == null)
        {
            if (descr != null)
                throw new PythonException(PyExc.AttributeError($"'{type.Name}' object attribute '{name.Value}' is read-only"));
            throw new PythonException(PyExc.AttributeError($"'{type.TpName}' object has no attribute '{name.Value}'"));
        }
        if (value == null)
        {
            if (!dict.Remove(name)) throw new PythonException(PyExc.AttributeError(AttributeErrorMessage(o, name.Value)));
        }
        else dict.SetItem(name, name.Hash, value);
    }

    private static void DescrSet(PyObject descr, PyObject obj, PyObject? value, string name)
    {
        switch (descr)
        {
            case PyProperty p when PlainProperty(p, value == null ? "__delete__" : "__set__"):
                PropertySet(p, obj, value);
                return;
            case PyGetSetDescriptor gs:
                if (gs.Setter == null)
                    throw new PythonException(PyExc.AttributeError($"attribute '{name}' of '{obj.Type.TpName}' objects is not writable"));
                gs.Setter(obj, value);
                return;
            case PySlotMember sm:
                if (value == null)
                {
                    if (obj.SlotValues?[sm.Index] == null) throw new PythonException(PyExc.AttributeError(sm.Name));
                    obj.SlotValues![sm.Index] = null;
                }
                else
                {
                    obj.SlotValues ??= new PyObject?[obj.Type.SlotNames.Length];
                    obj.SlotValues[sm.Index] = value;
                }
                return;
        }
        if (value == null)
        {
            var del = descr.Type.Lookup("__delete__");
            if (del == null) throw new PythonException(PyExc.AttributeError("__delete__"));
            Call(del, descr, obj);
        }
        else
        {
            var set = descr.Type.Lookup("__set__");
            if (set == null) throw new PythonException(PyExc.AttributeError("__set__"));
            Call(set, descr, obj, value);
        }
    }

    public static bool HasAttr(PyObject o, string name) => TryGetAttr(o, PyStr.Intern(name), out _);

    /// <summary>Look up a special method on the type (never the instance), bound or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject? LookupSpecial(PyObject o, string name) => o.Type.Lookup(name);

    /// <summary>Call special method <paramref name="name"/> of <paramref name="o"/>'s type with o as self.</summary>
    public static bool TryCallSpecial(PyObject o, string name, out PyObject result, params PyObject[] args)
    {
        var m = o.Type.Lookup(name);
        if (m == null || m is PyNone) { result = null!; return false; }
        result = CallWithSelf(m, o, args);
        return true;
    }

    /// <summary>Call an unbound attribute found on a type with an explicit self (binding descriptors).</summary>
    public static PyObject CallWithSelf(PyObject m, PyObject self, ReadOnlySpan<PyObject> args)
    {
        switch (m)
        {
            case PyFunction or PyMethodDescriptor:
                return CallPrepended(m, self, args, null);
            default:
                var bound = DescrGet(m, self, self.Type);
                return Call(bound, args, null);
        }
    }
}
