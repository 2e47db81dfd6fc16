import pprint, types
from dataclasses import dataclass, field
@dataclass
class DC:
    a: int
    b: list
    c: str = field(default='x', repr=False)
@dataclass
class Outer:
    name: str
    items: list
    inner: DC
pprint.pprint(DC(1, list(range(40))))
pprint.pprint(Outer('n'*30, [DC(i, [i]*10) for i in range(3)], DC(9, ['q'*20]*3)), width=60)
pprint.pprint([DC(1, [2])])
@dataclass(repr=False)
class NR:
    a: list
pprint.pprint(NR(list(range(40))) is not None)
pprint.pprint(b'y' * 100, width=40)
pprint.pprint([b'abcdefgh' * 10], width=30)
pprint.pprint(bytearray(b'z' * 60), width=30)
pprint.pprint(types.SimpleNamespace(a=list(range(30)), b='x'*50))
pprint.pprint({'k': b'q' * 90})
print(repr(DC(1,[])), DC.__repr__.__qualname__)
import collections
pprint.pprint(collections.ChainMap({'a': list(range(30))}, {'b': 2}))
pprint.pprint(types.MappingProxyType({'k': list(range(30))}))
pprint.pprint(collections.UserList(range(40)), width=50)
pprint.pprint(collections.UserDict({i: 'v' * 10 for i in range(8)}))
pprint.pprint([collections.UserString('y' * 100)])
