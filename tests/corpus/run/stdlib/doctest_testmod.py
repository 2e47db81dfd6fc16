"""Module docstring.

>>> 1 + 1
2
"""
import doctest


def add(a, b):
    """Add two numbers.

    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> x = 5
    >>> x * 2
    10
    """
    return a + b


def fails():
    """
    >>> fails()
    42
    >>> print('hello')
    goodbye
    >>> [1, 2,
    ...  3]
    [1, 2, 3]
    >>> raise ValueError('boom')
    Traceback (most recent call last):
        ...
    ValueError: boom
    >>> raise KeyError('k')
    Traceback (most recent call last):
    ValueError: other
    >>> print('a\\n\\nb')
    a
    <BLANKLINE>
    b
    >>> print(list(range(20)))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print(list(range(5)))  # doctest: +NORMALIZE_WHITESPACE
    [0,   1, 2,
     3, 4]
    >>> undefined_name  # doctest: +SKIP
    >>> import fractions; raise fractions.Fraction.__class__('x')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    foo.type: y
    >>> print('')
    <BLANKLINE>
    >>> True
    1
    """
    return 41


class Thing:
    """A thing.

    >>> Thing().value()
    7
    """

    def value(self):
        """>>> Thing().value() + 1
        8
        """
        return 7

    @staticmethod
    def st():
        """
        >>> Thing.st()
        'st'
        """
        return 'st'

    @property
    def prop(self):
        """
        >>> Thing().prop
        3
        """
        return 3


def empty():
    pass


__test__ = {'extra': """
>>> 2 ** 10
1024
"""}


def clean(text):
    # The interpreter's own doctest.py frame differs between implementations.
    lines = text.replace(os.path.abspath(__file__), 'FILE').split('\n')
    out = []
    skip = 0
    for line in lines:
        if skip:
            skip -= 1
            continue
        if 'doctest.py' in line:
            skip = 1
            continue
        out.append(line)
    return '\n'.join(out)


if __name__ == '__main__':
    import io, contextlib, os
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        r = doctest.testmod(verbose=True)
    print(clean(buf.getvalue()))
    print(r)
    print(r.failed, r.attempted)
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        r = doctest.testmod()
    print(clean(buf.getvalue()))
