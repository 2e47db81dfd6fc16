using System.Text;
using Sharpy.Syntax.Ast;
using Attribute = Sharpy.Syntax.Ast.Attribute;
using Tuple = Sharpy.Syntax.Ast.Tuple;
using List = Sharpy.Syntax.Ast.List;
using Expression = Sharpy.Syntax.Ast.Expression;
using Sharpy.Syntax.Diagnostics;
using Sharpy.Syntax.Fstrings;
using Sharpy.Syntax.Tokens;

namespace Sharpy.Syntax.Parsing;

/// <summary>
/// Python 3.11 f-strings, parsed from the STRING token's text (the tokenizer does not split them).
/// CPython 3.11: Parser/string_parser.c (fstring_find_literal, fstring_find_expr, fstring_compile_expr,
/// fstring_find_expr_location, _PyPegen_FstringParser_ConcatFstring). Node positions reproduce CPython:
/// JoinedStr, FormattedValue and Constant parts span the whole concatenation (a format spec's JoinedStr
/// and its trailing Constant span its own token), inner expressions get positions shifted into the token.
/// </summary>
internal sealed partial class Parser
{
    private const int MaxFstringParenDepth = 200; // CPython: MAXLEVEL

    private void ConcatFstring(FstringState state, string text, ref int pos, int end, bool raw, int recurseLevel,
        in Token first, in Token t, in Token last)
    {
        state.FMode = true;
        while (true)
        {
            int result = FindLiteral(text, ref pos, end, raw, recurseLevel, t, out object? literal);
            if (literal != null) state.AddLiteral(literal);
            if (result == 1) continue;
            if (pos >= end || text[pos] == '}') break;
            FormattedValue fv = FindExpr(state, text, ref pos, end, raw, recurseLevel, first, t, last);
            if (state.HasLiteral) state.Exprs.Add(MakeStrNode(state, first, last));
            state.Exprs.Add(fv);
        }
        if (recurseLevel != 0 && (pos >= end || text[pos] != '}'))
            throw FstringError("f-string: expecting '}'");
    }

    /// <summary>A literal run up to an undoubled brace. Returns 1 when a doubled brace was consumed.</summary>
    private int FindLiteral(string text, ref int pos, int end, bool raw, int recurseLevel, in Token t, out object? literal)
    {
        int s = pos;
        int literalStart = s;
        int result = 0;
        literal = null;
        bool done = false;
        while (s < end)
        {
            char ch = text[s++];
            if (!raw && ch == '\\' && s < end)
            {
                ch = text[s++];
                if (ch == 'N')
                {
                    if (s < end && text[s++] == '{')
                    {
                        while (s < end && text[s++] != '}') { }
                        continue;
                    }
                    break;
                }
                if (ch == '{' && _options.Warn is { } warn && warn("DeprecationWarning", "invalid escape sequence '\\{'", t.Line))
                    throw ErrorAtToken("invalid escape sequence '\\{'", t);
            }
            if (ch == '{' || ch == '}')
            {
                if (recurseLevel == 0)
                {
                    if (s < end && text[s] == ch)
                    {
                        pos = s + 1;
                        result = 1;
                        done = true;
                        break;
                    }
                    if (ch == '}')
                    {
                        pos = s - 1;
                        throw FstringError("f-string: single '}' is not allowed");
                    }
                }
                s--;
                break;
            }
        }
        if (!done) pos = s;
        int litEnd = done ? s : s;
        if (litEnd > literalStart)
        {
            string body = text.Substring(literalStart, litEnd - literalStart);
            try { literal = StringDecoder.DecodeStr(body, raw, WarnAt(t)); }
            catch (StringDecodeException e) { throw e.AtToken ? ErrorAtToken(e.Message, t) : FstringError(e.Message); }
        }
        return result;
    }

