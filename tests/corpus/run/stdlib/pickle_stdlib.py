# pickle of standard-library objects (datetime, decimal, enum, dataclasses, re, uuid, ...).
import pickle, decimal, fractions, enum, dataclasses, collections, re, uuid, ipaddress, datetime, types, functools
class Color(enum.Enum):
    RED = 1
class Perm(enum.IntFlag):
    R = 4
    W = 2
@dataclasses.dataclass
class DC:
    a: int
    b: str = 'x'
@dataclasses.dataclass(frozen=True)
class FDC:
    a: int
P = collections.namedtuple('P', 'x y')
class SS(set): pass
vals = [decimal.Decimal('1.5'), fractions.Fraction(1, 3), Color.RED, Perm.R | Perm.W, DC(1), FDC(2), P(1, 2),
        re.compile(r'a+', re.I), uuid.UUID(int=1), ipaddress.ip_address('1.2.3.4'), ipaddress.ip_network('10.0.0.0/8'),
        datetime.date(2020, 1, 2), datetime.timedelta(1, 2), types.SimpleNamespace(a=1), functools.partial(max, 1),
        SS([1]), range(3), slice(1, 2), b'x' * 3, frozenset([1]), 1 + 2j, collections.ChainMap({'a': 1}),
        collections.UserDict(a=1), collections.UserList([1])]
for v in vals:
    for p in (2, 4):
        try:
            d = pickle.dumps(v, p)
            back = pickle.loads(d)
            print(p, type(v).__name__, d[:150], back == v or repr(back) == repr(v))
        except Exception as e:
            print(p, type(v).__name__, 'ERR', type(e).__name__, e)
import copy
import datetime as D
vals = [D.date(2020, 1, 2), D.time(3, 4, 5, 6789), D.time(23, 59, 59, 999999, tzinfo=D.timezone.utc, fold=1),
        D.datetime(2021, 12, 31, 23, 59, 59, 123456), D.datetime(2021, 1, 1, tzinfo=D.timezone(D.timedelta(hours=2), 'X'), fold=1),
        D.timedelta(1, 2, 3), D.timezone.utc, D.timezone(D.timedelta(hours=-5)), D.date.max, D.datetime.min]
for v in vals:
    for p in (0, 2, 3, 4):
        d = pickle.dumps(v, p)
        b = pickle.loads(d)
        print(p, d, b == v, getattr(b, 'fold', None) == getattr(v, 'fold', None))
    print(copy.copy(v) == v, copy.deepcopy(v) == v, repr(v))
print(D.date(b'\x07\xe4\x01\x02'), D.datetime(b'\x07\xe4\x01\x02\x03\x04\x05\x00\x00\x07'), D.time(b'\x01\x02\x03\x00\x00\x09'))
