import base64
import binascii

for data in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))[:40]]:
    print(base64.b64encode(data), base64.b32encode(data), base64.b16encode(data), base64.b32hexencode(data))
    assert base64.b64decode(base64.b64encode(data)) == data and base64.b32decode(base64.b32encode(data)) == data
print(base64.urlsafe_b64encode(b'\xfb\xff\xfe'), base64.urlsafe_b64decode('-__-'), base64.b64encode(b'\xfb\xff', altchars=b'-_'))
print(base64.b64decode('aGVsbG8gd29ybGQ='), base64.standard_b64decode(b'YWJj'), base64.b64decode(b'YW Jj\n'), base64.encodebytes(b'x' * 60))
print(base64.decodebytes(b'eHh4\neHh4\n'), base64.b32decode(b'mzxw6===', casefold=True), base64.b16decode(b'4a', casefold=True))
for s in [b'abc', b'a', b'YQ=', b'YQ===', b'=YQ==', b'YQ==YQ==', b'Y!Q==', b'YQ==x', b'YW Jj', '\u00e9']:
    for v in (False, True):
        try:
            r = base64.b64decode(s, validate=v)
        except (binascii.Error, ValueError) as e:
            r = f'{type(e).__name__}: {e}'
        print(repr(s), v, r)
for call in [lambda: base64.b16decode('abc'), lambda: base64.b32decode(b'mzxw6==='), lambda: base64.b32decode(b'MZXW6'),
             lambda: base64.b16decode(b'0'), lambda: base64.b64encode('x'), lambda: base64.b64decode(5)]:
    try:
        print(call())
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(binascii.hexlify(b'abc'), binascii.hexlify(b'abcde', '-'), binascii.hexlify(b'abcde', b':', 2), binascii.hexlify(b'abcde', '.', -2))
print(binascii.unhexlify('6162'), binascii.a2b_hex(b'ff00'), binascii.b2a_base64(b'hi'), binascii.b2a_base64(b'hi', newline=False))
print(binascii.crc32(b'hello'), binascii.crc32(b'world', binascii.crc32(b'hello ')), binascii.crc32(b''), hex(binascii.crc32(b'The quick brown fox')))
for bad in ['616', '6g']:
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
