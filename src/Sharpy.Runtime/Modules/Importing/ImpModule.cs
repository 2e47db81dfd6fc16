using Sharpy.Bytecode.Cache;
using Sharpy.Bytecode.Pyc;
using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Importing;
using Sharpy.Runtime.Interpreter;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Importing;

/// <summary>The <c>_imp</c> module: the C helpers behind importlib.</summary>
// CPython 3.11: Python/import.c (_imp module)
public static class ImpModule
{
    /// <summary>_imp.check_hash_based_pycs, read at each import (programs may assign it).</summary>
    public static string CheckHashBasedPycs(PythonRuntime rt)
    {
        if (rt.Modules.GetItem("_imp") is PyModule imp && imp.Dict!.GetItem("check_hash_based_pycs") is PyStr s)
            return s.Value;
        return rt.Options.CheckHashBasedPycs;
    }

    public static PyModule Create(PythonRuntime rt)
    {
        var m = new PyModule("_imp");
        var d = m.Dict!;
        d.SetItem("check_hash_based_pycs", new PyStr(rt.Options.CheckHashBasedPycs));
        d.SetItem("pyc_magic_number_token", PyInt.From(PycMagic.RawNumber));
        d.DefFunction("source_hash", (args, kw) =>
        {
            var a = ArgParser.Parse("source_hash", args, kw, ["key", "source"], [], required: 2);
            ulong key = (ulong)Ops.ToBig(a[0]!);
            byte[] source = a[1] switch
            {
                PyBytes b => b.Value,
                _ => throw new PythonException(PyExc.TypeError($"a bytes-like object is required, not '{a[1]!.Type.Name}'")),
            };
            return new PyBytes(SourceHash.Compute(key, source));
        }, "_imp");
        d.DefFunction("is_builtin", (args, kw) =>
        {
            ArgParser.NoKeywords("is_builtin", kw);
            string name = Ops.StrString(args[0]);
            return PyInt.From(rt.NativeModules.ContainsKey(name) || name is "sys" or "builtins" ? 1 : 0);
        }, "_imp");
        d.DefFunction("is_frozen", (args, kw) => Py.False, "_imp");
        d.DefFunction("is_frozen_package", (args, kw) => Py.False, "_imp");
        d.DefFunction("find_frozen", (args, kw) => PyNone.Instance, "_imp");
        d.DefFunction("create_builtin", (args, kw) =>
        {
            ArgParser.NoKeywords("create_builtin", kw);
            var system = rt.Importer as ImportSystem ?? throw ImportErrors.NoImportSystem();
            string name = Ops.StrString(Ops.GetAttr(args[0], "name"));
            return rt.Modules.GetItem(new PyStr(name)) ?? (name switch
            {
                "sys" => rt.Sys,
                "builtins" => rt.Builtins,
                _ => rt.CreateNativeModule(name) ?? throw ImportErrors.NoImportSystem(),
            });
        }, "_imp");
        d.DefFunction("exec_builtin", (args, kw) => PyInt.From(0), "_imp");
        d.DefFunction("exec_dynamic", (args, kw) => PyInt.From(0), "_imp");
        d.DefFunction("extension_suffixes", (args, kw) => new PyList(), "_imp");
        d.DefFunction("acquire_lock", (args, kw) => PyNone.Instance, "_imp");
        d.DefFunction("release_lock", (args, kw) => PyNone.Instance, "_imp");
        d.DefFunction("lock_held", (args, kw) => Py.False, "_imp");
        d.DefFunction("_fix_co_filename", (args, kw) =>
        {
            // Code objects are immutable in Sharpy; loaders already fix co_filename when loading a cache.
            return PyNone.Instance;
        }, "_imp");
        d.DefFunction("get_frozen_object", (args, kw) =>
            throw ImportErrorFor(args.Length > 0 ? Ops.StrString(args[0]) : "?"), "_imp");
        return m;
    }

    private static PythonException ImportErrorFor(string name) =>
        new(PyExc.Create(PyExc.ImportError, $"No such frozen object named {Ops.ReprString(new PyStr(name))}"));
}
