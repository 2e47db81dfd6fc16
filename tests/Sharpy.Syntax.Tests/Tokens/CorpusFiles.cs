using System.Runtime.CompilerServices;

namespace Sharpy.Syntax.Tests.Tokens;

/// <summary>Finds tests/corpus/... from this source file's location (builds may output anywhere), else
/// from the test binary's directory.</summary>
internal static class CorpusFiles
{
    public static string Dir(string name) => Find(name, ThisFile());

    private static string ThisFile([CallerFilePath] string path = "") => path;

    private static string Find(string name, string sourceFile)
    {
        foreach (string start in new[] { Path.GetDirectoryName(sourceFile) ?? "", AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "tests", "corpus", name);
                if (Directory.Exists(candidate)) return candidate;
            }
        }
        throw new DirectoryNotFoundException("tests/corpus/" + name);
    }
}
