using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Interpreter;

namespace Sharpy.Runtime.Objects;

/// <summary>Class creation: __build_class__ and type.__new__ (CPython 3.11 Python/bltinmodule.c, Objects/typeobject.c).</summary>
public static class TypeCreation
{
    public static PyObject BuildClass(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        if (npos < 2) throw new PythonException(PyExc.TypeError("__build_class__: not enough arguments"));
        if (args[0] is not PyFunction body) throw new PythonException(PyExc.TypeError("__build_class__: func must be a function"));
        if (args[1] is not PyStr nameObj) throw new PythonException(PyExc.TypeError("__build_class__: name is not a string"));
        var origBases = args.Slice(2, npos - 2).ToArray();
        PyObject? meta = null;
        var kwNames = new List<string>();
        var kwValues = new List<PyObject>();
        for (int i = 0; i < nkw; i++)
        {
            if (kwnames![i] == "metaclass") meta = args[npos + i];
            else { kwNames.Add(kwnames[i]); kwValues.Add(args[npos + i]); }
        }
        // PEP 560: __mro_entries__
        var bases = new List<PyObject>();
        bool changed = false;
        foreach (var b in origBases)
        {
            // CPython 3.11: bltinmodule.c update_bases looks the attribute up on the object itself, so a
            // function with a __mro_entries__ attribute works too.
            if (b is not PyType && Ops.TryGetAttr(b, PyStr.Intern("__mro_entries__"), out var me))
            {
                var entries = Ops.Call(me, PyTuple.Create(origBases));
                if (entries is not PyTuple et) throw new PythonException(PyExc.TypeError("__mro_entries__ must return a tuple"));
                bases.AddRange(et.Items);
                changed = true;
            }
            else bases.Add(b);
        }
        var basesTuple = PyTuple.Create(bases.ToArray());
        bool isClass = false;
        if (meta == null)
        {
            meta = bases.Count == 0 ? PyTypes.Type : bases[0].Type;
            isClass = true;
        }
        else if (meta is PyType) isClass = true;
        if (isClass) meta = CalculateMetaclass((PyType)meta, bases);

        PyObject ns;
        var kwArr = kwValues.ToArray();
        var kwNameArr = kwNames.Count > 0 ? kwNames.ToArray() : null;
        if (Ops.TryGetAttr(meta, PyStr.Intern("__prepare__"), out var prepare))
        {
            var pargs = new PyObject[2 + kwArr.Length];
            pargs[0] = nameObj; pargs[1] = basesTuple;
            kwArr.CopyTo(pargs, 2);
            ns = Ops.Call(prepare, pargs, kwNameArr);
        }
        else ns = new PyDict();
        if (ns is not PyDict && ns.Type.Lookup("__getitem__") == null)
            throw new PythonException(PyExc.TypeError($"{(meta is PyType mt ? mt.Name : "<metaclass>")}.__prepare__() must return a mapping, not {ns.Type.Name}"));

        var cell = RunBody(body, ns);
        if (changed) Ops.SetItem(ns, PyStr.Intern("__orig_bases__"), PyTuple.Create(origBases));
        var cargs = new PyObject[3 + kwArr.Length];
        cargs[0] = nameObj; cargs[1] = basesTuple; cargs[2] = ns;
        kwArr.CopyTo(cargs, 3);
        var cls = Ops.Call(meta, cargs, kwNameArr);
        if (cell is PyCell c && cls is PyType)
        {
            if (c.Value == null) c.Value = cls;
            else if (!ReferenceEquals(c.Value, cls))
                throw new PythonException(PyExc.TypeError($"__class__ set to {Ops.ReprString(c.Value)} defining '{nameObj.Value}' as {Ops.ReprString(cls)}"));
        }
        return cls;
    }

    private static PyObject RunBody(PyFunction body, PyObject ns)
    {
        if (ns is PyDict d) return Eval.RunClassBody(body, d);
        var frame = new Frame(body.Code, body.Globals, body.Builtins, ns) { Function = body };
        // Cells for class bodies come from the closure.
        var info = frame.Info;
        for (int i = 0; i < info.NCells; i++) frame.Cells[i] = new PyCell(null);
        for (int i = 0; i < info.NFree; i++) frame.Cells[info.NCells + i] = body.Closure![i];
        return Eval.Run(frame);
    }

