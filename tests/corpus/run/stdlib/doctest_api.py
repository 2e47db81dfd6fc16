import doctest, unittest, io, os, sys, tempfile, contextlib

def square(x):
    """Square.

    >>> square(3)
    9
    >>> square(-2)
    4
    """
    return x * x

def broken(x):
    """
    >>> broken(1)
    2
    """
    return x

p = doctest.DocTestParser()
parts = p.parse("text\n>>> a = 1\n>>> a\n1\nmore text\n  >>> b\n  2\n")
for part in parts:
    if isinstance(part, doctest.Example):
        print('Example', repr(part.source), repr(part.want), part.lineno, part.indent, part.exc_msg)
    else:
        print('Text', repr(part))
t = p.get_doctest(">>> 1/0\nTraceback (most recent call last):\nZeroDivisionError: division by zero\n", {}, 'zd', 'zd.txt', 3)
print(t)
print(t.examples[0].exc_msg)
for bad in [">>>x", ">>> if 1:\n..x", "  >>> a\n 1", ">>> a  # doctest: +BOGUS\n"]:
    try:
        p.parse(bad, 'bad')
    except ValueError as e:
        print('ValueError:', e)

finder = doctest.DocTestFinder()
tests = finder.find(sys.modules[__name__])
for t in tests:
    print(t.name, len(t.examples), t.lineno)

runner = doctest.DocTestRunner(verbose=False)
buf = io.StringIO()
for t in tests:
    runner.run(t, out=buf.write)
print(buf.getvalue().replace(os.path.abspath(__file__), 'FILE'))
with contextlib.redirect_stdout(io.StringIO()) as s:
    print(runner.summarize(verbose=True))
print(s.getvalue())

chk = doctest.OutputChecker()
print(chk.check_output('a...z\n', 'abcz\n', doctest.ELLIPSIS))
print(chk.check_output('a...z\n', 'abcz\n', 0))
print(chk.check_output('aa...aa\n', 'aaa\n', doctest.ELLIPSIS))
print(chk.check_output('1  2\n', '1 2\n', doctest.NORMALIZE_WHITESPACE))
print(doctest.ELLIPSIS, doctest.SKIP, doctest.FAIL_FAST, doctest.COMPARISON_FLAGS, doctest.REPORTING_FLAGS)
print(sorted(doctest.OPTIONFLAGS_BY_NAME.items(), key=lambda kv: kv[1]))

d = tempfile.mkdtemp()
try:
    path = os.path.join(d, 'example.txt')
    with open(path, 'w') as f:
        f.write("The example file\n\n>>> from math import sqrt\n>>> sqrt(16)\n4.0\n>>> 'x' * 3\n'xxxx'\n")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        r = doctest.testfile(path, module_relative=False, verbose=True)
    print(out.getvalue().replace(d, 'TMP'))
    print(r)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        r = doctest.testfile(path, module_relative=False)
    print(out.getvalue().replace(d, 'TMP'))
finally:
    import shutil
    shutil.rmtree(d)

g = {'square': square}
out = io.StringIO()
with contextlib.redirect_stdout(out):
    doctest.run_docstring_examples(square, g, verbose=True, name='sq')
    doctest.run_docstring_examples(broken, {'broken': broken}, name='br')
print(out.getvalue().replace(os.path.abspath(__file__), 'FILE'))

suite = doctest.DocTestSuite(sys.modules[__name__])
print(suite.countTestCases())
for case in suite:
    print(repr(case), case.id(), case.shortDescription())
stream = io.StringIO()
res = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
text = stream.getvalue().replace(os.path.abspath(__file__), 'FILE')
text = '\n'.join(l for l in text.split('\n') if 'doctest.py' not in l)
import re
text = re.sub(r'Ran (\d+) tests? in [\d.]+s', r'Ran \1 tests', text)
print(text)
print(res.wasSuccessful(), len(res.failures))

try:
    doctest.DebugRunner(verbose=False).run(p.get_doctest('>>> 1\n2\n', {}, 'dbg', 'dbg.py', 0))
except doctest.DocTestFailure as e:
    print('DocTestFailure', e.example.want, e.got, str(e))
try:
    doctest.DebugRunner(verbose=False).run(p.get_doctest('>>> {}["k"]\n', {}, 'dbg2', 'dbg.py', 0))
except doctest.UnexpectedException as e:
    print('Unexpected', e.exc_info[0].__name__, str(e))
print(doctest.script_from_examples("Intro\n>>> x = 1\n>>> x\n1\nEnd\n"))
sys.argv.append('-v')
print(doctest.DocTestRunner()._verbose)
