import json

data = {'name': 'Ann', 'age': 30, 'tags': ['a', 'b'], 'ok': True, 'none': None, 'pi': 3.14, 'n': -0.0,
        'nested': {'x': [1, 2, {'y': []}], 'e': {}}, 'uni': 'caf\u00e9 \u2603 \U0001f600', 'esc': 'q"\\\n\t\x01'}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, [2, [3]]], indent='\t'), json.dumps({'a': 1}, separators=(',', ':')))
print(json.dumps((1, 2)), json.dumps('x'), json.dumps(None), json.dumps(1e100), json.dumps(10**30), json.dumps(float('inf')))
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'null'}), json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps({'b': 1, 'a': 2}, sort_keys=True, indent=0))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps(Point(1, 2), default=lambda o: o.__dict__), json.dumps({'s': {3, 1, 2}}, default=sorted))
for bad in [lambda: json.dumps(Point(1, 2)), lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(float('nan'), allow_nan=False)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, 'k': 4}, skipkeys=True))
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print(e)

text = json.dumps(data)
print(json.loads(text) == data, json.loads(text)['uni'])
print(json.loads('[1, 2.5, -3e2, 0, -0, 1E+2, "s", true, false, null, {}, []]'))
print(json.loads('  {"a" : {"b" : [1, {"c": null}]}}  '), json.loads('"\\u00e9\\ud83d\\ude00\\n"'), json.loads(b'[1]'))
print(json.loads('NaN'), json.loads('[Infinity, -Infinity]'), json.loads('123456789012345678901234567890'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"x": 1.5}', parse_float=str), json.loads('[1]', parse_int=float))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list), json.loads('{"k": 1}', object_hook=lambda d: sorted(d)))
for bad in ['', '[1, 2', '{"a" 1}', '{"a": 1,}', '[1,]', '{1: 2}', '[1] x', '"abc', '"a\\qb"', 'tru', '{"a": 1 "b": 2}',
            '[1\n, 2\n,,]', '"\\u12"', '"a\nb"', '01', '-', '{"a":}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e, (e.msg, e.pos, e.lineno, e.colno))
try:
    json.loads(5)
except TypeError as e:
    print(e)
print(isinstance(json.JSONDecodeError('m', 'd', 0), ValueError), json.loads('"\\t"', strict=False))
print(json.JSONEncoder(indent=1).encode({'a': [1]}), json.JSONDecoder().raw_decode('[1] tail'))