    public static PyType CalculateMetaclass(PyType meta, IEnumerable<PyObject> bases)
    {
        var winner = meta;
        foreach (var b in bases)
        {
            var bt = b.Type;
            if (winner.IsSubtypeOf(bt)) continue;
            if (bt.IsSubtypeOf(winner)) { winner = bt; continue; }
            throw new PythonException(PyExc.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"));
        }
        return winner;
    }

    /// <summary>type.__new__(meta, name, bases, ns, **kwds).</summary>
    public static PyObject TypeNew(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        if (npos < 1) throw new PythonException(PyExc.TypeError("type.__new__(): not enough arguments"));
        if (args[0] is not PyType meta) throw new PythonException(PyExc.TypeError($"type.__new__(X): X is not a type object ({args[0].Type.Name})"));
        if (npos == 2 && ReferenceEquals(meta, PyTypes.Type) && nkw == 0) return args[1].Type;
        if (npos != 4) throw new PythonException(PyExc.TypeError("type() takes 1 or 3 arguments"));
        if (args[1] is not PyStr name) throw new PythonException(PyExc.TypeError($"type.__new__() argument 1 must be str, not {args[1].Type.Name}"));
        if (args[2] is not PyTuple basesT) throw new PythonException(PyExc.TypeError($"type.__new__() argument 2 must be tuple, not {args[2].Type.Name}"));
        if (args[3] is not PyDict ns) throw new PythonException(PyExc.TypeError($"type.__new__() argument 3 must be dict, not {args[3].Type.Name}"));

        // CPython 3.11: type_new_get_bases — MRO entries, then the metaclass (over every base's type), then
        // best_base's checks that the bases are acceptable types.
        foreach (var b in basesT.Items)
            if (b is not PyType && b.Type.Lookup("__mro_entries__") != null)
                throw new PythonException(PyExc.TypeError("type() doesn't support MRO entry resolution; use types.new_class()"));
        var winner = CalculateMetaclass(meta, basesT.Items);
        var bases = new List<PyType>();
        foreach (var b in basesT.Items)
        {
            if (b is not PyType bt) throw new PythonException(PyExc.TypeError($"bases must be types"));
            if (!bt.IsBaseType) throw new PythonException(PyExc.TypeError($"type '{bt.Name}' is not an acceptable base type"));
            bases.Add(bt);
        }
        if (!ReferenceEquals(winner, meta) && winner.Lookup("__new__") is { } wn && !ReferenceEquals(wn, PyTypes.Type.Lookup("__new__")))
        {
            var a2 = args.ToArray();
            a2[0] = winner;
            return Ops.Call(wn is PyStaticMethod sm ? sm.Callable : wn, a2, kwnames);
        }
        meta = winner;
        if (bases.Count == 0) bases.Add(PyTypes.Object);

        // The solid base: the most derived builtin layout among the bases.
        PyType solid = PyTypes.Object;
        foreach (var b in bases)
        {
            var s = b.SolidBase;
            if (ReferenceEquals(s, PyTypes.Object)) continue;
            if (solid.IsSubtypeOf(s)) continue;
            if (ReferenceEquals(solid, PyTypes.Object) || s.IsSubtypeOf(solid)) { solid = s; continue; }
            throw new PythonException(PyExc.TypeError("multiple bases have instance lay-out conflict"));
        }
        var baseSlotOwner = SlotLayoutOwnerOf(bases, solid);

        var dict = ns.Copy();
        var t = new PyType(meta, name.Value, bases.ToArray(), dict) { IsBuiltin = false, SolidBase = solid };
        t.Allocator = solid.Allocator;
        // CPython 3.11: typeobject.c mro_implementation → check_duplicates.
        for (int i = 0; i < bases.Count; i++)
            for (int j = i + 1; j < bases.Count; j++)
                if (ReferenceEquals(bases[i], bases[j])) throw new PythonException(PyExc.TypeError($"duplicate base class {bases[i].Name}"));
        t.Mro = PyType.ComputeC3(t, t.Bases);
        if (!ReferenceEquals(meta, PyTypes.Type) && meta.Lookup("mro") is PyFunction customMro)
        {
            var r = Ops.CallWithSelf(customMro, t, []);
            t.Mro = Ops.ToList(r).Cast<PyType>().ToArray();
        }

        if (dict.GetItem("__qualname__") is { } qn)
        {
            if (qn is not PyStr qs) throw new PythonException(PyExc.TypeError($"type __qualname__ must be a str, not {qn.Type.Name}"));
            t.QualName = qs.Value;
            dict.Remove(PyStr.Intern("__qualname__"));
        }
        // A library class standing in for one of CPython's C types names itself as that type's tp_name
        // ("datetime.datetime") in error messages; the marker is consumed, as __qualname__ is.
        if (dict.GetItem("__sharpy_tp_name__") is PyStr tpName)
        {
            t.ErrorName = tpName.Value;
            dict.Remove(PyStr.Intern("__sharpy_tp_name__"));
        }
        if (dict.GetItem("__module__") == null)
        {
            var top = PythonRuntime.Current.PyThreadState.TopFrame;
            var modName = top?.Globals.GetItem("__name__");
            if (modName != null) dict.SetItem("__module__", modName);
        }
        if (dict.GetItem("__doc__") == null) dict.SetItem("__doc__", PyNone.Instance);

        // __slots__
        var inheritedSlots = new List<string>();
        foreach (var b in t.Mro.Skip(1)) if (b.SlotNames.Length > inheritedSlots.Count) inheritedSlots = new List<string>(b.SlotNames);
        bool baseHasDict = bases.Any(b => b.HasInstanceDict);
        if (dict.GetItem("__slots__") is { } slotsObj)
        {
            var names = slotsObj is PyStr ss ? [ss] : Ops.ToList(slotsObj);
            bool addDict = false;
            var all = new List<string>(inheritedSlots);
            foreach (var n in names)
            {
                if (n is not PyStr sn) throw new PythonException(PyExc.TypeError($"__slots__ items must be strings, not '{n.Type.Name}'"));
                if (!StrMethods.IsIdentifier(sn.Value)) throw new PythonException(PyExc.TypeError("__slots__ must be identifiers"));
                if (sn.Value == "__dict__")
                {
                    if (addDict || baseHasDict) throw new PythonException(PyExc.TypeError("__dict__ slot disallowed: we already got one"));
                    addDict = true;
                    continue;
                }
                if (sn.Value == "__weakref__") continue;
                string mangled = sn.Value.StartsWith("__") && !sn.Value.EndsWith("__") ? "_" + t.Name.TrimStart('_') + sn.Value : sn.Value;
                // CPython 3.11 type_new_visit_slots checks the namespace as written: a repeated slot name is allowed.
                if (dict.GetItem(mangled) is { } existing && !(existing is PySlotMember && all.Contains(mangled)))
                    throw new PythonException(PyExc.ValueError($"'{mangled}' in __slots__ conflicts with class variable"));
                dict.SetItem(mangled, new PySlotMember(t, mangled, all.Count));
                all.Add(mangled);
            }
            // type_new_slots_impl: variable-size bases (int, bytes, tuple) cannot have slots added.
            if (names.Count > 0
                && bases.FirstOrDefault(b => b.IsSubtypeOf(PyTypes.Int) || b.IsSubtypeOf(PyTypes.Bytes) || b.IsSubtypeOf(PyTypes.Tuple)) is { } varBase)
                throw new PythonException(PyExc.TypeError($"nonempty __slots__ not supported for subtype of '{varBase.Name}'"));
            t.SlotNames = all.ToArray();
            t.HasInstanceDict = addDict || baseHasDict;
        }
        else
        {
            t.SlotNames = inheritedSlots.ToArray();
            t.HasInstanceDict = true;
        }
        t.SlotLayoutOwner = t.SlotNames.Length > inheritedSlots.Count ? t : baseSlotOwner;

        // CPython 3.11: type_new_descriptors adds __dict__ only when no base already has an instance dict
        // (exceptions, for one, inherit BaseException's).
        if (t.HasInstanceDict && !t.Mro.Skip(1).Any(b => b.HasInstanceDict) && dict.GetItem("__dict__") == null)
            dict.SetItem("__dict__", ObjectTypeMethods.InstanceDictDescriptor(t));
        if (ObjectTypeMethods.NeedsWeakrefSlot(t, dict)) dict.SetItem("__weakref__", ObjectTypeMethods.WeakrefDescriptor(t));
        foreach (var special in new[] { "__init_subclass__", "__class_getitem__" })
            if (dict.GetItem(special) is PyFunction f) dict.SetItem(special, new PyClassMethod(f));
        if (dict.GetItem("__new__") is PyFunction nf) dict.SetItem("__new__", new PyStaticMethod(nf));
        if (dict.GetItem("__eq__") != null && dict.GetItem("__hash__") == null) dict.SetItem("__hash__", PyNone.Instance);

        PyCell? classCell = null;
        if (dict.GetItem("__classcell__") is { } cc)
        {
            if (cc is not PyCell cell)
                throw new PythonException(PyExc.TypeError($"__classcell__ must be a nonlocal cell, not {cc.Type.FullName}"));
            classCell = cell;
            dict.Remove(PyStr.Intern("__classcell__"));
        }

        foreach (var b in bases) b.AddSubclass(t);
        t.RefreshFlags();
        if (classCell != null) classCell.Value = t;

        // __set_name__
        foreach (var kv in dict.Items().ToList())
        {
            var sn = kv.Value.Type.Lookup("__set_name__");
            if (sn == null) continue;
            try { Ops.CallWithSelf(sn, kv.Value, [t, kv.Key]); }
            catch (PythonException e)
            {
                var re = PyExc.RuntimeError($"Error calling __set_name__ on '{kv.Value.Type.Name}' instance {Ops.ReprString(kv.Key)} in '{t.Name}'");
                re.Cause = e.Value;
                throw new PythonException(re);
            }
        }

        // __init_subclass__ on the parent (super(t, t).__init_subclass__(**kwds))
        PyObject? init = null;
        foreach (var b in t.Mro.Skip(1))
            if ((init = b.Dict.GetItem("__init_subclass__")) != null) break;
        if (init != null)
        {
            var bound = Ops.DescrGet(init, null, t);
            if (bound is PyClassMethodDescriptor || init is PyClassMethodDescriptor)
            {
                if (nkw > 0) throw new PythonException(PyExc.TypeError($"{t.Name}.__init_subclass__() takes no keyword arguments"));
            }
            else Ops.Call(bound, args[4..], kwnames);
        }
        return t;
    }

    public static PyObject ObjectNew(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (args.Length == 0) throw new PythonException(PyExc.TypeError("object.__new__(): not enough arguments"));
        if (args[0] is not PyType cls)
            throw new PythonException(PyExc.TypeError($"object.__new__(X): X is not a type object ({args[0].Type.Name})"));
        bool excess = args.Length > 1;
        if (excess)
        {
            bool newOverridden = !ReferenceEquals(cls.Lookup("__new__"), PyTypes.Object.Dict.GetItem("__new__"));
            bool initOverridden = !ReferenceEquals(cls.Lookup("__init__"), PyTypes.Object.Dict.GetItem("__init__"));
            if (newOverridden) throw new PythonException(PyExc.TypeError("object.__new__() takes exactly one argument (the type to instantiate)"));
            if (!initOverridden) throw new PythonException(PyExc.TypeError($"{cls.Name}() takes no arguments"));
        }
        if (cls.Lookup("__abstractmethods__") is { } am && am is not PyGetSetDescriptor)
        {
            var names = Ops.ToList(am).Select(Ops.StrString).OrderBy(s => s, StringComparer.Ordinal).ToList();
            if (names.Count > 0)
                throw new PythonException(PyExc.TypeError(
                    $"Can't instantiate abstract class {cls.Name} with abstract method{(names.Count > 1 ? "s" : "")} {string.Join(", ", names)}"));
        }
        if (!ReferenceEquals(cls.SolidBase, PyTypes.Object) && !cls.SolidBase.IsSubtypeOf(PyExc.BaseException) && cls.SolidBase.Dict.GetItem("__new__") != null)
            throw new PythonException(PyExc.TypeError($"object.__new__({cls.Name}) is not safe, use {cls.SolidBase.Name}.__new__()"));
        if (cls.IsBuiltin && cls.Allocator == null)
            throw new PythonException(PyExc.TypeError($"cannot create '{cls.FullName}' instances"));
        return cls.AllocatePlain();
    }

    /// <summary>The most derived slot layout among the bases; slot storage is positional, so bases that
    /// each add slots on unrelated lines would share indices (CPython: "instance lay-out conflict").
    /// <paramref name="solid"/> is the bases' builtin layout.</summary>
    private static PyType? SlotLayoutOwnerOf(List<PyType> bases, PyType solid)
    {
        PyType? owner = null;
        foreach (var b in bases)
        {
            var o = b.SlotLayoutOwner;
            if (o == null || (owner != null && owner.IsSubtypeOf(o))) continue;
            if (owner == null || o.IsSubtypeOf(owner)) { owner = o; continue; }
            throw new PythonException(PyExc.TypeError("multiple bases have instance lay-out conflict"));
        }
        // Slots added on top of object cannot share an instance with another builtin layout (class C(Slotted, int)).
        if (owner != null && !owner.IsSubtypeOf(solid))
            throw new PythonException(PyExc.TypeError("multiple bases have instance lay-out conflict"));
        return owner;
    }
}
