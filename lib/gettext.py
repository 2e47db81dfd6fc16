"""Internationalization and localization support.

This module provides internationalization (I18N) and localization (L10N)
support for your Python programs by providing an interface to the GNU gettext
message catalog library.

I18N refers to the operation by which a program is made aware of multiple
languages.  L10N refers to the adaptation of your program, once
internationalized, to the local language and cultural habits.

"""
# Sharpy's gettext, written from CPython 3.11's documentation and observed behaviour:
# GNU .mo catalogs (both byte orders), plural-form expressions, fallbacks, contexts.

import os
import re
import sys

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog',
           'bindtextdomain', 'find', 'translation', 'install',
           'textdomain', 'dgettext', 'dngettext', 'gettext',
           'ngettext', 'pgettext', 'dpgettext', 'npgettext',
           'dnpgettext',
           ]

_default_localedir = os.path.join(sys.base_prefix, 'share', 'locale')


# ---------------------------------------------------------------------------
# Plural-Forms expressions: a C expression over n, turned into a Python function.

_token_pattern = re.compile(r"""
        (?P<WHITESPACES>[ \t]+)                    |
        (?P<NUMBER>[0-9]+\b)                       |
        (?P<NAME>n\b)                              |
        (?P<PARENTHESIS>[()])                      |
        (?P<OPERATOR>[-*/%+?:]|[><!]=?|==|&&|\|\|) |
        (?P<INVALID>\w+|.)
    """, re.VERBOSE | re.DOTALL)


def _tokenize(plural):
    for mo in _token_pattern.finditer(plural):
        kind = mo.lastgroup
        if kind == 'WHITESPACES':
            continue
        value = mo.group(kind)
        if kind == 'INVALID':
            raise ValueError('invalid token in plural form: %s' % value)
        yield value
    yield ''


def _error(value):
    if value:
        return ValueError('unexpected token in plural form: %s' % value)
    return ValueError('unexpected end of plural form')


# Binding strength of the C binary operators (higher binds tighter).
_PRIORITY = {'||': 1, '&&': 2, '==': 3, '!=': 3, '<': 4, '>': 4, '<=': 4, '>=': 4,
             '+': 5, '-': 5, '*': 6, '/': 6, '%': 6}
_PY_OPERATOR = {'||': 'or', '&&': 'and', '/': '//'}


def _parse(tokens, priority=-1):
    """(Python expression text, next token) for the C expression at the head of `tokens`."""
    prefix = ''
    tok = next(tokens)
    while tok == '!':
        prefix += 'not '
        tok = next(tokens)
    if tok == '(':
        inner, tok = _parse(tokens)
        result = '%s(%s)' % (prefix, inner)
        if tok != ')':
            raise ValueError('unbalanced parenthesis in plural form')
    elif tok == 'n':
        result = prefix + tok
    else:
        try:
            value = int(tok, 10)
        except ValueError:
            raise _error(tok) from None
        result = '%s%d' % (prefix, value)
    tok = next(tokens)

    last = 100
    while tok in _PRIORITY:
        level = _PRIORITY[tok]
        if level < priority:
            break
        # C compares left to right; Python would chain a == b == c, so parenthesise.
        if level in (3, 4) and last in (3, 4):
            result = '(%s)' % result
        op = _PY_OPERATOR.get(tok, tok)
        right, tok = _parse(tokens, level + 1)
        result = '%s %s %s' % (result, op, right)
        last = level
    if last == priority == 4:
        result = '(%s)' % result

    if tok == '?' and priority <= 0:
        if_true, tok = _parse(tokens, 0)
        if tok != ':':
            raise _error(tok)
        if_false, tok = _parse(tokens)
        result = '%s if %s else %s' % (if_true, result, if_false)
        if priority == 0:
            result = '(%s)' % result
    return result, tok


def _as_int(n):
    try:
        round(n)
    except TypeError:
        raise TypeError('Plural value must be an integer, got %s' %
                        (n.__class__.__name__,)) from None
    import warnings
    frame = sys._getframe(1)
    stacklevel = 2
    while frame.f_back is not None and frame.f_globals.get('__name__') == __name__:
        stacklevel += 1
        frame = frame.f_back
    warnings.warn('Plural value must be an integer, got %s' % (n.__class__.__name__,),
                  DeprecationWarning, stacklevel)
    return n


def c2py(plural):
    """A Python function computing the plural index of n from a C Plural-Forms expression."""
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    try:
        result, tok = _parse(_tokenize(plural))
        if tok:
            raise _error(tok)
        depth = 0
        for c in result:
            if c == '(':
                depth += 1
                if depth > 20:
                    raise ValueError('plural form expression is too complex')
            elif c == ')':
                depth -= 1
        ns = {'_as_int': _as_int}
        exec('if True:\n'
             '    def func(n):\n'
             '        if not isinstance(n, int):\n'
             '            n = _as_int(n)\n'
             '        return int(%s)\n' % result, ns)
        return ns['func']
    except RecursionError:
        raise ValueError('plural form expression is too complex')


