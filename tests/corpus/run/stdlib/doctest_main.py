def f(x):
    """
    >>> f(2)
    4
    >>> f(3)
    6
    """
    return x * 2

def g():
    """
    >>> g()
    'g'
    """
    return 'g'

if __name__ == "__main__":
    import doctest
    print(doctest.testmod(verbose=True))
