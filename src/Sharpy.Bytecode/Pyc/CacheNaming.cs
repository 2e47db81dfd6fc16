using Sharpy.Bytecode.Text;

namespace Sharpy.Bytecode.Pyc;

/// <summary>A Python exception raised by path mapping: <see cref="PythonType"/> is "ValueError", "TypeError" or "NotImplementedError".</summary>
public sealed class CacheNamingException(string pythonType, string message) : Exception(message)
{
    public string PythonType { get; } = pythonType;
}

/// <summary>
/// PEP 3147/488 cache paths with CPython 3.11's exact results and error messages (POSIX separators),
/// using Sharpy's tag <see cref="CacheTag"/>. One deliberate difference: a source directly in "/" with
/// a prefix and cwd "/" maps under the prefix instead of raising IndexError (CPython gh-82916).
/// </summary>
// CPython 3.11: Lib/importlib/_bootstrap_external.py cache_from_source, source_from_cache
public static class CacheNaming
{
    /// <summary>sys.implementation.cache_tag.</summary>
    public const string CacheTag = "sharpy-311";
    public const string PycacheDirectoryName = "__pycache__";
    public const string BytecodeSuffix = ".pyc";
    public const string SourceSuffix = ".py";
    private const string OptPrefix = "opt-";

    /// <summary>
    /// importlib.util.cache_from_source. <paramref name="optimization"/> is <c>str(optimization)</c>
    /// (null = use <paramref name="interpreterOptimize"/>, i.e. sys.flags.optimize: 0 → no tag).
    /// <paramref name="pycachePrefix"/> is sys.pycache_prefix; <paramref name="currentDirectory"/>
    /// defaults to the process's cwd (read at call time, as CPython does). The caller emits the
    /// DeprecationWarning for <paramref name="debugOverride"/>.
    /// </summary>
    /// <exception cref="CacheNamingException">TypeError, ValueError or NotImplementedError as CPython raises them.</exception>
    public static string CacheFromSource(string path, bool? debugOverride = null, string? optimization = null,
        string? pycachePrefix = null, int interpreterOptimize = 0, string? cacheTag = CacheTag,
        Func<string>? currentDirectory = null)
    {
        if (debugOverride is bool debug)
        {
            if (optimization is not null)
                throw new CacheNamingException("TypeError", "debug_override or optimization must be set to None");
            optimization = debug ? "" : "1";
        }
        var (head, tail) = SplitPath(path);
        int dot = tail.LastIndexOf('.');
        string baseName = dot < 0 ? "" : tail[..dot];
        string separator = dot < 0 ? "" : ".";
        string rest = dot < 0 ? tail : tail[(dot + 1)..];
        if (cacheTag is null)
            throw new CacheNamingException("NotImplementedError", "sys.implementation.cache_tag is None");
        string almostFilename = (baseName.Length > 0 ? baseName : rest) + separator + cacheTag;
        optimization ??= interpreterOptimize == 0 ? "" : interpreterOptimize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (optimization.Length > 0)
        {
            if (!PyRepr.IsAlnum(optimization))
                throw new CacheNamingException("ValueError", $"{PyRepr.Str(optimization)} is not alphanumeric");
            almostFilename = $"{almostFilename}.{OptPrefix}{optimization}";
        }
        string filename = almostFilename + BytecodeSuffix;
        if (pycachePrefix is not null)
        {
            if (!head.StartsWith('/'))
                head = JoinPath((currentDirectory ?? Directory.GetCurrentDirectory)(), head);
            // CPython strips a Windows drive here (head[1] == ':'); on POSIX it only matters that an
            // empty head must not raise IndexError as CPython does (gh-82916).
            return JoinPath(pycachePrefix, head.TrimStart('/'), filename);
        }
        return JoinPath(head, PycacheDirectoryName, filename);
    }

    /// <summary>importlib.util.source_from_cache (the tag and the final suffix are not checked, as in CPython).</summary>
    /// <exception cref="CacheNamingException">ValueError or NotImplementedError as CPython raises them.</exception>
    public static string SourceFromCache(string path, string? pycachePrefix = null, string? cacheTag = CacheTag)
    {
        if (cacheTag is null)
            throw new CacheNamingException("NotImplementedError", "sys.implementation.cache_tag is None");
        var (head, pycacheFilename) = SplitPath(path);
        bool foundInPrefix = false;
        if (pycachePrefix is not null)
        {
            string strippedPrefix = pycachePrefix.TrimEnd('/');
            if (head.StartsWith(strippedPrefix + "/", StringComparison.Ordinal))
            {
                head = head[strippedPrefix.Length..];
                foundInPrefix = true;
            }
        }
        if (!foundInPrefix)
        {
            (head, string pycache) = SplitPath(head);
            if (pycache != PycacheDirectoryName)
                throw new CacheNamingException("ValueError", $"{PycacheDirectoryName} not bottom-level directory in {PyRepr.Str(path)}");
        }
        int dotCount = pycacheFilename.Count(c => c == '.');
        if (dotCount is not (2 or 3))
            throw new CacheNamingException("ValueError", $"expected only 2 or 3 dots in {PyRepr.Str(pycacheFilename)}");
        if (dotCount == 3)
        {
            string[] parts = pycacheFilename.Split('.');
            string optimizationPart = parts[^2];
            if (!optimizationPart.StartsWith(OptPrefix, StringComparison.Ordinal))
                throw new CacheNamingException("ValueError", $"optimization portion of filename does not start with {PyRepr.Str(OptPrefix)}");
            string level = optimizationPart[OptPrefix.Length..];
            if (!PyRepr.IsAlnum(level))
                throw new CacheNamingException("ValueError", $"optimization level {PyRepr.Str(optimizationPart)} is not an alphanumeric value");
        }
        int firstDot = pycacheFilename.IndexOf('.');
        string baseFilename = firstDot < 0 ? pycacheFilename : pycacheFilename[..firstDot];
        return JoinPath(head, baseFilename + SourceSuffix);
    }

    /// <summary>The legacy (sourceless / compileall -b) name: the source path with "c" appended.</summary>
    public static string LegacyPycPath(string sourcePath) => sourcePath + "c";

    /// <summary>importlib's _path_split: split at the last separator; no separator → ('', path).</summary>
    internal static (string Head, string Tail) SplitPath(string path)
    {
        int index = path.LastIndexOf('/');
        return index < 0 ? ("", path) : (path[..index], path[(index + 1)..]);
    }

    /// <summary>importlib's POSIX _path_join: drop empty parts, strip trailing separators, join with '/'.</summary>
    internal static string JoinPath(params string[] parts) =>
        string.Join('/', parts.Where(part => part.Length > 0).Select(part => part.TrimEnd('/')));
}
