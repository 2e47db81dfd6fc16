import unittest
import io
import sys


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1]

    def __len__(self):
        return len(self._items)


class StackTests(unittest.TestCase):
    def setUp(self):
        self.s = Stack()

    def test_push_pop(self):
        self.s.push(1)
        self.s.push(2)
        self.assertEqual(self.s.pop(), 2)
        self.assertEqual(len(self.s), 1)

    def test_pop_empty(self):
        with self.assertRaises(IndexError) as cm:
            self.s.pop()
        self.assertIn("empty", str(cm.exception))

    def test_raises_regex(self):
        self.assertRaisesRegex(IndexError, r"^pop from", self.s.pop)

    def test_failing_equal(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_failing_dict(self):
        self.assertDictEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})

    def test_error(self):
        self.s.peek()

    @unittest.skip("not ready")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertTrue(False)

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertNotEqual(i, 2)

    def test_almost(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertGreater(3, 2)
        self.assertIsNone(None)
        self.assertIsInstance(self.s, Stack)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])

    def test_multiline(self):
        self.assertEqual("alpha\nbeta\ngamma\n", "alpha\nBETA\ngamma\n")


class FixtureTests(unittest.TestCase):
    log = []

    @classmethod
    def setUpClass(cls):
        cls.log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        cls.log.append("tearDownClass")

    def tearDown(self):
        self.log.append("tearDown " + self._testMethodName)

    def test_a(self):
        self.addCleanup(self.log.append, "cleanup a")
        self.assertTrue(True)

    def test_b(self):
        self.assertLess(1, 2, msg="custom message")

    def test_c_msg(self):
        self.assertTrue(0, "zero is falsy")


stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
prog = unittest.main(argv=["prog"], testRunner=runner, exit=False)
import os
out = stream.getvalue().replace(os.path.dirname(os.path.abspath(__file__)), "<dir>")
lines = [ln for ln in out.splitlines() if not ln.startswith("Ran ")]
print("\n".join(lines))
result = prog.result
print("run:", result.testsRun, "failures:", len(result.failures), "errors:", len(result.errors),
      "skipped:", len(result.skipped), "xfail:", len(result.expectedFailures), "ok:", result.wasSuccessful())
print(FixtureTests.log)
print(sorted(t.id().split(".")[-1] for t, _ in result.failures))

suite = unittest.TestSuite()
suite.addTest(StackTests("test_push_pop"))
suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(FixtureTests))
s2 = io.StringIO()
r2 = unittest.TextTestRunner(stream=s2, verbosity=0).run(suite)
print(r2, suite.countTestCases())
print(s2.getvalue().splitlines()[0])
