"""Header line folding for EmailPolicy (compat32 folds through email.header.Header).

fold_unstructured follows CPython's default policy for unstructured headers (encoded words
included), fold_units does the same for address lists with each address kept whole, and
fold_plain is the fallback for other structured headers and raw strings: a value holding line
breaks keeps them, otherwise lines are broken before whitespace.
"""

import re

_LINE_BREAK = re.compile(r'\r\n|\r|\n')


def fold_plain(name, value, max_len, linesep, always_refold=False):
    prefix = '%s: ' % name
    lines = _LINE_BREAK.split(value)
    if len(lines) > 1 and not always_refold:
        return prefix + linesep.join(lines) + linesep
    text = ''.join(lines)
    if not max_len or len(prefix) + len(text) <= max_len:
        return prefix + text + linesep
    # Pieces are runs of whitespace followed by a word; a break goes before the whitespace.
    pieces = re.findall(r'[ \t]*[^ \t]+|[ \t]+$', text)
    out = []
    line = prefix + pieces[0].lstrip(' \t')
    for piece in pieces[1:]:
        if len(line) + len(piece) > max_len and line.strip():
            out.append(line)
            line = piece if piece[:1] in ' \t' else ' ' + piece
        else:
            line += piece
    out.append(line)
    return linesep.join(out) + linesep


def _steal_trailing_space(lines):
    # The whitespace ending the current line moves to the start of the next one.
    if lines and lines[-1] and lines[-1][-1] in ' \t':
        ws = lines[-1][-1]
        lines[-1] = lines[-1][:-1]
        return ws
    return ''


def _ew(text, charset='utf-8'):
    from email import _encoded_words
    data = text.encode(charset, 'surrogateescape')
    q, b = _encoded_words.encode_q(data), _encoded_words.encode_b(data)
    # Prefer q unless it is at least 5 characters longer.
    if len(q) - len(b) < 5:
        return '=?%s?q?%s?=' % (charset, q)
    return '=?%s?b?%s?=' % (charset, b)


def _fold_as_encoded_words(text, lines, maxlen, last_ew):
    """Append `text` as encoded words (extending the line's last encoded word when there is
    one), split over lines so each fits; returns where the last encoded word starts."""
    from email import _encoded_words
    if last_ew is not None:
        text = _encoded_words.decode_to_str(lines[-1][last_ew:]) + text
        lines[-1] = lines[-1][:last_ew]
    if text[0] in ' \t':
        if len(lines[-1]) == maxlen:
            lines.append(_steal_trailing_space(lines))
        lines[-1] += text[0]
        text = text[1:]
    trailing = ''
    if text and text[-1] in ' \t':
        trailing = text[-1]
        text = text[:-1]
    start = len(lines[-1]) if last_ew is None else last_ew
    chrome = len('utf-8') + 7
    while text:
        room = maxlen - len(lines[-1])
        if room - chrome <= 0:
            lines.append(' ')
            continue
        chunk = text[:room - chrome]
        word = _ew(chunk)
        while len(word) > room:
            chunk = chunk[:-1]
            word = _ew(chunk)
        lines[-1] += word
        text = text[len(chunk):]
        if text:
            lines.append(' ')
            start = len(lines[-1])
    lines[-1] += trailing
    return start


def fold_unstructured(name, value, max_len, linesep, utf8=False):
    """Fold an unstructured header the way CPython's default policy does: words move to
    continuation lines at whitespace; non-ASCII words (and words too long for any line)
    become utf-8 encoded words, one encoded word absorbing the text up to the next one."""
    maxlen = max_len or 10 ** 9
    lines = [name + ': ']
    if utf8 or value.isascii():
        # The whole value first: on this line, or else alone on the next one.
        if len(value) <= maxlen - len(lines[-1]):
            return name + ': ' + value + linesep
        if len(value) + 1 <= maxlen:
            return name + ':' + linesep + ' ' + value + linesep
    last_ew = None
    for token in re.findall(r'[ \t]+|[^ \t]+', value):
        if not utf8 and not token.isascii():
            last_ew = _fold_as_encoded_words(token, lines, maxlen, last_ew)
            continue
        if len(token) <= maxlen - len(lines[-1]):
            lines[-1] += token
            continue
        if len(token) + 1 <= maxlen:
            ws = _steal_trailing_space(lines)
            if ws or token[0] in ' \t':
                lines.append(ws + token)
                last_ew = None
                continue
        last_ew = _fold_as_encoded_words(token, lines, maxlen, last_ew)
    return linesep.join(lines) + linesep


def fold_units(name, units, max_len, linesep, needs_encoding):
    """Fold a header made of indivisible units (the addresses of an address list, each
    but the first starting with its separating space): the whole value moves to the next
    line when it fits there; otherwise each unit goes where it fits, on a new line if
    needed, and only a unit longer than a line is broken at its spaces."""
    maxlen = max_len or 10 ** 9
    value = ''.join(units)
    head = name + ': '
    if len(head) + len(value) <= maxlen:
        return head + value + linesep
    if not needs_encoding and len(value) + 1 <= maxlen:
        return name + ':' + linesep + ' ' + value + linesep
    lines = [head]
    for unit in units:
        # A separating comma may stick out past the limit.
        size = len(unit) - unit.endswith(',')
        if size <= maxlen - len(lines[-1]):
            lines[-1] += unit
        elif size + 1 <= maxlen:
            ws = _steal_trailing_space(lines)
            lines.append(ws + unit if (ws or unit[:1] in ' \t') else ' ' + unit)
        else:
            for piece in re.findall(r'[ \t]*[^ \t]+', unit):
                if len(piece) <= maxlen - len(lines[-1]) or not lines[-1].strip():
                    lines[-1] += piece
                else:
                    lines.append(piece if piece[:1] in ' \t' else ' ' + piece)
    return linesep.join(lines) + linesep
