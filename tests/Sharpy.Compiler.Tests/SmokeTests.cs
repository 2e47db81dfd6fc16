namespace Sharpy.Compiler.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void FeatureFileCompilesAndVerifies()
    {
        var code = TestCompiler.Compile(File.ReadAllText(TestCompiler.DataPath("features.py")));
        BytecodeVerifier.VerifyAll(code);
        Assert.True(TestCompiler.AllCodes(code).Count() > 10);
    }

    [Fact]
    public void StressFileCompilesAndVerifies()
    {
        var code = TestCompiler.Compile(File.ReadAllText(TestCompiler.DataPath("stress.py")));
        BytecodeVerifier.VerifyAll(code);
        Assert.Contains(TestCompiler.AllCodes(code), c => c.Name == "matcher");
    }
}
