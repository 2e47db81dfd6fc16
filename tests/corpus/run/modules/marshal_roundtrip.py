# marshal: CPython's bytes for data values, round trips, code objects, errors.
import marshal

values = [
    None, True, False, ..., StopIteration,
    0, 1, -1, 255, 256, 1000, -2**31, 2**31 - 1, 2**31, -2**31 - 1, 2**40, -2**70, 2**64, 2**15, -2**15, 2**30 - 1,
    0.0, -0.0, 1.5, -2.25, 1e300, 1e-300, float('inf'), float('-inf'),
    1j, -2.5j, (1 + 2j),
    '', 'abc', 'abc_9', 'a b', 'é', 'éé', '\u20ac', '\U0001d11e', '\ud834\udd1e', '\udc80', 'A' * 300, 'x y' * 100, 'é' * 300,
    b'', b'xy', b'\x00\xff' * 200,
    (), (1, 2), (1000, 'x y'), (1, (2, 3)), ((1, 2), (1, 2)), tuple(range(300)),
    [], [1, 2], [1000, [2000]], [(2, 3)], [[1], [1]], [1000, 1000], [1.5, 1.5], ['a b', 'a b'],
    {}, {'a': 1}, {'a': (1, 2)}, {'k': [1], 'j': {'x': 1.5}}, {1: 'one', 'two': 2.0, (3,): None},
    set(), {1, 2}, {'bb', 'a', 'ccc', 'dd', 300, 5}, frozenset({3}), frozenset({(1, 2)}), [frozenset({1})],
    ('abc', 'abc'), ('a b', 'a b'), (b'x', b'x'), (1000, 1000), ('x', 'é'),
]
for i, v in enumerate(values):
    data = marshal.dumps(v)
    back = marshal.loads(data)
    same = back == v or (v != v and back != back)
    print(i, data.hex() if len(data) < 80 else (len(data), data[:40].hex()), same, type(back).__name__)

print(marshal.version)
for version in range(5):
    print(version, [marshal.dumps(v, version).hex() for v in (1.5, 0.1, 1e20, 1e-05, -0.0, 'abc', 'é', (1,), 1j, [1.25], 2**70)])
    for v in (1.5, 0.1, 1e20, 'abc', 'é', (1, 'x'), 1j, [1.25], {'k': {1, 2}}, 2**70, 2.5 - 1j):
        assert marshal.loads(marshal.dumps(v, version)) == v, (version, v)

s = marshal.loads(marshal.dumps('\ud834\udd1e'))
print(len(s), ascii(s), [hex(ord(c)) for c in s], len(marshal.loads(marshal.dumps('\U0001d11e'))))

# Trailing bytes are ignored; bytearray input is accepted.
print(marshal.loads(b'N' + b'garbage'), marshal.loads(bytearray(marshal.dumps((1, 'a')))))
# A list that contains itself.
loop = marshal.loads(b'\xdb\x01\x00\x00\x00r\x00\x00\x00\x00')
print(loop[0] is loop)

# Code objects round-trip and run.
code = compile("def f(x):\n    return x * 2 + len('\\ud834\\udd1e')\nresult = [f(i) for i in range(4)]\n", '<m>', 'exec')
loaded = marshal.loads(marshal.dumps(code))
namespace = {}
exec(loaded, namespace)
print(type(loaded).__name__, namespace['result'], namespace['f'].__name__)

def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, 'ok', repr(result)[:60])

attempt('str input', lambda: marshal.loads('abc'))
attempt('int input', lambda: marshal.loads(1))
attempt('empty', lambda: marshal.loads(b''))
attempt('short int', lambda: marshal.loads(b'i\x01'))
attempt('unknown code', lambda: marshal.loads(b'\x01'))
attempt('bad ref', lambda: marshal.loads(b'r\x00\x00\x00\x00'))
attempt('long tuple', lambda: marshal.loads(b'(\x00\x10\x00\x00NN'))
attempt('negative list', lambda: marshal.loads(b'[\xff\xff\xff\xff'))
attempt('short bytes', lambda: marshal.loads(b's\x05\x00\x00\x00ab'))
attempt('bad utf8', lambda: marshal.loads(b'u\x02\x00\x00\x00\xff\xfe'))
attempt('bad digit', lambda: marshal.loads(b'l\x01\x00\x00\x00\xff\xff'))
attempt('unnormalized', lambda: marshal.loads(b'l\x01\x00\x00\x00\x00\x00'))
attempt('long long', lambda: marshal.loads(b'l\x00\x10\x00\x00\x01\x00'))
attempt('null', lambda: marshal.loads(b'0'))
attempt('null in list', lambda: marshal.loads(b'[\x01\x00\x00\x000'))
attempt('null in tuple', lambda: marshal.loads(b'(\x01\x00\x00\x000'))
attempt('null in set', lambda: marshal.loads(b'<\x01\x00\x00\x000'))
attempt('unhashable', lambda: marshal.loads(b'<\x01\x00\x00\x00[\x00\x00\x00\x00'))
attempt('float text', lambda: marshal.loads(b'f\x031.5'))
attempt('bad float', lambda: marshal.loads(b'f\x03abc'))
attempt('truncated z', lambda: marshal.loads(b'z'))
attempt('deep', lambda: marshal.loads(b'[\x01\x00\x00\x00' * 3000 + b'N'))
attempt('unmarshallable', lambda: marshal.dumps(object()))
attempt('nested unmarshallable', lambda: marshal.dumps([1, {2: object()}]))
attempt('too deep', lambda: marshal.dumps(eval('[' * 2100 + ']' * 2100)))
attempt('keyword', lambda: marshal.dumps(1, version=2))
attempt('no args', lambda: marshal.dumps())
attempt('three args', lambda: marshal.dumps(1, 2, 3))
attempt('str version', lambda: marshal.dumps(1, 'x'))
attempt('big version', lambda: marshal.dumps(1, 2**70))
attempt('loads arity', lambda: marshal.loads())
attempt('load non-file', lambda: marshal.load(1))
attempt('dump arity', lambda: marshal.dump(1))
attempt('bytearray', lambda: marshal.dumps(bytearray(b'ab')))
