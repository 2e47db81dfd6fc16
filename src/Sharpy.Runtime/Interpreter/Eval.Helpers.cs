using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Interpreter;

public static partial class Eval
{
    /// <summary>
    /// The attribute that LOAD_ATTR/STORE_ATTR/LOAD_METHOD find on the type (MRO lookup), cached per
    /// instruction and keyed by the type's version, which changes whenever the type or a base changes.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static PyObject? CachedTypeLookup(CodeInfo info, int index, PyType t, PyStr name)
    {
        if (info.AttrCacheTypeVer[index] == t.Version) return info.AttrCacheDescr[index];
        var descr = t.Lookup(name);
        info.AttrCacheTypeVer[index] = t.Version;
        info.AttrCacheDescr[index] = descr;
        return descr;
    }

    private static PyObject LoadAttr(CodeInfo info, int index, PyObject o, PyStr name)
    {
        var t = o.Type;
        // Through the sealed PyInstance: its Dict and SlotValues are then direct calls, not virtual ones.
        if (o is PyInstance inst && !t.HasGetattribute)
        {
            var descr = CachedTypeLookup(info, index, t, name);
            if (descr is PySlotMember slot)
            {
                if (inst.SlotValues?[slot.Index] is { } sv) return sv;
            }
            else if (descr == null || !Ops.IsDataDescriptor(descr))
            {
                var d = inst.Dict;
                if (d != null)
                {
                    var v = d.ValueAtIfKey(info.AttrCacheDictIndex[index], name);
                    if (v != null) return v;
                    int ix = d.EntryIndexOf(name, name.Hash);
                    if (ix >= 0)
                    {
                        info.AttrCacheDictIndex[index] = ix;
                        // An equal but not identical key (setattr with a computed str) misses the
                        // identity check: read it the ordinary way.
                        v = d.ValueAtIfKey(ix, name) ?? d.GetItem(name, name.Hash);
                        if (v != null) return v;
                    }
                }
                if (descr != null) return Ops.DescrGetForAttr(descr, o, t, name);
            }
        }
        return Ops.GetAttr(o, name);
    }

    /// <summary>
    /// STORE_ATTR on a plain instance: store into its __dict__ when the type has no data descriptor for
    /// the name (inline cache per instruction, keyed by type version). False: take the generic path.
    /// </summary>
    private static bool StoreInstanceAttr(CodeInfo info, int index, PyObject o, PyStr name, PyObject value)
    {
        var t = o.Type;
        var descr = CachedTypeLookup(info, index, t, name);
        if (descr is PySlotMember slot && o.SlotValues is { } slots && slot.Index < slots.Length)
        {
            slots[slot.Index] = value;
            return true;
        }
        if (descr != null && Ops.IsDataDescriptor(descr)) return false;
        var dict = o.Dict;
        if (dict == null)
        {
            if (!t.HasInstanceDict) return false;
            dict = o.Dict = new PyDict();
        }
        // Instances of a class usually share their __dict__ layout: the entry LOAD_ATTR's cache uses, without hashing.
        if (!dict.ReplaceValueAtIfKey(info.AttrCacheDictIndex[index], name, value))
            info.AttrCacheDictIndex[index] = dict.SetItemReturningIndex(name, name.Hash, value);
        return true;
    }

    /// <summary>LOAD_METHOD: true with the unbound function when no bound method must be created.</summary>
    private static bool TryLoadMethod(CodeInfo info, int index, PyObject o, PyStr name, out PyObject result)
    {
        var t = o.Type;
        if (!t.HasGetattribute && o is not PyType && o is not PyModule && o is not PySuper && o is not PyMethod)
        {
            var descr = CachedTypeLookup(info, index, t, name);
            if (descr is PyFunction or PyMethodDescriptor)
            {
                var v = o.Dict?.GetItem(name);
                if (v == null) { result = descr; return true; }
                result = v;
                return false;
            }
        }
        result = Ops.GetAttr(o, name);
        return false;
    }

    private static void ListExtend(PyList list, PyObject v)
    {
        if (v is PyTuple t) { foreach (var x in t.Items) list.Append(x); return; }
        if (v is PyList l) { foreach (var x in l.ToArray()) list.Append(x); return; }
        if (v.Type.Lookup("__iter__") == null && v.Type.Lookup("__getitem__") == null)
            throw new PythonException(PyExc.TypeError($"Value after * must be an iterable, not {v.Type.Name}"));
        var it = Ops.GetIter(v);
        while (Ops.Next(it) is { } x) list.Append(x);
    }

