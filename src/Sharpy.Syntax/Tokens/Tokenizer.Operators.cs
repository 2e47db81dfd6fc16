namespace Sharpy.Syntax.Tokens;

public sealed partial class Tokenizer
{
    // CPython 3.11: Parser/token.c PyToken_OneChar / PyToken_TwoChars / PyToken_ThreeChars.
    // TokenKind.Op plays the role of CPython's OP ("not an operator of this length").

    /// <summary>Shared texts of operator tokens, so that they cost no allocation (NotEqual may be "&lt;&gt;").</summary>
    private static readonly string?[] OperatorText = BuildOperatorTexts();

    private static string?[] BuildOperatorTexts()
    {
        var texts = new string?[(int)TokenKind.Op + 1];
        const string ops = "% & ( ) * + , - . / : ; < = > @ [ ] ^ { | } ~ ! ** *= += -= -> // /= := << <= == >= >> @= ^= |= %= &= **= //= <<= >>= ...";
        foreach (string op in ops.Split(' '))
        {
            TokenKind kind = op.Length switch
            {
                1 => OneChar(op[0]),
                2 => TwoChars(op[0], op[1]),
                _ => ThreeChars(op[0], op[1], op[2]),
            };
            texts[(int)kind] = op;
        }
        texts[(int)TokenKind.Op] = null;
        texts[(int)TokenKind.NotEqual] = null;
        return texts;
    }

    private static TokenKind OneChar(int c) => c switch
    {
        '%' => TokenKind.Percent,
        '&' => TokenKind.Amper,
        '(' => TokenKind.LPar,
        ')' => TokenKind.RPar,
        '*' => TokenKind.Star,
        '+' => TokenKind.Plus,
        ',' => TokenKind.Comma,
        '-' => TokenKind.Minus,
        '.' => TokenKind.Dot,
        '/' => TokenKind.Slash,
        ':' => TokenKind.Colon,
        ';' => TokenKind.Semi,
        '<' => TokenKind.Less,
        '=' => TokenKind.Equal,
        '>' => TokenKind.Greater,
        '@' => TokenKind.At,
        '[' => TokenKind.Lsqb,
        ']' => TokenKind.Rsqb,
        '^' => TokenKind.Circumflex,
        '{' => TokenKind.LBrace,
        '|' => TokenKind.VBar,
        '}' => TokenKind.RBrace,
        '~' => TokenKind.Tilde,
        '!' => TokenKind.Exclamation,
        _ => TokenKind.Op,
    };

    private static TokenKind TwoChars(int c1, int c2)
    {
        switch (c1)
        {
            case '!': if (c2 == '=') return TokenKind.NotEqual; break;
            case '%': if (c2 == '=') return TokenKind.PercentEqual; break;
            case '&': if (c2 == '=') return TokenKind.AmperEqual; break;
            case '*':
                if (c2 == '*') return TokenKind.DoubleStar;
                if (c2 == '=') return TokenKind.StarEqual;
                break;
            case '+': if (c2 == '=') return TokenKind.PlusEqual; break;
            case '-':
                if (c2 == '=') return TokenKind.MinEqual;
                if (c2 == '>') return TokenKind.RArrow;
                break;
            case '/':
                if (c2 == '/') return TokenKind.DoubleSlash;
                if (c2 == '=') return TokenKind.SlashEqual;
                break;
            case ':': if (c2 == '=') return TokenKind.ColonEqual; break;
            case '<':
                if (c2 == '<') return TokenKind.LeftShift;
                if (c2 == '=') return TokenKind.LessEqual;
                // "<>" is a NOTEQUAL token; the parser rejects it unless barry_as_FLUFL.
                if (c2 == '>') return TokenKind.NotEqual;
                break;
            case '=': if (c2 == '=') return TokenKind.EqEqual; break;
            case '>':
                if (c2 == '=') return TokenKind.GreaterEqual;
                if (c2 == '>') return TokenKind.RightShift;
                break;
            case '@': if (c2 == '=') return TokenKind.AtEqual; break;
            case '^': if (c2 == '=') return TokenKind.CircumflexEqual; break;
            case '|': if (c2 == '=') return TokenKind.VBarEqual; break;
        }
        return TokenKind.Op;
    }

    private static TokenKind ThreeChars(int c1, int c2, int c3)
    {
        if (c3 != '=')
            return c1 == '.' && c2 == '.' && c3 == '.' ? TokenKind.Ellipsis : TokenKind.Op;
        return (c1, c2) switch
        {
            ('*', '*') => TokenKind.DoubleStarEqual,
            ('/', '/') => TokenKind.DoubleSlashEqual,
            ('<', '<') => TokenKind.LeftShiftEqual,
            ('>', '>') => TokenKind.RightShiftEqual,
            _ => TokenKind.Op,
        };
    }
}
