using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Importing;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Importing;

/// <summary>The <c>importlib.machinery</c> module: the finder, loader and spec classes, and the suffix lists.</summary>
// CPython 3.11: Lib/importlib/machinery.py
public static class ImportlibMachineryModule
{
    public static PyModule Create(PythonRuntime rt)
    {
        var m = new PyModule("importlib.machinery");
        var d = m.Dict!;
        d.SetItem("ModuleSpec", ModuleSpecs.Type);
        d.SetItem("BuiltinImporter", BuiltinImporter.Type);
        d.SetItem("PathFinder", PathFinder.Type);
        d.SetItem("FileFinder", FileFinder.Type);
        d.SetItem("SourceFileLoader", Loaders.SourceFileLoaderType);
        d.SetItem("SourcelessFileLoader", Loaders.SourcelessFileLoaderType);
        d.SetItem("NamespaceLoader", Loaders.NamespaceLoaderType);
        PyList Suffixes(params string[] s) => new(s.Select(x => (PyObject)new PyStr(x)).ToArray());
        d.SetItem("SOURCE_SUFFIXES", Suffixes(".py"));
        d.SetItem("BYTECODE_SUFFIXES", Suffixes(".pyc"));
        d.SetItem("DEBUG_BYTECODE_SUFFIXES", Suffixes(".pyc"));
        d.SetItem("OPTIMIZED_BYTECODE_SUFFIXES", Suffixes(".pyc"));
        d.SetItem("EXTENSION_SUFFIXES", Suffixes());
        d.DefFunction("all_suffixes", (args, kw) => Suffixes(".py", ".pyc"), "importlib.machinery");
        return m;
    }
}
