"""General functions for HTML manipulation (Sharpy's own implementation): escape, unescape.

unescape() decodes numeric references with the HTML5 rules and the HTML 4 named entities
(plus HTML5's legacy no-semicolon forms and longest-prefix matching); the other HTML5 named
references (e.g. "&hookleftarrow;") are left as they are.
"""

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replace special characters "&", "<" and ">" to HTML-safe sequences (and quotes if quote)."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


# Named character references: the HTML 4 set, with and without ';' where HTML5 allows it.
_ENTITIES = {
    'AElig': 'Æ', 'AElig;': 'Æ', 'AMP': '&', 'AMP;': '&', 'Aacute': 'Á', 'Aacute;': 'Á',
    'Acirc': 'Â', 'Acirc;': 'Â', 'Agrave': 'À', 'Agrave;': 'À', 'Alpha;': 'Α', 'Aring': 'Å',
    'Aring;': 'Å', 'Atilde': 'Ã', 'Atilde;': 'Ã', 'Auml': 'Ä', 'Auml;': 'Ä', 'Beta;': 'Β',
    'COPY': '©', 'COPY;': '©', 'Ccedil': 'Ç', 'Ccedil;': 'Ç', 'Chi;': 'Χ', 'Dagger;': '‡',
    'Delta;': 'Δ', 'ETH': 'Ð', 'ETH;': 'Ð', 'Eacute': 'É', 'Eacute;': 'É', 'Ecirc': 'Ê',
    'Ecirc;': 'Ê', 'Egrave': 'È', 'Egrave;': 'È', 'Epsilon;': 'Ε', 'Eta;': 'Η', 'Euml': 'Ë',
    'Euml;': 'Ë', 'GT': '>', 'GT;': '>', 'Gamma;': 'Γ', 'Iacute': 'Í', 'Iacute;': 'Í',
    'Icirc': 'Î', 'Icirc;': 'Î', 'Igrave': 'Ì', 'Igrave;': 'Ì', 'Iota;': 'Ι', 'Iuml': 'Ï',
    'Iuml;': 'Ï', 'Kappa;': 'Κ', 'LT': '<', 'LT;': '<', 'Lambda;': 'Λ', 'Mu;': 'Μ', 'Ntilde': 'Ñ',
    'Ntilde;': 'Ñ', 'Nu;': 'Ν', 'OElig;': 'Œ', 'Oacute': 'Ó', 'Oacute;': 'Ó', 'Ocirc': 'Ô',
    'Ocirc;': 'Ô', 'Ograve': 'Ò', 'Ograve;': 'Ò', 'Omega;': 'Ω', 'Omicron;': 'Ο', 'Oslash': 'Ø',
    'Oslash;': 'Ø', 'Otilde': 'Õ', 'Otilde;': 'Õ', 'Ouml': 'Ö', 'Ouml;': 'Ö', 'Phi;': 'Φ',
    'Pi;': 'Π', 'Prime;': '″', 'Psi;': 'Ψ', 'QUOT': '"', 'QUOT;': '"', 'REG': '®', 'REG;': '®',
    'Rho;': 'Ρ', 'Scaron;': 'Š', 'Sigma;': 'Σ', 'THORN': 'Þ', 'THORN;': 'Þ', 'Tau;': 'Τ',
    'Theta;': 'Θ', 'Uacute': 'Ú', 'Uacute;': 'Ú', 'Ucirc': 'Û', 'Ucirc;': 'Û', 'Ugrave': 'Ù',
    'Ugrave;': 'Ù', 'Upsilon;': 'Υ', 'Uuml': 'Ü', 'Uuml;': 'Ü', 'Xi;': 'Ξ', 'Yacute': 'Ý',
    'Yacute;': 'Ý', 'Yuml;': 'Ÿ', 'Zeta;': 'Ζ', 'aacute': 'á', 'aacute;': 'á', 'acirc': 'â',
    'acirc;': 'â', 'acute': '´', 'acute;': '´', 'aelig': 'æ', 'aelig;': 'æ', 'agrave': 'à',
    'agrave;': 'à', 'alefsym;': 'ℵ', 'alpha;': 'α', 'amp': '&', 'amp;': '&', 'and;': '∧',
    'ang;': '∠', 'apos;': "'", 'aring': 'å', 'aring;': 'å', 'asymp;': '≈', 'atilde': 'ã',
    'atilde;': 'ã', 'auml': 'ä', 'auml;': 'ä', 'bdquo;': '„', 'beta;': 'β', 'brvbar': '¦',
    'brvbar;': '¦', 'bull;': '•', 'cap;': '∩', 'ccedil': 'ç', 'ccedil;': 'ç', 'cedil': '¸',
    'cedil;': '¸', 'cent': '¢', 'cent;': '¢', 'chi;': 'χ', 'circ;': 'ˆ', 'clubs;': '♣',
    'cong;': '≅', 'copy': '©', 'copy;': '©', 'crarr;': '↵', 'cup;': '∪', 'curren': '¤',
    'curren;': '¤', 'dArr;': '⇓', 'dagger;': '†', 'darr;': '↓', 'deg': '°', 'deg;': '°',
    'delta;': 'δ', 'diams;': '♦', 'divide': '÷', 'divide;': '÷', 'eacute': 'é', 'eacute;': 'é',
    'ecirc': 'ê', 'ecirc;': 'ê', 'egrave': 'è', 'egrave;': 'è', 'empty;': '∅', 'emsp;': '\u2003',
    'ensp;': '\u2002', 'epsilon;': 'ε', 'equiv;': '≡', 'eta;': 'η', 'eth': 'ð', 'eth;': 'ð',
    'euml': 'ë', 'euml;': 'ë', 'euro;': '€', 'exist;': '∃', 'fnof;': 'ƒ', 'forall;': '∀',
    'frac12': '½', 'frac12;': '½', 'frac14': '¼', 'frac14;': '¼', 'frac34': '¾', 'frac34;': '¾',
    'frasl;': '⁄', 'gamma;': 'γ', 'ge;': '≥', 'gt': '>', 'gt;': '>', 'hArr;': '⇔', 'harr;': '↔',
    'hearts;': '♥', 'hellip;': '…', 'iacute': 'í', 'iacute;': 'í', 'icirc': 'î', 'icirc;': 'î',
    'iexcl': '¡', 'iexcl;': '¡', 'igrave': 'ì', 'igrave;': 'ì', 'image;': 'ℑ', 'infin;': '∞',
    'int;': '∫', 'iota;': 'ι', 'iquest': '¿', 'iquest;': '¿', 'isin;': '∈', 'iuml': 'ï',
    'iuml;': 'ï', 'kappa;': 'κ', 'lArr;': '⇐', 'lambda;': 'λ', 'lang;': '⟨', 'laquo': '«',
    'laquo;': '«', 'larr;': '←', 'lceil;': '⌈', 'ldquo;': '“', 'le;': '≤', 'lfloor;': '⌊',
    'lowast;': '∗', 'loz;': '◊', 'lrm;': '\u200e', 'lsaquo;': '‹', 'lsquo;': '‘', 'lt': '<',
    'lt;': '<', 'macr': '¯', 'macr;': '¯', 'mdash;': '—', 'micro': 'µ', 'micro;': 'µ',
    'middot': '·', 'middot;': '·', 'minus;': '−', 'mu;': 'μ', 'nabla;': '∇', 'nbsp': '\xa0',
    'nbsp;': '\xa0', 'ndash;': '–', 'ne;': '≠', 'ni;': '∋', 'not': '¬', 'not;': '¬', 'notin;': '∉',
    'nsub;': '⊄', 'ntilde': 'ñ', 'ntilde;': 'ñ', 'nu;': 'ν', 'oacute': 'ó', 'oacute;': 'ó',
    'ocirc': 'ô', 'ocirc;': 'ô', 'oelig;': 'œ', 'ograve': 'ò', 'ograve;': 'ò', 'oline;': '‾',
    'omega;': 'ω', 'omicron;': 'ο', 'oplus;': '⊕', 'or;': '∨', 'ordf': 'ª', 'ordf;': 'ª',
    'ordm': 'º', 'ordm;': 'º', 'oslash': 'ø', 'oslash;': 'ø', 'otilde': 'õ', 'otilde;': 'õ',
    'otimes;': '⊗', 'ouml': 'ö', 'ouml;': 'ö', 'para': '¶', 'para;': '¶', 'part;': '∂',
    'permil;': '‰', 'perp;': '⊥', 'phi;': 'φ', 'pi;': 'π', 'piv;': 'ϖ', 'plusmn': '±',
    'plusmn;': '±', 'pound': '£', 'pound;': '£', 'prime;': '′', 'prod;': '∏', 'prop;': '∝',
    'psi;': 'ψ', 'quot': '"', 'quot;': '"', 'rArr;': '⇒', 'radic;': '√', 'rang;': '⟩',
    'raquo': '»', 'raquo;': '»', 'rarr;': '→', 'rceil;': '⌉', 'rdquo;': '”', 'real;': 'ℜ',
    'reg': '®', 'reg;': '®', 'rfloor;': '⌋', 'rho;': 'ρ', 'rlm;': '\u200f', 'rsaquo;': '›',
    'rsquo;': '’', 'sbquo;': '‚', 'scaron;': 'š', 'sdot;': '⋅', 'sect': '§', 'sect;': '§',
    'shy': '\xad', 'shy;': '\xad', 'sigma;': 'σ', 'sigmaf;': 'ς', 'sim;': '∼', 'spades;': '♠',
    'sub;': '⊂', 'sube;': '⊆', 'sum;': '∑', 'sup1': '¹', 'sup1;': '¹', 'sup2': '²', 'sup2;': '²',
    'sup3': '³', 'sup3;': '³', 'sup;': '⊃', 'supe;': '⊇', 'szlig': 'ß', 'szlig;': 'ß', 'tau;': 'τ',
    'there4;': '∴', 'theta;': 'θ', 'thetasym;': 'ϑ', 'thinsp;': '\u2009', 'thorn': 'þ',
    'thorn;': 'þ', 'tilde;': '˜', 'times': '×', 'times;': '×', 'trade;': '™', 'uArr;': '⇑',
    'uacute': 'ú', 'uacute;': 'ú', 'uarr;': '↑', 'ucirc': 'û', 'ucirc;': 'û', 'ugrave': 'ù',
    'ugrave;': 'ù', 'uml': '¨', 'uml;': '¨', 'upsih;': 'ϒ', 'upsilon;': 'υ', 'uuml': 'ü',
    'uuml;': 'ü', 'weierp;': '℘', 'xi;': 'ξ', 'yacute': 'ý', 'yacute;': 'ý', 'yen': '¥',
    'yen;': '¥', 'yuml': 'ÿ', 'yuml;': 'ÿ', 'zeta;': 'ζ', 'zwj;': '\u200d', 'zwnj;': '\u200c',
}

