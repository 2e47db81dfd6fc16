# TextTestRunner output for failure messages (diffs of long values, custom msg/longMessage),
# nested subTests, class skips, tearDown/cleanup errors and assertLogs.
import unittest, io, re, logging

class T(unittest.TestCase):
    def test_long_str(self):
        self.assertEqual("x" * 100 + "a", "x" * 100 + "b")
    def test_long_list(self):
        self.assertEqual(list(range(100)), list(range(1, 101)))
    def test_dict_long(self):
        self.assertEqual({i: str(i) for i in range(20)}, {i: str(i + (i == 7)) for i in range(20)})
    def test_set(self):
        self.assertSetEqual({1, 'a'}, {2, 'a'})
    def test_not_in(self):
        self.assertNotIn('a', 'abc', 'extra info')
    def test_almost_places(self):
        self.assertAlmostEqual(1.0001, 1.0002, places=5)
    def test_count_long(self):
        self.assertCountEqual("aabbc", "abccd")
    def test_raises_wrong(self):
        with self.assertRaises(KeyError):
            raise ValueError("nope")
    def test_raises_regex_none(self):
        with self.assertRaisesRegex(ValueError, "x"):
            pass
    def test_multiline_long(self):
        self.assertMultiLineEqual("line1\nline2\nline3\n", "line1\nlineX\nline3\nline4\n")
    def test_msg_no_long(self):
        self.longMessage = False
        self.assertEqual(1, 2, "only this")
    def test_nested_sub(self):
        with self.subTest("outer", a=1):
            with self.subTest(b=2):
                raise RuntimeError("in sub")
    def test_ok(self):
        """Passing test with doc.

        more lines"""
    def test_type_mismatch(self):
        self.assertEqual([1], (1,))
    def test_logs(self):
        with self.assertLogs('foo', level='INFO') as cm:
            logging.getLogger('foo').info('first')
            logging.getLogger('foo.bar').error('second')
        print(cm.output)

class TD(unittest.TestCase):
    def tearDown(self):
        raise ValueError("td")
    def test_x(self): pass
    def test_y(self): self.assertTrue(False)

@unittest.skip("whole class")
class SK(unittest.TestCase):
    def test_a(self): pass

class CU(unittest.TestCase):
    def test_cleanup(self):
        self.addCleanup(lambda: 1/0)

def run(verbosity, classes):
    stream = io.StringIO()
    suite = unittest.TestSuite()
    for c in classes:
        suite.addTests(unittest.TestLoader().loadTestsFromTestCase(c))
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    out = re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests", stream.getvalue())
    print(re.sub(r'File ".*?([^/]+\.py)"', r'File "\1"', out))
    print(result)

run(2, (T, TD, SK, CU))
run(1, (TD,))
run(0, (SK,))
