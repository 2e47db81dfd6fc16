using Sharpy.Bytecode.Cache;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Importing;

/// <summary>Builds the import system's Python exceptions with CPython's messages and attributes.</summary>
internal static class ImportErrors
{
    /// <summary>ImportError(msg, name=..., path=...).</summary>
    public static PythonException ImportError(string message, string? name = null, string? path = null) =>
        Raise(PyExc.ImportError, message, name, path);

    /// <summary>ModuleNotFoundError(msg, name=...).</summary>
    public static PythonException ModuleNotFound(string message, string? name) =>
        Raise(PyExc.ModuleNotFoundError, message, name, null);

    /// <summary>Raised when import functions run on a runtime without an import system.</summary>
    public static PythonException NoImportSystem() =>
        new(PyExc.Create(PyExc.ImportError, "the import system is not installed"));

    /// <summary>"No module named 'x'" (CPython's _ERR_MSG).</summary>
    public static PythonException NoModuleNamed(string name) =>
        ModuleNotFound("No module named " + Repr(name), name);

    public static PythonException Raise(PyType type, string message, string? name, string? path)
    {
        var e = PyExc.Create(type, message);
        e.SetField("name", name is null ? PyNone.Instance : new PyStr(name));
        e.SetField("path", path is null ? PyNone.Instance : new PyStr(path));
        return new PythonException(e);
    }

    /// <summary>A Python error for a failure while loading a pyc without source.</summary>
    public static PythonException FromPyc(PycImportException e)
    {
        if (e.PythonType == "ImportError")
            return ImportError(e.Message, e.Name, e.Path);
        var type = PyExc.ByName.TryGetValue(e.PythonType, out var t) ? t : PyExc.ImportError;
        return new PythonException(PyExc.Create(type, e.Message));
    }

    /// <summary>A .NET I/O failure on <paramref name="path"/> as the matching Python OSError subclass.</summary>
    public static PythonException FromIO(Exception e, string path)
    {
        PythonOSError os = PythonOSError.From(e, path);
        var type = PyExc.ByName.TryGetValue(os.PythonType, out var t) ? t : PyExc.OSErrorType;
        // str(exc) must read "[Errno N] message: 'path'": build it from errno, strerror and filename.
        if (ParseErrno(os.Message) is (int errno, string strerror))
            return new PythonException(new PyBaseException(type, PyInt.From(errno), new PyStr(strerror), new PyStr(path)));
        return new PythonException(PyExc.Create(type, os.Message));
    }

    private static (int, string)? ParseErrno(string message)
    {
        // "[Errno 2] No such file or directory: 'x'"
        if (!message.StartsWith("[Errno ", StringComparison.Ordinal)) return null;
        int close = message.IndexOf(']');
        if (close < 0 || !int.TryParse(message.AsSpan(7, close - 7), out int errno)) return null;
        int colon = message.LastIndexOf(": ", StringComparison.Ordinal);
        string strerror = colon > close ? message[(close + 2)..colon] : message[(close + 2)..];
        return (errno, strerror);
    }

    /// <summary>Python's repr() of a str.</summary>
    public static string Repr(string s) => Ops.ReprString(new PyStr(s));
}
