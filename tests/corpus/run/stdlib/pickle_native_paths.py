# pickle.dumps of plain data is written by a native fast path and pickle.loads of such data read by
# one; both must give CPython's bytes (memo by identity, batching, framing, opcodes per protocol) and
# fall back to the Python pickler for everything else without a visible difference.
import hashlib
import pickle
import pickletools


def show(label, data):
    # long pickles are summarised by length and digest
    if len(data) > 120:
        print(label, len(data), hashlib.sha256(data).hexdigest()[:16])
    else:
        print(label, data)


s1000 = set(range(1000))
shared = ['s']
rec_list = [1]
rec_list.append(rec_list)
rec_dict = {}
rec_dict['me'] = rec_dict
tl = []
tup_rec = (tl, 1)
tl.append(tup_rec)
big_tup_rec_list = []
big_tup_rec = (1, 2, 3, 4, big_tup_rec_list)
big_tup_rec_list.append(big_tup_rec)
fs_in_list = []
s_text = 'shared text'

OBJECTS = [
    None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2 ** 31 - 1, 2 ** 31, -2 ** 31,
    -2 ** 31 - 1, 2 ** 63, -2 ** 63, 2 ** 64, 255 ** 300, -(255 ** 300), 0.0, -0.0, 1.5, 1e300,
    float('inf'), -float('inf'), '', 'abc', 'é€', '\U0001f600 astral', 'x' * 300, b'', b'\x00\xff',
    b'y' * 300, bytearray(b'ba'), bytearray(), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1],
    [1, 2], list(range(1001)), list(range(2500)), {}, {'a': 1}, {'a': 1, 'b': [2]},
    {i: str(i) for i in range(1001)}, set(), {1, 2, 3}, set(range(1001)), frozenset(),
    frozenset({1, 2}), [shared, shared, (shared,)], [s_text, s_text], rec_list, rec_dict, tup_rec,
    big_tup_rec, ([],) * 3, [[]] * 3, {'k': (1, 'k')}, [frozenset({(1, 2)})] * 2,
    {(1, 2): [3.5, None]}, [True, False, None] * 4, list(range(300)),
    ['a' * 70000], [b'b' * 70000, 'tail'], [b'c' * 40000, b'd' * 40000], 'é' * 40000,
    # below: not plain data, the Python pickler takes over
    [1, range(3)], {"x": complex(1, 2)}, [1, int], "\udc80 lone surrogate", [s1000, set(range(2000))],
    {i: 0 for i in range(2000)}, [range(1), s1000, {i: 0 for i in range(1000)}],
]

for proto in range(0, 6):
    for i, obj in enumerate(OBJECTS):
        try:
            data = pickle.dumps(obj, proto)
        except Exception as e:
            print(proto, i, type(e).__name__, e)
            continue
        show(f"{proto} {i}", data)
        back = pickle.loads(data)
        print(' ', repr(back)[:60] if i not in (65, 66, 67) else type(back).__name__,
              pickle.dumps(back, proto) == data)

print(pickle.dumps([1, 2], -1), pickle.dumps([1, 2], protocol=None), pickle.dumps([1], True))
for bad in [6, 7, 'x']:
    try:
        pickle.dumps([1], bad)
    except Exception as e:
        print(type(e).__name__, e)

# shared and recursive references survive the round trip
r = pickle.loads(pickle.dumps(rec_list))
print(r[1] is r, pickle.loads(pickle.dumps(rec_dict))['me'] is not None)
t = pickle.loads(pickle.dumps(tup_rec))
print(t[0][0] is t)
x = pickle.loads(pickle.dumps([shared, shared]))
print(x[0] is x[1])

# loads of data the native reader does not take (memoryview, protocol 0/1, malformed input)
print(pickle.loads(memoryview(pickle.dumps({'m': 1}))))
print(pickle.loads(b'(lp0\nI1\naI2\na.'))
for bad in [b'', b'\x80\x04', b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01.', b'K\x01K\x02u.',
            b']K\x01s.', b'}]K\x01s.', b'\x80\x07N.', b'h\x05.', b'(K\x01.', b'\x80\x04\x8c\x02\xff\xfe.',
            b'N\x00', b'X\x05\x00\x00\x00abc']:
    try:
        print(repr(pickle.loads(bad)))
    except Exception as e:
        print(type(e).__name__, e)

# the file forms
import io
f = io.BytesIO()
pickle.dump({'f': [1, 2]}, f, 4)
print(f.getvalue())
f.seek(0)
print(pickle.load(f))
try:
    pickle.dump([1], object())
except TypeError as e:
    print('TypeError', e)

buf = io.StringIO()
pickletools.dis(pickle.dumps({'a': [1, 2, (3, 'b')], 'c': {1.5}}, 4), buf)
print(buf.getvalue())
