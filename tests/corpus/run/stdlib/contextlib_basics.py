import contextlib
import io
import sys
from contextlib import contextmanager, suppress, closing, nullcontext, redirect_stdout, ExitStack

@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')

with tag('p') as t:
    print('inside', t)
try:
    with tag('div'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))

with swallow():
    raise KeyError('k')
print('after swallow')

@tag('deco')
def decorated(x):
    print('decorated body', x)
    return x * 2
print(decorated(21), decorated.__name__)

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(e)

@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print(e)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed ok')
try:
    with suppress(KeyError):
        [][0]
except IndexError as e:
    print('not suppressed:', e)

class Resource:
    def close(self):
        print('closed resource')
with closing(Resource()) as r:
    print(type(r).__name__)

with nullcontext(42) as v:
    print('null', v)
with nullcontext() as v:
    print('null', v)

buf = io.StringIO()
with redirect_stdout(buf):
    print('hidden text')
    print(1, 2, 3)
print('captured:', repr(buf.getvalue()))

with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ('a', 'b')]
    stack.callback(print, 'callback ran', 1)
    print('names', names)

def cleanup(exc_type, exc, tb):
    print('cleanup saw', exc_type.__name__ if exc_type else None)
    return True
with ExitStack() as stack:
    stack.push(cleanup)
    raise RuntimeError('suppressed by exit stack')
print('after stack')

with ExitStack() as stack:
    stack.callback(print, 'never runs here')
    moved = stack.pop_all()
print('moved has callbacks')
moved.close()

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print(e)

class Managed(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        print('managed exit')
with Managed() as m:
    print(type(m).__name__)
print(isinstance(nullcontext(), contextlib.AbstractContextManager), issubclass(int, contextlib.AbstractContextManager))
