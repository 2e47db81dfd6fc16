# unittest.mock: Mock/MagicMock call recording, assertions and their messages, patch forms.
import os
import re
import unittest
from unittest import mock
from unittest.mock import Mock, MagicMock, patch, call, ANY, sentinel, DEFAULT, PropertyMock


def noid(obj):
    return re.sub(r" id='\d+'", " id=ID", repr(obj))


def expect_fail(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except AssertionError as e:
        print('AssertionError:', e)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('no failure')


m = Mock()
m(1, 2, key='v')
m.method('a')
m.attr.nested(3)
m().chained(4)
print(m.called, m.call_count, m.call_args)
print(m.call_args.args, m.call_args.kwargs)
print(m.call_args_list)
print(m.mock_calls)
print(m.method_calls)
print(m.method.call_args == call('a'), m.mock_calls[1] == call.method('a'))
print(noid(m), noid(m.method), noid(m.attr.nested), noid(m()), noid(m().chained))
print(noid(Mock(name='named').child))

m.assert_called_with(1, 2, key='v') if False else None
expect_fail(m.assert_called_with, 1, 2)
m.method.assert_called_once_with('a')
expect_fail(m.method.assert_called_once_with, 'b')
m.method('c')
expect_fail(m.method.assert_called_once)
expect_fail(m.method.assert_called_once_with, 'c')
expect_fail(m.method.assert_not_called)
m.method.assert_any_call('a')
expect_fail(m.method.assert_any_call, 'z')
expect_fail(Mock().assert_called)
expect_fail(Mock(name='thing').assert_called_with, 5)
m.method.assert_has_calls([call('a'), call('c')])
expect_fail(m.method.assert_has_calls, [call('c'), call('a')])
m.method.assert_has_calls([call('c'), call('a')], any_order=True)
expect_fail(m.method.assert_has_calls, [call('q')], any_order=True)
m.method.assert_called_with(ANY)
expect_fail(lambda: m.assert_frobnicated())
print(call(1, ANY) == call(1, [2]), call.x(1) == call.y(1), call(1) != call(2))
print(repr(call), repr(call.a.b), repr(call.a.b(1, k=2)), repr(call(1)(2)))
print(call(1).call_list(), call.x(1).y(2).call_list())

# return_value / side_effect
r = Mock(return_value=42)
print(r(), r('ignored'))
s = Mock(side_effect=[1, 2, ValueError('third')])
print(s(), s())
expect_fail(s)
expect_fail(s)
e = Mock(side_effect=KeyError('k'))
expect_fail(e)
f = Mock(side_effect=lambda x: x * 2)
print(f(21))
g = Mock(side_effect=lambda: DEFAULT, return_value='fallback')
print(g())
w = Mock(wraps=lambda a, b: a + b)
print(w(2, 3), w.call_args)
c = Mock(**{'method.return_value': 3, 'other.side_effect': TypeError, 'attr': 'value'})
print(c.method(), c.attr)
expect_fail(c.other)
c.configure_mock(name_attr=5)
print(c.name_attr)

# reset_mock
m.reset_mock()
print(m.called, m.call_count, m.mock_calls, m.method.call_count)
r.reset_mock(return_value=True)
print(noid(r()))

# spec
class Service:
    limit = 10

    def fetch(self, key):
        return key

    def store(self, key, value):
        pass


sm = Mock(spec=Service)
sm.fetch('k')
print(sm.__class__ is Service, noid(sm))
expect_fail(lambda: sm.missing)
ss = Mock(spec_set=['alpha'])
ss.alpha = 1
expect_fail(setattr, ss, 'beta', 2)
del sm.fetch
expect_fail(lambda: sm.fetch)

# MagicMock magic methods
mm = MagicMock()
print(len(mm), [x for x in iter(mm)], bool(mm), int(mm), float(mm), 3 in mm)
eqm = MagicMock()
print(eqm == eqm, eqm != eqm, eqm == 3, eqm != 3)
mm.__len__.return_value = 5
mm.__iter__.return_value = [1, 2]
mm.__getitem__.side_effect = lambda k: k * 10
mm.__contains__.return_value = True
print(len(mm), [x for x in iter(mm)], mm[4], 'x' in mm)
mm['key'] = 'value'
mm.__setitem__.assert_called_once_with('key', 'value')
print(mm.mock_calls)
with mm as entered:
    print(entered is mm.__enter__.return_value)
mm.__exit__.assert_called_once_with(None, None, None)
mm2 = MagicMock()
mm2.__str__.return_value = 'custom str'
print(str(mm2), mm2 < 3 if False else 'cmp skipped')
expect_fail(lambda: mm2 < mm2)
m3 = Mock()
m3.__len__ = lambda self: 7
print(len(m3))
expect_fail(lambda: len(Mock()))

# sentinel
print(sentinel.token is sentinel.token, sentinel.token, sentinel.token == sentinel.other)

# PropertyMock
class Config:
    @property
    def level(self):
        return 'real'


with patch.object(Config, 'level', new_callable=PropertyMock) as level:
    level.return_value = 'mocked'
    cfg = Config()
    print(cfg.level)
    cfg.level = 'set'
    print(level.mock_calls)
print(Config().level)


# patch forms
def read_env():
    return os.getcwd()


with patch('os.getcwd', return_value='/fake') as getcwd:
    print(read_env(), getcwd.call_count, noid(getcwd))
print(read_env() != '/fake')


@patch('os.listdir')
@patch('os.getcwd')
def decorated(extra, getcwd, listdir):
    getcwd.return_value = 'cwd'
    listdir.return_value = ['f']
    return os.getcwd(), os.listdir('.'), extra


print(decorated('extra'))
print(os.getcwd() != 'cwd')

target = {'a': 1}
with patch.dict(target, {'b': 2}):
    print(sorted(target.items()))
print(target)
with patch.dict(target, clear=True):
    print(target)
print(target)
with patch.dict('os.environ', {'SHARPY_MOCK_TEST': 'yes'}):
    print(os.environ['SHARPY_MOCK_TEST'])
print('SHARPY_MOCK_TEST' in os.environ)


class Holder:
    value = 1

    def method(self):
        return 'original'


with patch.object(Holder, 'value', 99):
    print(Holder.value)
print(Holder.value)
with patch.object(Holder, 'method', return_value='patched') as pm:
    print(Holder().method(), pm.call_count)
print(Holder().method())
with patch.multiple(Holder, value=5, method=DEFAULT) as values:
    print(Holder.value, sorted(values))
p = patch.object(Holder, 'value', 'started')
p.start()
print(Holder.value)
p.stop()
print(Holder.value)
expect_fail(patch, 'nodots')
try:
    with patch.object(Holder, 'missing'):
        pass
except AttributeError as e:
    print('AttributeError:', str(e).split(' does not')[1])
with patch.object(Holder, 'missing', create=True, new='made'):
    print(Holder.missing)
print(hasattr(Holder, 'missing'))


class PatchedTests(unittest.TestCase):
    @patch.object(Holder, 'value', 7)
    def test_value(self):
        self.assertEqual(Holder.value, 7)

    @patch('os.getcwd', return_value='x')
    def test_cwd(self, getcwd):
        self.assertEqual(os.getcwd(), 'x')
        getcwd.assert_called_once_with()


res = unittest.TestResult()
unittest.TestLoader().loadTestsFromTestCase(PatchedTests).run(res)
print(res.testsRun, res.failures, res.errors)

# mock_open
opener = mock.mock_open(read_data='line1\nline2\n')
with patch('builtins.open', opener):
    with open('some/file.txt') as fh:
        print(fh.read())
    with open('other.txt', 'w') as fh:
        fh.write('data')
    with open('lines.txt') as fh:
        print(list(fh))
opener.assert_any_call('other.txt', 'w')
print(opener.call_count, opener.return_value.write.call_args)
print(opener.mock_calls[:3])

# attach_mock and parent tracking
parent = Mock()
child1, child2 = Mock(), Mock()
parent.attach_mock(child1, 'first')
parent.attach_mock(child2, 'second')
child1(1)
child2.run(2)
print(parent.mock_calls)
manager = MagicMock()
manager.a.b.c(1)
manager().x.y(2)
print(manager.mock_calls, manager.method_calls)
