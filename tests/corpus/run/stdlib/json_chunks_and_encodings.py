# json: iterencode's chunks, and byte input in UTF-8 (with or without BOM), UTF-16 and UTF-32.
import json

print(list(json.JSONEncoder().iterencode([1, 'a', None, [2, {}], {'k': [3]}])))
print(list(json.JSONEncoder(indent=2).iterencode({'a': [1, True], 'b': {'c': 2.5}})))
for data in [b'[1]', b'\xef\xbb\xbf[1]', '[1, "\u00e9"]'.encode('utf-16'), '{"a": 2}'.encode('utf-16-le'),
             '{"a": 2}'.encode('utf-16-be'), '[3]'.encode('utf-32'), '[3]'.encode('utf-32-le'),
             '[3]'.encode('utf-32-be'), '7'.encode('utf-16-le')]:
    print(json.loads(data))
try:
    json.loads('\ufeff[1]')
except json.JSONDecodeError as e:
    print(e)
