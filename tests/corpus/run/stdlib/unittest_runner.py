# unittest runner output: dots and verbose modes, fixtures, cleanups, skips, subtests, main().
import io
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
log = []


def clean(text):
    return re.sub(r'in \d+\.\d+s', 'in 0.000s', text).replace(HERE, '<dir>')


def run(test, verbosity=1, **kw):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(test)
    print(clean(stream.getvalue()))
    print(result, result.wasSuccessful(), len(result.skipped), len(result.expectedFailures))
    return result


def setUpModule():
    log.append('setUpModule')


def tearDownModule():
    log.append('tearDownModule')


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')
        cls.addClassCleanup(log.append, 'classCleanup')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup ' + self._testMethodName)

    def tearDown(self):
        log.append('tearDown')

    def test_b(self):
        log.append('b')

    def test_a(self):
        log.append('a')
        self.assertIn('z', 'abc')

    def helper(self):
        pass


class Mixed(unittest.TestCase):
    def test_error_in_helper(self):
        def inner():
            return {}['missing']
        inner()

    @unittest.skipIf(True, 'condition true')
    def test_skipif(self):
        pass

    @unittest.skipUnless(False, 'condition false')
    def test_skipunless(self):
        pass

    def test_skiptest(self):
        self.skipTest('inside')

    @unittest.expectedFailure
    def test_expected(self):
        raise ZeroDivisionError

    def test_subtests(self):
        for n in [1, 2, 3, 4]:
            with self.subTest(n=n, kind='even?'):
                self.assertEqual(n % 2, 0)
        with self.subTest('message only'):
            raise RuntimeError('in subtest')

    def test_chained(self):
        try:
            {}['k']
        except KeyError as e:
            raise ValueError('converted') from e


@unittest.skip('whole class')
class Skipped(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        pass


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        raise OSError('no resource')

    def test_never(self):
        log.append('never')


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError('class setup failed')

    def test_x(self):
        pass


class Documented(unittest.TestCase):
    def test_doc(self):
        """First line of the doc.

        More text.
        """

    def test_failing_doc(self):
        """Checks arithmetic."""
        self.assertEqual(2 + 2, 5, 'math is broken')


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Fixtures))
suite = unittest.TestSuite()
suite.addTests(loader.loadTestsFromTestCase(c) for c in (Fixtures, Mixed))
print(suite.countTestCases())
run(suite)
print(log)
log.clear()
run(loader.loadTestsFromTestCase(Fixtures), verbosity=2)
run(loader.loadTestsFromTestCase(Mixed), verbosity=2)
run(loader.loadTestsFromTestCase(Skipped), verbosity=2)
run(unittest.TestSuite([loader.loadTestsFromTestCase(BrokenSetUp),
                        loader.loadTestsFromTestCase(BrokenClass)]), verbosity=2)
run(loader.loadTestsFromTestCase(Documented), verbosity=2)
run(loader.loadTestsFromTestCase(Documented), verbosity=2, descriptions=False)
run(loader.loadTestsFromTestCase(Mixed), verbosity=0)
run(loader.loadTestsFromTestCase(Mixed), failfast=True)
print(log)

# Name based loading, FunctionTestCase, suites of suites.
module = sys.modules[__name__]
s = loader.loadTestsFromNames(['Fixtures.test_b', 'Documented'], module)
print(s.countTestCases(), [t.id() for t in s._tests[1]])
s = loader.loadTestsFromName('Nope', module)
print(s.countTestCases(), loader.errors[-1].splitlines()[0])
print(len(loader.loadTestsFromModule(module)._tests))


def plain():
    assert 1 == 2, 'plain function failed'


ftc = unittest.FunctionTestCase(plain, description='a function')
print(ftc, repr(ftc)[:35])
run(ftc, verbosity=2)
try:
    unittest.TestSuite().addTest(Fixtures)
except TypeError as e:
    print(e)
try:
    unittest.TestSuite('abc')
except TypeError as e:
    print(e)

# Buffered output: only shown for failing tests.
class Noisy(unittest.TestCase):
    def test_quiet_pass(self):
        print('you should not see this')

    def test_loud_fail(self):
        print('captured output')
        self.fail('noisy failure')


old = sys.stdout
sys.stdout = io.StringIO()
try:
    res = unittest.TextTestRunner(stream=io.StringIO(), buffer=True).run(
        loader.loadTestsFromTestCase(Noisy))
    shown = sys.stdout.getvalue()
finally:
    sys.stdout = old
print(repr(shown))
print(clean(res.failures[0][1]))

# unittest.main with an explicit argv and runner, not exiting.
stream = io.StringIO()
prog = unittest.main(module=__name__, argv=['prog', '-v', 'Documented.test_doc', 'Fixtures'],
                     testRunner=unittest.TextTestRunner(stream=stream, verbosity=2), exit=False)
print(clean(stream.getvalue()))
print(prog.result.testsRun, prog.verbosity)
stream = io.StringIO()
prog = unittest.main(argv=['prog', '-k', 'doc'], exit=False,
                     testRunner=unittest.TextTestRunner(stream=stream))
print(clean(stream.getvalue()), prog.result.testsRun)
try:
    unittest.main(argv=['prog', 'Documented'], testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    print('exit code', e.code)