    private static void SetUpdate(PySet set, PyObject v)
    {
        if (v is PySet s) { set.UpdateFromSet(s); return; }
        if (v is PyDict d && ReferenceEquals(d.Type, PyTypes.Dict)) { set.UpdateFromDict(d); return; }
        foreach (var x in Ops.Iterate(v)) set.Add(x);
    }

    internal static void DictUpdate(PyDict target, PyObject v, PyObject? funcForMerge)
    {
        // CPython 3.11: dict_merge copies the storage of any dict whose __iter__ is dict's own (subclasses
        // overriding only __getitem__/keys included), without calling keys() or __getitem__.
        if (v is PyDict d && (d.Type.IsBuiltin || ReferenceEquals(d.Type.Lookup("__iter__"), PyTypes.Dict.Lookup("__iter__"))))
        {
            int pos = 0;
            while (d.NextEntryWithHash(ref pos, out var k, out var h, out var val))
            {
                if (funcForMerge != null && target.GetItem(k, h) != null)
                    throw new PythonException(PyExc.TypeError($"{FuncDescription(funcForMerge)} got multiple values for keyword argument '{Ops.StrString(k)}'"));
                target.SetItem(k, h, val);
            }
            return;
        }
        if (!Ops.HasAttr(v, "keys"))
        {
            if (funcForMerge != null)
                throw new PythonException(PyExc.TypeError($"{FuncDescription(funcForMerge)} argument after ** must be a mapping, not {v.Type.Name}"));
            throw new PythonException(PyExc.TypeError($"'{v.Type.Name}' object is not a mapping"));
        }
        foreach (var k in Ops.Iterate(Ops.CallMethod(v, "keys")))
        {
            if (funcForMerge != null && target.ContainsKey(k))
                throw new PythonException(PyExc.TypeError($"{FuncDescription(funcForMerge)} got multiple values for keyword argument '{Ops.StrString(k)}'"));
            target.SetItem(k, Ops.GetItem(v, k));
        }
    }

    internal static string FuncDescription(PyObject f) => f switch
    {
        PyFunction fn => (fn.Module is PyStr ms && ms.Value != "builtins" ? ms.Value + "." : "") + fn.QualName + "()",
        PyBuiltinFunction bf => bf.Name + "()",
        PyMethod m => FuncDescription(m.Function),
        PyType t => t.Name + "()",
        _ => f.Type.Name + " object",
    };

    private static PyDict ToKwargsDict(PyObject o, PyObject func)
    {
        if (o is PyDict d && d.Type.IsBuiltin) return d;
        var nd = new PyDict();
        DictUpdate(nd, o, func);
        return nd;
    }

    private static PyObject[] ToPositional(PyObject o, PyObject func)
    {
        if (o.Type.Lookup("__iter__") == null && o.Type.Lookup("__getitem__") == null)
            throw new PythonException(PyExc.TypeError($"{FuncDescription(func)} argument after * must be an iterable, not {o.Type.Name}"));
        return Ops.ToArray(o);
    }

    /// <summary>KW_NAMES: the names of constant <paramref name="index"/>, converted once per code object (every
    /// call with keywords used to allocate this array). Callees only read it.</summary>
    private static string[] KwNamesOf(CodeInfo info, int index)
    {
        var cache = info.KwNames ??= new string[]?[info.Consts.Length];
        if (cache[index] is { } cached) return cached;
        var t = (PyTuple)info.Consts[index];
        var a = new string[t.Items.Length];
        for (int i = 0; i < a.Length; i++) a[i] = ((PyStr)t.Items[i]).Value;
        return cache[index] = a;
    }

