# Builtins and methods called with wrong argument counts, types and keywords: CPython 3.11's exception texts.
import sys
cases = [
 "str(b'', 1)", "str(1, 2, 3, 4)", "str(x=1)", "str(b'a', encoding=1)",
 "zip(1)", "zip([1], 2)", "zip(strict=1)", "list(zip([1], [1, 2], strict=True))", "list(zip([1, 2], [1], strict=True))", "list(zip([1], [2], [3, 4], strict=True))",
 "sorted(x=1)", "sorted()", "sorted([1], 2)", "sorted([1], key=1)", "sorted([1, 'a'])", "sorted([1], reverse='x')", "sorted([1], foo=1)",
 "dir(1, 2)", "len()", "len(1)", "len(1, 2)", "abs()", "abs('a')", "abs(1, 2)",
 "int('x')", "int('')", "int('1', 1)", "int('1', 37)", "int(1, 10)", "int([])", "int(None)", "int('12', base=2)", "int(x=1)", "int('0x1g', 16)", "int(' 1_000 ')", "int('1__0')",
 "float('x')", "float('')", "float([])", "float(None)", "float(x=1)", "float('1e')", "float(1, 2)",
 "complex('x')", "complex(1, 'a')", "complex('1', 1)", "complex([])",
 "range()", "range(1, 2, 0)", "range('a')", "range(1.5)", "range(1, 2, 3, 4)",
 "enumerate()", "enumerate(1)", "enumerate([], 'a')", "enumerate(x=1)",
 "map()", "map(1)", "list(map(1, [1]))", "filter()", "filter(1)", "list(filter(1, [1]))",
 "sum()", "sum(1)", "sum([1], 'a')", "sum(['a', 'b'], '')", "sum([[1]], start=[])", "sum([], start=1, x=1)",
 "min()", "min(1)", "min([])", "min([], default=1, key=1)", "max(1, 2, default=3)", "max([], key=len)", "min(1, 2, foo=1)", "max(iter([]))",
 "round()", "round('a')", "round(1, 'a')", "round(1.5, None, 3)", "round(x=1)",
 "divmod()", "divmod(1)", "divmod(1, 0)", "divmod('a', 1)", "divmod(1.0, 0)",
 "pow()", "pow(1)", "pow(2, 3, 0)", "pow(2, -1, 4)", "pow(2.0, 3, 4)", "pow(2, 3, 4, 5)", "pow('a', 2)", "pow(0, -1)", "pow(0.0, -1)",
 "hash([])", "hash({})", "hash(1, 2)", "hex('a')", "hex(1.0)", "oct([])", "bin(None)", "chr(-1)", "chr(0x110000)", "chr('a')", "chr()", "ord('')", "ord('ab')", "ord(1)", "ord(b'ab')",
 "isinstance(1)", "isinstance(1, 1)", "isinstance(1, (int, 1))", "issubclass(1, int)", "issubclass(int, 1)",
 "getattr()", "getattr(1)", "getattr(1, 2)", "getattr(1, 'x')", "setattr(1, 'x', 2)", "setattr(1, 2, 3)", "delattr(1, 'x')", "hasattr(1)", "hasattr(1, 2)",
 "iter()", "iter(1)", "iter(1, 2)", "next()", "next(1)", "next([])", "next(iter([]))",
 "format(1, 'x', 2)", "format(1, 1)", "format(1, 'q')", "format('a', 'd')", "format(1.0, 'd')", "format([], 'x')",
 "repr()", "ascii()", "callable()", "id()", "vars(1)", "vars(1, 2)", "locals(1)", "globals(1)",
 "open()", "print(sep=1)", "print(end=2)", "print(file=1)", "print(1, foo=2)", "input(1, 2)",
 "bytes('a')", "bytes(-1)", "bytes([256])", "bytes(['a'])", "bytes(1.0)", "bytes('a', 'x')", "bytearray('a')", "bytearray(-1)", "bytes(x=1)",
 "dict(1)", "dict([1])", "dict([(1, 2, 3)])", "dict(1, 2)", "list(1)", "list(1, 2)", "tuple(1)", "set(1)", "frozenset(1, 2)", "set(x=1)", "list(x=1)",
 "object(1)", "object.__new__(1)", "type()", "type(1, 2)", "type('a', 1, {})", "type('a', (), 1)", "type('a', (1,), {})",
 "slice()", "slice(1, 2, 3, 4)", "super(1)", "super(int, 1)", "property(1, 2, 3, 4, 5)", "staticmethod()", "classmethod(1, 2)",
 "memoryview(1)", "reversed()", "reversed(1)", "reversed({})", "all()", "any(1)", "all(1, 2)",
 "exec()", "exec(1)", "eval()", "eval(1)", "eval('1', 1)", "eval('1', {}, 1)", "compile()", "compile('1', 'f', 'x')", "compile(1, 'f', 'exec')",
 "'a'.join([1])", "'a'.split(1)", "'a'.replace(1, 2)", "'a'.center()", "'a'.center(3, 'ab')", "'a'.startswith(1)", "'a'.find()", "'a'.count(1)", "'a'.encode(1)", "'a'.strip(1)", "'a'.zfill('a')", "'a'.ljust(1, 2)", "'{}'.format()", "'{0}{1}'.format(1)", "'{a}'.format(b=1)", "'{'.format(1)", "'}'.format(1)", "'{0!x}'.format(1)", "'{:d}'.format('a')", "'{:>{}}'.format(1)", "'%d' % 'a'", "'%s %s' % (1,)", "'%s' % (1, 2)", "'%(a)s' % 1", "'%z' % 1", "'%c' % 'ab'", "'%c' % -1",
 "[].index(1)", "[].pop()", "[1].pop(5)", "[].remove(1)", "[].insert()", "[].append()", "[].append(1, 2)", "[].sort(1)", "[].sort(key=1, x=2)", "[1, 'a'].sort()", "[].extend(1)", "[].count()",
 "{}.pop(1)", "{}.popitem()", "{}.get()", "{}.update(1)", "{}.update([1])", "{}.setdefault()", "{}.fromkeys(1)", "dict.fromkeys()",
 "set().remove(1)", "set().pop()", "set().add()", "set().update(1)", "frozenset().add",
 "(1,).index(2)", "(1,).count()", "b'a'.decode(1)", "b'a'.join([1])", "b'a' + 'a'", "'a' + b'a'", "bytearray().pop()", "bytearray(b'a').remove(1)",
 "1 + 'a'", "'a' * 'b'", "[] * 1.5", "1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1.0 // 0.0", "2 ** -1 ** 0.5", "(-8) ** 0.5", "10 ** 400 * 1.0", "float(10 ** 400)", "int(float('inf'))", "int(float('nan'))", "1 << -1", "1 >> -1", "1 << 10 ** 20", "~1.0", "-'a'", "abs('a')", "[] < 1", "1 < 'a'", "None < None", "{} < {}", "[1] < ['a']",
 "(lambda x: x)()", "(lambda x: x)(1, 2)", "(lambda x: x)(y=1)", "(lambda *, x: x)(1)", "(lambda x, /: x)(x=1)", "(lambda: 0)(**{'a': 1})", "(lambda **k: 0)(**1)", "(lambda *a: 0)(*1)", "(lambda x: 0)(1, x=1)", "print(*1)", "print(**{1: 2})", "dict(**{1: 2})",
 "[][0]", "[][1:2:0]", "'a'[5]", "'a'['x']", "{}['k']", "{}[[]]", "(1,)[1]", "range(3)[5]", "None[0]", "1[0]", "len.x", "None.x", "object().x", "type.x", "int.x",
]
for c in cases:
    try:
        exec(c, {})
        print("OK  ", c)
    except BaseException as e:
        print("ERR ", c, "->", type(e).__name__ + ":", e)
def f():
    pass
for attr, v in [('__code__', 1), ('__defaults__', 1), ('__kwdefaults__', 1), ('__name__', 1), ('__qualname__', 1),
                ('__dict__', 1), ('__annotations__', 1), ('__globals__', {}), ('__closure__', ())]:
    try:
        setattr(f, attr, v)
        print('set', attr)
    except Exception as e:
        print(type(e).__name__, e)
for attr in ['__code__', '__name__', '__dict__', '__globals__', '__kwdefaults__', '__annotations__']:
    try:
        delattr(f, attr)
        print('deleted', attr)
    except Exception as e:
        print(type(e).__name__, e)
def outer():
    x = 1
    def inner():
        return x
    return inner
try:
    f.__code__ = outer().__code__
except ValueError as e:
    print("ValueError:", e)
print("ab".center(6, "😀"), "ab".ljust(4, "é"), "ab".rjust(3, "€"))
