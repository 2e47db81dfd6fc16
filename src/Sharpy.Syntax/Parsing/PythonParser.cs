using Sharpy.Syntax.Ast;
using Attribute = Sharpy.Syntax.Ast.Attribute;
using Tuple = Sharpy.Syntax.Ast.Tuple;
using List = Sharpy.Syntax.Ast.List;
using Expression = Sharpy.Syntax.Ast.Expression;
using Sharpy.Syntax.Diagnostics;
using Sharpy.Syntax.Tokens;

namespace Sharpy.Syntax.Parsing;

/// <summary>Entry point: source text to AST, as <c>ast.parse</c>/<c>compile(..., PyCF_ONLY_AST)</c>.</summary>
public static class PythonParser
{
    /// <summary>
    /// Parses <paramref name="source"/>. Throws <see cref="SyntaxErrorException"/> for invalid input and
    /// <see cref="ParserRecursionException"/> when nesting is too deep.
    /// </summary>
    public static ModNode Parse(string source, string filename = "<unknown>", ParseMode mode = ParseMode.Exec,
        ParseOptions? options = null)
    {
        options ??= new ParseOptions();
        // compile()/ast.parse reject U+0000 before tokenizing (CPython 3.11.7).
        if (Text.SourceDecoder.CheckNullCharacters(source, filename) is { } nullError) throw nullError;
        var tokenizerOptions = new TokenizerOptions
        {
            TypeComments = options.TypeComments,
            Warn = options.Warn,
            ImplicitNewline = mode is ParseMode.Exec,
        };
        var tokenizer = new Tokenizer(source, filename, tokenizerOptions);
        Token[] tokens = tokenizer.TokenizeToArray();
        if (mode is ParseMode.Single) tokens = ImplyNewlineAtEnd(tokens);
        var parser = new Parser(tokens, tokenizer, filename, options);
        try
        {
            return mode switch
            {
                ParseMode.Exec => parser.ParseFile(),
                ParseMode.Eval => parser.ParseEvalInput(),
                ParseMode.Single => parser.ParseInteractive(),
                ParseMode.FuncType => parser.ParseFuncTypeInput(),
                _ => throw new ArgumentOutOfRangeException(nameof(mode)),
            };
        }
        catch (SyntaxErrorException e)
        {
            SyntaxErrorException preferred = parser.PreferTokenizerError(e);
            if (ReferenceEquals(preferred, e)) throw;
            throw preferred;
        }
        catch (InsufficientExecutionStackException)
        {
            throw new ParserRecursionException("MemoryError", "");
        }
    }

    /// <summary>
    /// Single-input mode as pegen's token filler: an ENDMARKER reached after parsing started is read as
    /// NEWLINE (closing the open blocks with DEDENTs), and the ENDMARKER after those DEDENTs becomes one
    /// more NEWLINE. So <c>print(1);</c> and an unterminated <c>if</c> block compile, while
    /// <c>if 1: pass</c> without a newline still lacks the blank line that ends a compound statement.
    /// </summary>
    private static Token[] ImplyNewlineAtEnd(Token[] tokens)
    {
        if (tokens.Length < 2 || tokens[^1].Kind != TokenKind.EndMarker) return tokens;
        int depth = 0;
        foreach (Token t in tokens)
        {
            if (t.Kind == TokenKind.Indent) depth++;
            else if (t.Kind == TokenKind.Dedent) depth--;
        }
        Token end = tokens[^1];
        Token newline = end with { Kind = TokenKind.Newline };
        var result = new List<Token>(tokens.Length + depth + 2);
        result.AddRange(tokens.AsSpan(0, tokens.Length - 1));
        result.Add(newline);
        for (int i = 0; i < depth; i++) result.Add(end with { Kind = TokenKind.Dedent });
        if (depth > 0) result.Add(newline);
        result.Add(end);
        return [.. result];
    }

    /// <summary>Parses source bytes, decoding them as CPython does (PEP 263 coding cookie, UTF-8 BOM).</summary>
    public static ModNode Parse(byte[] source, string filename = "<unknown>", ParseMode mode = ParseMode.Exec,
        ParseOptions? options = null)
    {
        return Parse(Text.SourceDecoder.Decode(source, filename, Text.SourceOrigin.CompileBytes), filename, mode, options);
    }
}
