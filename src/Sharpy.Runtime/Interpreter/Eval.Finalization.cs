using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Interpreter;

/// <summary>
/// The eval loop's side of <c>__del__</c> without reference counting (Objects/Finalization.cs): the instructions that
/// let go of a reference (rebinding, <c>del</c>, popping a temporary, replacing an item or attribute, returning from a
/// frame) report the object they dropped while any object with <c>__del__</c> is alive, so that it is finalized where
/// CPython's reference count would free it.
/// </summary>
public static partial class Eval
{
    private static bool DroppedHere(Frame f, int sp, PyObject? dropped, Finalization.DropSite site)
    {
        f.Sp = sp;   // HeldByFrames reads this frame's value stack
        return Finalization.Dropped(dropped, f, site);
    }

    /// <summary>Whether a module-level rebinding that dropped <paramref name="old"/> needs a closer look: some object
    /// has <c>__del__</c>, or <paramref name="old"/>'s type has weakly referenced instances (CPython clears a weak
    /// reference as soon as `obj = None` drops the last strong one). Function locals are not checked for weak
    /// references: STORE_FAST is too hot.</summary>
    private static bool MayFinalizeOnRebind(PyObject old) => Finalization.Live != 0 || old.Type.InstancesWeaklyReferenced;

    /// <summary>A coroutine dropped before it ever ran is CPython's "coroutine 'f' was never awaited" (warned when it
    /// is freed): it is handed to Finalization, which warns if the collection finds it unreachable.</summary>
    private static void NoteUnawaited(PyObject? dropped)
    {
        if (dropped is PyGenerator { Kind: GeneratorKind.Coroutine, Started: false } coroutine
            && !coroutine.Frame.Finished && !Finalization.IsTracked(coroutine))
            Finalization.Track(coroutine);
    }

    /// <summary>The value an item assignment or deletion is about to drop, for exact lists and dicts with keys
    /// whose hashing has no side effects (null otherwise, and always while no object has <c>__del__</c>).</summary>
    private static PyObject? ItemAboutToDrop(PyObject container, PyObject key)
    {
        if (Finalization.Live == 0) return null;
        if (container is PyDict d && ReferenceEquals(d.Type, PyTypes.Dict) && key is PyStr or PyInt)
            return d.GetItem(key);
        if (container is PyList l && ReferenceEquals(l.Type, PyTypes.List) && key is PyInt { IsBig: false } i)
        {
            long index = i.Value < 0 ? i.Value + l.Count : i.Value;
            return (ulong)index < (ulong)l.Count ? l.Span[(int)index] : null;
        }
        return null;
    }

    /// <summary>The value an attribute assignment or deletion on a plain instance is about to drop.</summary>
    private static PyObject? AttributeAboutToDrop(PyObject o, PyStr name) =>
        Finalization.Live != 0 && o is PyInstance ? o.Dict?.GetItem(name) : null;
}
