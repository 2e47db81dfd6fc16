using Sharpy.Runtime.Interpreter;

namespace Sharpy.Runtime.Objects;

public sealed partial class PyType
{
    private uint _plainInitVersion;
    private PyFunction? _plainInit;

    /// <summary>
    /// The Python <c>__init__</c> of this class when calling the class means exactly "allocate a plain
    /// instance, then run that function": metatype <c>type</c>, <c>object.__new__</c>, no abstract
    /// methods, a non-generator <c>__init__</c>. The evaluation loop then runs <c>__init__</c> as an
    /// ordinary pushed frame instead of re-entering itself (CPython 3.11: Objects/typeobject.c
    /// type_call, object_new). Cached per <see cref="Version"/>; null when the general path is needed.
    /// </summary>
    internal PyFunction? PlainInit()
    {
        if (_plainInitVersion == Version) return _plainInit;
        _plainInitVersion = Version;
        _plainInit = null;
        if (IsBuiltin || !ReferenceEquals(Type, PyTypes.Type) || !ReferenceEquals(SolidBase, PyTypes.Object)) return null;
        if (!ReferenceEquals(Lookup("__new__"), PyTypes.Object.Dict.GetItem("__new__"))) return null;
        if (Lookup("__abstractmethods__") is { } am && am is not PyGetSetDescriptor) return null;
        if (Lookup("__init__") is PyFunction init
            && !init.Code.Info.IsGenerator && !init.Code.Info.IsCoroutine && !init.Code.Info.IsAsyncGenerator)
            _plainInit = init;
        return _plainInit;
    }

    private uint _plainNewVersion;
    private PyFunction? _plainNew;

    /// <summary>
    /// The Python <c>__new__</c> of this class when calling the class means exactly "run that function with the
    /// class prepended": metatype <c>type</c>, <c>__init__</c> is <c>object.__init__</c> (which ignores the
    /// arguments when <c>__new__</c> is overridden), a non-generator <c>__new__</c>, and no subclasses — a
    /// <c>__new__</c> could otherwise return a subclass instance whose own <c>__init__</c> must then run
    /// (CPython 3.11 type_call). The evaluation loop pushes it as an ordinary frame instead of re-entering
    /// itself through <see cref="Ops.TypeCall"/>. Null when the general path is needed.
    /// </summary>
    internal PyFunction? PlainNew()
    {
        if (_plainNewVersion != Version)
        {
            _plainNewVersion = Version;
            _plainNew = null;
            if (!IsBuiltin && ReferenceEquals(Type, PyTypes.Type)
                && ReferenceEquals(Lookup("__init__"), Ops.ObjectInit)
                && Lookup("__new__") is PyStaticMethod { Callable: PyFunction fn }
                && !fn.Code.Info.IsGenerator && !fn.Code.Info.IsCoroutine && !fn.Code.Info.IsAsyncGenerator)
                _plainNew = fn;
        }
        if (_plainNew == null) return null;
        // Checked on every call: a subclass may be created after the version was cached (dead ones count too).
        // Read without the lock: classes are created under the GIL, and a stale read only picks the general path.
        return _subclasses.Count == 0 ? _plainNew : null;
    }

    // Whether instances need Finalization (a __del__ in the MRO), valid for _delCheckedVersion.
    private uint _delCheckedVersion = uint.MaxValue;
    private bool _hasDel;

    /// <summary>Some instance of this type was given to Finalization (lets it skip its weak table for all others).</summary>
    internal bool InstancesTracked;

    /// <summary>Some instance of this type was weakly referenced (lets a dropped reference skip the weakref table).</summary>
    internal bool InstancesWeaklyReferenced;

    /// <summary>A new, empty instance of this class's layout (object.__new__ after its checks).</summary>
    internal PyObject AllocatePlain()
    {
        var o = Allocator?.Invoke(this) ?? new PyInstance(this);
        if (SlotNames.Length > 0) o.SlotValues = new PyObject?[SlotNames.Length];
        if (_delCheckedVersion != Version)
        {
            _hasDel = Lookup("__del__") != null;
            _delCheckedVersion = Version;
        }
        if (_hasDel) Finalization.Track(o);
        return o;
    }
}
