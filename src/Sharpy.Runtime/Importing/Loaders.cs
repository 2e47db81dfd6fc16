using Sharpy.Bytecode.Code;
using Sharpy.Runtime.Interpreter;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Importing;

/// <summary>
/// The file loaders of importlib.machinery: SourceFileLoader (source through the bytecode cache),
/// SourcelessFileLoader (legacy NAME.pyc without source) and NamespaceLoader.
/// </summary>
// CPython 3.11: Lib/importlib/_bootstrap_external.py FileLoader, SourceLoader, SourceFileLoader, SourcelessFileLoader, NamespaceLoader
internal static class Loaders
{
    /// <summary>A FileLoader instance: <c>name</c> and <c>path</c> live in the attribute dict.</summary>
    internal sealed class FileLoaderObject(PyType type) : ImportObject(type)
    {
        public string Name => GetString("name") ?? "";
        public string Path => GetString("path") ?? "";
        public bool IsSourceless => Type.IsSubtypeOf(SourcelessFileLoaderType);
    }

    public static readonly PyType SourceFileLoaderType = CreateFileLoaderType("SourceFileLoader", sourceless: false);
    public static readonly PyType SourcelessFileLoaderType = CreateFileLoaderType("SourcelessFileLoader", sourceless: true);
    public static readonly PyType NamespaceLoaderType = CreateNamespaceLoaderType();

    public static FileLoaderObject CreateFileLoader(PyType type, string name, string path)
    {
        var loader = new FileLoaderObject(type);
        loader.Set("name", new PyStr(name));
        loader.Set("path", new PyStr(path));
        return loader;
    }

    public static PyObject CreateNamespaceLoader(string name, PyObject path)
    {
        var loader = new ImportObject(NamespaceLoaderType);
        loader.Set("_path", path);
        return loader;
    }

    /// <summary>True when exec_module/get_code are ours (not overridden by a Python subclass).</summary>
    public static bool IsNativeExec(FileLoaderObject loader) =>
        ReferenceEquals(loader.Type, SourceFileLoaderType) || ReferenceEquals(loader.Type, SourcelessFileLoaderType);

    /// <summary>exec_module for our own loaders without going through Python attribute lookups.</summary>
    public static void ExecFileModule(ImportSystem system, FileLoaderObject loader, PyObject module)
    {
        string name = Ops.StrString(Ops.GetAttr(module, "__name__"));
        long traceStart = Hosting.StartupTrace.Start();
        CodeObject code = GetCode(system, loader, name);
        Hosting.StartupTrace.Accumulate("import: get code", traceStart);
        traceStart = Hosting.StartupTrace.Start();
        Execute(system, code, module);
        Hosting.StartupTrace.Accumulate("import: execute module (incl. nested imports)", traceStart);
    }

    private static void Execute(ImportSystem system, CodeObject code, PyObject module)
    {
        var dict = module.Dict ?? throw new PythonException(PyExc.TypeError("module has no __dict__"));
        if (Hosting.StartupTrace.Enabled)
        {
            // Profiling only: convert up front (PyCode.For caches) so the conversion is timed on its own.
            long traceStart = Hosting.StartupTrace.Start();
            PyCode.For(code);
            Hosting.StartupTrace.Accumulate("import: CodeObject -> PyCode conversion", traceStart);
        }
        // exec() gives a module namespace the builtins dict (CPython: PyEval_GetBuiltins) when it has none.
        if (dict.GetItem("__builtins__") == null) dict.SetItem("__builtins__", system.Runtime.Builtins.Dict!);
        Eval.RunModuleCode(system.Runtime, code, dict, dict);
    }

    private static CodeObject GetCode(ImportSystem system, FileLoaderObject loader, string name)
    {
        CheckName(loader, name);
        return loader.IsSourceless
            ? system.GetSourcelessCode(loader.Path, name)
            : system.GetSourceCode(loader.Path, name);
    }

