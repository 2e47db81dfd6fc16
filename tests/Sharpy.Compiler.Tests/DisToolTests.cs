using Sharpy.Compiler.Tools;

namespace Sharpy.Compiler.Tests;

public sealed class DisToolTests
{
    [Fact]
    public void ListsModuleAndNestedCodeObjects()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int rc = DisTool.Run(new[] { TestCompiler.DataPath("features.py") }, stdout, stderr);
        string text = stdout.ToString();
        if (Environment.GetEnvironmentVariable("SHARPY_DIS_DUMP") is { } dump) File.WriteAllText(dump, text + stderr);
        Assert.Equal(0, rc);
        Assert.Contains("Disassembly of <code object outer", text);
        Assert.Contains("Disassembly of <code object inner", text);
        Assert.Contains("LOAD_CONST               0 ('module docstring')", text);
        Assert.Contains("ExceptionTable:", text);
    }

    [Fact]
    public void SyntaxErrorIsReportedWithoutStackTrace()
    {
        string path = Path.Combine(Path.GetTempPath(), $"sharpy-dis-{Guid.NewGuid():N}.py");
        File.WriteAllText(path, "def f():\n    pass\nreturn 1\n");
        try
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            Assert.Equal(1, DisTool.Run(new[] { path }, stdout, stderr));
            Assert.Contains("SyntaxError: 'return' outside function", stderr.ToString());
            Assert.DoesNotContain("   at ", stderr.ToString());
        }
        finally { File.Delete(path); }
    }
}
