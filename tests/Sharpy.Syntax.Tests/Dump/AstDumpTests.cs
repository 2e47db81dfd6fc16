using System.Numerics;
using Sharpy.Syntax.Parsing;

namespace Sharpy.Syntax.Tests.Dump;

/// <summary>ast.dump and Python repr; expected strings were produced by python3.11.</summary>
public sealed class AstDumpTests
{
    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e-5, "1e-05")]
    [InlineData(0.1, "0.1")]
    [InlineData(1.5e300, "1.5e+300")]
    [InlineData(123456789.0, "123456789.0")]
    [InlineData(1e22, "1e+22")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(9007199254740993.0, "9007199254740992.0")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(double.PositiveInfinity, "inf")]
    public void FloatReprMatchesPython(double value, string expected) => Assert.Equal(expected, PyRepr.Float(value));

    [Theory]
    [InlineData(1.0, "1j")]
    [InlineData(2.5, "2.5j")]
    [InlineData(1e16, "1e+16j")]
    [InlineData(0.0, "0j")]
    [InlineData(1e-7, "1e-07j")]
    public void ImaginaryReprMatchesPython(double imag, string expected) =>
        Assert.Equal(expected, PyRepr.ComplexRepr(new Complex(0, imag)));

    [Theory]
    [InlineData("a'b", "\"a'b\"")]
    [InlineData("a\"b", "'a\"b'")]
    [InlineData("a'\"b", "'a\\'\"b'")]
    [InlineData("\0\x7f\t\n\r\\", "'\\x00\\x7f\\t\\n\\r\\\\'")]
    [InlineData("\x85\xa0\xad", "'\\x85\\xa0\\xad'")]
    public void StrReprMatchesPython(string value, string expected) => Assert.Equal(expected, PyRepr.Str(value));

    [Fact]
    public void StrReprEscapesLoneSurrogatesAndInvisibleCharacters() =>
        Assert.Equal("'\u00e9\\u200b\U0001F600\\ud800'", PyRepr.Str("\u00e9\u200b\U0001F600\ud800"));

    [Fact]
    public void BytesReprMatchesPython() =>
        Assert.Equal("b'a\\'b\\x00\\xff\"\\t'", PyRepr.Bytes(new byte[] { 0x61, 0x27, 0x62, 0, 0xff, 0x22, 9 }));

    [Fact]
    public void DumpWithoutIndent() =>
        Assert.Equal("Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])",
            AstDump.Dump(PythonParser.Parse("x = 1")));

    [Fact]
    public void DumpWithIndentKeepsSimpleNodesOnOneLine() =>
        Assert.Equal("Module(\n  body=[\n    Assign(\n      targets=[\n        Name(id='x', ctx=Store())],\n      value=Constant(value=1))],\n  type_ignores=[])",
            AstDump.Dump(PythonParser.Parse("x = 1"), indent: 2));

    [Fact]
    public void DumpWithTabIndentOmitsNoneOptionalFields() =>
        Assert.Equal("Module(\n\tbody=[\n\t\tFunctionDef(\n\t\t\tname='f',\n\t\t\targs=arguments(\n\t\t\t\tposonlyargs=[],\n\t\t\t\targs=[\n\t\t\t\t\targ(arg='a')],\n\t\t\t\tkwonlyargs=[\n\t\t\t\t\targ(arg='b')],\n\t\t\t\tkw_defaults=[\n\t\t\t\t\tConstant(value=None)],\n\t\t\t\tdefaults=[]),\n\t\t\tbody=[\n\t\t\t\tReturn()],\n\t\t\tdecorator_list=[])],\n\ttype_ignores=[])",
            AstDump.Dump(PythonParser.Parse("def f(a, *, b=None): return"), false, "\t"));

    [Fact]
    public void DumpEvalModeWithAttributes() =>
        Assert.Equal("Expression(body=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Tuple(elts=[Slice(lower=Constant(value=1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), upper=Constant(value=2, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=2, end_lineno=1, end_col_offset=5), Slice(step=Constant(value=3, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=7, end_lineno=1, end_col_offset=10)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=10), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11))",
            AstDump.Dump(PythonParser.Parse("a[1:2, ::3]", mode: ParseMode.Eval), includeAttributes: true));
}
