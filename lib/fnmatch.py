"""Unix shell-style filename matching (Sharpy's own fnmatch)."""

import functools
import os
import posixpath
import re

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']


def fnmatch(name, pat):
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        res = bytes(translate(str(pat, 'ISO-8859-1')), 'ISO-8859-1')
    else:
        res = translate(pat)
    return re.compile(res).match


def filter(names, pat):
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        return [name for name in names if match(name)]
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    return _compile_pattern(pat)(name) is not None


_STAR = object()


def _translate_set(pat, start, end):
    """The regex class for pat[start:end] (the text between '[' and ']')."""
    stuff = pat[start:end]
    if '-' not in stuff:
        stuff = stuff.replace('\\', r'\\')
    else:
        # Split on the hyphens that are range operators, drop empty ranges like z-a.
        chunks = []
        i = start
        k = start + 2 if pat[start] == '!' else start + 1
        while True:
            k = pat.find('-', k, end)
            if k < 0:
                break
            chunks.append(pat[i:k])
            i = k + 1
            k = k + 3
        chunk = pat[i:end]
        if chunk:
            chunks.append(chunk)
        else:
            chunks[-1] += '-'
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        stuff = '-'.join(s.replace('\\', r'\\').replace('-', r'\-') for s in chunks)
    stuff = re.sub(r'([&~|])', r'\\\1', stuff)
    if not stuff:
        return '(?!)'
    if stuff == '!':
        return '.'
    if stuff[0] == '!':
        stuff = '^' + stuff[1:]
    elif stuff[0] in ('^', '['):
        stuff = '\\' + stuff
    return '[%s]' % stuff


# CPython 3.11: Lib/fnmatch.py translate — same output, including atomic groups between stars.
def translate(pat):
    tokens = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1] is not _STAR:
                tokens.append(_STAR)
        elif c == '?':
            tokens.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                tokens.append('\\[')
            else:
                tokens.append(_translate_set(pat, i, j))
                i = j + 1
        else:
            tokens.append(re.escape(c))
    out = []
    i, n = 0, len(tokens)
    while i < n and tokens[i] is not _STAR:
        out.append(tokens[i])
        i += 1
    while i < n:
        i += 1  # the star
        if i == n:
            out.append('.*')
            break
        fixed = []
        while i < n and tokens[i] is not _STAR:
            fixed.append(tokens[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            out.append('.*')
            out.append(fixed)
        else:
            out.append('(?>.*?%s)' % fixed)
    return r'(?s:%s)\Z' % ''.join(out)
