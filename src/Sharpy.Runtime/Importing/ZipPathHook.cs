using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Importing;

/// <summary>
/// The first entry of sys.path_hooks, standing for CPython's zipimport.zipimporter class: a sys.path
/// entry that is a zip archive (or a directory inside one, "x.zip/pkg") gets a zipimporter.
/// Sharpy's zipimporter is Python (lib/zipimport.py) and is imported only when an entry names a file,
/// so directories, the common case, cost one stat and start-up imports nothing.
/// </summary>
// CPython 3.11: Lib/zipimport.py (zipimporter.__init__ finds the archive by walking up the path)
internal static class ZipPathHook
{
    public static readonly PyObject Hook = new PyBuiltinFunction("zipimporter", (args, kw) =>
    {
        if (args.Length != 1)
            throw new PythonException(PyExc.TypeError($"zipimporter() takes exactly one argument ({args.Length} given)"));
        string path = args[0] is PyStr s ? s.Value : "";
        if (!InsideFile(path))
            throw ImportErrors.ImportError("not a Zip file", path: path);
        var system = ImportSystem.CurrentOrNull ?? throw ImportErrors.NoImportSystem();
        // Creating the zipimporter imports Python modules (zipimport, os, zipfile, ...), and those imports
        // scan sys.path again, reaching this same entry before its finder is cached. CPython's zipimport
        // is frozen and needs no imports; here the nested lookup declines the entry (the path finder caches
        // None for it until the outer call stores the zipimporter), so the modules come from the library
        // instead of recursing without end.
        var opening = s_opening ??= new HashSet<string>(StringComparer.Ordinal);
        if (!opening.Add(path))
            throw ImportErrors.ImportError("not a Zip file", path: path);
        try
        {
            var zipimport = system.ImportAbsolute("zipimport");
            return Ops.Call(Ops.GetAttr(zipimport, "zipimporter"), args[0]);
        }
        finally
        {
            opening.Remove(path);
        }
    }, null, "zipimport");

    /// <summary>The entries this thread is creating a zipimporter for.</summary>
    [ThreadStatic] private static HashSet<string>? s_opening;

    /// <summary>Whether the path, or the nearest existing path above it, is a file (possibly an archive).</summary>
    internal static bool InsideFile(string path)
    {
        for (string? p = path; !string.IsNullOrEmpty(p); p = Path.GetDirectoryName(p))
        {
            if (File.Exists(p))
                return true;
            if (Directory.Exists(p))
                return false;
        }
        return false;
    }
}
