"""Locale support (Sharpy's own locale): the C/POSIX and C.UTF-8 locales only.

Sharpy does not load the C library's locale data, so every category behaves like the "C" locale
(localeconv(), grouping, collation), and only C, POSIX and C.UTF-8 can be selected.
"""

import os
import sys

__all__ = ['getlocale', 'getdefaultlocale', 'getpreferredencoding', 'Error', 'setlocale',
           'resetlocale', 'localeconv', 'strcoll', 'strxfrm', 'str', 'atof', 'atoi', 'format',
           'format_string', 'currency', 'normalize', 'LC_CTYPE', 'LC_COLLATE', 'LC_TIME',
           'LC_MONETARY', 'LC_NUMERIC', 'LC_ALL', 'CHAR_MAX', 'getencoding', 'LC_MESSAGES',
           'delocalize', 'localize']

_builtin_str = str

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

_CATEGORY_NAMES = ['LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY',
                   'LC_MESSAGES']
# glibc also reports these in a composite LC_ALL name.
_EXTRA_CATEGORIES = ['LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT',
                     'LC_IDENTIFICATION']


class Error(Exception):
    pass


Error.__module__ = 'locale'

_SUPPORTED = {'C': 'C', 'POSIX': 'C', 'C.UTF-8': 'C.UTF-8', 'C.utf8': 'C.UTF-8',
              'C.UTF8': 'C.UTF-8', 'C.utf-8': 'C.UTF-8'}


def _env_locale(category_name):
    for name in ('LC_ALL', category_name, 'LANG'):
        value = os.environ.get(name)
        if value:
            return value
    return 'C'


def _initial_ctype():
    # PEP 538: CPython coerces a C/POSIX LC_CTYPE to C.UTF-8 at start-up.
    value = _SUPPORTED.get(_env_locale('LC_CTYPE'), 'C.UTF-8')
    return 'C.UTF-8' if value == 'C' else value


_current = {cat: 'C' for cat in range(6)}
_current[LC_CTYPE] = _initial_ctype()


def _all_name():
    values = [_current[cat] for cat in range(6)]
    if all(v == values[0] for v in values):
        return values[0]
    parts = ['%s=%s' % (_CATEGORY_NAMES[cat], _current[cat]) for cat in range(6)]
    parts += ['%s=C' % name for name in _EXTRA_CATEGORIES]
    return ';'.join(parts)


def setlocale(category, locale=None):
    if not isinstance(category, int) or not 0 <= category <= LC_ALL:
        raise Error('unsupported locale setting')
    if locale is not None and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    if locale is None:
        return _all_name() if category == LC_ALL else _current[category]
    cats = range(6) if category == LC_ALL else [category]
    chosen = {}
    for cat in cats:
        name = locale if locale else _env_locale(_CATEGORY_NAMES[cat])
        if name not in _SUPPORTED:
            raise Error('unsupported locale setting')
        chosen[cat] = 'C' if _SUPPORTED[name] == 'C' else _SUPPORTED[name]
    _current.update(chosen)
    return _all_name() if category == LC_ALL else _current[category]


def resetlocale(category=LC_ALL):
    setlocale(category, '')


def localeconv():
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX, 'n_cs_precedes': CHAR_MAX,
            'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX,
            'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def strcoll(a, b):
    return (a > b) - (a < b)


def strxfrm(s):
    return s


_locale_alias = {
    'c': 'C', 'c.ascii': 'C', 'c.en': 'C', 'c.iso88591': 'en_US.ISO8859-1', 'c.utf8': 'en_US.UTF-8',
    'en': 'en_US.ISO8859-1', 'en_us': 'en_US.ISO8859-1', 'en_us.utf8': 'en_US.UTF-8',
    'en_gb': 'en_GB.ISO8859-1', 'en_gb.utf8': 'en_GB.UTF-8', 'de_de': 'de_DE.ISO8859-1',
    'de_de.utf8': 'de_DE.UTF-8', 'fr_fr': 'fr_FR.ISO8859-1', 'fr_fr.utf8': 'fr_FR.UTF-8',
    'posix': 'C', 'posix.utf8': 'C.UTF-8', 'english': 'en_EN.ISO8859-1', 'ja_jp': 'ja_JP.eucJP',
    'ja_jp.utf8': 'ja_JP.UTF-8', 'es_es': 'es_ES.ISO8859-1', 'es_es.utf8': 'es_ES.UTF-8',
}


def normalize(localename):
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    if '@' in code:
        code, modifier = code.split('@', 1)
    else:
        modifier = ''
    if '.' in code:
        langname, encoding = code.split('.')[:2]
    else:
        langname, encoding = code, ''
    norm_encoding = encoding.replace('-', '').replace('_', '')
    lookup_name = langname + ('.' + norm_encoding if norm_encoding else '')
    if modifier:
        lookup_name += '@' + modifier
    if lookup_name in _locale_alias:
        return _locale_alias[lookup_name]
    if encoding and langname in _locale_alias:
        base = _locale_alias[langname].split('.')[0]
        enc = {'utf8': 'UTF-8', 'latin1': 'ISO8859-1'}.get(norm_encoding, encoding)
        return base + '.' + enc
    return localename


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of two strings -- '
                        'language code, encoding.') from None


def getlocale(category=LC_CTYPE):
    localename = setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in Python 3.15. "
                  "Use setlocale(), getencoding() and getlocale() instead.",
                  DeprecationWarning, stacklevel=2)
    for variable in envvars:
        localename = os.environ.get(variable, None)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    return _parse_localename(localename)


def getencoding():
    return 'UTF-8' if _current[LC_CTYPE] != 'C' else 'ANSI_X3.4-1968'


def getpreferredencoding(do_setlocale=True):
    if sys.flags.utf8_mode if hasattr(sys, 'flags') and hasattr(sys.flags, 'utf8_mode') else False:
        return 'utf-8'
    return getencoding()


def _format(percent, value, grouping=False, monetary=False, *additional):
    if additional:
        formatted = percent % ((value,) + additional)
    else:
        formatted = percent % value
    return formatted


def format_string(f, val, grouping=False, monetary=False):
    # In the C locale there is no grouping and the decimal point is '.', so this is plain %.
    return f % val


def format(percent, value, grouping=False, monetary=False, *additional):
    import warnings
    warnings.warn("This method will be removed in a future version of Python. Use "
                  "'locale.format_string()' instead.", DeprecationWarning, stacklevel=2)
    return _format(percent, value, grouping, monetary, *additional)


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    return _format('%.12g', val)


def delocalize(string):
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))
