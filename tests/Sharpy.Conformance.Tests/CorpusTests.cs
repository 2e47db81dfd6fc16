namespace Sharpy.Conformance.Tests;

/// <summary>
/// One test per program in tests/corpus/run: stdout, stderr and exit code must equal CPython 3.11's
/// (goldens made by tools/regen-goldens.sh). Programs listed in tests/corpus/known-failures.txt are
/// expected to differ; such a program that starts passing fails the test, so the list only shrinks
/// (regenerate it with tools/update-known-failures.sh).
/// </summary>
public sealed class CorpusTests
{
    private static readonly HashSet<string> KnownFailures = LoadKnownFailures();

    public static IEnumerable<object[]> Programs() =>
        Directory.Exists(RepoPaths.CorpusRun)
            ? Directory.EnumerateFiles(RepoPaths.CorpusRun, "*.py", SearchOption.AllDirectories)
                .Where(f => File.Exists(Path.ChangeExtension(f, ".rc")))
                .Select(f => Path.GetRelativePath(RepoPaths.CorpusRun, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .Select(f => new object[] { f })
            : [];

    [Theory]
    [MemberData(nameof(Programs))]
    public void Program_matches_CPython(string program)
    {
        var mismatch = CorpusCase.Run(program);
        if (KnownFailures.Contains(program))
            Assert.True(mismatch != null,
                $"{program} now matches CPython: remove it from tests/corpus/known-failures.txt");
        else
            Assert.True(mismatch == null, mismatch);
    }

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
