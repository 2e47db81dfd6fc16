namespace Sharpy.Conformance.Tests;

/// <summary>The corpus programs (those with goldens) and the known-failure list.</summary>
internal static class CorpusCatalog
{
    public static readonly HashSet<string> KnownFailures = LoadKnownFailures();

    public static IEnumerable<string> AllPrograms() =>
        Directory.Exists(RepoPaths.CorpusRun)
            ? Directory.EnumerateFiles(RepoPaths.CorpusRun, "*.py", SearchOption.AllDirectories)
                .Where(f => File.Exists(Path.ChangeExtension(f, ".rc")))
                .Select(f => Path.GetRelativePath(RepoPaths.CorpusRun, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
            : [];

    private static HashSet<string> LoadKnownFailures()
    {
        // tools/update-known-failures.sh sets this to learn which programs really fail.
        if (Environment.GetEnvironmentVariable("SHARPY_IGNORE_KNOWN_FAILURES") == "1") return [];
        var path = Path.Combine(RepoPaths.Root, "tests", "corpus", "known-failures.txt");
        if (!File.Exists(path)) return [];
        return File.ReadLines(path)
            .Select(l => l.Split('#')[0].Trim())
            .Where(l => l.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
    }
}
