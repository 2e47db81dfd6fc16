# argparse: 120 random parsers and command lines (help, parse results, error messages) compared with CPython.
import argparse, random, sys
random.seed(3)
sys.stderr = sys.stdout
NARGS = [None, '?', '*', '+', 1, 2, argparse.REMAINDER]
for case in range(120):
    p = argparse.ArgumentParser(prog='p%d' % case, exit_on_error=random.random() < 0.8, allow_abbrev=random.random() < 0.7)
    opts = []
    for i in range(random.randint(0, 4)):
        names = random.choice([['-%s' % 'abcde'[i]], ['--opt%d' % i], ['-%s' % 'abcde'[i], '--opt%d' % i], ['--opt%d-x' % i]])
        kind = random.choice(['store', 'store_true', 'count', 'append', 'nargs', 'const'])
        kw = {}
        if kind == 'nargs': kw['nargs'] = random.choice(NARGS[:-1])
        elif kind == 'const': kw.update(nargs='?', const='C')
        elif kind != 'store': kw['action'] = kind
        if random.random() < 0.3 and kind in ('store', 'nargs'): kw['type'] = int
        if random.random() < 0.2: kw['required'] = True
        if random.random() < 0.3: kw['help'] = 'help text for option %d ' % i * random.randint(1, 4)
        try:
            p.add_argument(*names, **kw)
        except Exception as e:
            print('add error', type(e).__name__, e)
        opts.extend(names)
    for j in range(random.randint(0, 3)):
        kw = {'nargs': random.choice(NARGS)}
        if random.random() < 0.2: kw['choices'] = ['x', 'y', '1']
        if random.random() < 0.3: kw['help'] = 'positional %d' % j
        try:
            p.add_argument('pos%d' % j, **kw)
        except Exception as e:
            print('add error', type(e).__name__, e)
    tokens = opts + ['x', 'y', '1', '-5', '--', '--zz', '-q', '2']
    argv = [random.choice(tokens) for _ in range(random.randint(0, 6))]
    print('#', case, argv)
    if case % 5 == 0:
        p.print_help()
    try:
        print(p.parse_known_args(argv) if random.random() < 0.3 else p.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)
    except argparse.ArgumentError as e:
        print('ArgumentError', e)