# ---------------------------------------------------------------------------
# Locale names

# CPython's locale.normalize results for common bare names (used when Sharpy's locale
# module has no alias for a name).
_LANGUAGE_DEFAULTS = {
    'de': 'de_DE.ISO8859-1', 'fr': 'fr_FR.ISO8859-1', 'es': 'es_ES.ISO8859-1',
    'it': 'it_IT.ISO8859-1', 'pt': 'pt_PT.ISO8859-1', 'en': 'en_US.ISO8859-1',
    'nl': 'nl_NL.ISO8859-1', 'ru': 'ru_RU.UTF-8', 'ja': 'ja_JP.eucJP', 'zh': 'zh_CN.eucCN',
    'pl': 'pl_PL.ISO8859-2', 'sv': 'sv_SE.ISO8859-1', 'da': 'da_DK.ISO8859-1',
    'fi': 'fi_FI.ISO8859-15', 'no': 'no_NO.ISO8859-1', 'cs': 'cs_CZ.ISO8859-2',
    'tr': 'tr_TR.ISO8859-9', 'el': 'el_GR.ISO8859-7', 'ko': 'ko_KR.eucKR',
    'ar': 'ar_AA.ISO8859-6', 'he': 'he_IL.ISO8859-8', 'hu': 'hu_HU.ISO8859-2',
    'uk': 'uk_UA.KOI8-U', 'zh_tw': 'zh_TW.big5', 'posix': 'C', 'c': 'C',
}


def _normalize(loc):
    import locale
    try:
        normalized = locale.normalize(loc)
    except Exception:
        normalized = loc
    if normalized != loc:
        return normalized
    loc, at, modifier = loc.partition('@')
    base, dot, codeset = loc.partition('.')
    key = base.lower()
    if key in _LANGUAGE_DEFAULTS:
        full = _LANGUAGE_DEFAULTS[key]
    elif '_' in base and base.split('_')[0].lower() in _LANGUAGE_DEFAULTS:
        full = base + '.' + _LANGUAGE_DEFAULTS[base.split('_')[0].lower()].partition('.')[2]
    else:
        return loc + at + modifier
    if modifier == 'euro' and not dot:
        # CPython's aliases turn xx_YY@euro into the Latin-9 locale.
        return full.partition('.')[0] + '.ISO8859-15'
    if dot:
        if codeset.lower().replace('-', '') == 'utf8':
            codeset = 'UTF-8'
        full = full.partition('.')[0] + '.' + codeset
    return full + at + modifier


def _expand_lang(loc):
    """The names to try for a locale, most specific first (lang_TERR.codeset@mod ... lang)."""
    loc = _normalize(loc)
    modifier = codeset = territory = ''
    pos = loc.find('@')
    if pos >= 0:
        loc, modifier = loc[:pos], loc[pos:]
    pos = loc.find('.')
    if pos >= 0:
        loc, codeset = loc[:pos], loc[pos:]
    pos = loc.find('_')
    if pos >= 0:
        loc, territory = loc[:pos], loc[pos:]
    language = loc
    # Bit values as in GNU gettext: codeset 1, territory 2, modifier 4; every subset of
    # the components present, counted upwards (the list is reversed at the end).
    CODESET, TERRITORY, MODIFIER = 1, 2, 4
    mask = ((CODESET if codeset else 0) | (TERRITORY if territory else 0) |
            (MODIFIER if modifier else 0))
    ret = []
    for combo in range(mask + 1):
        if combo & ~mask:
            continue
        val = language
        if combo & TERRITORY:
            val += territory
        if combo & CODESET:
            val += codeset
        if combo & MODIFIER:
            val += modifier
        ret.append(val)
    ret.reverse()
    return ret


# ---------------------------------------------------------------------------
# Translation classes

