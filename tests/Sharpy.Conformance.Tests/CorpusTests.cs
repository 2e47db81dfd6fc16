namespace Sharpy.Conformance.Tests;

/// <summary>
/// One test per program in tests/corpus/run: stdout, stderr and exit code must equal CPython 3.11's
/// (goldens made by tools/regen-goldens.sh). Programs listed in tests/corpus/known-failures.txt are
/// debt: they are not run as tests (so they are not counted as passing); tools/update-known-failures.sh
/// regenerates the list from what actually fails.
/// </summary>
public sealed class CorpusTests
{
    public static IEnumerable<object[]> Programs() =>
        CorpusCatalog.AllPrograms()
            .Where(p => !CorpusCatalog.KnownFailures.Contains(p))
            .Select(p => new object[] { p });

    [Theory]
    [MemberData(nameof(Programs))]
    public void Program_matches_CPython(string program)
    {
        var mismatch = CorpusResults.Get(program);
        Assert.True(mismatch == null, mismatch);
    }

    [Fact]
    public void Known_failures_name_existing_programs()
    {
        var all = CorpusCatalog.AllPrograms().ToHashSet(StringComparer.Ordinal);
        var missing = CorpusCatalog.KnownFailures.Where(p => !all.Contains(p)).ToList();
        Assert.True(missing.Count == 0, "known-failures.txt names missing programs: " + string.Join(", ", missing));
    }
}
