using Sharpy.Bytecode.Marshal;
using Sharpy.Bytecode.Pyc;

namespace Sharpy.Bytecode.Cache;

/// <summary>What one file in a __pycache__ directory is, for the pycache tool.</summary>
public enum CacheEntryKind
{
    Fresh,
    Stale,
    /// <summary>A Sharpy cache (or a leftover temporary file) whose source no longer exists.</summary>
    Orphan,
    /// <summary>Another interpreter's file (e.g. cpython-311); never touched.</summary>
    Other,
}

public sealed record CacheEntry(string Path, long Size, CacheEntryKind Kind, string? Source, string? Reason, string? OtherTag);

/// <summary>The result of scanning trees: every source and every __pycache__ file, classified with the
/// import system's own validation (<see cref="PycValidator"/> + body decoding), without compiling anything.</summary>
public sealed class PycacheScan
{
    public List<(string Path, long Size)> Sources { get; } = [];
    public List<CacheEntry> Entries { get; } = [];
    public List<string> SourcesWithoutCache { get; } = [];

    private readonly string _tag;

    private PycacheScan(string tag) => _tag = tag;

    /// <summary>Scans <paramref name="roots"/> (directories recursively, or single source files).</summary>
    /// <param name="progress">called with (done, total) while caches are validated.</param>
    public static PycacheScan Run(IEnumerable<string> roots, string tag = CacheNaming.CacheTag, Action<int, int>? progress = null)
    {
        var scan = new PycacheScan(tag);
        var work = new List<(string Dir, List<string> Sources, List<string> CacheFiles)>();
        foreach (string root in roots)
        {
            if (File.Exists(root))
            {
                string dir = System.IO.Path.GetDirectoryName(root) ?? "";
                work.Add((dir, [root], ListCacheFiles(System.IO.Path.Combine(dir, CacheNaming.PycacheDirectoryName))));
            }
            else
            {
                CollectDirectory(root, work);
            }
        }
        int total = work.Sum(w => w.CacheFiles.Count), done = 0;
        foreach (var (_, sources, cacheFiles) in work)
        {
            scan.Classify(sources, cacheFiles, () => progress?.Invoke(++done, total));
        }
        return scan;
    }

    private static void CollectDirectory(string dir, List<(string, List<string>, List<string>)> work)
    {
        var pending = new Stack<string>();
        pending.Push(dir);
        while (pending.Count > 0)
        {
            string current = pending.Pop();
            List<string> sources = [], subdirectories = [];
            try
            {
                foreach (var entry in new DirectoryInfo(current).EnumerateFileSystemInfos())
                {
                    if (entry is DirectoryInfo sub)
                    {
                        if (sub.Name is CacheNaming.PycacheDirectoryName or ".git" || sub.LinkTarget is not null) continue;
                        subdirectories.Add(System.IO.Path.Combine(current, sub.Name));
                    }
                    else if (entry.Name.EndsWith(CacheNaming.SourceSuffix, StringComparison.Ordinal))
                    {
                        sources.Add(System.IO.Path.Combine(current, entry.Name));
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            sources.Sort(string.CompareOrdinal);
            var cacheFiles = ListCacheFiles(System.IO.Path.Combine(current, CacheNaming.PycacheDirectoryName));
            if (sources.Count > 0 || cacheFiles.Count > 0) work.Add((current, sources, cacheFiles));
            subdirectories.Sort(string.CompareOrdinal);
            for (int i = subdirectories.Count - 1; i >= 0; i--) pending.Push(subdirectories[i]);
        }
    }

    private static List<string> ListCacheFiles(string pycache)
    {
        try
        {
            if (!Directory.Exists(pycache)) return [];
            var files = Directory.GetFiles(pycache).Where(f => System.IO.Path.GetFileName(f) != ".gitignore").ToList();
            files.Sort(string.CompareOrdinal);
            return files;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private void Classify(List<string> sources, List<string> cacheFiles, Action tick)
    {
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (string source in sources)
        {
            long sourceSize = SafeLength(source);
            Sources.Add((source, sourceSize));
            string almost = AlmostFilename(source);
            bool any = false;
            foreach (string file in cacheFiles)
            {
                if (!IsCacheNameFor(System.IO.Path.GetFileName(file), almost)) continue;
                claimed.Add(file);
                any = true;
                var (kind, reason) = Check(file, source);
                Entries.Add(new CacheEntry(file, SafeLength(file), kind, source, reason, null));
                tick();
            }
            if (!any) SourcesWithoutCache.Add(source);
        }
        foreach (string file in cacheFiles)
        {
            if (claimed.Contains(file)) continue;
            string name = System.IO.Path.GetFileName(file);
            string[] parts = name.Split('.');
            bool ours = parts.Length >= 3 && parts[1] == _tag;
            Entries.Add(ours
                ? new CacheEntry(file, SafeLength(file), CacheEntryKind.Orphan, null, "no source", null)
                : new CacheEntry(file, SafeLength(file), CacheEntryKind.Other, null, null, parts.Length >= 3 ? parts[1] : "unknown"));
            tick();
        }
    }

    /// <summary>cache_from_source's file name up to the tag: "stem.sharpy-311".</summary>
    private string AlmostFilename(string source)
    {
        string tail = System.IO.Path.GetFileName(source);
        int dot = tail.LastIndexOf('.');
        string baseName = dot < 0 ? "" : tail[..dot];
        return (baseName.Length > 0 ? baseName : tail[(dot + 1)..]) + (dot < 0 ? "" : ".") + _tag;
    }

    private static bool IsCacheNameFor(string name, string almost)
    {
        if (name == almost + CacheNaming.BytecodeSuffix) return true;
        string optPrefix = almost + ".opt-";
        return name.StartsWith(optPrefix, StringComparison.Ordinal) && name.EndsWith(CacheNaming.BytecodeSuffix, StringComparison.Ordinal)
            && Text.PyRepr.IsAlnum(name[optPrefix.Length..^CacheNaming.BytecodeSuffix.Length]);
    }

    /// <summary>The import system's verdict on one cache, without compiling.</summary>
    public static (CacheEntryKind Kind, string? Reason) Check(string pycPath, string sourcePath)
    {
        try
        {
            byte[] data = File.ReadAllBytes(pycPath);
            var stat = SourceStat.Of(new FileInfo(sourcePath));
            string module = BytecodeCache.DefaultModuleName(sourcePath);
            var validation = PycValidator.Validate(data, module, stat, () => File.ReadAllBytes(sourcePath), CheckHashBasedPycs.Default);
            if (validation.Freshness != PycFreshness.Fresh) return (CacheEntryKind.Stale, validation.Reason);
            PycFile.ReadBody(data);
            return (CacheEntryKind.Fresh, null);
        }
        catch (InvalidPycException e)
        {
            return (CacheEntryKind.Stale, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (CacheEntryKind.Stale, e.Message);
        }
    }

    private static long SafeLength(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
