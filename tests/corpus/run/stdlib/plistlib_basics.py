# plistlib: XML and binary property lists, byte for byte as CPython writes them.
import collections
import datetime
import io
import plistlib

value = {
    'aString': 'Doodah & <tag>',
    'aList': ['A', 'B', 12, 32.5, [1, 2, 3]],
    'aFloat': 0.1,
    'anInt': 728,
    'aBigInt': 2 ** 63 - 44,
    'aNegative': -3,
    'aDict': {'anotherString': "<hello & 'hi' there!>", 'aUnicodeValue': 'M\xe4ssig, Ma\xdf',
              'aTrueValue': True, 'aFalseValue': False, 'deeperDict': {'a': 17, 'b': 32.5, 'c': [1, 2, 'text']}},
    'someData': b'<binary gunk>',
    'someMoreData': b'<lots of binary gunk>\0\1\2\3' * 10,
    'nestedData': [b'<lots of binary gunk>\0\1\2\3' * 10],
    'aDate': datetime.datetime(2004, 10, 26, 10, 33, 33),
    'anEmptyDict': {},
    'anEmptyList': [],
    'aTuple': (1, 'x'),
    'crlf': 'a\r\nb\rc',
}
xml = plistlib.dumps(value)
print(xml.decode())
back = plistlib.loads(xml)
print(back['aTuple'], back['crlf'], back['aDate'], back['aBigInt'], back['someData'])
print(plistlib.dumps({'b': 1, 'a': 2}, sort_keys=False).decode().split('<dict>')[1])
print(plistlib.dumps({'x': 1, 3: 'skip'}, skipkeys=True, sort_keys=False).count(b'<key>'))

binary = plistlib.dumps(value, fmt=plistlib.FMT_BINARY)
print(len(binary), binary[:40].hex(), binary[-40:].hex())
print(plistlib.loads(binary) == plistlib.loads(xml))
shared = [1, 'same', 'same', 1.0, True, 1]
print(plistlib.dumps(shared, fmt=plistlib.FMT_BINARY).hex())
print(plistlib.loads(plistlib.dumps(shared, fmt=plistlib.FMT_BINARY)))
odd = {'uid': plistlib.UID(5), 'big': plistlib.UID(2 ** 40), 'none': None, 'long': 'x' * 20, 'uni': '\u20ac' * 16,
       'bytes': b'z' * 300, 'huge': 2 ** 64 - 1, 'neg': -2 ** 63, 'when': datetime.datetime(1999, 12, 31, 23, 59, 59)}
ob = plistlib.dumps(odd, fmt=plistlib.FMT_BINARY)
print(ob.hex())
print(plistlib.loads(ob))
print(type(plistlib.loads(xml, dict_type=collections.OrderedDict)).__name__)
print(plistlib.load(io.BytesIO(xml))['anInt'], plistlib.loads(xml, fmt=plistlib.FMT_XML)['anInt'])
print(plistlib.loads(b'\xef\xbb\xbf<?xml version="1.0"?><plist><integer>0x1F</integer></plist>'))
print(plistlib.loads(b'<plist><date>2020-05-06T07Z</date></plist>'), plistlib.loads(b'<plist><array><real>1e3</real><unknown/></array></plist>'))
u = plistlib.UID(3)
print(u, repr(u), u == plistlib.UID(3), u == 3, hash(u) == hash(3), u.__reduce__())
print(plistlib.FMT_XML, plistlib.FMT_BINARY, repr(plistlib.PlistFormat.FMT_XML), plistlib.__all__)

for bad in [lambda: plistlib.dumps({'a': None}), lambda: plistlib.dumps({1: 2}), lambda: plistlib.dumps(2 ** 64),
            lambda: plistlib.dumps('bad \x01 char'), lambda: plistlib.dumps(1, fmt='other'),
            lambda: plistlib.loads(b'garbage'), lambda: plistlib.loads(b'bplist00junk'),
            lambda: plistlib.loads(b'<plist><dict><key>a</key></dict></plist>'),
            lambda: plistlib.loads(b'<plist><array><key>a</key></array></plist>'),
            lambda: plistlib.loads(b'<plist><dict><string>a</string></dict></plist>'),
            lambda: plistlib.loads(b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "v">]><plist/>'),
            lambda: plistlib.UID('1'), lambda: plistlib.UID(-1), lambda: plistlib.UID(2 ** 64),
            lambda: plistlib.dumps(Ellipsis, fmt=plistlib.FMT_BINARY), lambda: plistlib.dumps(2 ** 64, fmt=plistlib.FMT_BINARY),
            lambda: plistlib.dumps(-2 ** 64, fmt=plistlib.FMT_BINARY), lambda: plistlib.dumps({1: 1}, fmt=plistlib.FMT_BINARY)]:
    try:
        print('ok', bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
