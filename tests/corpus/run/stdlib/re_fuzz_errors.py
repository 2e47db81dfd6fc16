import re, random, warnings
warnings.simplefilter("ignore")  # CPython warns about possible nested sets; Sharpy does not
random.seed(7)
alphabet = ['a', 'b', '(', ')', '[', ']', '*', '+', '?', '{', '}', ',', '1', '2', '\\', '^', '$', '|', '.', '-', '?P<', '>', '?:', '?=', '?<', '\\1', '\\d', '\\w', '\\b', '\\x4', 'é', '😀', '(?i)', '\\Z', '?#', '=']
out = []
for i in range(1000):
    p = ''.join(random.choice(alphabet) for _ in range(random.randint(1, 7)))
    try:
        c = re.compile(p)
        r = [m.span() for m in c.finditer('ab1(a)😀b[é]x{2}')]
        out.append('ok %r %s' % (p, r))
    except re.error as e:
        out.append('err %r %s' % (p, e))
    except Exception as e:
        out.append('EXC %r %s %s' % (p, type(e).__name__, e))
print('\n'.join(out))
