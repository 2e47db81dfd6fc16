using Sharpy.Syntax.Ast;
using Sharpy.Syntax.Diagnostics;
using Sharpy.Syntax.Parsing;
using Assert = Xunit.Assert;
using Attribute = Sharpy.Syntax.Ast.Attribute;
using Expression = Sharpy.Syntax.Ast.Expression;

namespace Sharpy.Syntax.Tests.Parsing;

/// <summary>Parser API, modes and edge cases; expected dumps come from python3.11.</summary>
public sealed class ParserTests
{
    private static string Dump(string src, ParseMode mode = ParseMode.Exec, bool typeComments = false) =>
        AstDump.Dump(PythonParser.Parse(src, "<test>", mode, new ParseOptions { TypeComments = typeComments }));

    [Fact]
    public void FuncTypeModeDropsStars() =>
        Assert.Equal("FunctionType(argtypes=[Name(id='int', ctx=Load()), Name(id='str', ctx=Load())], returns=Name(id='bool', ctx=Load()))",
            Dump("(int, *str) -> bool", ParseMode.FuncType));

    [Fact]
    public void SingleModeGivesInteractive() =>
        Assert.Equal("Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])",
            Dump("x = 1\n", ParseMode.Single));

    [Fact]
    public void TypeCommentsAreRecordedWhenRequested() =>
        Assert.Equal("Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[], ctx=Load()), type_comment='List[int]'), FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', type_comment='int'), arg(arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[], type_comment='(...) -> None'), Import(names=[alias(name='x')])], type_ignores=[TypeIgnore(lineno=6, tag='[abc]')])",
            Dump("x = [] # type: List[int]\ndef f(a, # type: int\n b):\n  # type: (...) -> None\n  pass\nimport x  # type: ignore[abc]\n", typeComments: true));

    [Fact]
    public void BytesOverloadHonoursCodingCookie()
    {
        byte[] src = [.. "# -*- coding: latin-1 -*-\nx = '"u8, 0xE9, .. "'\n"u8];
        var module = (Module)PythonParser.Parse(src);
        var assign = (Assign)module.Body[0];
        Assert.Equal("é", ((Constant)assign.Value).Value);
    }

    [Fact]
    public void PositionsAreUtf8ByteColumns()
    {
        var module = (Module)PythonParser.Parse("é = 'ü'\n");
        var assign = (Assign)module.Body[0];
        Assert.Equal(2, assign.Targets[0].EndColOffset);
        Assert.Equal(5, assign.Value.ColOffset);
        Assert.Equal(9, assign.Value.EndColOffset);
    }

    [Fact]
    public void ParenthesizedExpressionsExtendParentPositions()
    {
        var expr = ((Expression)PythonParser.Parse("(a) + (b)", mode: ParseMode.Eval)).Body;
        Assert.Equal(0, expr.ColOffset);
        Assert.Equal(9, expr.EndColOffset);
        var bin = (BinOp)expr;
        Assert.Equal(1, bin.Left.ColOffset);
    }

    [Fact]
    public void FstringExpressionPositionsPointIntoTheToken()
    {
        var fv = (FormattedValue)((JoinedStr)((Expression)PythonParser.Parse("f'ab{cd}'", mode: ParseMode.Eval)).Body).Values[1];
        Assert.Equal(5, fv.Value.ColOffset);
        Assert.Equal(7, fv.Value.EndColOffset);
        Assert.Equal(0, fv.ColOffset);
    }

    [Fact]
    public void SoftKeywordsStayNamesOutsideMatch()
    {
        var module = (Module)PythonParser.Parse("match = 1\nmatch.x = 2\nmatch(a)\n");
        Assert.IsType<Assign>(module.Body[0]);
        Assert.IsType<Attribute>(((Assign)module.Body[1]).Targets[0]);
        Assert.IsType<Call>(((Expr)module.Body[2]).Value);
    }

    [Fact]
    public void DeepUnaryNestingRaisesMemoryErrorLikeCPython()
    {
        var e = Assert.Throws<ParserRecursionException>(() => PythonParser.Parse(new string('-', 6000) + "1"));
        Assert.Equal("MemoryError", e.PythonType);
    }

