# fnmatch: 300 random patterns: translate() text and matches against fixed names, as in CPython.
import fnmatch, random, re
random.seed(9)
chars = ['a', 'b', '*', '?', '[', ']', '!', '-', '^', '\\', '.', '&', '~', '|', 'z']
names = ['', 'a', 'ab', 'ba', 'a.b', '[a]', '-', '!', 'z-a', '\\', 'aaa', '^', '&&', 'a\nb']
for case in range(300):
    pat = ''.join(random.choice(chars) for _ in range(random.randint(0, 7)))
    try:
        t = fnmatch.translate(pat)
        print(case, repr(pat), t, [n for n in names if fnmatch.fnmatchcase(n, pat)])
    except re.error as e:
        print(case, repr(pat), 're.error', e)