class NullTranslations:
    """Translations that return the message unchanged (or ask the fallback)."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        import builtins
        builtins.__dict__['_'] = self.gettext
        if names is not None:
            allowed = {'gettext', 'ngettext', 'npgettext', 'pgettext'}
            for name in allowed & set(names):
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """Translations read from a GNU .mo file."""

    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = '%s\x04%s'
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        """(major, minor) of a .mo format revision number."""
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        from struct import unpack
        filename = getattr(fp, 'name', '')
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)      # the Germanic rule until a header says otherwise
        buf = fp.read()
        buflen = len(buf)
        magic = unpack('<I', buf[:4])[0]
        if magic == self.LE_MAGIC:
            order = '<'
        elif magic == self.BE_MAGIC:
            order = '>'
        else:
            raise OSError(0, 'Bad magic number', filename)
        version, msgcount, masteridx, transidx = unpack(order + '4I', buf[4:20])
        major_version, minor_version = self._get_versions(version)
        if major_version not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major_version), filename)
        pair = order + 'II'
        for _ in range(msgcount):
            mlen, moff = unpack(pair, buf[masteridx:masteridx + 8])
            tlen, toff = unpack(pair, buf[transidx:transidx + 8])
            mend, tend = moff + mlen, toff + tlen
            if mend < buflen and tend < buflen:
                msg, tmsg = buf[moff:mend], buf[toff:tend]
            else:
                raise OSError(0, 'File is corrupt', filename)
            if mlen == 0:
                self._parse_header(tmsg)
            charset = self._charset or 'ascii'
            if b'\x00' in msg:
                msgid1, msgid2 = msg.split(b'\x00')
                msgid1 = str(msgid1, charset)
                for i, form in enumerate(tmsg.split(b'\x00')):
                    catalog[(msgid1, i)] = str(form, charset)
            else:
                catalog[str(msg, charset)] = str(tmsg, charset)
            masteridx += 8
            transidx += 8

    def _parse_header(self, tmsg):
        """The catalog description: 'Key: value' lines (continuations join the last key)."""
        lastk = None
        for b_item in tmsg.split(b'\n'):
            item = b_item.decode().strip()
            if not item:
                continue
            if item.startswith('#-#-#-#-#') and item.endswith('#-#-#-#-#'):
                continue
            k = v = None
            if ':' in item:
                k, v = item.split(':', 1)
                k = k.strip().lower()
                v = v.strip()
                self._info[k] = v
                lastk = k
            elif lastk:
                self._info[lastk] += '\n' + item
            if k == 'content-type':
                self._charset = v.split('charset=')[1]
            elif k == 'plural-forms':
                plural = v.split(';')[1].split('plural=')[1]
                self.plural = c2py(plural)

    def gettext(self, message):
        missing = object()
        tmsg = self._catalog.get(message, missing)
        if tmsg is missing:
            tmsg = self._catalog.get((message, self.plural(1)), missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        try:
            return self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ngettext(msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        ctxt_msg_id = self.CONTEXT % (context, message)
        missing = object()
        tmsg = self._catalog.get(ctxt_msg_id, missing)
        if tmsg is missing:
            tmsg = self._catalog.get((ctxt_msg_id, self.plural(1)), missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        ctxt_msg_id = self.CONTEXT % (context, msgid1)
        try:
            return self._catalog[ctxt_msg_id, self.plural(n)]
        except KeyError:
            if self._fallback:
                return self._fallback.npgettext(context, msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2


# ---------------------------------------------------------------------------
# Locating catalogs

def find(domain, localedir=None, languages=None, all=False):
    """The .mo file for `domain` in the first matching language (all=True: every one)."""
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        for envar in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
            val = os.environ.get(envar)
            if val:
                languages = val.split(':')
                break
        if 'C' not in languages:
            languages.append('C')
    nelangs = []
    for lang in languages:
        for nelang in _expand_lang(lang):
            if nelang not in nelangs:
                nelangs.append(nelang)
    result = [] if all else None
    for lang in nelangs:
        if lang == 'C':
            break
        mofile = os.path.join(localedir, lang, 'LC_MESSAGES', '%s.mo' % domain)
        if os.path.exists(mofile):
            if all:
                result.append(mofile)
            else:
                return mofile
    return result


_translations = {}


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    """The translations of `domain` (chained by language), NullTranslations with fallback=True."""
    if class_ is None:
        class_ = GNUTranslations
    mofiles = find(domain, localedir, languages, all=True)
    if not mofiles:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT, 'No translation file found for domain', domain)
    import copy
    result = None
    for mofile in mofiles:
        key = (class_, os.path.abspath(mofile))
        t = _translations.get(key)
        if t is None:
            with open(mofile, 'rb') as fp:
                t = _translations.setdefault(key, class_(fp))
        t = copy.copy(t)
        if result is None:
            result = t
        else:
            result.add_fallback(t)
    return result


def install(domain, localedir=None, *, names=None):
    translation(domain, localedir, fallback=True).install(names)


_localedirs = {}
_current_domain = 'messages'


def textdomain(domain=None):
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def _domain_translation(domain):
    try:
        return translation(domain, _localedirs.get(domain, None))
    except OSError:
        return None


def dgettext(domain, message):
    t = _domain_translation(domain)
    return message if t is None else t.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    t = _domain_translation(domain)
    if t is None:
        return msgid1 if n == 1 else msgid2
    return t.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    t = _domain_translation(domain)
    return message if t is None else t.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    t = _domain_translation(domain)
    if t is None:
        return msgid1 if n == 1 else msgid2
    return t.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


Catalog = translation
