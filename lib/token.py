"""Token constants."""
# Sharpy's token module: the token numbers and operator table of CPython 3.11.

_NAMES = [
    'ENDMARKER', 'NAME', 'NUMBER', 'STRING', 'NEWLINE', 'INDENT', 'DEDENT', 'LPAR', 'RPAR',
    'LSQB', 'RSQB', 'COLON', 'COMMA', 'SEMI', 'PLUS', 'MINUS', 'STAR', 'SLASH', 'VBAR',
    'AMPER', 'LESS', 'GREATER', 'EQUAL', 'DOT', 'PERCENT', 'LBRACE', 'RBRACE', 'EQEQUAL',
    'NOTEQUAL', 'LESSEQUAL', 'GREATEREQUAL', 'TILDE', 'CIRCUMFLEX', 'LEFTSHIFT',
    'RIGHTSHIFT', 'DOUBLESTAR', 'PLUSEQUAL', 'MINEQUAL', 'STAREQUAL', 'SLASHEQUAL',
    'PERCENTEQUAL', 'AMPEREQUAL', 'VBAREQUAL', 'CIRCUMFLEXEQUAL', 'LEFTSHIFTEQUAL',
    'RIGHTSHIFTEQUAL', 'DOUBLESTAREQUAL', 'DOUBLESLASH', 'DOUBLESLASHEQUAL', 'AT', 'ATEQUAL',
    'RARROW', 'ELLIPSIS', 'COLONEQUAL', 'OP', 'AWAIT', 'ASYNC', 'TYPE_IGNORE', 'TYPE_COMMENT',
    'SOFT_KEYWORD', 'ERRORTOKEN', 'COMMENT', 'NL', 'ENCODING', 'N_TOKENS',
]

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF'] + _NAMES + ['NT_OFFSET']

for _value, _name in enumerate(_NAMES):
    globals()[_name] = _value
NT_OFFSET = 256
del _value, _name

tok_name = {value: name for value, name in enumerate(_NAMES)}
tok_name[NT_OFFSET] = 'NT_OFFSET'

# Operator text -> exact token type, sorted by text like CPython's generated table.
_OPERATORS = (
    ('(', 'LPAR'), (')', 'RPAR'), ('[', 'LSQB'), (']', 'RSQB'), (':', 'COLON'), (',', 'COMMA'),
    (';', 'SEMI'), ('+', 'PLUS'), ('-', 'MINUS'), ('*', 'STAR'), ('/', 'SLASH'), ('|', 'VBAR'),
    ('&', 'AMPER'), ('<', 'LESS'), ('>', 'GREATER'), ('=', 'EQUAL'), ('.', 'DOT'),
    ('%', 'PERCENT'), ('{', 'LBRACE'), ('}', 'RBRACE'), ('==', 'EQEQUAL'), ('!=', 'NOTEQUAL'),
    ('<=', 'LESSEQUAL'), ('>=', 'GREATEREQUAL'), ('~', 'TILDE'), ('^', 'CIRCUMFLEX'),
    ('<<', 'LEFTSHIFT'), ('>>', 'RIGHTSHIFT'), ('**', 'DOUBLESTAR'), ('+=', 'PLUSEQUAL'),
    ('-=', 'MINEQUAL'), ('*=', 'STAREQUAL'), ('/=', 'SLASHEQUAL'), ('%=', 'PERCENTEQUAL'),
    ('&=', 'AMPEREQUAL'), ('|=', 'VBAREQUAL'), ('^=', 'CIRCUMFLEXEQUAL'),
    ('<<=', 'LEFTSHIFTEQUAL'), ('>>=', 'RIGHTSHIFTEQUAL'), ('**=', 'DOUBLESTAREQUAL'),
    ('//', 'DOUBLESLASH'), ('//=', 'DOUBLESLASHEQUAL'), ('@', 'AT'), ('@=', 'ATEQUAL'),
    ('->', 'RARROW'), ('...', 'ELLIPSIS'), (':=', 'COLONEQUAL'),
)
EXACT_TOKEN_TYPES = dict(sorted((text, globals()[name]) for text, name in _OPERATORS))
del _NAMES, _OPERATORS


def ISTERMINAL(x):
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    return x >= NT_OFFSET


def ISEOF(x):
    return x == ENDMARKER
