# pickle API: files, Pickler/Unpickler subclasses (persistent ids, find_class, dispatch_table,
# reducer_override), copyreg registration, state protocols and error messages.
import copyreg
import io
import os
import pickle
import re
import tempfile


def show_error(fn, *args, **kwargs):
    try:
        result = fn(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__ + ':', re.sub(r' at 0x[0-9a-f]+', ' at ADDR', str(e)))
    else:
        print('no error', result)


# several pickles in one stream, read back one by one
buf = io.BytesIO()
pickle.dump({'first': 1}, buf)
pickle.dump([2, 'second'], buf, protocol=0)
pickle.dump(('third',), buf, protocol=5)
buf.seek(0)
print(pickle.load(buf), pickle.load(buf), pickle.load(buf))
show_error(pickle.load, buf)

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'data.pkl')
with open(path, 'wb') as f:
    pickler = pickle.Pickler(f, protocol=2)
    shared = ['shared']
    pickler.dump(shared)
    pickler.dump(shared)       # memo survives between dumps: just a GET
    pickler.clear_memo()
    pickler.dump(shared)
with open(path, 'rb') as f:
    raw = f.read()
print(raw)
with open(path, 'rb') as f:
    unpickler = pickle.Unpickler(f)
    a = unpickler.load()
    b = unpickler.load()
    print(a, b, a is b)
os.remove(path)
os.rmdir(tmp)


# persistent ids
class Record:
    def __init__(self, key):
        self.key = key


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Record):
            return ('Record', obj.key)
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, key = pid
        if kind != 'Record':
            raise pickle.UnpicklingError('unsupported persistent object')
        return 'loaded record %s' % key


for proto in (1, 2, 4):
    out = io.BytesIO()
    DBPickler(out, proto).dump([Record(7), Record('x'), 'plain'])
    print(out.getvalue())
    print(DBUnpickler(io.BytesIO(out.getvalue())).load())
show_error(pickle.loads, out.getvalue())


class TextIds(pickle.Pickler):
    def persistent_id(self, obj):
        return 'id-%s' % obj if isinstance(obj, int) and obj > 100 else None


out = io.BytesIO()
TextIds(out, 0).dump([1, 500])
print(out.getvalue())


class BadIds(pickle.Pickler):
    def persistent_id(self, obj):
        return 5 if obj == 'x' else None


show_error(BadIds(io.BytesIO(), 0).dump, ['x'])


# restricting globals
class SafeUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if module == 'builtins' and name in ('set', 'frozenset', 'range'):
            return super().find_class(module, name)
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))


print(SafeUnpickler(io.BytesIO(pickle.dumps(range(3)))).load())
show_error(SafeUnpickler(io.BytesIO(pickle.dumps(len))).load)
print(pickle.loads(b'c__builtin__\nlen\n.'), pickle.loads(b'cexceptions\nValueError\n.'))


# dispatch_table and reducer_override
class Vector:
    def __init__(self, *xs):
        self.xs = xs


def reduce_vector(v):
    return Vector, v.xs


out = io.BytesIO()
p = pickle.Pickler(out, 2)
p.dispatch_table = copyreg.dispatch_table.copy()
p.dispatch_table[Vector] = reduce_vector
p.dump(Vector(1, 2))
print(out.getvalue(), pickle.loads(out.getvalue()).xs)


class Overriding(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Vector):
            return Vector, ('overridden',)
        if obj is len:
            return abs, (-3,)
        return NotImplemented


out = io.BytesIO()
Overriding(out, 4).dump([Vector(9), len, 'other'])
print(out.getvalue())
print(pickle.loads(out.getvalue())[0].xs, pickle.loads(out.getvalue())[1])

copyreg.pickle(Vector, lambda v: (Vector, tuple(reversed(v.xs))))
print(pickle.loads(pickle.dumps(Vector(1, 2, 3))).xs)
del copyreg.dispatch_table[Vector]

# extension registry
copyreg.add_extension(__name__, 'Vector', 240)
print(pickle.dumps(Vector, 2), pickle.loads(pickle.dumps(Vector, 2)) is Vector)
copyreg.remove_extension(__name__, 'Vector', 240)


# __getstate__ / __setstate__ / __reduce_ex__
class Stateful:
    def __init__(self):
        self.value = 1
        self.cache = 'expensive'

    def __getstate__(self):
        state = self.__dict__.copy()
        del state['cache']
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = 'rebuilt'


s = pickle.loads(pickle.dumps(Stateful()))
print(vars(s))


class ByProtocol:
    def __reduce_ex__(self, protocol):
        return (str, ('made with protocol %d' % protocol,))


print([pickle.loads(pickle.dumps(ByProtocol(), p)) for p in range(6)])


class FalseState:
    def __init__(self):
        self.kept = 'default'

    def __getstate__(self):
        return False


print(pickle.dumps(FalseState(), 2))
show_error(pickle.loads, pickle.dumps(FalseState(), 2))


# errors
def outer():
    def inner():
        pass
    return inner


class BadReduce:
    def __init__(self, value):
        self.value = value

    def __reduce__(self):
        return self.value


show_error(pickle.dumps, lambda: 1)
show_error(pickle.dumps, outer())
show_error(pickle.dumps, (x for x in []))
show_error(pickle.dumps, pickle)
show_error(pickle.dumps, BadReduce(5))
show_error(pickle.dumps, BadReduce((1,)))
show_error(pickle.dumps, BadReduce(('notcallable', ())))
show_error(pickle.dumps, BadReduce((len, 5)))
show_error(pickle.dumps, BadReduce('nonexistent_global'))
show_error(pickle.dumps, 1, 6)
show_error(pickle.Pickler, io.BytesIO(), 4, buffer_callback=print)
show_error(pickle.Pickler, object())
show_error(pickle.loads, 'text')
for data in [b'', b'\x80\x04', b'K', b'\xff', b'}q\x05h\x07.', b'0', b'(.', b'\x80\x09K\x01.',
             b'I12x\n.', b"S'abc'\n.", b'N', b'K\x01K\x02', b'\x8c\x03ab', b'cbuiltins\nnope\n.',
             b'cnomod\nx\n.', b'a.', b']K\x01\x86.', b'I01\n.', b'I1\n.', b'L12L\n.', b'F1.5\n.',
             b'Vcaf\xe9 \\u2603\n.', b'P5\n.', b'(K\x01K\x02t.', b'(K\x01K\x02l.', b'(K\x01K\x02d.',
             b'}(K\x01K\x02u.', b'\x8f(K\x01\x90.', b'(K\x05\x91.', b'K\x012.', b'(K\x011K\x02.']:
    show_error(pickle.loads, data)
print(pickle.loads(b"U\x03abc.", encoding='bytes'), pickle.loads(b"T\x02\x00\x00\x00\xe9\xe8.", encoding='latin1'))

# deeply nested data: RecursionError with CPython's message; unpickling is not recursive
nested = []
for _ in range(5000):
    nested = [nested]
show_error(pickle.dumps, nested)
chain = b'(' * 3000 + b']' + b'l' * 3000 + b'.'
depth = 0
obj = pickle.loads(chain)
while obj:
    obj = obj[0] if obj and isinstance(obj[0], list) else None
    depth += 1
print('unpickled depth', depth)
