using System.Collections.Concurrent;

namespace Sharpy.Conformance.Tests;

/// <summary>
/// Runs every corpus program once, in parallel (xunit runs a theory's cases one after another, and
/// each case is a whole process), and hands each test its own result.
/// </summary>
internal static class CorpusResults
{
    private static readonly Lazy<ConcurrentDictionary<string, string?>> Results = new(RunAll);

    public static string? Get(string program) =>
        Results.Value.TryGetValue(program, out var r) ? r : CorpusCase.Run(program);

    private static ConcurrentDictionary<string, string?> RunAll()
    {
        var results = new ConcurrentDictionary<string, string?>(StringComparer.Ordinal);
        var programs = CorpusCatalog.AllPrograms().Where(p => !CorpusCatalog.KnownFailures.Contains(p));
        Parallel.ForEach(programs, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount) },
            p => results[p] = CorpusCase.Run(p));
        return results;
    }
}
