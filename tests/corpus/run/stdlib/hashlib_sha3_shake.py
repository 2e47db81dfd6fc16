# hashlib: SHA-3 and SHAKE digests across block boundaries, copy(), new() and XOF lengths.
import hashlib
for name in ['sha3_224', 'sha3_256', 'sha3_384', 'sha3_512']:
    for data in [b'', b'abc', b'x' * 135, b'x' * 136, b'x' * 137, bytes(range(256)) * 3]:
        h = getattr(hashlib, name)(data)
        print(name, len(data), h.hexdigest(), h.digest_size, h.block_size, h.name)
    h = hashlib.new(name); h.update(b'a'); c = h.copy(); c.update(b'b')
    print(h.hexdigest()[:16], c.hexdigest()[:16], c.hexdigest() == hashlib.new(name, b'ab').hexdigest())
for name in ['shake_128', 'shake_256']:
    for n in [0, 1, 32, 200]:
        print(name, n, hashlib.new(name, b'abc').hexdigest(n))
    print(getattr(hashlib, name)().digest_size, getattr(hashlib, name)().block_size)
print(sorted(a for a in hashlib.algorithms_available if a.startswith(('sha3', 'shake'))))
