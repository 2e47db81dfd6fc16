namespace Sharpy.Conformance.Tests;

/// <summary>Runs one corpus program and describes how it differs from CPython's goldens.</summary>
internal static class CorpusCase
{
    /// <returns>null when stdout, stderr and exit code all match; otherwise a readable difference.</returns>
    public static string? Run(string program)
    {
        var file = Path.Combine(RepoPaths.CorpusRun, program);
        var dir = Path.GetDirectoryName(file)!;
        var expectedOut = ReadOrEmpty(Path.ChangeExtension(file, ".out"));
        var expectedErr = ReadOrEmpty(Path.ChangeExtension(file, ".err"));
        var expectedRc = int.Parse(File.ReadAllText(Path.ChangeExtension(file, ".rc")).Trim());

        var result = ProcessRunner.Run(RepoPaths.SharpyExe, [Path.GetFileName(file)], dir, TimeSpan.FromSeconds(30));
        if (result.TimedOut) return $"{program}: timed out";
        var actualErr = result.Stderr.Replace(dir, "<dir>");

        var problems = new List<string>();
        if (result.ExitCode != expectedRc) problems.Add($"exit code {result.ExitCode}, expected {expectedRc}");
        if (result.Stdout != expectedOut) problems.Add(FirstDifference("stdout", expectedOut, result.Stdout));
        if (actualErr != expectedErr) problems.Add(FirstDifference("stderr", expectedErr, actualErr));
        return problems.Count == 0 ? null : $"{program}:\n" + string.Join("\n", problems);
    }

    private static string ReadOrEmpty(string path) => File.Exists(path) ? File.ReadAllText(path) : "";

    private static string FirstDifference(string what, string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<missing>";
            var al = i < a.Length ? a[i] : "<missing>";
            if (el != al)
                return $"{what} differs at line {i + 1}:\n  expected: {Trim(el)}\n  actual:   {Trim(al)}";
        }
        return $"{what} differs";
    }

    private static string Trim(string s) => s.Length > 300 ? s[..300] + "…" : s;
}
