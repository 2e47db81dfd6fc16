using System.Text.Json;
using Sharpy.Bytecode.Pyc;

namespace Sharpy.Bytecode.Tests.Pyc;

public sealed class CacheNamingTests
{
    private static readonly JsonElement[] Cases = JsonSerializer.Deserialize<JsonElement[]>(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "cache_naming.json")))!;

    /// <summary>Differential: every case of Data/cache_naming.json (made by python3.11 with
    /// Data/gen_cache_naming.py, tag replaced) gives the same result or the same error.</summary>
    [Fact]
    public void MatchesCPython311()
    {
        Assert.True(Cases.Length > 100);
        var failures = new List<string>();
        foreach (var c in Cases)
        {
            string path = c.GetProperty("path").GetString()!;
            string? prefix = c.GetProperty("prefix").GetString();
            string actual;
            try
            {
                if (c.GetProperty("fn").GetString() == "cache")
                {
                    bool? debug = c.GetProperty("debug").ValueKind == JsonValueKind.Null ? null : c.GetProperty("debug").GetBoolean();
                    string cwd = c.GetProperty("cwd").GetString()!;
                    actual = CacheNaming.CacheFromSource(path, debug, c.GetProperty("opt").GetString(), prefix,
                        c.GetProperty("level").GetInt32(), currentDirectory: () => cwd);
                }
                else
                {
                    actual = CacheNaming.SourceFromCache(path, prefix);
                }
            }
            catch (CacheNamingException e)
            {
                actual = $"{e.PythonType}: {e.Message}";
            }
            string expected = c.TryGetProperty("result", out var r) ? r.GetString()!
                : $"{c.GetProperty("error").GetString()}: {c.GetProperty("message").GetString()}";
            if (actual != expected) failures.Add($"{c}: got {actual}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void NullTagMeansNotImplemented()
    {
        var e = Assert.Throws<CacheNamingException>(() => CacheNaming.CacheFromSource("a.py", cacheTag: null));
        Assert.Equal("NotImplementedError", e.PythonType);
        Assert.Equal("sys.implementation.cache_tag is None", e.Message);
        Assert.Throws<CacheNamingException>(() => CacheNaming.SourceFromCache("__pycache__/a.x.pyc", cacheTag: null));
    }

    [Fact]
    public void RootSourceWithPrefixAndRootCwdDoesNotCrash()
    {
        Assert.Equal("/pfx/foo.sharpy-311.pyc", CacheNaming.CacheFromSource("/foo.py", pycachePrefix: "/pfx", currentDirectory: () => "/"));
    }

    [Theory]
    [InlineData("/a/m.py", 0, "/a/__pycache__/m.sharpy-311.pyc")]
    [InlineData("/a/m.py", 1, "/a/__pycache__/m.sharpy-311.opt-1.pyc")]
    [InlineData("/a/m.py", 2, "/a/__pycache__/m.sharpy-311.opt-2.pyc")]
    public void OptimizationLevelsNameFiles(string source, int level, string expected)
    {
        Assert.Equal(expected, CacheNaming.CacheFromSource(source, interpreterOptimize: level));
    }
}
