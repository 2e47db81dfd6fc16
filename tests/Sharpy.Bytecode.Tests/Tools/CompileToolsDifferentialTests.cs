using System.Text;
using System.Text.Json;
using Sharpy.Bytecode.Cache;

namespace Sharpy.Bytecode.Tests.Tools;

/// <summary>
/// Replays Data/compile_tools.json (python3.11 -m compileall / -m py_compile over a small tree, made by
/// Data/gen_compile_tools.py) against CompileAllTool / PyCompileTool with a fake compiler, comparing
/// stdout, stderr, exit code and the files left in the tree after every step.
/// </summary>
public sealed class CompileToolsDifferentialTests
{
    [Fact]
    public void MatchesCPython311StepByStep()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "compile_tools.json")));
        var data = doc.RootElement;
        string root = Directory.CreateTempSubdirectory("sharpy-compileall-").FullName;
        try
        {
            foreach (var entry in data.GetProperty("tree").EnumerateObject())
            {
                string path = Path.Combine(root, entry.Name);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, entry.Value.GetString());
            }
            string badMessage = data.GetProperty("bad_message").GetString()!.Replace("ROOT", root);
            var host = new CompileHost
            {
                Compile = (source, display, _) => Encoding.UTF8.GetString(source).StartsWith("def (", StringComparison.Ordinal)
                    ? throw new FormatException(badMessage)
                    : TestCode.Make(consts: [display], filename: display),
                FormatCompileError = e => e.Message,
            };
            var failures = new List<string>();
            int stepNumber = 0;
            foreach (var step in data.GetProperty("steps").EnumerateArray())
            {
                stepNumber++;
                string[] args = step.GetProperty("args").EnumerateArray().Select(a => a.GetString()!.Replace("ROOT", root)).ToArray();
                var stdout = new StringWriter();
                var stderr = new StringWriter();
                int rc = step.GetProperty("tool").GetString() == "compileall"
                    ? CompileAllTool.Run(args, stdout, stderr, host)
                    : PyCompileTool.Run(args, stdout, stderr, host);
                string label = $"step {stepNumber} {step.GetProperty("tool").GetString()} {string.Join(' ', step.GetProperty("args").EnumerateArray())}";
                Compare(failures, label, "rc", step.GetProperty("rc").GetInt32().ToString(), rc.ToString());
                Compare(failures, label, "stdout", step.GetProperty("stdout").GetString()!, stdout.ToString().Replace(root, "ROOT"));
                Compare(failures, label, "stderr", step.GetProperty("stderr").GetString()!, stderr.ToString().Replace(root, "ROOT"));
                var expectedFiles = step.GetProperty("files").EnumerateArray().Select(f => f.GetString()!.Split(" links=")[0]).Order(StringComparer.Ordinal);
                var actualFiles = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                    .Select(f => Path.GetRelativePath(root, f)).Where(f => Path.GetFileName(f) != ".gitignore").Order(StringComparer.Ordinal);
                Compare(failures, label, "files", string.Join("\n", expectedFiles), string.Join("\n", actualFiles));
            }
            Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void Compare(List<string> failures, string label, string what, string expected, string actual)
    {
        if (expected != actual) failures.Add($"{label}: {what} differs\n--- expected\n{expected}\n--- actual\n{actual}");
    }
}