    /// <summary>The _check_name decorator: a loader only handles the module it was made for.</summary>
    private static void CheckName(FileLoaderObject loader, string? name)
    {
        if (name is not null && name != loader.Name)
            throw ImportErrors.ImportError($"loader for {loader.Name} cannot handle {name}", name);
    }

    private static FileLoaderObject Self(PyObject o) =>
        o as FileLoaderObject ?? throw new PythonException(PyExc.TypeError("descriptor requires a FileLoader object"));

    private static string? OptionalName(ReadOnlySpan<PyObject> args, string[]? kw, string fname)
    {
        var a = ArgParser.Parse(fname, args[1..], kw, ["name"], [], required: 0);
        return a[0] is null or PyNone ? null : Ops.StrString(a[0]!);
    }

    private static PyType CreateFileLoaderType(string typeName, bool sourceless)
    {
        var t = NativeClass.Create(typeName, "_frozen_importlib_external", tt => new FileLoaderObject(tt));
        t.DefRaw("__init__", (args, kw) =>
        {
            var a = ArgParser.Parse(typeName, args[1..], kw, ["fullname", "path"], [], required: 2);
            args[0].Dict!.SetItem("name", a[0]!);
            args[0].Dict!.SetItem("path", a[1]!);
            return PyNone.Instance;
        });
        t.Def("__eq__", (self, other) =>
            !ReferenceEquals(self.Type, other.Type) ? Py.False
                : Py.Bool(Ops.RichEqBool(self.Dict!, other.Dict ?? new PyDict())));
        t.Def("__hash__", self => PyInt.From(Ops.Hash(Ops.GetAttr(self, "name")) ^ Ops.Hash(Ops.GetAttr(self, "path"))));
        t.DefRaw("get_filename", (args, kw) =>
        {
            var self = Self(args[0]);
            CheckName(self, OptionalName(args, kw, "get_filename"));
            return Ops.GetAttr(self, "path");
        });
        t.Def("get_data", (self, path) =>
        {
            string p = Ops.StrString(path);
            try { return new PyBytes(File.ReadAllBytes(p)); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw ImportErrors.FromIO(e, p); }
        });
        t.Def("is_package", (self, fullname) =>
        {
            string file = System.IO.Path.GetFileName(Ops.StrString(Ops.GetAttr(self, "path")));
            int dot = file.LastIndexOf('.');
            string stem = dot < 0 ? file : file[..dot];
            string name = Ops.StrString(fullname);
            string tail = name[(name.LastIndexOf('.') + 1)..];
            return Py.Bool(stem == "__init__" && tail != "__init__");
        });
        t.Def("create_module", (self, spec) => PyNone.Instance);
        t.Def("exec_module", (self, module) =>
        {
            string name = Ops.StrString(Ops.GetAttr(module, "__name__"));
            var code = Ops.CallMethod(self, "get_code", new PyStr(name));
            if (code is not PyCode pc)
                throw ImportErrors.ImportError($"cannot load module {ImportErrors.Repr(name)} when get_code() returns None");
            var system = ImportSystem.CurrentOrNull ?? throw ImportErrors.NoImportSystem();
            Execute(system, pc.Code, module);
            return PyNone.Instance;
        });
        t.DefRaw("get_code", (args, kw) =>
        {
            var self = Self(args[0]);
            string name = OptionalName(args, kw, "get_code") ?? self.Name;
            var system = ImportSystem.CurrentOrNull ?? throw ImportErrors.NoImportSystem();
            return PyCode.For(GetCode(system, self, name));
        });
        t.DefRaw("get_source", (args, kw) =>
        {
            var self = Self(args[0]);
            string? name = OptionalName(args, kw, "get_source");
            CheckName(self, name);
            if (sourceless)
                return PyNone.Instance;
            try
            {
                byte[] data = File.ReadAllBytes(self.Path);
                return new PyStr(DecodeSource(data));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw ImportErrors.ImportError("source not available through get_data()", name ?? self.Name);
            }
        });
        t.DefRaw("load_module", (args, kw) =>
        {
            // Deprecated PEP 302 API (CPython's _load_module_shim): a spec for this very loader, executed into
            // the module already in sys.modules or loaded as a new one.
            string name = OptionalName(args, kw, "load_module") ?? Self(args[0]).Name;
            var system = ImportSystem.CurrentOrNull ?? throw ImportErrors.NoImportSystem();
            var spec = Modules.Importing.ImportlibUtilModule.SpecFromLoader(name, args[0], null, null);
            return system.SysModules.GetItem(new PyStr(name)) is PyObject existing
                ? system.ExecInPlace(spec, existing)
                : system.LoadUnlocked(spec);
        });
        if (!sourceless)
        {
            t.Def("path_stats", (self, path) =>
            {
                string p = Ops.StrString(path);
                try
                {
                    var info = new FileInfo(p);
                    if (!info.Exists)
                        throw new FileNotFoundException(p);
                    var d = new PyDict();
                    double mtime = (info.LastWriteTimeUtc - DateTime.UnixEpoch).Ticks / 1e7;
                    d.SetItem("mtime", new PyFloat(mtime));
                    d.SetItem("size", PyInt.From(info.Length));
                    return d;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw ImportErrors.FromIO(e, p);
                }
            });
            t.DefRaw("source_to_code", (args, kw) =>
            {
                var a = ArgParser.Parse("source_to_code", args[1..], kw, ["data", "path"], ["_optimize"], required: 2);
                var system = ImportSystem.CurrentOrNull ?? throw ImportErrors.NoImportSystem();
                string path = Ops.StrString(a[1]!);
                byte[] bytes = a[0] is PyBytes b ? b.Value
                    : System.Text.Encoding.UTF8.GetBytes(Ops.StrString(a[0]!));
                return PyCode.For(system.CompileSource(bytes, path));
            });
        }
        return t;
    }

