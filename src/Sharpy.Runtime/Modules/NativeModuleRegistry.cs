using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules;

/// <summary>Registers the native modules a runtime can import (name → factory).</summary>
public static class NativeModuleRegistry
{
    public static void Register(PythonRuntime rt)
    {
        rt.NativeModules["math"] = _ => MathModule.Create();
        rt.NativeModules["re"] = _ => Re.ReModule.Create();
        rt.NativeModules["marshal"] = _ => MarshalModule.Create();
        rt.NativeModules["time"] = _ => TimeModule.Create();
        rt.NativeModules["posix"] = _ => Os.PosixModule.Create();
        rt.NativeModules["_io"] = r => IoModule.Create(r, "_io");
        rt.NativeModules["_sharpy_traceback"] = _ => Traceback.SharpyTracebackModule.Create();
        rt.NativeModules["_weakref"] = _ => Weakref.WeakrefModule.Create();
        rt.NativeModules["gc"] = _ => Gc.GcModule.Create();
        rt.NativeModules["atexit"] = r => Atexit.AtexitModule.Create(r);
        rt.NativeModules["io"] = r => IoModule.Create(r, "io");
        rt.NativeModules["cmath"] = _ => CMath.CMathModule.Create();
        rt.NativeModules["_zlib"] = _ => Zlib.ZlibNativeModule.Create();
        rt.NativeModules["_sharpy_subprocess"] = _ => Subprocess.SubprocessNativeModule.Create();
        rt.NativeModules["_sharpy_dis"] = r => Dis.DisNativeModule.Create(r);
        rt.NativeModules["_sharpy_ast"] = r => Ast.AstNativeModule.Create(r);
        rt.NativeModules["_sharpy_pycache"] = r => Importing.PycacheNativeModule.Create(r);
        rt.NativeModules["_collections"] = _ => Collections.CollectionsModule.Create();
        rt.NativeModules["_thread"] = r => Threads.ThreadModule.Create(r);
        rt.NativeModules["_unicodedata"] = _ => Unicode.UnicodeDataNativeModule.Create();
        rt.NativeModules["_sqlite3"] = _ => Sqlite.SqliteNativeModule.Create();
        rt.NativeModules["_sharpy_bz2"] = _ => Bz2.Bz2NativeModule.Create();
        rt.NativeModules["_sharpy_lzma"] = _ => Lzma.LzmaNativeModule.Create();
        rt.NativeModules["_sharpy_random"] = _ => Random.MersenneTwisterModule.Create();
        rt.NativeModules["_heapq"] = _ => Heapq.HeapqModule.Create();
        rt.NativeModules["_sharpy_itertools"] = _ => Itertools.ItertoolsModule.Create();
        rt.NativeModules["_sharpy_collections"] = _ => Collections.SharpyCollectionsModule.Create();
        rt.NativeModules["_sharpy_select"] = _ => Select.SelectNativeModule.Create();
        rt.NativeModules["_sharpy_resource"] = _ => Resource.ResourceNativeModule.Create();
        rt.NativeModules["_symtable"] = r => Symtable.SymtableModule.Create(r);
        rt.NativeModules["_tracemalloc"] = _ => Tracemalloc.TracemallocModule.Create();
        rt.NativeModules["_sharpy_hashlib"] = _ => Hashing.HashlibNativeModule.Create();
        rt.NativeModules["_struct"] = _ => Struct.StructModule.Create();
        rt.NativeModules["_sharpy_pickle"] = _ => Pickle.SharpyPickleModule.Create();
        rt.NativeModules["_sharpy_json"] = _ => Json.JsonNativeModule.Create();
        rt.NativeModules["_sharpy_signal"] = _ => Signal.SignalNativeModule.Create();
    }
}
