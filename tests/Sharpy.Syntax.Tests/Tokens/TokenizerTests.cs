using Sharpy.Syntax.Tokens;

namespace Sharpy.Syntax.Tests.Tokens;

public sealed class TokenizerTests
{
    private static List<Token> Lex(string src, TokenizerOptions? options = null)
    {
        var t = new Tokenizer(src, "t.py", options);
        List<Token> tokens = t.Tokenize();
        Assert.Null(t.Error);
        return tokens;
    }

    private static string Kinds(IEnumerable<Token> tokens) => string.Join(" ", tokens.Select(t => t.Kind));

    [Fact]
    public void ColumnsAreUtf8Bytes()
    {
        // 'é' is 2 bytes, '😀' 4 bytes (a surrogate pair in .NET).
        List<Token> t = Lex("é = '😀' + x\n");
        Assert.Equal((1, 0, 1, 2), (t[0].Line, t[0].Col, t[0].EndLine, t[0].EndCol));
        Assert.Equal((3, 4), (t[1].Col, t[1].EndCol));
        Assert.Equal("'😀'", t[2].Text);
        Assert.Equal((5, 11), (t[2].Col, t[2].EndCol));
        Assert.Equal((14, 15), (t[4].Col, t[4].EndCol));
        Assert.Equal("é", t[0].Text);
        Assert.Equal("'😀'", t[2].Text);
    }

    [Fact]
    public void NewlineIsZeroWidthOrStartsAtComment()
    {
        List<Token> t = Lex("x = 1\ny = 2  # c\n");
        Token nl1 = t[3], nl2 = t[7];
        Assert.Equal(TokenKind.Newline, nl1.Kind);
        Assert.Equal((1, 5, 5), (nl1.Line, nl1.Col, nl1.EndCol));
        Assert.Equal((2, 7, 10), (nl2.Line, nl2.Col, nl2.EndCol));
    }

    [Fact]
    public void SynthesizesFinalNewlineForExecInputOnly()
    {
        Assert.Equal("Name Equal Number Newline EndMarker", Kinds(Lex("x = 1")));
        Assert.Equal("Number Plus Number EndMarker", Kinds(Lex("1+1", new TokenizerOptions { ImplicitNewline = false })));
        Assert.Equal("EndMarker", Kinds(Lex("")));
        Assert.Equal("EndMarker", Kinds(Lex("# only a comment")));
    }

    [Fact]
    public void IndentsAndDedents()
    {
        List<Token> t = Lex("if a:\n    if b:\n        c\nd\n");
        Assert.Equal("Name Name Colon Newline Indent Name Name Colon Newline Indent Name Newline Dedent Dedent Name Newline EndMarker", Kinds(t));
        Token indent = t[4];
        Assert.Equal((2, 4), (indent.Line, indent.Col));
        Token dedent = t[12];
        Assert.Equal((4, 0), (dedent.Line, dedent.Col));
    }

    [Fact]
    public void BracketsJoinLinesAndBackslashContinues()
    {
        Assert.Equal("Name Equal LPar Number Comma Number RPar Newline EndMarker", Kinds(Lex("x = (1,\n\n  # c\n   2)\n")));
        List<Token> t = Lex("x = 1 + \\\n  2\n");
        Assert.Equal("Name Equal Number Plus Number Newline EndMarker", Kinds(t));
        Assert.Equal((2, 2), (t[4].Line, t[4].Col));
    }

    [Fact]
    public void BackslashInIndentationFixesTheIndentation()
    {
        // CPython 3.11.7 reports "unexpected indent" at line 4, offset 2 for this source: the INDENT is
        // produced after the continuation line was read, with the first line's indentation (4).
        List<Token> t = Lex("if x:\n  a\n    \\\n  b\n");
        Token[] indents = t.Where(x => x.Kind == TokenKind.Indent).ToArray();
        Assert.Equal(2, indents.Length);
        Assert.Equal((4, 2), (indents[1].Line, indents[1].Col));
        Assert.Equal("Name Name Colon Newline Indent Name Newline Dedent EndMarker",
            Kinds(Lex("if x:\n    \\\n  pass\n")));
        // A continuation onto an empty line makes a blank line (no NEWLINE), unlike Lib/tokenize.py.
        Assert.Equal("Name Equal Number Newline EndMarker", Kinds(Lex("x = 1\n    \\\n\n")));
    }

