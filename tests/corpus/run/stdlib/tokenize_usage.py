# Real-program style uses of tokenize/token: statistics over this very file, comment
# stripping, renaming identifiers through untokenize, and the command-line entry point.
import collections
import io
import keyword
import os
import sys
import tempfile
import token
import tokenize

SAMPLE = '''\
import math  # the math module

class Circle:
    """A circle."""
    def __init__(self, r):
        self.r = r   # radius
    def area(self):
        return math.pi * self.r ** 2

values = [Circle(r).area() for r in (1, 2.5, 0x10)]
print(f"{values[0]:.3f}", len(values))
'''


def token_stats(path):
    counts = collections.Counter()
    names = collections.Counter()
    with tokenize.open(path) as f:
        for tok in tokenize.generate_tokens(f.readline):
            counts[token.tok_name[tok.type]] += 1
            if tok.type == token.NAME and not keyword.iskeyword(tok.string):
                names[tok.string] += 1
    return counts, names


def strip_comments(source):
    result = []
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.COMMENT:
            continue
        result.append(tok)
    return tokenize.untokenize(result)


def rename(source, old, new):
    out = []
    for tok in tokenize.tokenize(io.BytesIO(source.encode('utf-8')).readline):
        if tok.type == tokenize.NAME and tok.string == old:
            tok = tok._replace(string=new)
        out.append(tok)
    return tokenize.untokenize(out).decode('utf-8')


counts, names = token_stats(__file__)
print(sorted(counts.items()))
print(names.most_common(8))

print(strip_comments(SAMPLE))
print(rename(SAMPLE, 'Circle', 'Disk'))

ops = collections.Counter(token.tok_name[t.exact_type]
                          for t in tokenize.generate_tokens(io.StringIO(SAMPLE).readline)
                          if t.type == token.OP)
print(sorted(ops.items()))

for tok in tokenize.generate_tokens(io.StringIO(SAMPLE).readline):
    if tok.type in (token.STRING, token.NUMBER):
        print(tok)

tmp = tempfile.mkdtemp()
try:
    path = os.path.join(tmp, 'sample.py')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(SAMPLE)
    saved = sys.argv
    for args in (['sample.py'], ['-e', 'sample.py']):
        sys.argv = ['tokenize'] + [os.path.join(tmp, a) if a.endswith('.py') else a for a in args]
        tokenize.main()
    sys.argv = saved
    with open(path, 'rb') as f:
        print(tokenize.detect_encoding(f.readline))
finally:
    os.remove(path)
    os.rmdir(tmp)
