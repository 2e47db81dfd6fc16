using Sharpy.Syntax.Diagnostics;

namespace Sharpy.Syntax.Tests.Parsing;

/// <summary><c>python -m ast</c>; expected texts come from python3.11.</summary>
public sealed class AstToolTests
{
    private const string Usage =
        "usage: python -m ast [-h] [-m {exec,single,eval,func_type}]\n" +
        "                     [--no-type-comments] [-a] [-i INDENT]\n" +
        "                     [infile]\n";

    private static (int Code, string Out, string Err) Run(string stdin, params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = AstTool.Run(args, new StringReader(stdin), o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void DumpsStdinWithIndentThree()
    {
        var (code, output, _) = Run("x = 1\n");
        Assert.Equal(0, code);
        Assert.Equal("Module(\n   body=[\n      Assign(\n         targets=[\n            Name(id='x', ctx=Store())],\n         value=Constant(value=1))],\n   type_ignores=[])\n", output);
    }

    [Fact]
    public void IncludeAttributesAndIndent()
    {
        var (_, output, _) = Run("x=1\n", "-a", "-i", "2");
        Assert.StartsWith("Module(\n  body=[\n    Assign(\n      targets=[\n        Name(\n          id='x',\n          ctx=Store(),\n          lineno=1,", output);
    }

    [Fact]
    public void EvalMode()
    {
        var (code, output, _) = Run("1\n", "--mode=eval");
        Assert.Equal(0, code);
        Assert.Equal("Expression(\n   body=Constant(value=1))\n", output);
    }

    [Fact]
    public void HelpGoesToStdout()
    {
        var (code, output, _) = Run("", "-h");
        Assert.Equal(0, code);
        Assert.StartsWith(Usage + "\npositional arguments:\n", output);
    }

    [Theory]
    [InlineData("argument -m/--mode: invalid choice: 'foo' (choose from 'exec', 'single', 'eval', 'func_type')", "-m", "foo")]
    [InlineData("argument -i/--indent: invalid int value: 'x'", "-i", "x")]
    [InlineData("argument -i/--indent: expected one argument", "-i")]
    [InlineData("unrecognized arguments: --bogus", "--bogus")]
    [InlineData("ambiguous option: --in could match --include-attributes, --indent", "--in", "2")]
    [InlineData("argument infile: can't open '/nonexistent/x.py': [Errno 2] No such file or directory: '/nonexistent/x.py'", "/nonexistent/x.py")]
    public void UsageErrorsExitWithTwo(string message, params string[] args)
    {
        var (code, output, error) = Run("", args);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal(Usage + "python -m ast: error: " + message + "\n", error);
    }

    [Fact]
    public void SyntaxErrorsPropagate()
    {
        var e = Assert.Throws<SyntaxErrorException>(() => Run("x = (\n"));
        Assert.Equal("'(' was never closed", e.Msg);
        Assert.Equal("<stdin>", e.Filename);
    }
}
