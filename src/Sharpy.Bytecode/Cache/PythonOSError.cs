namespace Sharpy.Bytecode.Cache;

/// <summary>An OSError as Python reports it: <see cref="PythonType"/> (e.g. "FileNotFoundError") and
/// <see cref="Exception.Message"/> = str(exc), e.g. "[Errno 2] No such file or directory: 'm.py'".</summary>
public sealed class PythonOSError(string pythonType, string message) : Exception(message)
{
    public string PythonType { get; } = pythonType;

    /// <summary>Translates a .NET I/O failure on <paramref name="filename"/> into CPython's wording.</summary>
    public static PythonOSError From(Exception e, string filename)
    {
        if (e is PythonOSError already) return already;
        string quoted = Text.PyRepr.Str(filename);
        if (Directory.Exists(filename) && e is UnauthorizedAccessException or IOException)
            return new("IsADirectoryError", $"[Errno 21] Is a directory: {quoted}");
        return e switch
        {
            // .NET rejects an empty path up front; the system call would fail with ENOENT.
            FileNotFoundException or DirectoryNotFoundException or ArgumentException => new("FileNotFoundError", $"[Errno 2] No such file or directory: {quoted}"),
            UnauthorizedAccessException => new("PermissionError", $"[Errno 13] Permission denied: {quoted}"),
            _ => new("OSError", $"{e.Message}: {quoted}"),
        };
    }
}

/// <summary>py_compile.PyCompileError: <see cref="Exception.Message"/> is its msg.</summary>
public sealed class PyCompileException(string message, string file) : Exception(message)
{
    public string File { get; } = file;
}
