# pbkdf2_hmac (native for the SHA family, through HMAC for md5/sha224/sha3), BLAKE2 with its
# parameter block, large inputs (fast only with the native digests), and the hex/base64 codecs.
import binascii
import codecs
import hashlib
import hmac

for name, iterations, dklen in [('sha256', 1, None), ('sha256', 20000, 32), ('sha512', 5000, 64), ('sha1', 1000, 20),
                                ('SHA384', 3, 10), ('md5', 3, None), ('sha224', 3, 50), ('sha3_256', 2, None)]:
    print(name, iterations, hashlib.pbkdf2_hmac(name, b'password', b'salt' * 5, iterations, dklen).hex())
print(hashlib.pbkdf2_hmac('sha256', bytearray(b'p'), memoryview(b's'), 3).hex())
for args in [('sha256', b'p', b's', 0), ('sha256', b'p', b's', 1, 0), ('sha256', 'p', b's', 1),
             ('sha256', b'p', b's', 2 ** 31), ('sha256', b'p', b's', 1.5), ('sha256', b'p', b's', 1, 2 ** 31)]:
    try:
        hashlib.pbkdf2_hmac(*args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

big = bytes(range(256)) * 8192          # 2 MiB
for name in ['md5', 'sha1', 'sha256', 'sha384', 'sha512']:
    h = hashlib.new(name)
    for i in range(0, len(big), 300000):
        h.update(big[i:i + 300000])
    print(name, h.hexdigest() == hashlib.new(name, big).hexdigest(), h.hexdigest()[:24], type(h).__name__)

for cls in (hashlib.blake2b, hashlib.blake2s):
    print(cls(b'').hexdigest())
    print(cls(b'abc', digest_size=16).hexdigest())
    print(cls(b'hello', key=b'secret', salt=b'salty', person=b'me').hexdigest())
    print(cls(b'tree', fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1, inner_size=20,
              last_node=True).hexdigest())
    h = cls()
    h.update(b'a' * 200)
    c = h.copy()
    h.update(b'b')
    print(h.hexdigest()[:20], c.hexdigest()[:20], h.name, h.digest_size, cls.MAX_DIGEST_SIZE, cls.SALT_SIZE)
    for kw in [dict(digest_size=0), dict(key=b'k' * 65), dict(salt=b's' * 17), dict(person=b'p' * 17)]:
        try:
            cls(**kw)
        except ValueError as e:
            print('ValueError', e)
print(hashlib.new('blake2b', b'x').hexdigest()[:16], 'blake2s' in hashlib.algorithms_available)
print(hmac.new(b'key', b'msg', 'sha256').hexdigest(), hmac.new(b'k' * 200, b'm', hashlib.sha1).hexdigest())
print(hmac.new(b'key', b'msg', hashlib.blake2s).hexdigest())

for data, crc in [(b'abc', 0), (b'123456789', 0xffff), (b'', 5), (bytearray(b'\x00\xff'), 70000)]:
    print(binascii.crc_hqx(data, crc), end=' ')
print()
print(codecs.decode('616263', 'hex'), codecs.decode(bytearray(b'6162'), 'hex'), codecs.encode(b'ab', 'hex'))
for f, value, codec in [(codecs.decode, '6g', 'hex'), (codecs.encode, 'abc', 'hex'), (codecs.encode, 'abc', 'base64'),
                        (codecs.decode, 'YWJj', 'base64')]:
    try:
        print(f(value, codec))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
