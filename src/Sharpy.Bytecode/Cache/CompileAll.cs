using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Sharpy.Bytecode.Pyc;
using Sharpy.Bytecode.Text;

namespace Sharpy.Bytecode.Cache;

/// <summary>Options of compile_dir / compile_file (compileall's keyword arguments).</summary>
public sealed record CompileAllOptions
{
    public string? Ddir { get; init; }
    public bool Force { get; init; }
    public Regex? Rx { get; init; }
    public int Quiet { get; init; }
    public bool Legacy { get; init; }
    /// <summary>Optimization levels; -1 = the interpreter's.</summary>
    public IReadOnlyList<int> Optimize { get; init; } = [-1];
    public int Workers { get; init; } = 1;
    public PycInvalidationMode? InvalidationMode { get; init; }
    public string? StripDir { get; init; }
    public string? PrependDir { get; init; }
    public string? LimitSymlinkDestination { get; init; }
    public bool HardlinkDupes { get; init; }
}

/// <summary>compileall's compile_dir / compile_file / compile_path over Sharpy's cache format.
/// One deliberate difference: "up to date" uses the import system's full validation (size, nanosecond
/// mtime, racy hash), so a same-mtime edit is recompiled (CPython compares only the 12-byte prefix).</summary>
// CPython 3.11: Lib/compileall.py
public sealed partial class CompileAll(CompileHost host, TextWriter stdout)
{
    /// <summary>sys.getrecursionlimit(), compile_dir's default depth.</summary>
    public const int DefaultMaxLevels = 1000;

    private readonly object _outputLock = new();

