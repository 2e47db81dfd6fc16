using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime;

/// <summary>The builtin exception hierarchy (CPython 3.11) and constructors for raising from native code.</summary>
public static class PyExc
{
    public static readonly Dictionary<string, PyType> ByName = new();
    public static readonly PyType BaseException, Exception, BaseExceptionGroup, ExceptionGroupType, GeneratorExit,
        KeyboardInterrupt, SystemExit, ArithmeticError, FloatingPointError, OverflowErrorType, ZeroDivisionErrorType,
        AssertionError, AttributeErrorType, BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError,
        IndexErrorType, KeyErrorType, MemoryError, NameErrorType, UnboundLocalError, OSErrorType, FileNotFoundError,
        FileExistsError, IsADirectoryError, NotADirectoryError, PermissionError, ReferenceError, RuntimeErrorType,
        NotImplementedErrorType, RecursionErrorType, StopAsyncIteration, StopIterationType, SyntaxError, IndentationError,
        TabError, SystemErrorType, TypeErrorType, ValueErrorType, UnicodeError, UnicodeDecodeError, UnicodeEncodeError,
        UnicodeTranslateError, Warning, DeprecationWarning, UserWarning, RuntimeWarning, SyntaxWarning, BytesWarning,
        TimeoutError, ConnectionError, BrokenPipeError, BlockingIOError, InterruptedError;

    static PyExc()
    {
        PyType Mk(string name, PyType? b)
        {
            PyType t;
            if (b == null)
            {
                t = PyTypes.NewBuiltin(name, PyTypes.Object, "builtins", tt => new PyBaseException(tt));
                t.SolidBase = t;
            }
            else t = PyTypes.NewBuiltin(name, b);
            t.HasInstanceDict = true;
            ByName[name] = t;
            return t;
        }
        BaseException = Mk("BaseException", null);
        BaseExceptionGroup = Mk("BaseExceptionGroup", BaseException);
        Exception = Mk("Exception", BaseException);
        GeneratorExit = Mk("GeneratorExit", BaseException);
        KeyboardInterrupt = Mk("KeyboardInterrupt", BaseException);
        SystemExit = Mk("SystemExit", BaseException);
        ArithmeticError = Mk("ArithmeticError", Exception);
        FloatingPointError = Mk("FloatingPointError", ArithmeticError);
        OverflowErrorType = Mk("OverflowError", ArithmeticError);
        ZeroDivisionErrorType = Mk("ZeroDivisionError", ArithmeticError);
        AssertionError = Mk("AssertionError", Exception);
        AttributeErrorType = Mk("AttributeError", Exception);
        BufferError = Mk("BufferError", Exception);
        EOFError = Mk("EOFError", Exception);
        ImportError = Mk("ImportError", Exception);
        ModuleNotFoundError = Mk("ModuleNotFoundError", ImportError);
        LookupError = Mk("LookupError", Exception);
        IndexErrorType = Mk("IndexError", LookupError);
        KeyErrorType = Mk("KeyError", LookupError);
        MemoryError = Mk("MemoryError", Exception);
        NameErrorType = Mk("NameError", Exception);
        UnboundLocalError = Mk("UnboundLocalError", NameErrorType);
        OSErrorType = Mk("OSError", Exception);
        BlockingIOError = Mk("BlockingIOError", OSErrorType);
        Mk("ChildProcessError", OSErrorType);
        ConnectionError = Mk("ConnectionError", OSErrorType);
        BrokenPipeError = Mk("BrokenPipeError", ConnectionError);
        Mk("ConnectionAbortedError", ConnectionError);
        Mk("ConnectionRefusedError", ConnectionError);
        Mk("ConnectionResetError", ConnectionError);
        FileExistsError = Mk("FileExistsError", OSErrorType);
        FileNotFoundError = Mk("FileNotFoundError", OSErrorType);
        InterruptedError = Mk("InterruptedError", OSErrorType);
        IsADirectoryError = Mk("IsADirectoryError", OSErrorType);
        NotADirectoryError = Mk("NotADirectoryError", OSErrorType);
        PermissionError = Mk("PermissionError", OSErrorType);
        Mk("ProcessLookupError", OSErrorType);
        TimeoutError = Mk("TimeoutError", OSErrorType);
        ReferenceError = Mk("ReferenceError", Exception);
        RuntimeErrorType = Mk("RuntimeError", Exception);
        NotImplementedErrorType = Mk("NotImplementedError", RuntimeErrorType);
        RecursionErrorType = Mk("RecursionError", RuntimeErrorType);
        StopAsyncIteration = Mk("StopAsyncIteration", Exception);
        StopIterationType = Mk("StopIteration", Exception);
        SyntaxError = Mk("SyntaxError", Exception);
        IndentationError = Mk("IndentationError", SyntaxError);
        TabError = Mk("TabError", IndentationError);
        SystemErrorType = Mk("SystemError", Exception);
        TypeErrorType = Mk("TypeError", Exception);
        ValueErrorType = Mk("ValueError", Exception);
        UnicodeError = Mk("UnicodeError", ValueErrorType);
        UnicodeDecodeError = Mk("UnicodeDecodeError", UnicodeError);
        UnicodeEncodeError = Mk("UnicodeEncodeError", UnicodeError);
        UnicodeTranslateError = Mk("UnicodeTranslateError", UnicodeError);
        Warning = Mk("Warning", Exception);
        ExceptionGroupType = PyTypes.NewBuiltin("ExceptionGroup", BaseExceptionGroup);
        ExceptionGroupType.Bases = [BaseExceptionGroup, Exception];
        ExceptionGroupType.Mro = PyType.ComputeC3(ExceptionGroupType, ExceptionGroupType.Bases);
        ExceptionGroupType.HasInstanceDict = true;
        Exception.AddSubclass(ExceptionGroupType);
        ByName["ExceptionGroup"] = ExceptionGroupType;
        BytesWarning = Mk("BytesWarning", Warning);
        DeprecationWarning = Mk("DeprecationWarning", Warning);
        Mk("EncodingWarning", Warning);
        Mk("FutureWarning", Warning);
        Mk("ImportWarning", Warning);
        Mk("PendingDeprecationWarning", Warning);
        Mk("ResourceWarning", Warning);
        RuntimeWarning = Mk("RuntimeWarning", Warning);
        SyntaxWarning = Mk("SyntaxWarning", Warning);
        Mk("UnicodeWarning", Warning);
        UserWarning = Mk("UserWarning", Warning);
        ExceptionTypes.Init();
    }

