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

    /// <summary>Parses source bytes, decoding them as CPython does (PEP 263 coding cookie, UTF-8 BOM).</summary>
    public static ModNode Parse(byte[] source, string filename = "<unknown>", ParseMode mode = ParseMode.Exec,
        ParseOptions? options = null)
    {
        return Parse(Text.SourceDecoder.Decode(source, filename, Text.SourceOrigin.CompileBytes), filename, mode, options);
    }
}
