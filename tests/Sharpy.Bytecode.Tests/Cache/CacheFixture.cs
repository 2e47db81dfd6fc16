using System.Text;
using Sharpy.Bytecode.Cache;
using Sharpy.Bytecode.Code;

namespace Sharpy.Bytecode.Tests.Cache;

/// <summary>A temporary directory with a source file, a cache and a fake compiler that embeds the source text.</summary>
internal sealed class CacheFixture : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("sharpy-pyc-").FullName;
    public List<string> Log { get; } = [];
    public int Compilations { get; private set; }
    public CacheSettings Settings { get; }
    public BytecodeCache Cache { get; }

    public CacheFixture()
    {
        Settings = new CacheSettings { Verbose = line => { lock (Log) Log.Add(line); } };
        Cache = new BytecodeCache(Settings);
    }

    public string Source(string name = "m.py", string text = "x = 1\n")
    {
        string path = Path.Combine(Root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public CodeObject Compile(byte[] source, string path)
    {
        Compilations++;
        return TestCode.Make(consts: [Encoding.UTF8.GetString(source)], filename: path);
    }

    /// <summary>Loads through the cache and returns the source text the code was compiled from.</summary>
    public string Load(string path, string? moduleName = null) =>
        (string)Cache.GetCode(path, bytes => Compile(bytes, path), moduleName).Consts[0]!;

    public string PycPath(string source) => Cache.CachePathFor(source)!;

    /// <summary>Makes the source look old, so it is not racily clean.</summary>
    public static void Age(string path, int seconds = 100) =>
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(-seconds));

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