    /// <summary>Set the per-type fields CPython's exception __init__ sets.</summary>
    public static void InitFields(PyBaseException e, ReadOnlySpan<PyObject> args)
    {
        var t = e.Type;
        if (t.IsSubtypeOf(StopIterationType))
            e.SetField("value", args.Length > 0 ? args[0] : PyNone.Instance);
        else if (t.IsSubtypeOf(SystemExit))
            e.SetField("code", args.Length == 0 ? PyNone.Instance : args.Length == 1 ? args[0] : PyTuple.Create(args.ToArray()));
        else if (t.IsSubtypeOf(ImportError))
        {
            e.SetField("msg", args.Length > 0 ? args[0] : PyNone.Instance);
            if (e.GetField("name") == null) e.SetField("name", PyNone.Instance);
            if (e.GetField("path") == null) e.SetField("path", PyNone.Instance);
        }
        else if (t.IsSubtypeOf(SyntaxError))
        {
            e.SetField("msg", args.Length > 0 ? args[0] : PyNone.Instance);
            PyObject[] f = [PyNone.Instance, PyNone.Instance, PyNone.Instance, PyNone.Instance, PyNone.Instance, PyNone.Instance];
            if (args.Length == 2 && args[1] is PyTuple info)
                for (int i = 0; i < Math.Min(6, info.Count); i++) f[i] = info.Items[i];
            e.SetField("filename", f[0]); e.SetField("lineno", f[1]); e.SetField("offset", f[2]);
            e.SetField("text", f[3]); e.SetField("end_lineno", f[4]); e.SetField("end_offset", f[5]);
            e.SetField("print_file_and_line", PyNone.Instance);
        }
        else if (t.IsSubtypeOf(AttributeErrorType))
        {
            if (e.GetField("name") == null) e.SetField("name", PyNone.Instance);
            if (e.GetField("obj") == null) e.SetField("obj", PyNone.Instance);
        }
        else if (t.IsSubtypeOf(NameErrorType))
        {
            if (e.GetField("name") == null) e.SetField("name", PyNone.Instance);
        }
        else if (t.IsSubtypeOf(UnicodeEncodeError) || t.IsSubtypeOf(UnicodeDecodeError))
        {
            // CPython 3.11: UnicodeEncodeError_init / UnicodeDecodeError_init (encoding, object, start, end, reason).
            if (args.Length == 5)
            {
                e.SetField("encoding", args[0]); e.SetField("object", args[1]); e.SetField("start", args[2]);
                e.SetField("end", args[3]); e.SetField("reason", args[4]);
            }
        }
        else if (t.IsSubtypeOf(UnicodeTranslateError))
        {
            if (args.Length == 4)
            {
                e.SetField("object", args[0]); e.SetField("start", args[1]); e.SetField("end", args[2]); e.SetField("reason", args[3]);
            }
        }
        else if (t.IsSubtypeOf(OSErrorType))
        {
            PyObject errno = PyNone.Instance, strerror = PyNone.Instance, filename = PyNone.Instance;
            if (args.Length >= 2 && args.Length <= 5) { errno = args[0]; strerror = args[1]; if (args.Length >= 3) filename = args[2]; }
            e.SetField("errno", errno); e.SetField("strerror", strerror); e.SetField("filename", filename);
            e.SetField("filename2", args.Length >= 5 ? args[4] : PyNone.Instance);
            if (args.Length >= 3 && args.Length <= 5) e.Args = PyTuple.Of(args[0], args[1]);
        }
    }

