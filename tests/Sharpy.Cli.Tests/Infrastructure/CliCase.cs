using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sharpy.Cli.Tests.Infrastructure;

/// <summary>One command-line case with CPython 3.11's recorded behaviour (Data/cli_cases.json).</summary>
internal sealed class CliCase
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("group")] public string Group { get; set; } = "";
    [JsonPropertyName("args")] public List<string> Args { get; set; } = [];
    [JsonPropertyName("env")] public Dictionary<string, string>? Env { get; set; }
    [JsonPropertyName("files")] public Dictionary<string, string>? Files { get; set; }
    [JsonPropertyName("stdin")] public string? Stdin { get; set; }
    [JsonPropertyName("cwd")] public string? Cwd { get; set; }
    /// <summary>A file in Data/ whose text goes before main.py's (shared helpers of the cache scenarios).</summary>
    [JsonPropertyName("prelude")] public string? Prelude { get; set; }
    [JsonPropertyName("compare")] public List<string>? Compare { get; set; }
    [JsonPropertyName("stdout")] public string Stdout { get; set; } = "";
    [JsonPropertyName("stderr")] public string Stderr { get; set; } = "";
    [JsonPropertyName("rc")] public int Rc { get; set; }

    public bool Compares(string what) => Compare is null || Compare.Contains(what);

    public override string ToString() => Name;

    private static readonly Lazy<List<CliCase>> All = new(() =>
        JsonSerializer.Deserialize<List<CliCase>>(File.ReadAllText(Path.Combine(RepoPaths.DataDir, "cli_cases.json")))!);

    public static IEnumerable<object[]> Names(string group) =>
        All.Value.Where(c => c.Group == group).Select(c => new object[] { c.Name });

    public static CliCase Get(string name) => All.Value.Single(c => c.Name == name);

    /// <summary>Runs the case with sharpy and returns outputs normalised like the recorded ones.</summary>
    public ProcessResult RunSharpy()
    {
        using var tmp = new TempDir();
        if (Files is not null)
            foreach (var (path, content) in Files)
                tmp.Write(path, path == "main.py" && Prelude is not null
                    ? File.ReadAllText(Path.Combine(RepoPaths.DataDir, Prelude)) + content
                    : content);
        string exe = RepoPaths.SharpyExe;
        ProcessResult r = SharpyProcess.Run(Args, Path.Combine(tmp.Dir, Cwd ?? ""), Env, Stdin ?? "", exe);
        string Normalise(string s) => s.Replace(tmp.Dir, "{TMP}").Replace(exe, "{PROG}");
        return r with { Stdout = Normalise(r.Stdout), Stderr = Normalise(r.Stderr) };
    }
}
