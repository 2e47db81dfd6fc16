using System.Text;
using Sharpy.Syntax.Ast;
using Attribute = Sharpy.Syntax.Ast.Attribute;
using Tuple = Sharpy.Syntax.Ast.Tuple;
using List = Sharpy.Syntax.Ast.List;
using Expression = Sharpy.Syntax.Ast.Expression;
using Sharpy.Syntax.Fstrings;
using Sharpy.Syntax.Tokens;

namespace Sharpy.Syntax.Parsing;

/// <summary>
/// <c>strings: STRING+</c>: implicit concatenation of str, bytes and f-string literals.
/// CPython 3.11: Parser/action_helpers.c _PyPegen_concatenate_strings.
/// </summary>
internal sealed partial class Parser
{
    private ExprNode ParseStrings()
    {
        int firstIndex = _pos;
        while (Is(TokenKind.String)) Advance();
        int lastIndex = _pos - 1;
        Token first = _tokens[firstIndex];
        Token last = _tokens[lastIndex];

        // Fast path: a single plain string without escapes.
        if (firstIndex == lastIndex)
        {
            var lit = StringLiteral.Split(first.Text);
            if (!lit.IsBytes && !lit.IsF && (lit.IsRaw || lit.Body.IndexOf('\\') < 0))
                return SpanTokens(new Constant { Value = lit.Body, Kind = first.Text[0] == 'u' ? "u" : null }, first, last);
        }

        bool bytesMode = false;
        var state = new FstringState();
        List<byte>? bytes = null;
        for (int i = firstIndex; i <= lastIndex; i++)
        {
            Token t = _tokens[i];
            var lit = StringLiteral.Split(t.Text);
            if (i == firstIndex) bytesMode = lit.IsBytes;
            else if (bytesMode != lit.IsBytes) throw ErrorAtToken("cannot mix bytes and nonbytes literals", Cur);
            try
            {
                if (lit.IsF)
                {
                    int pos = lit.BodyStart;
                    ConcatFstring(state, t.Text, ref pos, lit.BodyStart + lit.Body.Length, lit.IsRaw, 0, first, t, last);
                }
                else if (lit.IsBytes)
                {
                    bytes ??= new List<byte>();
                    bytes.AddRange(StringDecoder.DecodeBytes(lit.Body, lit.IsRaw, WarnAt(t)));
                }
                else state.AddLiteral(StringDecoder.DecodeStr(lit.Body, lit.IsRaw, WarnAt(t)));
            }
            catch (StringDecodeException e)
            {
                // CPython raises decoding errors at the last token it fetched: the one after the strings.
                throw ErrorAtToken(e.Message, e.AtToken ? t : Cur);
            }
        }
        if (bytesMode) return SpanTokens(new Constant { Value = bytes!.ToArray() }, first, last);
        return FinishFstring(state, first, last);
    }

    /// <summary>Escape warnings are attributed to the string token's line.</summary>
    private Func<string, string, bool>? WarnAt(Token t)
    {
        var warn = _options.Warn;
        if (warn == null) return null;
        int line = t.Line;
        return (category, message) => warn(category, message, line);
    }

    private static T SpanTokens<T>(T node, in Token first, in Token last) where T : Node
    {
        node.Lineno = first.Line; node.ColOffset = first.Col;
        node.EndLineno = last.EndLine; node.EndColOffset = last.EndCol;
        return node;
    }

    /// <summary>CPython 3.11: string_parser.c make_str_node_and_del (kind 'u' follows the first token's prefix).</summary>
    private static Constant MakeStrNode(FstringState state, in Token first, in Token last)
    {
        object s = state.TakeLiteral();
        return SpanTokens(new Constant { Value = s, Kind = first.Text[0] == 'u' ? "u" : null }, first, last);
    }

    /// <summary>CPython 3.11: _PyPegen_FstringParser_Finish.</summary>
    private static ExprNode FinishFstring(FstringState state, in Token first, in Token last)
    {
        if (!state.FMode) return MakeStrNode(state, first, last);
        if (state.HasLiteral) state.Exprs.Add(MakeStrNode(state, first, last));
        return SpanTokens(new JoinedStr { Values = state.Exprs }, first, last);
    }

    /// <summary>Accumulates the pieces of a (possibly concatenated) f-string.</summary>
    private sealed class FstringState
    {
        private StringBuilder? _literal;
        // Indexes in _literal of low surrogates kept apart from the high surrogate before them (CodePointString).
        private List<int>? _splits;
        public bool FMode;
        public readonly List<ExprNode> Exprs = new();

        public bool HasLiteral => _literal != null;

        /// <summary>Appends a decoded part: a <see cref="string"/> or a <see cref="CodePointString"/>.</summary>
        public void AddLiteral(object part)
        {
            string s = part as string ?? ((CodePointString)part).Text;
            if (s.Length == 0) return;
            int offset = _literal?.Length ?? 0;
            if (_literal != null && char.IsLowSurrogate(s[0]) && char.IsHighSurrogate(_literal[^1]))
                (_splits ??= new List<int>()).Add(offset);
            if (part is CodePointString cps)
                foreach (int split in cps.Splits) (_splits ??= new List<int>()).Add(offset + split);
            if (_literal == null) _literal = new StringBuilder(s);
            else _literal.Append(s);
        }

        /// <summary>The accumulated literal: a <see cref="string"/> or a <see cref="CodePointString"/>.</summary>
        public object TakeLiteral()
        {
            object s = CodePointString.Create(_literal?.ToString() ?? "", _splits);
            _literal = null;
            _splits = null;
            return s;
        }
    }
}

/// <summary>The parts of a string token: prefix flags and the body between the quotes.</summary>
internal readonly record struct StringLiteral(bool IsBytes, bool IsRaw, bool IsF, int BodyStart, string Body)
{
    public static StringLiteral Split(string text)
    {
        bool b = false, r = false, f = false;
        int i = 0;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\'' or '"') break;
            switch (c)
            {
                case 'b' or 'B': b = true; break;
                case 'r' or 'R': r = true; break;
                case 'f' or 'F': f = true; break;
            }
        }
        char q = text[i];
        int quoteLen = i + 2 < text.Length && text[i + 1] == q && text[i + 2] == q && text.Length - i >= 6 ? 3 : 1;
        int bodyStart = i + quoteLen;
        int bodyLen = text.Length - quoteLen - bodyStart;
        return new StringLiteral(b, r, f, bodyStart, text.Substring(bodyStart, Math.Max(0, bodyLen)));
    }
}
