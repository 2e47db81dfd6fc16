namespace Sharpy.Runtime.Objects;

/// <summary>The builtin type objects. Created in dependency order, then populated by each type's Init.</summary>
public static partial class PyTypes
{
    public static readonly PyType Object, Type, NoneType, NotImplementedType, EllipsisType;
    public static readonly PyType Int, Bool, Float, Complex, Str, Bytes, ByteArray, Tuple, List, Dict, Set, FrozenSet;
    public static readonly PyType Range, Slice, Function, Method, BuiltinFunction, MethodDescriptor, ClassMethodDescriptor;
    public static readonly PyType WrapperDescriptor, MethodWrapper;
    public static readonly PyType GetSetDescriptor, MemberDescriptor, ClassMethod, StaticMethod, Property, Super;
    public static readonly PyType Cell, Module, Code, Frame, Traceback, Generator, Coroutine, AsyncGenerator;
    public static readonly PyType Iterator, CallableIterator, ListIterator, ListReverseIterator, TupleIterator, StrIterator;
    public static readonly PyType RangeIterator, SetIterator, DictKeyIterator, DictValueIterator, DictItemIterator,
        DictReverseKeyIterator, DictReverseValueIterator, DictReverseItemIterator;
    public static readonly PyType DictKeys, DictValues, DictItems, Enumerate, Zip, Map, Filter, Reversed;
    public static readonly PyType MappingProxy, BytesIterator, CoroutineWrapper, AsyncGenASend, NativeIterator;

    static PyTypes()
    {
        var all = new List<PyType>();
        PyType Make(string name, PyType? baseType, Func<PyType, PyObject>? alloc = null, bool baseOk = true)
        {
            var t = new PyType(null, name, baseType == null ? [] : [baseType], new PyDict(null!))
            {
                IsBuiltin = true, IsBaseType = baseOk, Allocator = alloc,
            };
            all.Add(t);
            return t;
        }

        Object = Make("object", null, t => new PyInstance(t));
        Type = Make("type", Object);
        Dict = Make("dict", Object, t => new PyDict(t));
        Str = Make("str", Object, t => new PyStr(t, ""));
        NoneType = Make("NoneType", Object, null, false);
        NotImplementedType = Make("NotImplementedType", Object, null, false);
        EllipsisType = Make("ellipsis", Object, null, false);
        Int = Make("int", Object, t => new PyInt(t, 0));
        Bool = Make("bool", Int, null, false);
        Float = Make("float", Object, t => new PyFloat(t, 0));
        Complex = Make("complex", Object, t => new PyComplex(t, default));
        Bytes = Make("bytes", Object, t => new PyBytes(t, []));
        ByteArray = Make("bytearray", Object, t => new PyByteArray(t));
        Tuple = Make("tuple", Object, t => new PyTuple(t, []));
        List = Make("list", Object, t => new PyList(t));
        Set = Make("set", Object, t => new PySet(t, false));
        FrozenSet = Make("frozenset", Object, t => new PySet(t, true));
        Range = Make("range", Object, null, false);
        Slice = Make("slice", Object, null, false);
        Function = Make("function", Object, null, false);
        Method = Make("method", Object, null, false);
        BuiltinFunction = Make("builtin_function_or_method", Object, null, false);
        MethodDescriptor = Make("method_descriptor", Object, null, false);
        WrapperDescriptor = Make("wrapper_descriptor", Object, null, false);
        MethodWrapper = Make("method-wrapper", Object, null, false);
        ClassMethodDescriptor = Make("classmethod_descriptor", Object, null, false);
        GetSetDescriptor = Make("getset_descriptor", Object, null, false);
        MemberDescriptor = Make("member_descriptor", Object, null, false);
        ClassMethod = Make("classmethod", Object, t => new PyClassMethod(t, PyNone.Instance));
        StaticMethod = Make("staticmethod", Object, t => new PyStaticMethod(t, PyNone.Instance));
        Property = Make("property", Object, t => new PyProperty(t));
        Super = Make("super", Object, t => new PySuper(t));
        Cell = Make("cell", Object, null, false);
        Module = Make("module", Object, t => new PyModule(t, "?"));
        Code = Make("code", Object, null, false);
        Frame = Make("frame", Object, null, false);
        Traceback = Make("traceback", Object, null, false);
        Generator = Make("generator", Object, null, false);
        Coroutine = Make("coroutine", Object, null, false);
        AsyncGenerator = Make("async_generator", Object, null, false);
        Iterator = Make("iterator", Object, null, false);
        CallableIterator = Make("callable_iterator", Object, null, false);
        ListIterator = Make("list_iterator", Object, null, false);
        ListReverseIterator = Make("list_reverseiterator", Object, null, false);
        TupleIterator = Make("tuple_iterator", Object, null, false);
        StrIterator = Make("str_ascii_iterator", Object, null, false);
        RangeIterator = Make("range_iterator", Object, null, false);
        SetIterator = Make("set_iterator", Object, null, false);
        DictKeyIterator = Make("dict_keyiterator", Object, null, false);
        DictValueIterator = Make("dict_valueiterator", Object, null, false);
        DictItemIterator = Make("dict_itemiterator", Object, null, false);
        DictReverseKeyIterator = Make("dict_reversekeyiterator", Object, null, false);
        DictReverseValueIterator = Make("dict_reversevalueiterator", Object, null, false);
        DictReverseItemIterator = Make("dict_reverseitemiterator", Object, null, false);
        DictKeys = Make("dict_keys", Object, null, false);
        DictValues = Make("dict_values", Object, null, false);
        DictItems = Make("dict_items", Object, null, false);
        Enumerate = Make("enumerate", Object, null);
        Zip = Make("zip", Object, null);
        Map = Make("map", Object, null);
        Filter = Make("filter", Object, null);
        Reversed = Make("reversed", Object, null);
        MappingProxy = Make("mappingproxy", Object, null, false);
        BytesIterator = Make("bytes_iterator", Object, null, false);
        CoroutineWrapper = Make("coroutine_wrapper", Object, null, false);
        AsyncGenASend = Make("async_generator_asend", Object, null, false);
        NativeIterator = Make("iterator", Object, null, false);

        foreach (var t in all)
        {
            t.Type = Type;
            t.Dict.Type = Dict;
        }
        foreach (var t in all) FinishBuiltin(t);
        Bool.SolidBase = Int;

        PopulateAll();
        // Every static type of CPython has "__doc__" in its __dict__ (None without a tp_doc), so an instance's
        // __doc__ is never the one inherited from object (pydoc compares the two).
        foreach (var t in all)
            if (t.Dict.GetItem("__doc__") == null) t.Dict.SetItem("__doc__", BuiltinDocs.Str(BuiltinDocs.OfType("builtins", t.Name).Doc));
    }

