using Sharpy.Bytecode.Code;
using Sharpy.Bytecode.Marshal;
using Sharpy.Bytecode.Pyc;

namespace Sharpy.Bytecode.Cache;

public sealed partial class BytecodeCache
{
    /// <summary>Contents of the .gitignore Sharpy writes into each __pycache__ it creates.</summary>
    public const string GitignoreContents = "# Created by Sharpy\n*\n";

    /// <summary>
    /// Writes a cache file the way the import system does: missing directories created, mode bits from
    /// the source, atomic replace, every I/O failure swallowed (logged under -v) and the directory remembered.
    /// Returns true when the file was written.
    /// </summary>
    public bool TryWrite(string bytecodePath, PycHeader header, CodeObject code, string sourcePath)
    {
        byte[] data;
        try
        {
            data = PycFile.Encode(header, code);
        }
        catch (MarshalWriteException e)
        {
            Verbose($"# could not create '{bytecodePath}': ValueError('{e.Message}')");
            return false;
        }
        return TryWriteData(bytecodePath, data, CalcMode(sourcePath));
    }

    /// <summary>SourceFileLoader.set_data: create parents, write atomically; false (and remembered) on failure.</summary>
    // CPython 3.11: Lib/importlib/_bootstrap_external.py SourceFileLoader.set_data
    public bool TryWriteData(string path, byte[] data, UnixFileMode mode)
    {
        string directory = Path.GetDirectoryName(path) ?? "";
        if (directory.Length > 0 && _unwritableDirectories.ContainsKey(directory)) return false;
        if (!EnsureDirectory(directory)) return false;
        try
        {
            AtomicFile.Write(path, data, mode);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Verbose($"# could not create '{path}': {DescribeError(e, path)}");
            if (directory.Length > 0) _unwritableDirectories.TryAdd(directory, true);
            return false;
        }
        Verbose($"# created '{path}'");
        return true;
    }

    private bool EnsureDirectory(string directory)
    {
        if (directory.Length == 0) return true;
        var missing = new Stack<string>();
        for (string? current = directory; !string.IsNullOrEmpty(current) && !Directory.Exists(current); current = Path.GetDirectoryName(current))
            missing.Push(current);
        while (missing.Count > 0)
        {
            string part = missing.Pop();
            try
            {
                if (File.Exists(part)) continue; // CPython: FileExistsError → carry on; the write fails later
                Directory.CreateDirectory(part);
                if (Path.GetFileName(part) == CacheNaming.PycacheDirectoryName) WriteGitignore(part);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Verbose($"# could not create '{part}': {DescribeError(e, part)}");
                _unwritableDirectories.TryAdd(directory, true);
                return false;
            }
        }
        return true;
    }

    /// <summary>os.makedirs that also drops a .gitignore into every __pycache__ it creates; throws on failure.</summary>
    public static void CreateDirectories(string directory)
    {
        var missing = new Stack<string>();
        for (string? current = directory; !string.IsNullOrEmpty(current) && !Directory.Exists(current); current = Path.GetDirectoryName(current))
            missing.Push(current);
        while (missing.Count > 0)
        {
            string part = missing.Pop();
            Directory.CreateDirectory(part);
            if (Path.GetFileName(part) == CacheNaming.PycacheDirectoryName) WriteGitignore(part);
        }
    }

    private static void WriteGitignore(string pycacheDirectory)
    {
        try
        {
            using var stream = new FileStream(Path.Combine(pycacheDirectory, ".gitignore"), FileMode.CreateNew, FileAccess.Write);
            stream.Write(System.Text.Encoding.ASCII.GetBytes(GitignoreContents));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a missing .gitignore never matters for correctness.
        }
    }

    /// <summary>_calc_mode: the source's permission bits plus owner-write, limited to rw (umask applies on create).</summary>
    // CPython 3.11: Lib/importlib/_bootstrap_external.py _calc_mode
    public static UnixFileMode CalcMode(string sourcePath)
    {
        UnixFileMode mode;
        try
        {
            mode = OperatingSystem.IsWindows() ? (UnixFileMode)0b110_110_110 : File.GetUnixFileMode(sourcePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            mode = (UnixFileMode)0b110_110_110;
        }
        return (mode | UnixFileMode.UserWrite) & (UnixFileMode)0b110_110_110;
    }

    /// <summary>CPython's repr of the OSError for -v lines, e.g. "NotADirectoryError(20, 'Not a directory')".</summary>
    internal static string DescribeError(Exception e, string path)
    {
        var (type, errno, text) = e switch
        {
            UnauthorizedAccessException when Directory.Exists(path) => ("IsADirectoryError", 21, "Is a directory"),
            UnauthorizedAccessException => ("PermissionError", 13, "Permission denied"),
            DirectoryNotFoundException or FileNotFoundException when HasFileAncestor(path) => ("NotADirectoryError", 20, "Not a directory"),
            DirectoryNotFoundException or FileNotFoundException => ("FileNotFoundError", 2, "No such file or directory"),
            IOException when Directory.Exists(path) => ("IsADirectoryError", 21, "Is a directory"),
            IOException when HasFileAncestor(path) => ("NotADirectoryError", 20, "Not a directory"),
            // .NET keeps the raw errno in HResult for errors it has no exception type for.
            IOException { HResult: 30 } => ("OSError", 30, "Read-only file system"),
            IOException { HResult: 28 } => ("OSError", 28, "No space left on device"),
            IOException { HResult: 17 } => ("FileExistsError", 17, "File exists"),
            _ => ("OSError", 5, e.Message),
        };
        return $"{type}({errno}, {Text.PyRepr.Str(text)})";
    }

    private static bool HasFileAncestor(string path)
    {
        for (string? current = Path.GetDirectoryName(path); !string.IsNullOrEmpty(current); current = Path.GetDirectoryName(current))
        {
            if (File.Exists(current)) return true;
            if (Directory.Exists(current)) return false;
        }
        return false;
    }
}