    /// <summary>importlib.util.decode_source: PEP 263 decoding with universal newlines.</summary>
    internal static string DecodeSource(byte[] data)
    {
        // The PEP 263 cookie's encoding (importlib's decode_source uses tokenize.detect_encoding), else UTF-8.
        string text;
        bool bom = data.Length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF;
        var encoding = !bom && Sharpy.Syntax.Text.SourceDecoder.FindCookie(data, out _) is string cookie && cookie != "utf-8"
            ? Sharpy.Syntax.Text.SourceDecoder.LookupEncoding(cookie) : null;
        try { text = (encoding ?? System.Text.Encoding.UTF8).GetString(data); }
        catch (System.Text.DecoderFallbackException) { text = System.Text.Encoding.UTF8.GetString(data); }
        if (text.Length > 0 && text[0] == '\uFEFF')
            text = text[1..];
        return text.Replace("\r\n", "\n").Replace('\r', '\n');
    }

    private static PyType CreateNamespaceLoaderType()
    {
        var t = NativeClass.Create("NamespaceLoader", "_frozen_importlib_external");
        t.DefRaw("__init__", (args, kw) =>
        {
            var a = ArgParser.Parse("NamespaceLoader", args[1..], kw, ["name", "path", "path_finder"], [], required: 3);
            args[0].Dict!.SetItem("_path", a[1]!);
            return PyNone.Instance;
        });
        t.Def("is_package", (self, name) => Py.True);
        t.Def("get_source", (self, name) => new PyStr(""));
        t.Def("get_code", (self, name) =>
        {
            var system = ImportSystem.CurrentOrNull ?? throw ImportErrors.NoImportSystem();
            return PyCode.For(system.Runtime.Compile("", "<string>", Compiler.CompileMode.Exec));
        });
        t.Def("create_module", (self, spec) => PyNone.Instance);
        t.Def("exec_module", (self, module) => PyNone.Instance);
        t.Def("load_module", (self, name) =>
        {
            var system = ImportSystem.CurrentOrNull ?? throw ImportErrors.NoImportSystem();
            return system.ImportAbsolute(Ops.StrString(name));
        });
        return t;
    }
}
