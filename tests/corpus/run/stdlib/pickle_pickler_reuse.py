# A Pickler object keeps its memo across dump() calls (also when the native writer pickles plain
# data), and hooks set on the instance or a subclass are honoured.
import io
import pickle

shared = ['shared', 'list']
payload = {'a': shared, 'b': (1, 2.5, 'x')}
for proto in range(6):
    f = io.BytesIO()
    p = pickle.Pickler(f, proto)
    p.dump(payload)
    first = f.getvalue()
    p.dump(shared)          # fetched from the memo of the first dump
    p.dump([shared, 7])
    print(proto, first, f.getvalue()[len(first):], len(p.memo.copy()))
    f.seek(0)
    u = pickle.Unpickler(f)
    a, b, c = u.load(), u.load(), u.load()
    print(' ', a, b is a['a'], c[0] is a['a'])
    p.clear_memo()
    p.dump(shared)
    print(' ', f.getvalue()[-30:])


class P(pickle.Pickler):
    def persistent_id(self, obj):
        return 'ID' if obj == 'x' else None


f = io.BytesIO()
P(f, 2).dump(['x', 'y'])
print(f.getvalue())

f = io.BytesIO()
p = pickle.Pickler(f, 4)
p.persistent_id = lambda obj: 42 if obj == 7 else None
p.dump([7, 8])
print(f.getvalue())

f = io.BytesIO()
p = pickle.Pickler(f, 4)
p.fast = 1
p.dump([['a'], ['a']])
print(f.getvalue())