    /// <summary>UNPACK_SEQUENCE: push the <paramref name="n"/> items of <paramref name="seq"/>, last first.
    /// Builtin tuples and lists are read in place (no copy: no Python code runs before the pushes), and the
    /// pushes go through a span, which skips the per-store covariance check of a PyObject[].</summary>
    private static void UnpackSequence(PyObject seq, int n, Span<PyObject?> stack, ref int sp)
    {
        ReadOnlySpan<PyObject> items;
        if (seq is PyTuple t && t.Type.IsBuiltin) items = t.Items;
        else if (seq is PyList l && l.Type.IsBuiltin) items = l.Span;
        else
        {
            if (seq.Type.Lookup("__iter__") == null && seq.Type.Lookup("__getitem__") == null)
                throw new PythonException(PyExc.TypeError($"cannot unpack non-iterable {seq.Type.Name} object"));
            var it = Ops.GetIter(seq);
            var list = new List<PyObject>();
            while (list.Count <= n && Ops.Next(it) is { } v) list.Add(v);
            items = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list);
            if (items.Length > n)
                throw new PythonException(PyExc.ValueError($"too many values to unpack (expected {n})"));
        }
        if (items.Length < n)
            throw new PythonException(PyExc.ValueError($"not enough values to unpack (expected {n}, got {items.Length})"));
        if (items.Length > n)
            throw new PythonException(PyExc.ValueError($"too many values to unpack (expected {n})"));
        for (int i = n - 1; i >= 0; i--) stack[sp++] = items[i];
    }

    private static void UnpackEx(PyObject seq, int before, int after, PyObject?[] stack, ref int sp)
    {
        if (seq.Type.Lookup("__iter__") == null && seq.Type.Lookup("__getitem__") == null)
            throw new PythonException(PyExc.TypeError($"cannot unpack non-iterable {seq.Type.Name} object"));
        var items = Ops.ToList(seq);
        if (items.Count < before + after)
            throw new PythonException(PyExc.ValueError($"not enough values to unpack (expected at least {before + after}, got {items.Count})"));
        for (int i = items.Count - 1; i >= items.Count - after; i--) stack[sp++] = items[i];
        stack[sp++] = new PyList(items.GetRange(before, items.Count - before - after));
        for (int i = before - 1; i >= 0; i--) stack[sp++] = items[i];
    }

    private static PyBaseException MakeRaise(PyObject e, PyObject? cause, bool hasCause)
    {
        PyBaseException exc = ToException(e, "exceptions must derive from BaseException");
        if (hasCause)
        {
            if (cause is PyNone) exc.Cause = null;
            else exc.Cause = ToException(cause!, "exception causes must derive from BaseException");
            exc.SuppressContext = true;
        }
        return exc;
    }

    internal static PyBaseException ToException(PyObject e, string error)
    {
        if (e is PyType t && t.IsSubtypeOf(PyExc.BaseException))
        {
            var inst = Ops.Call(t);
            if (inst is not PyBaseException be)
                throw new PythonException(PyExc.TypeError($"calling {t.Name} should have returned an instance of BaseException, not {inst.Type.Name}"));
            return be;
        }
        if (e is PyBaseException b) return b;
        throw new PythonException(PyExc.TypeError(error));
    }

    private static void CheckExceptType(PyObject t, bool star = false)
    {
        bool ok(PyObject x) => x is PyType tt && tt.IsSubtypeOf(PyExc.BaseException);
        if (t is PyTuple tup ? tup.Items.All(ok) : ok(t))
        {
            if (star)
            {
                bool isGroup(PyObject x) => x is PyType tt && tt.IsSubtypeOf(PyExc.BaseExceptionGroup);
                if (t is PyTuple tp2 ? tp2.Items.Any(isGroup) : isGroup(t))
                    throw new PythonException(PyExc.TypeError("catching ExceptionGroup with except* is not allowed. Use except instead."));
            }
            return;
        }
        throw new PythonException(PyExc.TypeError("catching classes that do not inherit from BaseException is not allowed"));
    }

    private static void SetupAnnotations(Frame f)
    {
        if (f.LocalsMap is PyDict d)
        {
            if (d.GetItem("__annotations__") == null) d.SetItem("__annotations__", new PyDict());
        }
        else if (f.LocalsMap != null)
        {
            try { Ops.GetItem(f.LocalsMap, PyStr.Intern("__annotations__")); }
            catch (PythonException e) when (e.Value.IsInstance(PyExc.KeyErrorType))
            {
                Ops.SetItem(f.LocalsMap, PyStr.Intern("__annotations__"), new PyDict());
            }
        }
    }

    private static (PyObject exit, PyObject entered) BeforeWith(PyObject mgr, bool isAsync)
    {
        string enterName = isAsync ? "__aenter__" : "__enter__";
        string exitName = isAsync ? "__aexit__" : "__exit__";
        var enter = mgr.Type.Lookup(enterName);
        if (enter == null)
            throw new PythonException(PyExc.TypeError(isAsync
                ? $"'{mgr.Type.Name}' object does not support the asynchronous context manager protocol"
                : $"'{mgr.Type.Name}' object does not support the context manager protocol"));
        var exit = mgr.Type.Lookup(exitName);
        if (exit == null)
            throw new PythonException(PyExc.TypeError(isAsync
                ? $"'{mgr.Type.Name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)"
                : $"'{mgr.Type.Name}' object does not support the context manager protocol (missed __exit__ method)"));
        var boundExit = Ops.DescrGet(exit, mgr, mgr.Type);
        var entered = Ops.CallWithSelf(enter, mgr, []);
        return (boundExit, entered);
    }

    // ---- imports ----

    private static PyObject ImportName(PythonRuntime rt, Frame f, string name, PyObject fromlist, PyObject level)
    {
        var import = f.Builtins.GetItem("__import__");
        if (import == null) throw new PythonException(PyExc.Create(PyExc.ImportError, "__import__ not found"));
        var locals = f.LocalsMap ?? PyNone.Instance;
        if (import is PyBuiltinFunction { Name: "__import__" } && rt.Importer != null)
            return rt.Importer.Import(name, f.Globals, fromlist, (int)Ops.ToLong(level));
        return Ops.CallArgs(import, new PyStr(name), f.Globals, locals, fromlist, level);
    }

    private static PyObject ImportFrom(PyObject module, PyStr name)
    {
        if (Ops.TryGetAttr(module, name, out var v)) return v;
        // Fall back to sys.modules["pkg.name"] (circular imports of submodules).
        string? pkgName = null;
        if (Ops.TryGetAttr(module, PyStr.Intern("__name__"), out var pn) && pn is PyStr ps)
        {
            pkgName = ps.Value;
            var full = PythonRuntime.Current.Modules.GetItem(new PyStr(pkgName + "." + name.Value));
            if (full != null) return full;
        }
        string modName = pkgName ?? "<unknown module name>";
        string? file = Ops.TryGetAttr(module, PyStr.Intern("__file__"), out var fo) && fo is PyStr fs ? fs.Value : null;
        bool initializing = false;
        if (Ops.TryGetAttr(module, PyStr.Intern("__spec__"), out var spec) && spec is not PyNone
            && Ops.TryGetAttr(spec, PyStr.Intern("_initializing"), out var ini) && Ops.IsTrue(ini))
            initializing = true;
        string msg = initializing
            ? $"cannot import name '{name.Value}' from partially initialized module '{modName}' (most likely due to a circular import) ({file ?? "unknown location"})"
            : $"cannot import name '{name.Value}' from '{modName}' ({file ?? "unknown location"})";
        var e = PyExc.Create(PyExc.ImportError, msg);
        e.SetField("name", new PyStr(modName));
        e.SetField("path", file != null ? new PyStr(file) : PyNone.Instance);
        throw new PythonException(e);
    }

    private static void ImportStar(Frame f, PyObject module)
    {
        var target = f.LocalsMap ?? throw new PythonException(PyExc.SystemError("no locals found during 'import *'"));
        PyObject? all = null;
        if (Ops.TryGetAttr(module, PyStr.Intern("__all__"), out var a)) all = a;
        if (all != null)
        {
            foreach (var n in Ops.Iterate(all))
            {
                if (n is not PyStr ns)
                    throw new PythonException(PyExc.TypeError($"Item in {Ops.StrString(Ops.GetAttr(module, "__name__"))}.__all__ must be str, not {n.Type.Name}"));
                Ops.SetItem(target, ns, Ops.GetAttr(module, ns));
            }
            return;
        }
        var dict = module.Dict ?? throw new PythonException(PyExc.Create(PyExc.ImportError, "from-import-* object has no __dict__ and no __all__"));
        foreach (var kv in dict.Items().ToList())
            if (kv.Key is PyStr ks && !ks.Value.StartsWith('_')) Ops.SetItem(target, ks, kv.Value);
    }
}
