# difflib: SequenceMatcher, unified/context diffs, ndiff with intraline hints, close matches.
import difflib
import keyword

s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio(), s.get_matching_blocks(), s.get_opcodes())
s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.find_longest_match(0, 10, 0, 10), s.find_longest_match())
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('{:7} a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(tag, i1, i2, j1, j2, s.a[i1:i2], s.b[j1:j2]))
s.set_seqs('abcd', 'bcde')
print(s.get_opcodes(), s.ratio())
s.set_seq1([1, 2, 3, 4])
s.set_seq2([2, 3, 5])
print(s.get_matching_blocks(), s.get_opcodes())
a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n', 'eleven\n']
b = ['zero\n', 'one\n', 'two\n', 'THREE\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n', 'eleven\n', 'twelve\n']
print(''.join(difflib.unified_diff(a, b, fromfile='a.txt', tofile='b.txt', fromfiledate='2024-01-01', tofiledate='2024-01-02')), end='')
print(''.join(difflib.unified_diff(a, b, n=1)), end='')
print(''.join(difflib.context_diff(a, b, fromfile='a.txt', tofile='b.txt')), end='')
print(''.join(difflib.context_diff(a, b, n=0)), end='')
print(list(difflib.unified_diff(['x'], ['y'], lineterm='')), list(difflib.unified_diff(['same'], ['same'])))
print(list(difflib.unified_diff([], ['new\n'])), list(difflib.context_diff(['old\n'], [])))
delta = list(difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True), 'ore\ntree\nemu\n'.splitlines(keepends=True)))
print(''.join(delta), end='')
print(''.join(difflib.restore(delta, 1)), end='')
print(''.join(difflib.restore(delta, 2)), end='')
print(''.join(difflib.ndiff(['abcdefghij\n', 'same\n', 'tab\there x\n'], ['abcdXfghij\n', 'same\n', 'tab\there y\n'])), end='')
print(''.join(difflib.ndiff(['   indented line one\n'], ['\tindented line 1\n'])), end='')
print(list(difflib.Differ().compare(['a\n', 'b\n'], ['a\n', 'c\n', 'd\n'])))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', keyword.kwlist), difflib.get_close_matches('accept', keyword.kwlist))
print(difflib.get_close_matches('pyhton', ['python', 'typhon', 'java', 'pythons'], n=2, cutoff=0.5))
for n, cutoff in ((0, 0.6), (1, 1.5)):
    try:
        difflib.get_close_matches('x', [], n=n, cutoff=cutoff)
    except ValueError as e:
        print('ValueError', e)
try:
    list(difflib.restore([], 3))
except ValueError as e:
    print('ValueError', e)
try:
    list(difflib.unified_diff([b'x'], [b'y']))
except TypeError as e:
    print('TypeError', e)
s = difflib.SequenceMatcher(None, 'a' * 300 + 'b', 'a' * 299 + 'b')
print(s.ratio(), s.bpopular, list(s.get_grouped_opcodes(1)))
s = difflib.SequenceMatcher(None, 'a' * 300 + 'b', 'a' * 299 + 'b', autojunk=False)
print(s.ratio())
print(list(difflib.SequenceMatcher(None, [1, 2, 3], [1, 3]).get_grouped_opcodes()))
print(difflib.IS_LINE_JUNK('  # \n'), difflib.IS_LINE_JUNK('code\n'), difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('x'))
print(difflib.Match(1, 2, 3), list(difflib.diff_bytes(difflib.unified_diff, [b'a\n'], [b'b\n'])))
