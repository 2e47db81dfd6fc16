# pickle of bound methods, method descriptors, builtin functions and protocol 5 buffers.
import pickle


class K:
    def m(self):
        return 'm'

    @classmethod
    def c(cls):
        return 'c'


for obj in [K().m, K.c, str.upper, [].append, {}.get, len, dict.fromkeys, object.__init__,
            int.__add__, (1).__add__]:
    for p in (0, 2, 4):
        data = pickle.dumps(obj, p)
        back = pickle.loads(data)
        print(p, data, callable(back))
print(pickle.loads(pickle.dumps(K().m))(), pickle.loads(pickle.dumps(K.c))(), pickle.loads(pickle.dumps(str.upper))('x'))


class Z:
    def __init__(self, b):
        self.b = b

    def __reduce_ex__(self, protocol):
        if protocol >= 5:
            return type(self)._rebuild, (pickle.PickleBuffer(self.b),)
        return type(self)._rebuild, (bytes(self.b),)

    @classmethod
    def _rebuild(cls, obj):
        return cls(bytes(obj) if not isinstance(obj, bytearray) else obj)


for data in (b'abc', bytearray(b'xyz')):
    z = Z(data)
    print(pickle.dumps(z, 5))
    bufs = []
    d = pickle.dumps(z, 5, buffer_callback=bufs.append)
    print(d, len(bufs))
    print(pickle.loads(d, buffers=bufs).b, pickle.loads(pickle.dumps(z, 4)).b)
for bad in [lambda: pickle.dumps(pickle.PickleBuffer(b'x'), 4),
            lambda: pickle.loads(pickle.dumps(Z(b'q'), 5, buffer_callback=lambda b: False))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
