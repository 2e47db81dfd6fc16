using System.Diagnostics;
using Sharpy.Syntax.Diagnostics;
using Sharpy.Syntax.Text;

namespace Sharpy.Syntax.Tests.Tokens;

/// <summary>Runs only when SHARPY_STDLIB=1 and python3.11 is installed (slow: the whole stdlib).</summary>
public sealed class StdlibFactAttribute : FactAttribute
{
    public StdlibFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("SHARPY_STDLIB") != "1")
            Skip = "set SHARPY_STDLIB=1 to compare with python3.11 over its standard library";
    }
}

public sealed class StdlibTokenTests
{
    // Files where Lib/tokenize.py and CPython's C tokenizer (which we follow) disagree: a Python 2 octal
    // literal the C tokenizer rejects, and an identifier character (U+E0100) tokenize.py's regex misses.
    private static readonly string[] KnownDifferences = { "py2_test_grammar.py", "test_unicode_identifiers.py" };

    private static string Run(string args)
    {
        var psi = new ProcessStartInfo("python3.11", args) { RedirectStandardOutput = true, UseShellExecute = false };
        psi.Environment["PYTHONHASHSEED"] = "0";
        psi.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        using var p = Process.Start(psi)!;
        string output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return output;
    }

    [StdlibFact]
    public void MatchesPythonTokenizeOverTheStdlib()
    {
        string stdlib = Run("-c \"import sysconfig;print(sysconfig.get_path('stdlib'))\"").Trim();
        string[] files = Directory.GetFiles(stdlib, "*.py", SearchOption.AllDirectories)
            .Where(f => !f.Contains("site-packages")).OrderBy(f => f, StringComparer.Ordinal).ToArray();
        string tmp = Directory.CreateTempSubdirectory("sharpy-tok").FullName;
        try
        {
            string list = Path.Combine(tmp, "files.txt");
            File.WriteAllLines(list, files);
            string script = Path.Combine(CorpusFiles.Dir("tokens"), "tokdump.py");
            Run($"\"{script}\" --list \"{list}\" \"{tmp}\"");
            var differing = new List<string>();
            for (int i = 0; i < files.Length; i++)
            {
                string expected = File.ReadAllText(Path.Combine(tmp, i + ".txt"));
                string actual;
                try { actual = TokenDump.Dump(SourceDecoder.Decode(File.ReadAllBytes(files[i]), files[i]), files[i]); }
                catch (SyntaxErrorException) { actual = "DECODEERROR\n"; }
                if (expected != actual) differing.Add(Path.GetFileName(files[i]));
            }
            Assert.True(files.Length > 1000);
            Assert.Equal(KnownDifferences.OrderBy(x => x), differing.OrderBy(x => x));
        }
        finally
        {
            Directory.Delete(tmp, recursive: true);
        }
    }
}
