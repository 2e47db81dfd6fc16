import difflib, shlex, uuid, array, copy, weakref, heapq, string
a = "the quick brown fox jumps over the lazy dog".split()
b = "the quick red fox jumped over the very lazy dog".split()
sm = difflib.SequenceMatcher(None, a, b)
print(round(sm.ratio(), 4), sm.get_matching_blocks(), sm.get_opcodes())
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy", "applet"], n=3, cutoff=0.5))
old = ["line one\n", "line two\n", "line three\n", "line four\n"]
new = ["line one\n", "line 2\n", "line three\n", "line four\n", "line five\n"]
print("".join(difflib.unified_diff(old, new, fromfile="a.txt", tofile="b.txt")), end="")
print("".join(difflib.context_diff(old, new, n=1)), end="")
print("".join(difflib.ndiff(["abcde\n"], ["abXde\n"])), end="")
print(list(difflib.Differ().compare(["one", "two"], ["one", "tree"])))
print(round(difflib.SequenceMatcher(None, "abcd", "bcde").quick_ratio(), 3), difflib.SequenceMatcher(None, "kitten", "sitting").find_longest_match(0, 6, 0, 7))
print(shlex.split('cmd --opt "quoted arg" \'single q\' esc\\ aped # comment'), shlex.split("a # b", comments=True), shlex.quote("it's here"), shlex.join(["a b", "c"]))
print(uuid.uuid5(uuid.NAMESPACE_DNS, "example.com"), uuid.uuid3(uuid.NAMESPACE_URL, "http://x"), uuid.UUID("12345678-1234-5678-1234-567812345678").hex, repr(uuid.UUID(int=1)))
u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u.version, u.variant, u.fields, str(u).upper(), u.urn, uuid.UUID(bytes=b"\x00" * 16) == uuid.UUID(int=0), len(str(uuid.uuid4())))
arr = array.array("i", [5, 3, 1])
arr.append(7); arr.extend([2, 2]); arr.insert(0, 9)
print(arr, arr.tolist(), arr.count(2), arr.index(1), arr.itemsize, arr.typecode, sum(arr), arr[1:3], array.array("d", [1.5]) * 2)
print(array.array("b", b"\x01\xff"), array.array("u", "hi"), array.array("H", [1, 2]).tobytes(), array.array("f", [0.1])[0])
try:
    array.array("b", [200])
except OverflowError as e:
    print("OverflowError:", e)
try:
    array.array("z")
except ValueError as e:
    print("ValueError:", e)
class Node:
    def __init__(self, v, children=None):
        self.v = v; self.children = children or []
    def __repr__(self): return f"Node({self.v}, {self.children})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
shallow = copy.copy(tree); deep = copy.deepcopy(tree)
tree.children[1].v = 30
print(shallow, deep, shallow.children is tree.children, deep.children is tree.children)
class Custom:
    def __init__(self): self.data = [1]; self.cache = {"big": 1}
    def __deepcopy__(self, memo):
        c = Custom.__new__(Custom); c.data = copy.deepcopy(self.data, memo); c.cache = {}; return c
    def __copy__(self):
        c = Custom.__new__(Custom); c.data = self.data; c.cache = "shared"; return c
print(vars(copy.deepcopy(Custom())), vars(copy.copy(Custom())))
lst = [1, 2]; lst.append(lst)
dc = copy.deepcopy(lst)
print(dc, dc[2] is dc)
class Obj:
    def __init__(self, n): self.n = n
o = Obj(1)
r = weakref.ref(o)
print(r() is o, r().n)
wd = weakref.WeakValueDictionary()
wd["a"] = o
print(list(wd.keys()))
fin = weakref.finalize(o, print, "finalized!")
print(fin.alive, fin.peek()[1:], fin.detach()[0] is o, fin.alive)
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2], key=lambda x: -x), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len), list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
h = [5, 3, 8]; heapq.heapify(h); print(h, heapq.heappushpop(h, 1), heapq.heapreplace(h, 10), h)
print(list(heapq.merge(["b", "d"], ["a", "c"], reverse=False)), list(heapq.merge([3, 1], [2], key=lambda x: -x)))
print(string.Formatter().vformat("{a}-{0}", ("z",), {"a": 1}), "{:^10.3}".format("abcdef"), "{!r:>8}".format("x"), "{0:{1}}".format(3.14159, ".2f"), "{:%}".format(0.25))
