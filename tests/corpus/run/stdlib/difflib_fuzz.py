# difflib: random line lists and strings: opcodes, ratios, unified_diff and ndiff (same as CPython).
import difflib, random
random.seed(11)
words = ['alpha', 'beta', 'gamma', 'delta', 'alpah', 'bta', 'gammma', '', ' ', 'x y']
for case in range(60):
    a = [random.choice(words) + '\n' for _ in range(random.randint(0, 8))]
    b = [random.choice(words) + '\n' for _ in range(random.randint(0, 8))]
    s = difflib.SequenceMatcher(None, a, b)
    print(case, s.get_opcodes(), round(s.ratio(), 6))
    print(''.join(difflib.unified_diff(a, b, n=random.randint(0, 2))), end='')
    print(''.join(difflib.ndiff(a, b)), end='')
    x = ''.join(random.choice('abcde ') for _ in range(random.randint(0, 20)))
    y = ''.join(random.choice('abcde ') for _ in range(random.randint(0, 20)))
    s = difflib.SequenceMatcher(lambda c: c == ' ', x, y)
    print(repr(x), repr(y), s.get_matching_blocks(), round(s.quick_ratio(), 6))
