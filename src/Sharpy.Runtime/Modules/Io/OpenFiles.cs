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

    /// <summary>Flush every registered file still open (errors are ignored, as at CPython's shutdown).</summary>
    public static void FlushAll()
    {
        WeakReference<PyIOBase>[] files;
        lock (Files) { files = Files.ToArray(); Files.Clear(); }
        foreach (var w in files)
        {
            if (!w.TryGetTarget(out var f)) continue;
            try { if (!f.IsClosed) f.Flush(); }
            catch (PythonException) { }
        }
    }
}
