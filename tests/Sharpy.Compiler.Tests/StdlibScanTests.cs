using Sharpy.Syntax.Diagnostics;
using Sharpy.Syntax.Parsing;

namespace Sharpy.Compiler.Tests;

/// <summary>
/// Opt-in stress run (SHARPY_STDLIB_SCAN=1, or =all to include Lib/test): compiles every module of the local CPython 3.11 Lib that our
/// parser accepts and verifies the bytecode. Skipped silently when not enabled.
/// </summary>
public sealed class StdlibScanTests
{
    [Fact]
    public void CompilesStdlibWhenEnabled()
    {
        string? mode = Environment.GetEnvironmentVariable("SHARPY_STDLIB_SCAN");
        if (mode is not ("1" or "all")) return;
        string lib = Environment.GetEnvironmentVariable("SHARPY_STDLIB_DIR") ?? "/usr/lib/python3.11";
        if (!Directory.Exists(lib)) return;
        var failures = new List<string>();
        int compiled = 0;
        var syntaxErrors = new List<string>();
        foreach (var path in Directory.EnumerateFiles(lib, "*.py", SearchOption.AllDirectories).Order())
        {
            if (path.Contains("site-packages")) continue;
            if (mode != "all" && (path.Contains("/test/") || path.Contains("lib2to3/tests"))) continue;
            string source;
            try { source = File.ReadAllText(path); } catch (IOException) { continue; }
            Sharpy.Syntax.Ast.ModNode module;
            try { module = PythonParser.Parse(source, path); }
            catch (Exception) { continue; }
            try
            {
                var code = PythonCompiler.Compile(module, path, CompileMode.Exec, new CompileOptions { Source = source });
                BytecodeVerifier.VerifyAll(code);
                compiled++;
            }
            catch (SyntaxErrorException ex) { syntaxErrors.Add($"{path}:{ex.Lineno}: {ex.Msg}"); }
            catch (Exception ex) { failures.Add($"{path}: {ex.GetType().Name}: {ex.Message.Split('\n')[0]}"); }
        }
        File.WriteAllLines(Path.Combine(Path.GetTempPath(), "sharpy-stdlib-scan.txt"), failures.Prepend($"compiled {compiled}").Concat(syntaxErrors.Select(e => "SyntaxError " + e)));
        Assert.Empty(failures);
    }
}
