using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules;

/// <summary>
/// The files open() returned that may hold unwritten data: CPython flushes them when they are finalized
/// at shutdown, so at exit (after atexit callbacks) every one still open is flushed.
/// </summary>
public static class OpenFiles
{
    private static readonly List<WeakReference<PyIOBase>> Files = new();
    private static int _sinceSweep;

    internal static void Register(PyIOBase f)
    {
        lock (Files)
        {
            if (++_sinceSweep >= 256)
            {
                _sinceSweep = 0;
                Files.RemoveAll(w => !w.TryGetTarget(out var o) || o.IsClosed);
            }
            Files.Add(new WeakReference<PyIOBase>(f));
        }
    }

    /// <summary>
    /// Before open() opens a file: flush the writers still open that no frame's locals, value stack or globals
    /// hold. CPython's reference counting closes (and so flushes) a writer the moment its last reference goes, so
    /// `open(p, "w").write(s)` followed by reading p sees s; without reference counting the dropped writer would
    /// keep s in its buffer until the collector found it. A writer a variable still holds keeps its buffer, as in
    /// CPython (one held only by a container or an attribute is flushed early).
    /// </summary>
    public static void FlushBeforeOpen()
    {
        var frames = Hosting.PythonRuntime.CurrentOrNull?.PyThreadState.TopFrame;
        // Errors are reported when the program flushes or closes the file itself.
        Flush(clear: false, f => !Finalization.HeldByFrames(f, frames));
    }

    /// <summary>Flush every registered file still open (errors are ignored, as at CPython's shutdown).</summary>
    public static void FlushAll() => Flush(clear: true, _ => true);

    private static void Flush(bool clear, Func<PyIOBase, bool> wanted)
    {
        WeakReference<PyIOBase>[] files;
        lock (Files)
        {
            if (Files.Count == 0) return;
            files = Files.ToArray();
            if (clear) Files.Clear();
        }
        foreach (var w in files)
        {
            if (!w.TryGetTarget(out var f)) continue;
            try { if (!f.IsClosed && wanted(f)) f.Flush(); }
            catch (PythonException) { }
        }
    }
}