    internal static void FinishBuiltin(PyType t)
    {
        t.Mro = t.Bases.Length == 0 ? [t] : [t, .. t.Bases[0].Mro];
        t.SolidBase = t.Allocator != null ? t : t.Bases.Length > 0 ? t.Bases[0].SolidBase : t;
        if (t.Bases.Length > 0) t.Bases[0].AddSubclass(t);
        // No "__module__" entry: CPython's static builtin types have none in their __dict__ (so it is
        // not in dir(int) and (5).__module__ is an AttributeError); type.__module__ answers 'builtins'.
    }

    private static bool IsExceptionBase(PyType t) => PyExc.BaseException is { } b && t.IsSubtypeOf(b);

    /// <summary>A new builtin type created after startup (used by native modules and exceptions).</summary>
    public static PyType NewBuiltin(string name, PyType baseType, string module = "builtins", Func<PyType, PyObject>? alloc = null)
    {
        var t = new PyType(Type, name, [baseType], new PyDict()) { IsBuiltin = true, Allocator = alloc ?? baseType.SolidBase.Allocator };
        t.Mro = [t, .. baseType.Mro];
        t.SolidBase = baseType.SolidBase;
        t.HasInstanceDict = baseType.HasInstanceDict;
        baseType.AddSubclass(t);
        // Builtins (the exception classes) have no "__module__" entry, as in CPython (type.__module__ answers
        // 'builtins'); other modules' types keep theirs.
        if (module != "builtins") t.Dict.SetItem("__module__", PyStr.Intern(module));
        // A C type of another module has a dotted tp_name ("_io.TextIOWrapper"), which error messages show;
        // exception classes are made by PyErr_NewException-like code and keep the bare name.
        if (module != "builtins" && !IsExceptionBase(baseType)) t.ErrorName = $"{module}.{name}";
        t.Dict.SetItem("__doc__", BuiltinDocs.Str(BuiltinDocs.OfType(module, name).Doc));
        t.RefreshFlags();
        return t;
    }
}
