import hmac
import hashlib

key = b'secret-key'
for mod in ['md5', 'sha1', 'sha256', hashlib.sha512]:
    h = hmac.new(key, b'message', mod)
    print(h.name, h.digest_size, h.hexdigest())
long_key = b'k' * 200
print(hmac.new(long_key, b'data', 'sha256').hexdigest(), hmac.digest(b'', b'', 'sha1').hex())
h = hmac.new(b'key', digestmod=hashlib.sha256)
h.update(b'part one, ')
c = h.copy()
h.update(b'part two')
print(h.hexdigest() == hmac.new(b'key', b'part one, part two', 'sha256').hexdigest(), c.hexdigest() == hmac.new(b'key', b'part one, ', 'sha256').hexdigest())
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'), hmac.compare_digest('x', 'x'), hmac.compare_digest(b'a', b'ab'))
for bad in [lambda: hmac.new(b'k', b'm'), lambda: hmac.new('k', b'm', 'sha1'), lambda: hmac.compare_digest('a', b'a')]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