    private FormattedValue FindExpr(FstringState state, string text, ref int pos, int end, bool raw, int recurseLevel,
        in Token first, in Token t, in Token last)
    {
        if (recurseLevel >= 2) throw FstringError("f-string: expressions nested too deeply");
        pos++; // '{'
        int exprStart = pos;
        char quoteChar = '\0';
        int stringType = 0;
        int nestedDepth = 0;
        var parenStack = new Stack<char>();
        for (; pos < end; pos++)
        {
            char ch = text[pos];
            if (ch == '\\') throw FstringError("f-string expression part cannot include a backslash");
            if (quoteChar != '\0')
            {
                if (ch == quoteChar)
                {
                    if (stringType == 3)
                    {
                        if (pos + 2 < end && text[pos + 1] == ch && text[pos + 2] == ch)
                        {
                            pos += 2;
                            stringType = 0;
                            quoteChar = '\0';
                        }
                    }
                    else
                    {
                        stringType = 0;
                        quoteChar = '\0';
                    }
                }
            }
            else if (ch is '\'' or '"')
            {
                if (pos + 2 < end && text[pos + 1] == ch && text[pos + 2] == ch)
                {
                    stringType = 3;
                    pos += 2;
                }
                else stringType = 1;
                quoteChar = ch;
            }
            else if (ch is '[' or '{' or '(')
            {
                if (nestedDepth >= MaxFstringParenDepth) throw FstringError("f-string: too many nested parenthesis");
                parenStack.Push(ch);
                nestedDepth++;
            }
            else if (ch == '#')
            {
                throw FstringError("f-string expression part cannot include '#'");
            }
            else if (nestedDepth == 0 && ch is '!' or ':' or '}' or '=' or '>' or '<')
            {
                if (pos + 1 < end)
                {
                    char next = text[pos + 1];
                    if ((ch == '!' && next == '=') || (ch == '=' && next == '=') || (ch == '<' && next == '=') || (ch == '>' && next == '='))
                    {
                        pos++;
                        continue;
                    }
                    if (ch is '>' or '<') continue;
                }
                break;
            }
            else if (ch is ']' or '}' or ')')
            {
                if (nestedDepth == 0) throw FstringError($"f-string: unmatched '{ch}'");
                nestedDepth--;
                char opening = parenStack.Pop();
                if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}')))
                    throw FstringError($"f-string: closing parenthesis '{ch}' does not match opening parenthesis '{opening}'");
            }
        }
        int exprEnd = pos;
        if (quoteChar != '\0') throw FstringError("f-string: unterminated string");
        if (nestedDepth > 0) throw FstringError($"f-string: unmatched '{parenStack.Peek()}'");
        if (pos >= end) throw FstringError("f-string: expecting '}'");

        ExprNode simple = CompileFstringExpr(text, exprStart, exprEnd, t);

        string? exprText = null;
        if (text[pos] == '=')
        {
            pos++;
            while (pos < end && IsAsciiSpace(text[pos])) pos++;
            exprText = text.Substring(exprStart, pos - exprStart);
            state.AddLiteral(exprText);
        }
        int conversion = -1;
        if (pos < end && text[pos] == '!')
        {
            pos++;
            if (pos >= end) throw FstringError("f-string: expecting '}'");
            conversion = text[pos];
            pos++;
            if (conversion is not ('s' or 'r' or 'a'))
                throw FstringError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
        ExprNode? formatSpec = null;
        if (pos >= end) throw FstringError("f-string: expecting '}'");
        if (text[pos] == ':')
        {
            pos++;
            if (pos >= end) throw FstringError("f-string: expecting '}'");
            var specState = new FstringState();
            ConcatFstring(specState, text, ref pos, end, raw, recurseLevel + 1, first, t, last);
            formatSpec = FinishFstring(specState, t, t);
        }
        if (pos >= end || text[pos] != '}') throw FstringError("f-string: expecting '}'");
        pos++;
        if (exprText != null && formatSpec == null && conversion == -1) conversion = 'r';
        var fv = new FormattedValue { Value = simple, Conversion = conversion, FormatSpec = formatSpec };
        fv.Lineno = first.Line; fv.ColOffset = first.Col; fv.EndLineno = last.EndLine; fv.EndColOffset = last.EndCol;
        return fv;
    }

