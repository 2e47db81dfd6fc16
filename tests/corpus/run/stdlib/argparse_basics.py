# argparse: a realistic CLI with help text, errors (to stderr, exit 2), subcommands and groups.
import argparse
import sys


def run(parser, args):
    """Parse args, reporting SystemExit codes instead of exiting; stderr goes to stdout here."""
    old_err = sys.stderr
    sys.stderr = sys.stdout
    try:
        print('->', parser.parse_args(args))
    except SystemExit as e:
        print('exit', e.code)
    finally:
        sys.stderr = old_err


p = argparse.ArgumentParser(
    prog='accumulate',
    description='Process some integers and do a number of things with them; this description '
                'is long enough that it has to be wrapped by the help formatter.',
    epilog='Report bugs to nobody.')
p.add_argument('integers', metavar='N', type=int, nargs='+', help='an integer for the accumulator')
p.add_argument('--sum', dest='accumulate', action='store_const', const=sum, default=max,
               help='sum the integers (default: find the max)')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast', help='mode (default %(default)s; one of %(choices)s)')
p.add_argument('-o', '--output', metavar='FILE',
               help='a very long help string that will need to wrap over several lines because it is long')
p.add_argument('--tag', action='append', help='tags')
p.add_argument('--flag', action='store_true')
p.add_argument('--no-color', dest='color', action='store_false')
p.add_argument('--scale', type=float, default=1.0)
p.add_argument('--pair', nargs=2, metavar=('K', 'V'))
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--version', action='version', version='%(prog)s 1.0')
g = p.add_mutually_exclusive_group()
g.add_argument('-a', '--alpha', action='store_true')
g.add_argument('-b', '--beta', action='store_true')
p.print_help()
print(p.format_usage(), end='')

ns = p.parse_args(['1', '2', '3', '--sum', '-vv', '--tag', 'x', '--tag=y', '--pair', 'k', 'v', '--opt'])
print(ns)
print(ns.accumulate(ns.integers), ns.verbose, ns.tag, ns.pair, ns.opt, ns.color)
ns = p.parse_args(['4', '-o', 'f.txt', '--mode', 'slow', '--scale=2.5', '-a', '--no-color'])
print(ns.accumulate(ns.integers), ns.output, ns.mode, ns.scale, ns.alpha, ns.beta, ns.color)
print(p.parse_known_args(['1', '--zzz', '2', 'extra']))
print(p.parse_args(['--', '-5']) if False else p.parse_args(['5', '--', '6']).integers)

for bad in (['x'], ['1', '--mode', 'bad'], ['1', '-a', '-b'], [], ['1', '--output'],
            ['1', '--pair', 'k'], ['1', '--scale', 'big'], ['1', '--unknown'], ['1', '--ver'],
            ['--version'], ['-h']):
    print('#', bad)
    run(p, bad)

# Subcommands
git = argparse.ArgumentParser(prog='git')
git.add_argument('--git-dir', default='.git')
sub = git.add_subparsers(dest='cmd', help='sub-command help')
commit = sub.add_parser('commit', help='record changes', description='Record changes.')
commit.add_argument('-m', '--message', required=True)
commit.add_argument('--amend', action='store_true')
push = sub.add_parser('push', help='update remote refs', aliases=['p'])
push.add_argument('remote', nargs='?', default='origin')
push.add_argument('refs', nargs='*')
print(git.parse_args(['commit', '-m', 'hi']))
print(git.parse_args(['--git-dir', 'x', 'push', 'up', 'main', 'dev']))
print(git.parse_args(['p']))
print(git.parse_args([]))
git.print_help()
commit.print_help()
for bad in (['nope'], ['commit'], ['commit', '-m']):
    print('#', bad)
    run(git, bad)

# Required subcommand with set_defaults dispatch
tool = argparse.ArgumentParser(prog='tool')
cmds = tool.add_subparsers(title='commands', dest='command', required=True)
add = cmds.add_parser('add')
add.add_argument('x', type=int)
add.add_argument('y', type=int)
add.set_defaults(func=lambda a: a.x + a.y)
neg = cmds.add_parser('neg')
neg.add_argument('x', type=int)
neg.set_defaults(func=lambda a: -a.x)
for argv in (['add', '2', '3'], ['neg', '7']):
    a = tool.parse_args(argv)
    print(a.command, a.func(a))
run(tool, [])
tool.print_help()

# Groups, defaults, metavar, formatter classes
q = argparse.ArgumentParser(prog='q', formatter_class=argparse.ArgumentDefaultsHelpFormatter,
                            add_help=False)
grp = q.add_argument_group('network', 'Network options.')
grp.add_argument('--host', default='localhost', help='host name')
grp.add_argument('--port', type=int, default=8080, help='port number')
q.add_argument('files', nargs='*', default=['-'], help='input files')
q.add_argument('--level', type=int, choices=range(1, 4), default=2, help='level')
req = q.add_mutually_exclusive_group(required=True)
req.add_argument('--json', action='store_true', help='json output')
req.add_argument('--xml', action='store_true', help='xml output')
q.print_help()
print(q.parse_args(['--json', 'a', 'b']))
run(q, ['a'])
run(q, ['--json', '--level', '7'])
q.set_defaults(extra=42)
print(q.parse_args(['--xml']).extra, q.get_default('host'))

raw = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawDescriptionHelpFormatter,
                              description='Line one\n  indented line two\n\nparagraph')
raw.add_argument('--x', help='keep    this   spacing? no')
raw.print_help()

# Namespace and errors raised at definition time
print(argparse.Namespace(a=1, b='x'), argparse.Namespace(a=1) == argparse.Namespace(a=1), 'a' in argparse.Namespace(a=1))
try:
    p.add_argument('--sum')
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
try:
    p.add_argument('pos', required=True)
except TypeError as e:
    print('TypeError:', e)
try:
    argparse.ArgumentParser().add_argument('--x', nargs=0)
except ValueError as e:
    print('ValueError:', e)

noexit = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
noexit.add_argument('--n', type=int)
try:
    noexit.parse_args(['--n', 'x'])
except argparse.ArgumentError as e:
    print('caught:', e)


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % text)
    return value


custom = argparse.ArgumentParser(prog='custom')
custom.add_argument('n', type=positive)
run(custom, ['-3'])
run(custom, ['0'])
print(custom.parse_args(['3']).n)
ext = argparse.ArgumentParser(prog='ext')
ext.add_argument('--item', action='extend', nargs='+')
ext.add_argument('--feature', action=argparse.BooleanOptionalAction, default=True, help='toggle')
print(ext.parse_args(['--item', 'a', 'b', '--item', 'c', '--no-feature']))
ext.print_help()

# The real error path: usage and message on stderr, exit status 2.
final = argparse.ArgumentParser(prog='final')
final.add_argument('count', type=int)
final.parse_args(['many'])
