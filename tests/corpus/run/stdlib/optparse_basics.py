# optparse: actions, types, defaults, groups, callbacks, help/usage/version output, errors.
import io
import sys
from optparse import (OptionParser, OptionGroup, Option, OptionValueError, OptionError,
                      OptionConflictError, SUPPRESS_HELP, TitledHelpFormatter, IndentedHelpFormatter,
                      make_option, Values)


def build():
    parser = OptionParser(usage="%prog [options] FILE...", version="%prog 1.0",
                          prog="tool", description="Process some files. This description is "
                          "long enough that it has to be wrapped over more than one line of help.",
                          epilog="See the manual for more information.")
    parser.add_option("-f", "--file", dest="filename", metavar="FILE",
                      help="write report to FILE [default: %default]", default="out.txt")
    parser.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True,
                      help="don't print status messages to stdout")
    parser.add_option("-n", type="int", dest="num", help="number of items")
    parser.add_option("--ratio", type="float", default=0.5)
    parser.add_option("-c", "--count", action="count", help="increase verbosity")
    parser.add_option("-I", "--include", action="append", dest="includes", metavar="DIR")
    parser.add_option("--mode", type="choice", choices=["fast", "slow"], help="speed")
    parser.add_option("--point", nargs=2, type="int", help="x and y")
    parser.add_option("--const", action="store_const", const=42, dest="answer")
    parser.add_option("--tag", action="append_const", const="T", dest="tags")
    parser.add_option("--secret", help=SUPPRESS_HELP)
    parser.add_option("--a-very-long-option-name-indeed", action="store_true",
                      help="an option whose strings are too long for the help column, so its "
                           "help text starts on the next line")
    group = OptionGroup(parser, "Dangerous Options", "Caution: use these options at your own risk.")
    group.add_option("-g", action="store_true", help="Group option.")
    parser.add_option_group(group)
    return parser


parser = build()
options, args = parser.parse_args(["-f", "report.txt", "-q", "-n", "0x10", "--ratio=2.5", "-ccc",
                                   "-I", "a", "-Ib", "--include=c", "--mode", "slow", "--point", "1", "2",
                                   "--const", "--tag", "--tag", "file1", "-g", "file2", "--", "-notopt"])
print(sorted(vars(options).items()))
print(args)
opts, rest = parser.parse_args([])
print(opts, rest)
print(opts.filename, opts.verbose, opts.num, opts.ratio)
print(parser.parse_args(["--fi", "x", "--q"])[0].filename)
parser.print_help()
print('---')
print(parser.format_help() == build().format_help(), parser.get_usage(), parser.get_version())
parser.print_usage()
parser.print_version()
print(parser.has_option('-f'), parser.get_option('--file').dest, parser.get_option_group('-g').title)
print(repr(parser.get_option('-f'))[:8], str(parser.get_option('-f')))
old_stderr = sys.stderr
for argv in [["--nope"], ["-x"], ["-n", "abc"], ["--ratio", "x"], ["--mode", "medium"], ["-f"],
             ["--point", "1"], ["--quiet=yes"], ["--co"], ["--version"], ["-h"]]:
    sys.stderr = err = io.StringIO()
    out = io.StringIO()
    old_stdout = sys.stdout
    sys.stdout = out
    try:
        build().parse_args(argv)
    except SystemExit as e:
        code = e.code
    finally:
        sys.stdout = old_stdout
        sys.stderr = old_stderr
    print(argv, 'exit', code, repr(err.getvalue()), len(out.getvalue()), out.getvalue()[:30].replace('\n', '|'))

# callbacks
def record(option, opt_str, value, parser, label):
    parser.values.seen = getattr(parser.values, 'seen', []) + [(label, opt_str, value)]


def check_positive(option, opt_str, value, parser):
    if value <= 0:
        raise OptionValueError("%s must be positive" % opt_str)
    setattr(parser.values, option.dest, value)


p = OptionParser(prog="cb")
p.add_option("-r", action="callback", callback=record, callback_args=("R",))
p.add_option("--size", type="int", action="callback", callback=check_positive, dest="size")
vals, rest = p.parse_args(["-r", "--size", "5", "x", "-r"])
print(vals.seen, vals.size, rest)
sys.stderr = err = io.StringIO()
try:
    p.parse_args(["--size", "-3"])
except SystemExit as e:
    print('exit', e.code, repr(err.getvalue()))
finally:
    sys.stderr = old_stderr

# option definition errors
for args, kwargs in [((), {}), (("x",), {}), (("-xy",), {}), (("--",), {}),
                     (("-x",), {"action": "bogus"}), (("-x",), {"type": "bogus"}),
                     (("-x",), {"action": "store_true", "type": "int"}), (("-x",), {"type": "choice"}),
                     (("-x",), {"choices": ["a"], "type": "int"}), (("-x",), {"const": 1}),
                     (("-x",), {"action": "count", "nargs": 2}), (("-x",), {"action": "callback"}),
                     (("-x",), {"bogus": 1, "other": 2})]:
    try:
        Option(*args, **kwargs)
    except (OptionError, TypeError) as e:
        print(type(e).__name__ + ':', e)
p = OptionParser()
p.add_option("-v", "--verbose", action="store_true")
try:
    p.add_option("-v", action="store_true")
except OptionConflictError as e:
    print('OptionConflictError:', e)
p2 = OptionParser(conflict_handler="resolve", add_help_option=False, prog="p2")
p2.add_option("-v", "--verbose", action="store_true", help="old")
p2.add_option("-v", "--version2", action="store_true", help="new")
print(p2.format_option_help())
p2.remove_option("--version2")
print(p2.has_option("-v"), p2.has_option("--verbose"))
p3 = OptionParser(prog="p3", formatter=TitledHelpFormatter(), option_list=[make_option("-z", help="zed")])
p3.add_option_group("Extra").add_option("--extra", metavar="E")
p3.set_defaults(z="zz")
print(p3.format_help())
p4 = OptionParser(usage="usage: %prog ARG", prog="p4", add_help_option=False)
p4.disable_interspersed_args()
p4.add_option("-a", action="store_true")
vals4, rest4 = p4.parse_args(["-a", "cmd", "-a"])
print(vals4, rest4, p4.get_usage())
fmt = IndentedHelpFormatter(width=40, max_help_position=10)
p5 = OptionParser(prog="p5", formatter=fmt)
p5.add_option("-o", "--output", help="a fairly long help text for a narrow formatter width")
print(p5.format_help())
print(Values({'a': 1}) == {'a': 1}, Values({'a': 1}))
