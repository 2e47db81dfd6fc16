using Sharpy.Bytecode.Cache;
using Sharpy.Bytecode.Marshal;
using Sharpy.Bytecode.Pyc;
using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Importing;
using Sharpy.Runtime.Interpreter;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Importing;

/// <summary>
/// <c>_sharpy_pycache</c>: what <c>lib/py_compile.py</c> and <c>lib/compileall.py</c> need from the cache
/// layer. CPython's versions build the pyc bytes in Python (importlib._bootstrap_external); Sharpy's
/// header carries more (ns mtime, ctime, content hash, CRC-32C of the body), so writing and validating
/// stay in <c>Sharpy.Bytecode.Cache</c>, the same code the import system uses.
/// </summary>
public static class PycacheNativeModule
{
    private const string ModuleName = "_sharpy_pycache";

    public static PyModule Create(PythonRuntime rt)
    {
        var m = new PyModule(ModuleName);
        var d = m.Dict!;
        d.DefFunction("write_pyc", (args, kw) =>
        {
            // write_pyc(code, source_path, source_bytes, cfile, invalidation_mode: 1 | 2 | 3)
            var a = ArgParser.Parse("write_pyc", args, kw, ["code", "source_path", "source_bytes", "cfile", "mode"], [], required: 5);
            if (a[0] is not PyCode code)
                throw new PythonException(PyExc.TypeError($"write_pyc() argument 'code' must be code, not {a[0]!.Type.Name}"));
            if (a[2] is not PyBytes source)
                throw new PythonException(PyExc.TypeError($"write_pyc() argument 'source_bytes' must be bytes, not {a[2]!.Type.Name}"));
            string file = ImportlibUtilModule.FsPath(a[1]!);
            string cfile = ImportlibUtilModule.FsPath(a[3]!);
            long mode = Ops.AsIndex(a[4]!);
            if (mode is < 1 or > 3) throw new PythonException(PyExc.ValueError($"invalid invalidation mode {mode}"));
            try
            {
                PyCompile.WriteCache(file, source.Value, code.Code, cfile, (PycInvalidationMode)mode, DateTime.UtcNow);
            }
            catch (PythonOSError e)
            {
                throw OsError(e, cfile);
            }
            return PyNone.Instance;
        }, ModuleName);
        d.DefFunction("is_up_to_date", (args, kw) =>
        {
            // is_up_to_date(source_path, cfiles): every cfile a fresh timestamp pyc of the source.
            var a = ArgParser.Parse("is_up_to_date", args, kw, ["source_path", "cfiles"], [], required: 2);
            string file = ImportlibUtilModule.FsPath(a[0]!);
            var cfiles = Ops.ToList(a[1]!).Select(ImportlibUtilModule.FsPath).ToList();
            return Py.Bool(CompileAll.IsUpToDate(file, cfiles));
        }, ModuleName);
        d.DefFunction("code_from_pyc", (args, kw) =>
        {
            // code_from_pyc(data, name, path, check_header=True) -> code. With check_header, the header is
            // checked as _classify_pyc checks it (CPython's errors, naming the module) plus Sharpy's
            // extension: what CPython's zipimport does before marshal.loads(data[16:]); the caller compares
            // the timestamp or hash fields (bytes 8-16, CPython's layout) with the source. Without it, only
            // the body's integrity, as pkgutil.read_code reads whatever follows the magic number.
            var a = ArgParser.Parse("code_from_pyc", args, kw, ["data", "name", "path", "check_header"], [], required: 3);
            byte[] data = BytesMethods.AsBytes(a[0]!);
            string? name = a[1] is PyStr n ? n.Value : null;
            string? path = a[2] is PyStr p ? p.Value : null;
            bool checkHeader = a[3] is null || Ops.IsTrue(a[3]!);
            try
            {
                if (checkHeader)
                    PycFile.ReadHeader(data, name ?? "?");
                else if (!PycFile.HasIntactBody(data))
                    throw new PythonException(PyExc.ValueError("bad marshal data (damaged pyc body)"));
                return PyCode.Lazy(PycFile.ReadBody(data));
            }
            catch (InvalidPycException e) when (checkHeader)
            {
                throw ImportErrors.FromPyc(new PycImportException(e.Message, name, path, e.PythonType));
            }
            catch (InvalidPycException e)
            {
                throw new PythonException(PyExc.ValueError($"bad marshal data ({e.Message})"));
            }
        }, ModuleName);
        d.DefFunction("compileall_main", (args, kw) =>
        {
            // compileall_main(argv) -> exit status: the command line of `python -m compileall`, native so
            // that -j runs workers as threads of this process.
            var a = ArgParser.Parse("compileall_main", args, kw, ["argv"], [], required: 1);
            string[] argv = Ops.ToList(a[0]!).Select(Ops.StrString).ToArray();
            return PyInt.From(RunTool(rt, (stdout, stderr, host) => CompileAllTool.Run(argv, stdout, stderr, host)));
        }, ModuleName);
        return m;
    }

    private static PythonException OsError(PythonOSError e, string path)
    {
        if (e.PythonType == "ValueError") return new PythonException(PyExc.ValueError(e.Message));
        return ImportErrors.FromIO(e, path);
    }

    /// <summary>Runs a native command-line tool with its output going to sys.stdout / sys.stderr.</summary>
    private static int RunTool(PythonRuntime rt, Func<TextWriter, TextWriter, CompileHost, int> tool)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int status;
        try
        {
            status = tool(stdout, stderr, Host(rt));
        }
        finally
        {
            WriteTo(rt, "stdout", stdout.ToString());
            WriteTo(rt, "stderr", stderr.ToString());
        }
        return status;
    }

    private static void WriteTo(PythonRuntime rt, string stream, string text)
    {
        if (text.Length == 0 || rt.Sys.Dict!.GetItem(stream) is not PyObject file || file is PyNone) return;
        Ops.CallMethod(file, "write", new PyStr(text));
    }

    private static CompileHost Host(PythonRuntime rt) => new()
    {
        // Inside a running program the warnings module decides, as for compile().
        Compile = (source, path, optimize) => ToolCompiler.Compile(source, path, optimize,
            CompileWarnings.ForParser(rt, path), CompileWarnings.ForCompiler(rt)),
        FormatCompileError = ToolCompiler.FormatError,
        InterpreterOptimize = rt.Options.Optimize,
        PycachePrefix = rt.Sys.Dict!.GetItem("pycache_prefix") is PyStr prefix ? prefix.Value : null,
        SourceDateEpoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"),
        SysPath = rt.Sys.Dict!.GetItem("path") is PyList path
            ? path.Items.Take(path.Count).OfType<PyStr>().Select(s => s.Value).ToList()
            : [],
        Stdin = Console.In,
    };
}