    public bool CompileDir(string dir, int? maxLevels, CompileAllOptions options)
    {
        if (options.Ddir is not null && (options.StripDir is not null || options.PrependDir is not null))
            throw new ArgumentException("Destination dir (ddir) cannot be used in combination with stripdir or prependdir");
        if (options.Ddir is not null) options = options with { StripDir = dir, PrependDir = options.Ddir, Ddir = null };
        if (options.Workers < 0) throw new ArgumentOutOfRangeException(nameof(options), "workers must be greater or equal to 0");
        var files = new List<string>();
        bool success = true;
        if (options.Workers == 1)
        {
            foreach (string file in WalkDir(dir, maxLevels ?? DefaultMaxLevels, options.Quiet, stdout))
                if (!CompileFile(file, options, stdout)) success = false;
            return success;
        }
        files.AddRange(WalkDir(dir, maxLevels ?? DefaultMaxLevels, options.Quiet, stdout));
        int degree = options.Workers == 0 ? Environment.ProcessorCount : options.Workers;
        // Worker processes cost a start-up each (~15 ms): worth it from a handful of files per worker.
        if (degree > 1 && files.Count >= 4 * degree
            && CompileAllWorkers.TryCompile(host, this, files, options, degree, stdout) is bool result)
            return result;
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = degree }, file =>
        {
            var buffer = new StringWriter();
            bool ok = CompileFile(file, options, buffer);
            lock (_outputLock)
            {
                stdout.Write(buffer.ToString());
                if (!ok) success = false;
            }
        });
        return success;
    }

    // CPython 3.11: Lib/compileall.py _walk_dir
    private static IEnumerable<string> WalkDir(string dir, int maxLevels, int quiet, TextWriter output)
    {
        if (quiet == 0) output.WriteLine($"Listing {PyRepr.Str(dir)}...");
        List<string> names;
        try
        {
            names = Directory.EnumerateFileSystemEntries(dir).Select(Path.GetFileName).OfType<string>().ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            if (quiet < 2) output.WriteLine($"Can't list {PyRepr.Str(dir)}");
            names = [];
        }
        names.Sort(string.CompareOrdinal);
        foreach (string name in names)
        {
            if (name == CacheNaming.PycacheDirectoryName) continue;
            string fullname = JoinPath(dir, name);
            if (!Directory.Exists(fullname))
            {
                yield return fullname;
            }
            else if (maxLevels > 0 && name != "." && name != ".." && new DirectoryInfo(fullname).LinkTarget is null)
            {
                foreach (string file in WalkDir(fullname, maxLevels - 1, quiet, output))
                    yield return file;
            }
        }
    }

    public bool CompileFile(string fullname, CompileAllOptions options) => CompileFile(fullname, options, stdout);

    /// <summary>compile_file writing its messages to <paramref name="output"/> (a worker's buffer).</summary>
    internal bool CompileFileTo(string fullname, CompileAllOptions options, TextWriter output) => CompileFile(fullname, options, output);

    // CPython 3.11: Lib/compileall.py compile_file
    private bool CompileFile(string fullname, CompileAllOptions options, TextWriter output)
    {
        if (options.Ddir is not null && (options.StripDir is not null || options.PrependDir is not null))
            throw new ArgumentException("Destination dir (ddir) cannot be used in combination with stripdir or prependdir");
        bool success = true;
        string name = Path.GetFileName(fullname);
        string? dfile = DisplayFile(fullname, name, options);
        var levels = options.Optimize.Distinct().Order().ToList();
        if (options.HardlinkDupes && levels.Count < 2)
            throw new ArgumentException("Hardlinking of duplicated bytecode makes sense only for more than one optimization level");
        if (options.Rx is not null && options.Rx.IsMatch(fullname)) return success;
        if (options.LimitSymlinkDestination is not null && IsOutsideLimit(fullname, options.LimitSymlinkDestination)) return success;
        if (!File.Exists(fullname)) return success;

        var cfiles = new Dictionary<int, string>();
        foreach (int level in levels)
            cfiles[level] = options.Legacy ? fullname + "c" : PyCompile.DefaultCfile(host, fullname, level);
        if (!name.EndsWith(".py", StringComparison.Ordinal)) return success;
        if (!options.Force && IsUpToDate(fullname, cfiles.Values)) return success;
        if (options.Quiet == 0) output.WriteLine($"Compiling {PyRepr.Str(fullname)}...");
        try
        {
            for (int index = 0; index < levels.Count; index++)
            {
                string cfile = cfiles[levels[index]];
                PyCompile.Compile(host, TextWriter.Null, fullname, cfile, dfile, doraise: true, optimize: levels[index],
                    invalidationMode: options.InvalidationMode);
                if (index > 0 && options.HardlinkDupes)
                {
                    string previous = cfiles[levels[index - 1]];
                    if (File.ReadAllBytes(cfile).AsSpan().SequenceEqual(File.ReadAllBytes(previous)))
                    {
                        File.Delete(cfile);
                        HardLink.Create(previous, cfile);
                    }
                }
            }
        }
        catch (PyCompileException e)
        {
            if (!ReportFailure(fullname, options.Quiet, output)) return false;
            output.WriteLine(e.Message);
            return false;
        }
        catch (PythonOSError e)
        {
            if (!ReportFailure(fullname, options.Quiet, output)) return false;
            output.WriteLine($"{e.PythonType}: {e.Message}");
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var error = PythonOSError.From(e, fullname);
            if (!ReportFailure(fullname, options.Quiet, output)) return false;
            output.WriteLine($"{error.PythonType}: {error.Message}");
            return false;
        }
        return success;
    }

    /// <summary>Prints the failure prefix; false when quiet ≥ 2 (print nothing more).</summary>
    private static bool ReportFailure(string fullname, int quiet, TextWriter output)
    {
        if (quiet >= 2) return false;
        if (quiet > 0) output.WriteLine($"*** Error compiling {PyRepr.Str(fullname)}...");
        else output.Write("*** ");
        return true;
    }

    /// <summary>compile_path: every sys.path entry, one level deep (stops after the first failure, as CPython's `and`).</summary>
    public bool CompilePath(bool skipCurdir = true, int maxLevels = 0, bool force = false, int quiet = 0, bool legacy = false,
        PycInvalidationMode? invalidationMode = null)
    {
        bool success = true;
        foreach (string dir in host.SysPath)
        {
            if ((dir.Length == 0 || dir == ".") && skipCurdir)
            {
                if (quiet < 2) stdout.WriteLine("Skipping current directory");
            }
            else
            {
                success = success && CompileDir(dir, maxLevels, new CompileAllOptions
                {
                    Force = force, Quiet = quiet, Legacy = legacy, InvalidationMode = invalidationMode,
                });
            }
        }
        return success;
    }

    /// <summary>compileall's "already compiled" test: every cfile is a fresh timestamp pyc of the source.</summary>
    public static bool IsUpToDate(string fullname, IEnumerable<string> cfiles)
    {
        try
        {
            var stat = SourceStat.Of(new FileInfo(fullname));
            foreach (string cfile in cfiles)
            {
                // A missing cache is the common case on a fresh tree: test for it instead of paying for a
                // FileNotFoundException per file.
                if (!File.Exists(cfile)) return false;
                byte[] data = File.ReadAllBytes(cfile);
                var validation = PycValidator.Validate(data, "", stat, () => File.ReadAllBytes(fullname), CheckHashBasedPycs.Default);
                // As CPython: only timestamp pycs can be up to date (hash-based ones are always rebuilt).
                if (validation.Freshness != PycFreshness.Fresh || validation.FoundHashBased) return false;
            }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string? DisplayFile(string fullname, string name, CompileAllOptions options)
    {
        string? dfile = null;
        if (options.Ddir is not null) dfile = JoinPath(options.Ddir, name);
        if (options.StripDir is not null)
        {
            // CPython 3.11's quirk (gh-105931): components equal at the same position are removed BY VALUE.
            string[] fullParts = fullname.Split('/');
            string[] stripParts = options.StripDir.Split('/');
            var ddirParts = fullParts.ToList();
            foreach (var (strip, part) in stripParts.Zip(fullParts))
                if (strip == part) ddirParts.Remove(strip);
            dfile = ddirParts.Count == 0 ? "" : JoinPath([.. ddirParts]);
        }
        if (options.PrependDir is not null)
            dfile = dfile is null ? JoinPath(options.PrependDir, fullname) : JoinPath(options.PrependDir, dfile);
        return dfile;
    }

    private static bool IsOutsideLimit(string fullname, string limit)
    {
        var info = new FileInfo(fullname);
        if (info.LinkTarget is null) return false;
        string resolvedLimit = ResolvePath(limit);
        string resolvedFile = ResolvePath(fullname);
        for (string? parent = Path.GetDirectoryName(resolvedFile); parent is not null; parent = Path.GetDirectoryName(parent))
            if (parent == resolvedLimit) return false;
        return true;
    }

    /// <summary>pathlib's resolve(): every symlink in the path resolved (realpath), else the absolute path.</summary>
    private static string ResolvePath(string path)
    {
        string full = Path.GetFullPath(path);
        if (full.Length > 1) full = full.TrimEnd('/');
        if (OperatingSystem.IsWindows()) return full;
        try
        {
            IntPtr resolved = realpath(full, IntPtr.Zero);
            if (resolved == IntPtr.Zero) return full;
            try
            {
                return System.Runtime.InteropServices.Marshal.PtrToStringUTF8(resolved) ?? full;
            }
            finally
            {
                free(resolved);
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return full;
        }
    }

#pragma warning disable SYSLIB1054, CA2101 // a source-generated import would need unsafe code
    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr realpath([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);

    [DllImport("libc")]
    private static extern void free(IntPtr pointer);
#pragma warning restore SYSLIB1054, CA2101

    /// <summary>os.path.join (POSIX): an absolute part restarts the path.</summary>
    internal static string JoinPath(params string[] parts)
    {
        string result = parts[0];
        foreach (string part in parts.Skip(1))
        {
            if (part.StartsWith('/')) result = part;
            else if (result.Length == 0 || result.EndsWith('/')) result += part;
            else result += "/" + part;
        }
        return result;
    }

    private static class HardLink
    {
        public static void Create(string existing, string newPath)
        {
            if (OperatingSystem.IsWindows() || link(existing, newPath) != 0)
                throw new IOException($"cannot hard-link {newPath} to {existing}");
        }

        [DllImport("libc", SetLastError = true)]
#pragma warning disable SYSLIB1054, CA2101 // a source-generated import would need unsafe code for one call
        private static extern int link([MarshalAs(UnmanagedType.LPUTF8Str)] string oldpath, [MarshalAs(UnmanagedType.LPUTF8Str)] string newpath);
#pragma warning restore SYSLIB1054, CA2101
    }
}
