# unittest.mock: create_autospec / autospec patches and signature-aware call matching.
from unittest import mock
from unittest.mock import create_autospec, Mock, MagicMock, patch, call, ANY
import re
def noid(o): return re.sub(r" id='\d+'", " id=ID", repr(o))
def f(a, b, c=3, *, d=4):
    return a
class Service:
    limit = 5
    def __init__(self, host, port=80):
        self.host = host
    def fetch(self, key, default=None):
        return key
    @classmethod
    def build(cls, spec):
        return cls(spec)
    @staticmethod
    def helper(x):
        return x
def show(fn, *a, **k):
    try:
        print(repr(fn(*a, **k))[:80])
    except Exception as e:
        print(type(e).__name__ + ':', e)
m = create_autospec(f, return_value='r')
print(m(1, 2), m(1, b=2, d=5))
show(m, 1)
show(m, 1, 2, 3, 4)
show(m, 1, 2, e=1)
m.assert_called_with(1, 2, d=5)
m.assert_any_call(1, 2)
m.assert_any_call(a=1, b=2)
show(m.assert_called_with, 1, 3)
show(m.assert_any_call, 9, 9)
print(m.call_count, m.mock_calls)
S = create_autospec(Service)
inst = S('h')
show(S)
show(S, 'h', 1, 2)
inst.fetch('k')
inst.fetch.assert_called_once_with('k')
inst.fetch.assert_called_once_with(key='k')
show(inst.fetch, 'k', 1, 2)
show(inst.fetch)
print(inst.limit if False else 'skip', S.build('x') is not None, S.helper(1) is not None)
show(S.helper)
show(lambda: inst.nonexistent)
print(S.mock_calls)
print(isinstance(inst, Service) if False else 'skip')
sm = Mock(spec=f)
sm(1, 2)
sm.assert_called_with(a=1, b=2)
show(sm.assert_called_with, 1, 2, 3, 4, 5)
with patch(__name__ + '.f', autospec=True) as pf:
    f(1, 2)
    show(f, 1)
    pf.assert_called_once_with(1, 2)
print(pf.call_count)
mm = MagicMock()
mm.method(1, x=2)
mm.method.assert_has_calls([call(1, x=2)])
mm.assert_has_calls([call.method(1, x=ANY)])
show(mm.assert_has_calls, [call.method(2)])
