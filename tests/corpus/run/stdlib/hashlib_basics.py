import hashlib

samples = [b'', b'abc', b'The quick brown fox jumps over the lazy dog', b'a' * 55, b'a' * 56, b'a' * 64,
           b'b' * 111, b'b' * 112, bytes(range(256)) * 3]
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    ctor = getattr(hashlib, name)
    for data in samples:
        print(name, len(data), ctor(data).hexdigest())
h = hashlib.sha256()
h.update(b'hello ')
snapshot = h.copy()
h.update(b'world')
print(h.hexdigest() == hashlib.sha256(b'hello world').hexdigest(), snapshot.hexdigest() == hashlib.sha256(b'hello ').hexdigest())
print(h.name, h.digest_size, h.block_size, hashlib.sha512().block_size, hashlib.md5(b'x').digest(), len(hashlib.sha1().digest()))
print(hashlib.new('SHA256', b'abc').hexdigest()[:16], hashlib.new('md5').name, sorted(hashlib.algorithms_guaranteed & {'md5', 'sha1', 'sha256'}))
print(hashlib.sha256(bytearray(b'abc')).hexdigest() == hashlib.sha256(b'abc').hexdigest(), hashlib.md5('ü'.encode()).hexdigest())
for bad in [lambda: hashlib.sha256('text'), lambda: hashlib.new('nope'), lambda: hashlib.md5().update('s')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
