# Every assert* method of unittest.TestCase: failure messages, msg=, longMessage, maxDiff.
import unittest
import warnings
import logging


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(name, *args, **kwargs):
    try:
        getattr(t, name)(*args, **kwargs)
    except AssertionError as e:
        print(f"{name}: FAIL\n{e}")
    except Exception as e:
        print(f"{name}: {type(e).__name__}: {e}")
    else:
        print(f"{name}: ok")
    print('-' * 20)


check('assertEqual', 1, 1)
check('assertEqual', 1, 2)
check('assertEqual', 1, 2, 'custom')
check('assertEqual', 'abc', 'abd')
check('assertEqual', 'a' * 100, 'a' * 99 + 'b')
check('assertEqual', 'x' * 50 + 'one' + 'y' * 60, 'x' * 50 + 'two' + 'y' * 60)
check('assertEqual', 'line1\nline2\nline3\n', 'line1\nLINE2\nline3\n')
check('assertEqual', [1, 2, 3], [1, 2, 3, 4, 5])
check('assertEqual', [1, 2, 3, 4], [1, 2])
check('assertEqual', (1, 'a'), (1, 'b'))
check('assertEqual', {1, 2, 3}, {2, 3, 4})
check('assertEqual', frozenset([1]), frozenset())
check('assertEqual', {'k': [1, 2], 'j': 'v'}, {'k': [1, 3], 'j': 'v'})
check('assertEqual', list(range(100)), list(range(1, 101)))
check('assertEqual', 1.0, 1)
check('assertEqual', [1], (1,))
check('assertNotEqual', 3, 3)
check('assertNotEqual', 3, 4)
check('assertTrue', 0)
check('assertTrue', [], 'need items')
check('assertFalse', 'yes')
check('assertIs', None, False)
check('assertIsNot', None, None)
check('assertIsNone', 5)
check('assertIsNotNone', None)
check('assertIn', 3, [1, 2])
check('assertIn', 'x', 'abc')
check('assertNotIn', 1, {1: 'a'})
check('assertIsInstance', 3, str)
check('assertIsInstance', 3, (int, float))
check('assertNotIsInstance', 3, int)
check('assertAlmostEqual', 1.0, 1.00000001)
check('assertAlmostEqual', 1.0, 1.1)
check('assertAlmostEqual', 1.0, 1.1, places=3)
check('assertAlmostEqual', 10, 12, delta=1)
check('assertAlmostEqual', 10, 12, delta=1, places=2)
check('assertNotAlmostEqual', 1.0, 1.00000001)
check('assertNotAlmostEqual', 10, 10.5, delta=1)
check('assertGreater', 1, 2)
check('assertGreaterEqual', 1, 2)
check('assertLess', 2, 1)
check('assertLessEqual', 2, 1)
check('assertRegex', 'hello world', r'wor')
check('assertRegex', 'hello world', r'^world')
check('assertNotRegex', 'hello world', r'o w')
check('assertCountEqual', [1, 2, 2, 3], [3, 2, 1, 2])
check('assertCountEqual', [1, 2, 2, 3], [3, 3, 1])
check('assertCountEqual', [[1], [2]], [[2], [3]])
check('assertSequenceEqual', 'abc', ['a', 'b', 'c'])
check('assertSequenceEqual', [1, 2], [1, 3])
check('assertListEqual', [1], (1,))
check('assertTupleEqual', (1,), [1])
check('assertDictEqual', {}, [])
check('assertSetEqual', {1}, [1])
check('assertMultiLineEqual', 'a', b'a')
check('assertMultiLineEqual', 'single line', 'single lime')
check('fail', 'explicit failure')
check('fail')

# assertRaises as context manager and callable
with t.assertRaises(ValueError) as cm:
    int('x')
print(type(cm.exception).__name__, cm.exception)
check('assertRaises', ValueError, int, '5')
check('assertRaises', ValueError, int, 'zz')
check('assertRaises', (KeyError, IndexError), [].pop)
check('assertRaises', 5)
try:
    with t.assertRaises(KeyError):
        pass
except AssertionError as e:
    print('cm:', e)
try:
    with t.assertRaises(KeyError, msg='wanted key error'):
        pass
except AssertionError as e:
    print('cm:', e)
try:
    with t.assertRaises(KeyError, foo=1):
        pass
except TypeError as e:
    print('cm:', e)
try:
    with t.assertRaises(KeyError):
        raise ValueError('passes through')
except ValueError as e:
    print('passed through:', e)
with t.assertRaisesRegex(ValueError, r'invalid literal'):
    int('q')
check('assertRaisesRegex', ValueError, r'^nothing', int, 'q')
check('assertRaisesRegex', ValueError, 'base', int, 'q')


def warner():
    warnings.warn('careful now', UserWarning)


with t.assertWarns(UserWarning) as cm:
    warner()
print('warning:', cm.warning, type(cm.lineno).__name__)
check('assertWarns', DeprecationWarning, lambda: None)
check('assertWarnsRegex', UserWarning, 'careful', warner)
check('assertWarnsRegex', UserWarning, 'reckless', warner)

with t.assertLogs('app', level='INFO') as cm:
    logging.getLogger('app').info('first')
    logging.getLogger('app.sub').warning('second %d', 2)
    logging.getLogger('app').debug('hidden')
print(cm.output)
print([r.getMessage() for r in cm.records])
try:
    with t.assertLogs('quiet', 'ERROR'):
        logging.getLogger('quiet').warning('not enough')
except AssertionError as e:
    print('logs:', e)
try:
    with t.assertNoLogs('noisy'):
        logging.getLogger('noisy').error('oops')
except AssertionError as e:
    print('nologs:', e)

# longMessage / maxDiff
t.longMessage = False
check('assertEqual', 1, 2, 'only mine')
check('assertEqual', 1, 2)
t.longMessage = True
t.maxDiff = 20
check('assertEqual', list(range(30)), list(range(1, 31)))
t.maxDiff = None
check('assertEqual', {'a': 'x' * 30, 'b': 2}, {'a': 'x' * 30, 'b': 3})


class Custom(unittest.TestCase):
    def runTest(self):
        pass


class Point:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f'Point({self.x})'


c = Custom()
c.addTypeEqualityFunc(Point, lambda a, b, msg=None: None if a.x == b.x else c.fail(f'x differ: {a.x} vs {b.x}'))
try:
    c.assertEqual(Point(1), Point(2))
except AssertionError as e:
    print('custom eq:', e)
c.assertEqual(Point(1), Point(1))
print(c.shortDescription(), c.id(), str(c), repr(c))
print(T('runTest') == T('runTest'), hash(T('runTest')) == hash(T('runTest')))
try:
    T('nope')
except ValueError as e:
    print(e)