    [Fact]
    public void MultiLineStringStartsOnItsFirstLine()
    {
        List<Token> t = Lex("x = '''a\nbc''' + 1\n");
        Token s = t[2];
        Assert.Equal(TokenKind.String, s.Kind);
        Assert.Equal((1, 4, 2, 5), (s.Line, s.Col, s.EndLine, s.EndCol));
        Assert.Equal("'''a\nbc'''", s.Text);
    }

    [Fact]
    public void CrLfIsTranslated()
    {
        var tok = new Tokenizer("x = '''a\r\nb'''\r\ny\r", "t.py");
        List<Token> t = tok.Tokenize();
        Assert.Equal("x = '''a\nb'''\ny\n", tok.Source);
        Assert.Equal("'''a\nb'''", t[2].Text);
        Assert.Equal(3, t[4].Line);
    }

    [Fact]
    public void OffsetsShiftFirstLineColumnsOnly()
    {
        var options = new TokenizerOptions { LineOffset = 4, ColOffset = 10, FStringExpression = true };
        List<Token> t = Lex("(a +\nb)", options);
        Assert.Equal((5, 10, 11), (t[0].Line, t[0].Col, t[0].EndCol));
        Assert.Equal((5, 11), (t[1].Line, t[1].Col));
        Token b = t[3];
        Assert.Equal((6, 0, 1), (b.Line, b.Col, b.EndCol));
    }

    [Fact]
    public void FStringFragmentErrorsUseTheFragmentText()
    {
        // python3.11: f"{1_a}" -> invalid decimal literal, lineno 1, offset 3, text '(1_a)'.
        var tok = new Tokenizer("(1_a)", "t.py", new TokenizerOptions { LineOffset = 5, ColOffset = 3, FStringExpression = true });
        tok.Tokenize();
        var e = tok.Error!;
        Assert.Equal(("invalid decimal literal", 1, 3, "(1_a)", 1, 3), (e.Msg, e.Lineno, e.Offset, e.Text, e.EndLineno, e.EndOffset));
    }

    [Fact]
    public void TypeCommentsWhenRequested()
    {
        string src = "def f(a, # type: int\n      b):\n    # type: (...) -> None\n    x = 1 # type: ignore[abc]\n    pass  # type:ignore\n";
        Assert.DoesNotContain(Lex(src), t => t.Kind is TokenKind.TypeComment or TokenKind.TypeIgnore);
        List<Token> t = Lex(src, new TokenizerOptions { TypeComments = true });
        var comments = t.Where(x => x.Kind is TokenKind.TypeComment or TokenKind.TypeIgnore)
            .Select(x => $"{x.Kind}:{x.Text}@{x.Line}").ToList();
        Assert.Equal(new[] { "TypeComment:int@1", "TypeComment:(...) -> None@3", "TypeIgnore:[abc]@4", "TypeIgnore:@5" }, comments);
    }

    [Fact]
    public void OperatorsAreDistinctKinds()
    {
        string src = "a**=b//=c>>=d<<=e->f:=g...h!=i<>j@=k";
        var kinds = Lex(src).Where(t => t.Kind != TokenKind.Name).Select(t => t.Kind).ToList();
        Assert.Equal(new[]
        {
            TokenKind.DoubleStarEqual, TokenKind.DoubleSlashEqual, TokenKind.RightShiftEqual, TokenKind.LeftShiftEqual,
            TokenKind.RArrow, TokenKind.ColonEqual, TokenKind.Ellipsis, TokenKind.NotEqual, TokenKind.NotEqual,
            TokenKind.AtEqual, TokenKind.Newline, TokenKind.EndMarker,
        }, kinds);
        Assert.Equal("Name Op Name Newline EndMarker", Kinds(Lex("a $ b")));
        Assert.Equal("Name Exclamation Name Newline EndMarker", Kinds(Lex("a ! b")));
    }

