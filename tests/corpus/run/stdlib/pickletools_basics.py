# pickletools: dis() output for pickles of every protocol, genops, optimize, error reports.
import io
import pickle
import pickletools


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


shared = ['s']
value = {'ints': [1, 300, 70000, -5, 2 ** 70], 'text': 'héllo', 'data': b'\x00\xff', 'flt': 1.5,
         'tuple': (1, 2, 3, 4), 'pair': (None, True), 'set': {7}, 'shared': [shared, shared],
         'point': Point(1, 2), 'type': int}
for proto in range(6):
    print('protocol', proto)
    pickletools.dis(pickle.dumps(value, proto))
out = io.StringIO()
pickletools.dis(pickle.dumps([1, [2]], 2), out=out, indentlevel=2)
print(out.getvalue())
print([(op.name, arg, pos) for op, arg, pos in pickletools.genops(pickle.dumps((1, 'a'), 4))])
for proto in range(6):
    data = pickle.dumps(['x', 'y', ('z',)], proto)
    opt = pickletools.optimize(data)
    print(proto, len(data), len(opt), opt, pickle.loads(opt))
for bad in [b'', b'K', b'\xff', b'(.', b'K\x01K\x02.', b'h\x05.', b'0.']:
    try:
        pickletools.dis(bad)
    except ValueError as e:
        print('ValueError', e)
print(len(pickletools.opcodes), pickletools.code2op['K'].name, pickletools.code2op['\x95'].proto)
