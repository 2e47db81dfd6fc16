"""
>>> import functools
"""
import doctest, functools, io, os, contextlib, sys


def deco(f):
    @functools.wraps(f)
    def wrapper(*a):
        return f(*a)
    return wrapper


@deco
def wrapped(x):
    """
    >>> wrapped(3)
    9
    """
    return x ** 2


class Outer:
    """
    >>> Outer.Inner().name()
    'inner'
    """

    class Inner:
        def name(self):
            """
            >>> Outer.Inner().name().upper()
            'INNER'
            """
            return 'inner'

    @classmethod
    def make(cls):
        """
        >>> Outer.make().__class__.__name__
        'Outer'
        """
        return cls()


def errors():
    """
    >>> raise ValueError('multi\\nline message')
    Traceback (most recent call last):
      File "<stdin>", line 1, in <module>
    ValueError: multi
    line message
    >>> import collections; raise collections.abc.Collection.__class__('x')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    abc.ABCMeta: something else
    >>> raise KeyError('a')
    Traceback (innermost last):
    KeyError: 'a'
    >>> int('x')
    Traceback (most recent call last):
    ValueError: invalid literal for int() with base 10: 'y'
    >>> def g(x):
    ...     return x + 1
    >>> g(1)
    2
    >>> sys.stdout.write('no newline')
    no newline10
    >>> print('ünïcödé')
    ünïcödé
    >>> print(list(range(30)))  # doctest: +ELLIPSIS, +NORMALIZE_WHITESPACE
    [0, 1, 2,
     ..., 29]
    >>> print('a\\nb\\nc\\nd')  # doctest: +REPORT_NDIFF
    a
    B
    c
    d
    >>> print('1\\n2\\n3\\n4')  # doctest: +REPORT_UDIFF
    1
    2
    x
    4
    >>> print('1\\n2\\n3\\n4')  # doctest: +REPORT_CDIFF
    1
    2
    x
    4
    >>> x = 1  # doctest: -SKIP
    >>> None
    >>> 'trailing spaces'   
    'trailing spaces'
    """


def first_failure():
    """
    >>> 1
    2
    >>> 3
    4
    >>> 5
    5
    """


__test__ = {'func': wrapped, 'text': '>>> 6 * 7\n42\n'}


def clean(text):
    lines = text.replace(os.path.abspath(__file__), 'FILE').split('\n')
    out, skip = [], 0
    for line in lines:
        if skip:
            skip -= 1
            continue
        if 'doctest.py' in line:
            skip = 1
            continue
        out.append(line)
    return '\n'.join(out)


buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    r = doctest.testmod(extraglobs={'sys': sys})
print(clean(buf.getvalue()))
print(r)
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    r = doctest.testmod(optionflags=doctest.REPORT_ONLY_FIRST_FAILURE, exclude_empty=True, name='renamed', extraglobs={'sys': sys})
print(clean(buf.getvalue()))
print(r)
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    r = doctest.testmod(optionflags=doctest.FAIL_FAST, verbose=False, report=True, extraglobs={'sys': sys})
print(clean(buf.getvalue()))
print(r)
finder = doctest.DocTestFinder(exclude_empty=False)
print([(t.name, len(t.examples)) for t in finder.find(sys.modules[__name__])])
print([(t.name, t.lineno) for t in doctest.DocTestFinder().find(sys.modules[__name__])])
try:
    doctest.testmod(raise_on_error=True, extraglobs={'sys': sys})
except doctest.DocTestFailure as e:
    print('raise_on_error:', e.test.name, repr(e.example.source), clean(e.got))
except doctest.UnexpectedException as e:
    print('unexpected:', e.test.name, e.exc_info[0].__name__)
print(doctest.DocTestParser().get_doctest('>>> x\n1\n', {'x': 1}, 'n', None, None))
r = doctest.DocTestRunner(verbose=False)
buf = io.StringIO()
r.run(doctest.DocTestParser().get_doctest('>>> x\n2\n', {'x': 1}, 'noname', None, None), out=buf.write)
print(buf.getvalue())
print(doctest.DocTestParser().get_doctest('>>> 1\n1\n', {}, 'sorted', 'f.py', 5) < doctest.DocTestParser().get_doctest('>>> 1\n1\n', {}, 'sorted', 'f.py', 7))
e1 = doctest.Example('x', '1')
print(repr(e1.source), repr(e1.want), e1 == doctest.Example('x\n', '1\n'), e1.options, e1.exc_msg)
