namespace Sharpy.Cli.Tests.Infrastructure;

/// <summary>Locations the tests need: the repository, its test data and the published binary.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string DataDir => Path.Combine(Root, "tests", "Sharpy.Cli.Tests", "Data");

    /// <summary>SHARPY_EXE if set, else the launcher's published binary (tools/test.sh publishes it).</summary>
    public static string SharpyExe
    {
        get
        {
            string? fromEnv = Environment.GetEnvironmentVariable("SHARPY_EXE");
            return string.IsNullOrEmpty(fromEnv)
                ? Path.Combine(Root, ".build", "sharpy", "sharpy")
                : Path.GetFullPath(fromEnv);
        }
    }

    private static string FindRoot()
    {
        foreach (var meta in typeof(RepoPaths).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false))
            if (meta is System.Reflection.AssemblyMetadataAttribute { Key: "SharpyRepoRoot", Value: string root }
                && File.Exists(Path.Combine(root, "Sharpy.slnx")))
                return root;
        string? dir = AppContext.BaseDirectory;
        while (dir is not null)
        {
            if (File.Exists(Path.Combine(dir, "Sharpy.slnx")))
                return dir;
            dir = Path.GetDirectoryName(dir);
        }
        throw new InvalidOperationException("repository root (Sharpy.slnx) not found above " + AppContext.BaseDirectory);
    }
}
