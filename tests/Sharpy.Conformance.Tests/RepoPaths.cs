namespace Sharpy.Conformance.Tests;

/// <summary>Locates the repository and the published <c>sharpy</c> binary.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string CorpusRun => Path.Combine(Root, "tests", "corpus", "run");

    /// <summary><c>SHARPY_EXE</c> if set, else the launcher's publish output (tools/test.sh builds it first).</summary>
    public static string SharpyExe =>
        Environment.GetEnvironmentVariable("SHARPY_EXE") is { Length: > 0 } exe
            ? exe
            : Path.Combine(Root, ".build", "sharpy", "sharpy");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Sharpy.slnx")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
