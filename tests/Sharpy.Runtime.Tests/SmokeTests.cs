namespace Sharpy.Runtime.Tests;

public class SmokeTests
{
    [Theory]
    [InlineData("print(1+2)", "3\n")]
    [InlineData("def f(x):\n    return x*2\nprint(f(21))", "42\n")]
    [InlineData("for i in range(3):\n    print(i)", "0\n1\n2\n")]
    [InlineData("class A:\n    def __init__(self, v):\n        self.v = v\n    def get(self):\n        return self.v\nprint(A(5).get())", "5\n")]
    public void RunsBasics(string source, string expected)
    {
        var r = PythonRunner.Run(source);
        Assert.Equal("", r.Stderr);
        Assert.Equal(expected, r.Stdout);
    }
}