    [Fact]
    public void ModerateNestingParses()
    {
        var module = (Module)PythonParser.Parse(new string('-', 1000) + "1");
        Assert.Single(module.Body);
    }

    [Fact]
    public void DeepLambdaNestingDoesNotCrash()
    {
        var e = Record.Exception(() => PythonParser.Parse(string.Concat(Enumerable.Repeat("lambda:", 5000)) + "1"));
        Assert.True(e is ParserRecursionException, e?.ToString());
    }

    [Fact]
    public void SyntaxErrorCarriesCPythonAttributes()
    {
        var e = Assert.Throws<SyntaxErrorException>(() => PythonParser.Parse("x = (1 +\n", "f.py"));
        Assert.Equal("'(' was never closed", e.Msg);
        Assert.Equal("f.py", e.Filename);
        Assert.Equal(1, e.Lineno);
        Assert.Equal(5, e.Offset);
    }

    // Expected values: python3.11 compile() vs. running the file (sys.excepthook shows e.args).
    [Theory]
    [InlineData("if x:\n", false, 1, 6)]
    [InlineData("if x:\n", true, 1, 0)]
    [InlineData("try:\n    pass\n", false, 2, 9)]
    [InlineData("try:\n    pass\n", true, 2, 0)]
    [InlineData("class A:\n    pass\nclass B:\n", true, 3, 0)]
    public void ErrorsAtEndOfFileInputHaveOffsetZero(string src, bool fileInput, int line, int offset)
    {
        var e = Assert.Throws<SyntaxErrorException>(() =>
            PythonParser.Parse(src, "f.py", ParseMode.Exec, new ParseOptions { FileInput = fileInput }));
        Assert.Equal(line, e.Lineno);
        Assert.Equal(offset, e.Offset);
        Assert.Equal(-1, e.EndOffset);
    }

    [Theory]
    [InlineData("x = {'a': 1, 'b' 2}", "':' expected after dictionary key", 16)]
    [InlineData("x = {'b' 2}", "invalid syntax. Perhaps you forgot a comma?", 6)]
    [InlineData("x = {**a, 'b' 2}", "':' expected after dictionary key", 13)]
    public void DictKeyWithoutColonAfterAPair(string src, string msg, int offset)
    {
        var e = Assert.Throws<SyntaxErrorException>(() => PythonParser.Parse(src + "\n", "f.py"));
        Assert.Equal(msg, e.Msg);
        Assert.Equal(offset, e.Offset);
    }

    [Fact]
    public void ErrorOffsetsAreCharacterColumns()
    {
        var e = Assert.Throws<SyntaxErrorException>(() => PythonParser.Parse("é = = 1\n"));
        Assert.Equal(5, e.Offset);
        Assert.Equal("é = = 1\n", e.Text);
    }

    // Expected values: python3.11 -W error -c "ast.parse(...)".
    [Theory]
    [InlineData("x = '\\d'", "invalid escape sequence '\\d'", 5, 9)]
    [InlineData("x = b'\\d'", "invalid escape sequence '\\d'", 5, 10)]
    [InlineData("x = f'\\{6}'", "invalid escape sequence '\\{'", 5, 12)]
    [InlineData("x = '\\777'", "invalid octal escape sequence '\\777'", 5, 11)]
    [InlineData("x = f'\\d{1}'", "invalid escape sequence '\\d'", 5, 13)]
    public void EscapeWarningsCanBecomeErrors(string source, string message, int offset, int endOffset)
    {
        var warnings = new List<string>();
        PythonParser.Parse(source, options: new ParseOptions { Warn = (c, m, l) => { warnings.Add($"{c}: {m} @{l}"); return false; } });
        Assert.Equal(new[] { $"DeprecationWarning: {message} @1" }, warnings);
        var e = Assert.Throws<SyntaxErrorException>(() =>
            PythonParser.Parse(source, options: new ParseOptions { Warn = (c, m, l) => true }));
        Assert.Equal((message, 1, offset, 1, endOffset), (e.Msg, e.Lineno, e.Offset, e.EndLineno, e.EndOffset));
    }
}
