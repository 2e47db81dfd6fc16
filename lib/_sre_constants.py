"""The constants of CPython's regular expression engine (re._constants), for the sre_* modules.

Sharpy's re runs on .NET's regex engine, so nothing here drives matching: these are the names and
numbers programs written against sre_constants/sre_parse/sre_compile read.
"""

from re import error

# Version of CPython's engine these codes belong to.
MAGIC = 20220615

MAXGROUPS = 2**30 - 1


class _NamedIntConstant(int):
    """An int that prints as its name (opcodes, position codes, categories)."""

    def __new__(cls, value, name):
        self = super().__new__(cls, value)
        self.name = name
        return self

    def __repr__(self):
        return self.name

    __reduce__ = None


# The engine's "no upper bound" repeat count (a 32-bit unsigned maximum in CPython's _sre).
MAXREPEAT = _NamedIntConstant(2**32 - 1, 'MAXREPEAT')


def _makecodes(*names):
    codes = [_NamedIntConstant(i, name) for i, name in enumerate(names)]
    globals().update({code.name: code for code in codes})
    return codes


OPCODES = _makecodes(
    # failure=0 success=1 (just because it looks better that way :-)
    'FAILURE', 'SUCCESS',
    'ANY', 'ANY_ALL', 'ASSERT', 'ASSERT_NOT', 'AT', 'BRANCH', 'CATEGORY', 'CHARSET', 'BIGCHARSET',
    'GROUPREF', 'GROUPREF_EXISTS', 'IN', 'INFO', 'JUMP', 'LITERAL', 'MARK', 'MAX_UNTIL', 'MIN_UNTIL',
    'NOT_LITERAL', 'NEGATE', 'RANGE', 'REPEAT', 'REPEAT_ONE', 'SUBPATTERN', 'MIN_REPEAT_ONE',
    'ATOMIC_GROUP', 'POSSESSIVE_REPEAT', 'POSSESSIVE_REPEAT_ONE',
    'GROUPREF_IGNORE', 'IN_IGNORE', 'LITERAL_IGNORE', 'NOT_LITERAL_IGNORE',
    'GROUPREF_LOC_IGNORE', 'IN_LOC_IGNORE', 'LITERAL_LOC_IGNORE', 'NOT_LITERAL_LOC_IGNORE',
    'GROUPREF_UNI_IGNORE', 'IN_UNI_IGNORE', 'LITERAL_UNI_IGNORE', 'NOT_LITERAL_UNI_IGNORE',
    'RANGE_UNI_IGNORE',
    # Parser-only codes (never emitted).
    'MIN_REPEAT', 'MAX_REPEAT',
)
del OPCODES[-2:]

ATCODES = _makecodes(
    'AT_BEGINNING', 'AT_BEGINNING_LINE', 'AT_BEGINNING_STRING', 'AT_BOUNDARY', 'AT_NON_BOUNDARY',
    'AT_END', 'AT_END_LINE', 'AT_END_STRING', 'AT_LOC_BOUNDARY', 'AT_LOC_NON_BOUNDARY',
    'AT_UNI_BOUNDARY', 'AT_UNI_NON_BOUNDARY',
)

CHCODES = _makecodes(
    'CATEGORY_DIGIT', 'CATEGORY_NOT_DIGIT', 'CATEGORY_SPACE', 'CATEGORY_NOT_SPACE', 'CATEGORY_WORD',
    'CATEGORY_NOT_WORD', 'CATEGORY_LINEBREAK', 'CATEGORY_NOT_LINEBREAK', 'CATEGORY_LOC_WORD',
    'CATEGORY_LOC_NOT_WORD', 'CATEGORY_UNI_DIGIT', 'CATEGORY_UNI_NOT_DIGIT', 'CATEGORY_UNI_SPACE',
    'CATEGORY_UNI_NOT_SPACE', 'CATEGORY_UNI_WORD', 'CATEGORY_UNI_NOT_WORD', 'CATEGORY_UNI_LINEBREAK',
    'CATEGORY_UNI_NOT_LINEBREAK',
)

# Case-insensitive variants of the operators, per flavour of IGNORECASE.
OP_IGNORE = {LITERAL: LITERAL_IGNORE, NOT_LITERAL: NOT_LITERAL_IGNORE}
OP_LOCALE_IGNORE = {LITERAL: LITERAL_LOC_IGNORE, NOT_LITERAL: NOT_LITERAL_LOC_IGNORE}
OP_UNICODE_IGNORE = {LITERAL: LITERAL_UNI_IGNORE, NOT_LITERAL: NOT_LITERAL_UNI_IGNORE}

AT_MULTILINE = {AT_BEGINNING: AT_BEGINNING_LINE, AT_END: AT_END_LINE}
AT_LOCALE = {AT_BOUNDARY: AT_LOC_BOUNDARY, AT_NON_BOUNDARY: AT_LOC_NON_BOUNDARY}
AT_UNICODE = {AT_BOUNDARY: AT_UNI_BOUNDARY, AT_NON_BOUNDARY: AT_UNI_NON_BOUNDARY}

CH_LOCALE = {code: code for code in CHCODES[:8]}
CH_LOCALE[CATEGORY_WORD] = CATEGORY_LOC_WORD
CH_LOCALE[CATEGORY_NOT_WORD] = CATEGORY_LOC_NOT_WORD
CH_UNICODE = {code: CHCODES[CHCODES.index(code) + 10] for code in CHCODES[:8]}

# Flag bits (the values of re.RegexFlag).
SRE_FLAG_TEMPLATE = 1
SRE_FLAG_IGNORECASE = 2
SRE_FLAG_LOCALE = 4
SRE_FLAG_MULTILINE = 8
SRE_FLAG_DOTALL = 16
SRE_FLAG_UNICODE = 32
SRE_FLAG_VERBOSE = 64
SRE_FLAG_DEBUG = 128
SRE_FLAG_ASCII = 256

# Bits of the INFO block of compiled code.
SRE_INFO_PREFIX = 1
SRE_INFO_LITERAL = 2
SRE_INFO_CHARSET = 4
