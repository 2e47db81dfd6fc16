namespace Sharpy.Runtime.Objects;

public static partial class PyTypes
{
    private static void PopulateAll()
    {
        ObjectTypeMethods.Init();
        TypeTypeMethods.Init();
        NumberMethods.Init();
        StrMethods.Init();
        BytesMethods.Init();
        ListMethods.Init();
        TupleMethods.Init();
        DictMethods.Init();
        SetMethods.Init();
        MiscTypeMethods.Init();
        foreach (var t in new[] { Object, Type, Int, Bool, Float, Complex, Str, Bytes, ByteArray, Tuple, List, Dict, Set, FrozenSet,
                     Range, Slice, Enumerate, Zip, Map, Filter, Reversed, Property, ClassMethod, StaticMethod, Super })
            NewWrappers.WrapBuiltinNew(t);
        foreach (var t in new[] { Object, Type, Int, Bool, Float, Complex, Str, Bytes, ByteArray, Tuple, List, Dict, Set, FrozenSet })
            t.RefreshFlags();
    }
}
