using Sharpy.Runtime.Hosting;

namespace Sharpy.Runtime.Modules.Importing;

/// <summary>Registers the native modules that belong to the import system.</summary>
public static class ImportingModules
{
    public static void Register(PythonRuntime rt)
    {
        rt.NativeModules["_imp"] = r => ImpModule.Create(r);
        rt.NativeModules["importlib"] = r => ImportlibModule.Create(r);
        rt.NativeModules["importlib.util"] = r => ImportlibUtilModule.Create(r);
        rt.NativeModules["importlib.machinery"] = r => ImportlibMachineryModule.Create(r);
    }
}