    [Fact]
    public void NumbersAndPrefixedStrings()
    {
        List<Token> t = Lex("0x_1F 1_000.5e-3j .5 5. 0o17 rb'x' Rb\"y\" f'{z}' u'w'\n");
        Assert.Equal(new[] { "0x_1F", "1_000.5e-3j", ".5", "5.", "0o17", "rb'x'", "Rb\"y\"", "f'{z}'", "u'w'" },
            t.Take(9).Select(x => x.Text));
        Assert.Equal("Number Number Number Number Number String String String String", Kinds(t.Take(9)));
    }

    [Fact]
    public void NonAsciiIdentifiersUsePythonTables()
    {
        // U+2118 is Other_ID_Start; U+E0100 (a variation selector) continues identifiers.
        List<Token> t = Lex("℘ = x\U000E0100\n");
        Assert.Equal("℘", t[0].Text);
        Assert.Equal("x\U000E0100", t[2].Text);
        Assert.Equal(TokenKind.Name, t[2].Kind);
        Assert.Equal("fi", Identifiers.Normalize("ﬁ"));
        Assert.Equal("Ω", Identifiers.Normalize("Ω"));
        Assert.Same("plain", Identifiers.Normalize("plain"));
        Assert.True(Identifiers.IsIdentifier("_é1"));
        Assert.False(Identifiers.IsIdentifier("1a"));
        Assert.False(Identifiers.IsIdentifier("a-b"));
    }

    [Fact]
    public void NamesAreInterned()
    {
        List<Token> t = Lex("abc = abc + abc\n");
        Assert.Same(t[0].Text, t[2].Text);
        Assert.Same(t[0].Text, t[4].Text);
    }

    [Fact]
    public void WarnCallbackCanTurnWarningsIntoErrors()
    {
        var seen = new List<string>();
        Lex("x = 1if y else 2\n", new TokenizerOptions { Warn = (c, m, l) => { seen.Add($"{c}:{m}:{l}"); return false; } });
        Assert.Equal(new[] { "SyntaxWarning:invalid decimal literal:1" }, seen);

        var tok = new Tokenizer("x = 0x1for\n", "t.py", new TokenizerOptions { Warn = (_, _, _) => true });
        Assert.Equal(TokenKind.ErrorToken, tok.Tokenize()[^1].Kind);
        Assert.Equal("invalid hexadecimal literal", tok.Error!.Msg);
        Assert.Equal(TokenizerErrorKind.Raised, tok.ErrorKind);
    }

    [Fact]
    public void NestingLimits()
    {
        Lex(new string('(', 200) + new string(')', 200));
        var tok = new Tokenizer(new string('(', 201), "t.py");
        tok.Tokenize();
        Assert.Equal("too many nested parentheses", tok.Error!.Msg);
        Assert.Equal(201, tok.Error.Offset);
        Assert.Equal(TokenizerErrorKind.Raised, tok.ErrorKind);
        Assert.Equal(1, tok.UnclosedBracketLine);
        Assert.Equal("'(' was never closed", tok.UnclosedBracketError!.Msg);
    }

    [Fact]
    public void ErrorTokenEndsStreamWithKind()
    {
        var tok = new Tokenizer("x = (1,\n2\n", "t.py");
        List<Token> t = tok.Tokenize();
        Assert.Equal(TokenKind.ErrorToken, t[^1].Kind);
        Assert.Equal(TokenizerErrorKind.Eof, tok.ErrorKind);
        Assert.Equal(1, tok.UnclosedBracketLine);

        tok = new Tokenizer("if x:\n    a\n  b\n", "t.py");
        tok.Tokenize();
        Assert.Equal(TokenizerErrorKind.Dedent, tok.ErrorKind);
        Assert.Equal("IndentationError", tok.Error!.PythonType);
    }

    [Fact]
    public void LargeInputDoesNotRecurse()
    {
        string src = string.Concat(Enumerable.Repeat("x = [1, 2, (3, 4)] + f(a)['k']\n", 20000));
        List<Token> t = Lex(src);
        Assert.Equal(20000 * 22 + 1, t.Count); // 21 tokens and a NEWLINE per line
    }
}
