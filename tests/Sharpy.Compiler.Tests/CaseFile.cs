namespace Sharpy.Compiler.Tests;

/// <summary>Reads "### name" separated case files (the format gen_expectations.py writes and reads).</summary>
internal static class CaseFile
{
    public static List<(string Name, string Text)> Read(string fileName)
    {
        var cases = new List<(string, string)>();
        string? name = null;
        var lines = new List<string>();
        foreach (var line in File.ReadAllLines(TestCompiler.DataPath(fileName)))
        {
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                if (name is not null) cases.Add((name, string.Join("\n", lines) + "\n"));
                name = line[4..].Trim();
                lines.Clear();
            }
            else lines.Add(line);
        }
        if (name is not null) cases.Add((name, string.Join("\n", lines) + "\n"));
        return cases;
    }

    public static IEnumerable<object[]> Names(string fileName) => Read(fileName).Select(c => new object[] { c.Name });

    public static string Get(string fileName, string name) => Read(fileName).Single(c => c.Name == name).Text;
}