# Numeric references to C1 controls mean their windows-1252 characters (HTML5 section 13.2.5.80).
_C1_REPLACEMENTS = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ'

_INVALID_CODEPOINTS = set(range(0x1, 0x9)) | {0xb} | set(range(0xe, 0x20)) | \
    set(range(0x7f, 0xa0)) | set(range(0xfdd0, 0xfdf0)) | \
    {plane + low for plane in range(0, 0x110000, 0x10000) for low in (0xfffe, 0xffff)}

_HEX = frozenset('0123456789abcdefABCDEF')
_NAME_STOP = frozenset('\t\n\f <&#;')


def _numeric(num):
    if num == 0:
        return '\ufffd'
    if num == 0x0d:
        return '\r'
    if 0x80 <= num <= 0x9f:
        return _C1_REPLACEMENTS[num - 0x80]
    if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
        return '\uFFFD'
    if num in _INVALID_CODEPOINTS:
        return ''
    return chr(num)


def _reference_at(s, i):
    """Decode the reference starting at s[i] == '&': (replacement, end index) or None."""
    n = len(s)
    j = i + 1
    if j < n and s[j] == '#':
        k = j + 1
        if k < n and s[k] in 'xX':
            start = k + 1
            end = start
            while end < n and s[end] in _HEX:
                end += 1
            if end == start:
                return None
            num = int(s[start:end], 16)
        else:
            start = k
            end = start
            while end < n and s[end].isdigit() and s[end].isascii():
                end += 1
            if end == start:
                return None
            num = int(s[start:end])
        if end < n and s[end] == ';':
            end += 1
        return _numeric(num), end
    end = j
    while end < n and end - j < 32 and s[end] not in _NAME_STOP:
        end += 1
    if end == j:
        return None
    if end < n and s[end] == ';':
        end += 1
    name = s[j:end]
    if name in _ENTITIES:
        return _ENTITIES[name], end
    for x in range(len(name) - 1, 1, -1):       # the longest legacy prefix, as HTML5 says
        if name[:x] in _ENTITIES:
            return _ENTITIES[name[:x]] + name[x:], end
    return '&' + name, end


def unescape(s):
    """Convert all named and numeric character references in the string s to Unicode."""
    if '&' not in s:
        return s
    out = []
    i = 0
    while True:
        amp = s.find('&', i)
        if amp == -1:
            out.append(s[i:])
            break
        out.append(s[i:amp])
        ref = _reference_at(s, amp)
        if ref is None:
            out.append('&')
            i = amp + 1
        else:
            out.append(ref[0])
            i = ref[1]
    return ''.join(out)
