# json.loads through the native scanner: values, hooks and every error message and position as CPython 3.11.
import json, math, collections, decimal, enum
docs = ['', ' ', '[', ']', '{', '}', '[1,]', '[1 2]', '{"a":1,}', '{"a" 1}', '{"a":}', '{a:1}', '{"a":1 "b":2}', '"abc', '"a\\x"',
        '"\\u12"', '"\\u12G4"', '"\\ud83d\\ude00"', '"\\ud83d"', '"\\ud83dx"', '"\\ud83d\\u0041"', '"a\tb"', '"a\nb"', '-', '-x', '01', '1.', '1.e5',
        '1e', '1e+', '1E-2', '-0', '-0.0', '0.1e+10', '123456789012345678901234567890', 'NaN', '-Infinity', 'Infinity', 'nul', 'tru',
        'true false', '[true, false, null]', '{"a": [1, {"b": null}], "c": "d"}', '  {"x" : 1 }  ', '[1,2,3] x', '"\\/\\b\\f\\n\\r\\t\\"\\\\"',
        '{"a":1,"a":2}', '[' * 5 + ']' * 5, '"\u00e9\u4e2d"', '"😀"', '["😀", 1, "x😀y\\n"]', '{"😀": "😀"}', '[1, "😀" , x]', '1.5e308', '1e400',
        '-1e-400', '[-]', '[1e]', '{"a":1}{"b":2}', '"\\u0000"', '\ufeff[1]', '[1] \n ', '{"":""}', '[[[[]]]]', '{"a":{"b":{"c":{}}}}', '2.5', '"\x7f"']
for d in docs:
    try:
        r = json.loads(d)
        print(repr(d), '->', repr(r) if not (isinstance(r, float) and math.isnan(r)) else 'nan')
    except json.JSONDecodeError as e:
        print(repr(d), 'JSONDecodeError', e, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(d), type(e).__name__, e)
print(json.loads('{"a": 1.5, "b": 2}', parse_float=decimal.Decimal, parse_int=str))
print(json.loads('[NaN, Infinity]', parse_constant=lambda c: c.lower()))
print(json.loads('{"b":1,"a":2}', object_pairs_hook=collections.OrderedDict))
print(json.loads('{"b":1,"a":{"c":2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('"a\tb"', strict=False), json.loads(b'[1, 2]'), json.loads(bytearray(b'{"k": "v"}')))
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] tail'), dec.raw_decode('  5', 2))
try: dec.raw_decode('x', 5)
except json.JSONDecodeError as e: print(e)
from json.decoder import JSONDecodeError
print(JSONDecodeError("m", "doc", 1).args)
import json.decoder
for seps in [(1, 2), (",", 2), (1, ":")]:
    try: json.dumps([1], separators=seps)
    except TypeError as e: print(e)
    try: json.dumps({"a": [1]}, separators=seps)
    except TypeError as e: print(e)
print(json.decoder.scanstring('"abc" x', 1), json.decoder.scanstring('"a\\nb"', 1, True))
try: json.decoder.scanstring('"abc', 1)
except json.JSONDecodeError as e: print(e)
print(callable(json.JSONDecoder().scan_once), json.JSONDecoder().scan_once('[1] ', 0))
try: json.JSONDecoder().scan_once('[1] ', 5)
except StopIteration as e: print("StopIteration", e.value)
try: json.JSONDecoder().scan_once('[1] ', -1)
except ValueError as e: print(e)
s = json.dumps([{"k😀": "v" * 10, "n": i} for i in range(3)], ensure_ascii=False)
print(s, json.loads(s)[2])
