namespace Sharpy.Runtime.Importing;

/// <summary>How the program is started, which decides sys.path[0].</summary>
public enum MainKind
{
    /// <summary>-c, the REPL or a script on stdin: sys.path[0] is ''.</summary>
    CommandOrStdin,
    /// <summary>-m: the current directory.</summary>
    Module,
    /// <summary>A script file: its (symlink-resolved) directory.</summary>
    ScriptFile,
    /// <summary>A directory with __main__.py: the directory as given, made absolute.</summary>
    ScriptDirectory,
}

/// <summary>
/// sys.path at start-up, in CPython's order: the main entry's directory (unless -P/-I), PYTHONPATH,
/// then Sharpy's own library directory (its "stdlib").
/// </summary>
// CPython 3.11: Modules/getpath.py, Python/pathconfig.c _PyPathConfig_ComputeSysPath0
public static class SysPathBuilder
{
    public static List<string> Build(MainKind kind, string? script, bool safePath, IEnumerable<string> pythonPath, string? libDirectory)
    {
        var path = new List<string>();
        if (!safePath)
        {
            switch (kind)
            {
                case MainKind.CommandOrStdin:
                    path.Add("");
                    break;
                case MainKind.Module:
                    path.Add(Directory.GetCurrentDirectory());
                    break;
                case MainKind.ScriptFile:
                    path.Add(Path.GetDirectoryName(RealPath(AbsolutePath(script!))) ?? "/");
                    break;
                case MainKind.ScriptDirectory:
                    path.Add(AbsolutePath(script!));
                    break;
            }
        }
        path.AddRange(pythonPath);
        if (libDirectory is not null)
            path.Add(libDirectory);
        return path;
    }

    /// <summary>CPython's _Py_abspath: the cwd joined in front, without normalising ".." or ".".</summary>
    public static string AbsolutePath(string path) =>
        Path.IsPathRooted(path) ? path : FileFinder.JoinPath(Directory.GetCurrentDirectory(), path);

    /// <summary>os.path.realpath of a file: normalised, symlinks resolved.</summary>
    public static string RealPath(string path)
    {
        string full = Path.GetFullPath(path);
        try
        {
            string? dir = Path.GetDirectoryName(full);
            if (dir is not null)
            {
                var dirInfo = new DirectoryInfo(dir);
                string resolvedDir = dirInfo.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? dir;
                full = Path.Combine(resolvedDir, Path.GetFileName(full));
            }
            var target = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true);
            return target is null ? full : Path.GetFullPath(target.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return full;
        }
    }

    /// <summary>
    /// Sharpy's library directory: lib/ beside the executable (the published layout), else the
    /// repository's lib/ found by walking up from the executable.
    /// </summary>
    public static string? FindLibDirectory(string? executable)
    {
        string? dir = executable is null ? null : Path.GetDirectoryName(Path.GetFullPath(executable));
        if (dir is null)
            return null;
        string beside = Path.Combine(dir, "lib");
        if (Directory.Exists(beside))
            return beside;
        for (string? d = dir; d is not null; d = Path.GetDirectoryName(d))
        {
            if (File.Exists(Path.Combine(d, "Sharpy.slnx")) && Directory.Exists(Path.Combine(d, "lib")))
                return Path.Combine(d, "lib");
        }
        return null;
    }
}