    public static PyBaseException Create(PyType type, string msg) => new(type, new PyStr(msg));

    public static PyBaseException TypeError(string msg) => Create(TypeErrorType, msg);
    public static PyBaseException ValueError(string msg) => Create(ValueErrorType, msg);
    public static PyBaseException IndexError(string msg) => Create(IndexErrorType, msg);
    public static PyBaseException KeyError(PyObject key) => new(KeyErrorType, key);
    public static PyBaseException KeyError(string msg) => Create(KeyErrorType, msg);
    public static PyBaseException RuntimeError(string msg) => Create(RuntimeErrorType, msg);
    public static PyBaseException OverflowError(string msg) => Create(OverflowErrorType, msg);
    public static PyBaseException ZeroDivisionError(string msg) => Create(ZeroDivisionErrorType, msg);
    public static PyBaseException NotImplementedError(string msg) => Create(NotImplementedErrorType, msg);
    public static PyBaseException RecursionError(string msg) => Create(RecursionErrorType, msg);
    public static PyBaseException SystemError(string msg) => Create(SystemErrorType, msg);
    public static PyBaseException OSError(string msg) => Create(OSErrorType, msg);
    public static PyBaseException StopIteration() => new(StopIterationType);
    public static PyBaseException StopIterationWith(PyObject value) => new(StopIterationType, value);

    public static PyBaseException AttributeError(string msg, PyObject? obj = null, string? name = null)
    {
        var e = Create(AttributeErrorType, msg);
        if (obj != null) e.SetField("obj", obj);
        if (name != null) e.SetField("name", new PyStr(name));
        return e;
    }

    public static PyBaseException NameError(string name, bool unbound = false)
    {
        // CPython 3.11 (format_exc_check_arg) records the name on a plain NameError only.
        if (unbound)
        {
            var u = Create(UnboundLocalError, $"cannot access local variable '{name}' where it is not associated with a value");
            u.SetField("name", PyNone.Instance);
            return u;
        }
        var e = Create(NameErrorType, $"name '{name}' is not defined");
        e.SetField("name", new PyStr(name));
        return e;
    }

    public static PythonException Throw(PyBaseException e) => new(e);
}