    private static bool IsAsciiSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';

    /// <summary>Errors found while scanning an f-string are reported at the token after the strings.</summary>
    private SyntaxErrorException FstringError(string message) => ErrorAtToken(message, Cur);

    /// <summary>
    /// Parses one replacement-field expression as CPython does: the text wrapped in parentheses,
    /// tokenized with line/column offsets that place it inside the string token.
    /// </summary>
    private ExprNode CompileFstringExpr(string text, int exprStart, int exprEnd, in Token t)
    {
        int s = exprStart;
        for (; s < exprEnd; s++)
        {
            char c = text[s];
            if (!(c == ' ' || c == '\t' || c == '\n' || c == '\f')) break;
        }
        if (s == exprEnd)
        {
            char next = exprEnd < text.Length ? text[exprEnd] : '\0';
            if (next is '<' or '>') throw FstringError("f-string: expecting '}'");
            if (next is '!' or ':' or '=') throw FstringError($"f-string: expression required before '{next}'");
            throw FstringError("f-string: empty expression not allowed");
        }

        // CPython 3.11: fstring_find_expr_location.
        int brace = exprStart - 1;
        int lines = 0, cols = 0;
        bool newlineAfterBrace = true;
        for (int k = exprStart; k < text.Length && text[k] != '}' && text[k] != '\n'; k++)
        {
            if (text[k] != ' ' && text[k] != '\t' && text[k] != '\f') { newlineAfterBrace = false; break; }
        }
        if (!newlineAfterBrace)
        {
            int start = brace;
            while (start > 0 && text[start] != '\n') start--;
            int from = text[start] == '\n' ? start + 1 : start;
            cols = Encoding.UTF8.GetByteCount(text.AsSpan(from, brace - from));
        }
        for (int k = 0; k < brace; k++) if (text[k] == '\n') lines++;

        string src = "(" + text.Substring(exprStart, exprEnd - exprStart) + ")";
        var options = new TokenizerOptions
        {
            FStringExpression = true,
            LineOffset = t.Line + lines - 1,
            ColOffset = (lines == 0 ? t.Col : 0) + cols,
        };
        try
        {
            return ParseFstringSource(src, options);
        }
        catch (SyntaxErrorException)
        {
            // CPython reports errors inside the expression at lines shifted into the string but
            // columns within "(expr)" itself.
            return ParseFstringSource(src, new TokenizerOptions { FStringExpression = true, LineOffset = t.Line + lines - 1 });
        }
    }

    private ExprNode ParseFstringSource(string src, TokenizerOptions options)
    {
        var tokenizer = new Tokenizer(src, _filename, options);
        var tokens = tokenizer.TokenizeToArray();
        var sub = new Parser(tokens, tokenizer, _filename, _options, inFstring: true, lineOffset: options.LineOffset);
        try
        {
            return sub.ParseFstringExpression();
        }
        catch (SyntaxErrorException e) when (options.LineOffset != 0
            && (ReferenceEquals(e, tokenizer.Error) || ReferenceEquals(e, tokenizer.UnclosedBracketError))
            && e.Lineno <= src.Count(c => c == '\n') + 1)
        {
            // The tokenizer reports its own errors on the lines of "(expr)"; CPython 3.11.7 shifts them
            // to the string's line like the tokens.
            throw new SyntaxErrorException(e.PythonType, e.Msg, e.Filename, e.Lineno + options.LineOffset, e.Offset,
                e.Text, e.EndLineno == 0 ? 0 : e.EndLineno + options.LineOffset, e.EndOffset);
        }
    }
}
