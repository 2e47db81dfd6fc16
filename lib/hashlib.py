"""Secure hashes and message digests (Sharpy's own, pure-Python implementation).

md5, sha1, sha224, sha256, sha384, sha512, SHA-3 and SHAKE (_sha3), BLAKE2 (_blake2), new(name) with the usual
update/digest/hexdigest/copy interface, and pbkdf2_hmac. md5, sha1, sha256, sha384 and sha512 are
computed by the native _sharpy_hashlib (the system's crypto library, as CPython's _hashlib); the
pure-Python digests below serve the other algorithms and any machine where that library cannot be
loaded. The SHA-2 round constants are computed from the primes, as the standard defines them.
"""

import math as _math

import _sha3
from _blake2 import blake2b, blake2s

try:
    import _sharpy_hashlib as _native
except ImportError:
    _native = None

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256',
           'sha3_384', 'sha3_512', 'shake_128', 'shake_256', 'blake2b', 'blake2s', 'new', 'algorithms_guaranteed',
           'algorithms_available', 'file_digest', 'pbkdf2_hmac')

_M32 = 0xffffffff
_M64 = 0xffffffffffffffff


def _primes(count):
    found = []
    n = 2
    while len(found) < count:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
        n += 1
    return found


def _icbrt(n):
    """Integer cube root (floor)."""
    x = 1 << ((n.bit_length() + 2) // 3)
    while True:
        y = (2 * x + n // (x * x)) // 3
        if y >= x:
            break
        x = y
    while x * x * x > n:
        x -= 1
    while (x + 1) ** 3 <= n:
        x += 1
    return x


_PRIMES = _primes(80)
# Fractional parts of square/cube roots of primes, as FIPS 180-4 defines the constants.
_K256 = [_icbrt(p << 96) & _M32 for p in _PRIMES[:64]]
_K512 = [_icbrt(p << 192) & _M64 for p in _PRIMES[:80]]
_H256 = [_math.isqrt(p << 64) & _M32 for p in _PRIMES[:8]]
_H512 = [_math.isqrt(p << 128) & _M64 for p in _PRIMES[:8]]
_H384 = [_math.isqrt(p << 128) & _M64 for p in _PRIMES[8:16]]
_H224 = [h & _M32 for h in _H384]


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError(f"object supporting the buffer API required")


class _Hash:
    """Merkle-Damgard construction: buffer input, compress full blocks, pad on digest()."""

    name = None
    digest_size = 0
    block_size = 64
    _length_bytes = 8
    _big_endian = True

    def __init__(self, data=b'', *, usedforsecurity=True):
        self._state = list(self._initial)
        self._buffer = b''
        self._count = 0
        if data:
            self.update(data)

    def update(self, data, /):
        data = self._buffer + _as_bytes(data)
        self._count += len(data) - len(self._buffer)
        size = self.block_size
        full = len(data) - len(data) % size
        for i in range(0, full, size):
            self._compress(self._state, data[i:i + size])
        self._buffer = data[full:]

    def copy(self):
        other = object.__new__(type(self))
        other._state = list(self._state)
        other._buffer = self._buffer
        other._count = self._count
        return other

    def digest(self):
        state = list(self._state)
        size = self.block_size
        bit_length = self._count * 8
        order = 'big' if self._big_endian else 'little'
        tail = self._buffer + b'\x80'
        tail += b'\x00' * ((size - self._length_bytes - len(tail)) % size)
        tail += bit_length.to_bytes(self._length_bytes, order)
        for i in range(0, len(tail), size):
            self._compress(state, tail[i:i + size])
        return self._output(state)

    def hexdigest(self):
        return ''.join(f'{b:02x}' for b in self.digest())

    def __repr__(self):
        return f'<{self.name} _hashlib.HASH object @ {hex(id(self))}>'


def _rotr32(x, n):
    return ((x >> n) | (x << (32 - n))) & _M32


def _rotl32(x, n):
    return ((x << n) | (x >> (32 - n))) & _M32


def _rotr64(x, n):
    return ((x >> n) | (x << (64 - n))) & _M64


class _SHA256(_Hash):
    name = 'sha256'
    digest_size = 32
    _initial = _H256

    @staticmethod
    def _compress(state, block):
        w = [int.from_bytes(block[i:i + 4], 'big') for i in range(0, 64, 4)]
        for i in range(16, 64):
            s0 = _rotr32(w[i - 15], 7) ^ _rotr32(w[i - 15], 18) ^ (w[i - 15] >> 3)
            s1 = _rotr32(w[i - 2], 17) ^ _rotr32(w[i - 2], 19) ^ (w[i - 2] >> 10)
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & _M32)
        a, b, c, d, e, f, g, h = state
        for i in range(64):
            s1 = _rotr32(e, 6) ^ _rotr32(e, 11) ^ _rotr32(e, 25)
            ch = (e & f) ^ (~e & g)
            t1 = (h + s1 + ch + _K256[i] + w[i]) & _M32
            s0 = _rotr32(a, 2) ^ _rotr32(a, 13) ^ _rotr32(a, 22)
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (s0 + maj) & _M32
            h, g, f, e, d, c, b, a = g, f, e, (d + t1) & _M32, c, b, a, (t1 + t2) & _M32
        for i, v in enumerate((a, b, c, d, e, f, g, h)):
            state[i] = (state[i] + v) & _M32

    def _output(self, state):
        return b''.join(v.to_bytes(4, 'big') for v in state)[:self.digest_size]


class _SHA224(_SHA256):
    name = 'sha224'
    digest_size = 28
    _initial = _H224


class _SHA512(_Hash):
    name = 'sha512'
    digest_size = 64
    block_size = 128
    _length_bytes = 16
    _initial = _H512

    @staticmethod
    def _compress(state, block):
        w = [int.from_bytes(block[i:i + 8], 'big') for i in range(0, 128, 8)]
        for i in range(16, 80):
            s0 = _rotr64(w[i - 15], 1) ^ _rotr64(w[i - 15], 8) ^ (w[i - 15] >> 7)
            s1 = _rotr64(w[i - 2], 19) ^ _rotr64(w[i - 2], 61) ^ (w[i - 2] >> 6)
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & _M64)
        a, b, c, d, e, f, g, h = state
        for i in range(80):
            s1 = _rotr64(e, 14) ^ _rotr64(e, 18) ^ _rotr64(e, 41)
            ch = (e & f) ^ (~e & g)
            t1 = (h + s1 + ch + _K512[i] + w[i]) & _M64
            s0 = _rotr64(a, 28) ^ _rotr64(a, 34) ^ _rotr64(a, 39)
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (s0 + maj) & _M64
            h, g, f, e, d, c, b, a = g, f, e, (d + t1) & _M64, c, b, a, (t1 + t2) & _M64
        for i, v in enumerate((a, b, c, d, e, f, g, h)):
            state[i] = (state[i] + v) & _M64

    def _output(self, state):
        return b''.join(v.to_bytes(8, 'big') for v in state)[:self.digest_size]


class _SHA384(_SHA512):
    name = 'sha384'
    digest_size = 48
    _initial = _H384


class _SHA1(_Hash):
    name = 'sha1'
    digest_size = 20
    _initial = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0]

    @staticmethod
    def _compress(state, block):
        w = [int.from_bytes(block[i:i + 4], 'big') for i in range(0, 64, 4)]
        for i in range(16, 80):
            w.append(_rotl32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1))
        a, b, c, d, e = state
        for i in range(80):
            if i < 20:
                f, k = (b & c) | (~b & d), 0x5A827999
            elif i < 40:
                f, k = b ^ c ^ d, 0x6ED9EBA1
            elif i < 60:
                f, k = (b & c) | (b & d) | (c & d), 0x8F1BBCDC
            else:
                f, k = b ^ c ^ d, 0xCA62C1D6
            temp = (_rotl32(a, 5) + (f & _M32) + e + k + w[i]) & _M32
            e, d, c, b, a = d, c, _rotl32(b, 30), a, temp
        for i, v in enumerate((a, b, c, d, e)):
            state[i] = (state[i] + v) & _M32

    def _output(self, state):
        return b''.join(v.to_bytes(4, 'big') for v in state)


_MD5_SHIFTS = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4
_MD5_K = [int(abs(_math.sin(i + 1)) * 2 ** 32) & _M32 for i in range(64)]


class _MD5(_Hash):
    name = 'md5'
    digest_size = 16
    _big_endian = False
    _initial = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476]

    @staticmethod
    def _compress(state, block):
        m = [int.from_bytes(block[i:i + 4], 'little') for i in range(0, 64, 4)]
        a, b, c, d = state
        for i in range(64):
            if i < 16:
                f, g = (b & c) | (~b & d), i
            elif i < 32:
                f, g = (d & b) | (~d & c), (5 * i + 1) % 16
            elif i < 48:
                f, g = b ^ c ^ d, (3 * i + 5) % 16
            else:
                f, g = c ^ (b | (~d & _M32)), (7 * i) % 16
            f = (f + a + _MD5_K[i] + m[g]) & _M32
            a, d, c = d, c, b
            b = (b + _rotl32(f, _MD5_SHIFTS[i])) & _M32
        for i, v in enumerate((a, b, c, d)):
            state[i] = (state[i] + v) & _M32

    def _output(self, state):
        return b''.join(v.to_bytes(4, 'little') for v in state)


_CONSTRUCTORS = {'md5': _MD5, 'sha1': _SHA1, 'sha224': _SHA224, 'sha256': _SHA256,
                 'sha384': _SHA384, 'sha512': _SHA512, 'sha3_224': _sha3.sha3_224,
                 'sha3_256': _sha3.sha3_256, 'sha3_384': _sha3.sha3_384, 'sha3_512': _sha3.sha3_512,
                 'shake_128': _sha3.shake_128, 'shake_256': _sha3.shake_256,
                 'blake2b': blake2b, 'blake2s': blake2s}

algorithms_guaranteed = frozenset(_CONSTRUCTORS)
algorithms_available = frozenset(_CONSTRUCTORS)


class HASH:
    """A digest computed by _sharpy_hashlib (CPython's type has this name, in _hashlib)."""

    __slots__ = ('_state', 'name', 'digest_size', 'block_size')

    def __init__(self, pure, state):
        self._state = state
        self.name = pure.name
        self.digest_size = pure.digest_size
        self.block_size = pure.block_size

    def update(self, data, /):
        _native.update(self._state, _as_bytes(data))

    def digest(self):
        return _native.digest(self._state)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = object.__new__(HASH)
        other._state = _native.copy(self._state)
        other.name = self.name
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        return other

    def __repr__(self):
        return f'<{self.name} _hashlib.HASH object @ {hex(id(self))}>'


HASH.__module__ = '_hashlib'


def _make(cls, data):
    """A native digest for the algorithms _sharpy_hashlib knows, else the pure-Python class."""
    global _native
    if _native is not None and cls.name in _native.algorithms:
        data = _as_bytes(data)
        try:
            state = _native.new(cls.name)
        except OSError:
            _native = None          # the crypto library cannot be loaded: pure Python from now on
        else:
            h = HASH(cls, state)
            if data:
                h.update(data)
            return h
    return cls(data)


def _constructor(cls):
    def construct(string=b'', *, usedforsecurity=True):
        return _make(cls, string)
    construct.__name__ = construct.__qualname__ = f'openssl_{cls.name}'
    return construct


md5 = _constructor(_MD5)
sha1 = _constructor(_SHA1)
sha224 = _constructor(_SHA224)
sha256 = _constructor(_SHA256)
sha384 = _constructor(_SHA384)
sha512 = _constructor(_SHA512)
sha3_224 = _constructor(_sha3.sha3_224)
sha3_256 = _constructor(_sha3.sha3_256)
sha3_384 = _constructor(_sha3.sha3_384)
sha3_512 = _constructor(_sha3.sha3_512)
shake_128 = _constructor(_sha3.shake_128)
shake_256 = _constructor(_sha3.shake_256)


def new(name, data=b'', **kwargs):
    """Return a new hashing object using the named algorithm."""
    cls = _CONSTRUCTORS.get(name.lower()) if isinstance(name, str) else None
    if cls is None:
        raise ValueError(f'unsupported hash type {name}')
    return _make(cls, data)


def _buffer(value):
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    raise TypeError(f"a bytes-like object is required, not '{type(value).__name__}'")


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as pseudorandom function."""
    if not isinstance(hash_name, str):
        raise TypeError(f"pbkdf2_hmac() argument 'hash_name' must be str, not {type(hash_name).__name__}")
    password = _buffer(password)
    salt = _buffer(salt)
    iterations = _index(iterations)
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    if iterations > 0x7fffffff:
        raise OverflowError('iteration value is too great.')
    name = hash_name.lower()
    cls = _CONSTRUCTORS.get(name)
    if cls is None or not hasattr(cls, 'block_size') or name.startswith('shake'):
        raise ValueError(f'unsupported hash type {hash_name}')
    if dklen is None:
        dklen = cls.digest_size
    dklen = _index(dklen)
    if dklen < 1:
        raise ValueError('key length must be greater than 0.')
    if dklen > 0x7fffffff:
        raise OverflowError('key length is too great.')
    global _native
    if _native is not None and name in _native.algorithms and name != 'md5':
        try:
            return _native.pbkdf2(name, password, salt, iterations, dklen)
        except OSError:
            _native = None
    return _pbkdf2_loop(lambda data=b'': _make(cls, data), password, salt, iterations, dklen)


def _index(value):
    if not isinstance(value, int):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return int(value)


def _pbkdf2_loop(make, password, salt, iterations, dklen):
    """RFC 8018 section 5.2 over HMAC (RFC 2104) built from digest objects."""
    inner, outer = make(), make()
    block = inner.block_size
    if len(password) > block:
        password = make(password).digest()
    password = password.ljust(block, b'\0')
    inner.update(bytes(b ^ 0x36 for b in password))
    outer.update(bytes(b ^ 0x5C for b in password))

    def prf(message):
        i = inner.copy()
        i.update(message)
        o = outer.copy()
        o.update(i.digest())
        return o.digest()

    key = b''
    counter = 1
    while len(key) < dklen:
        u = prf(salt + counter.to_bytes(4, 'big'))
        acc = int.from_bytes(u, 'big')
        for _ in range(iterations - 1):
            u = prf(u)
            acc ^= int.from_bytes(u, 'big')
        key += acc.to_bytes(len(u), 'big')
        counter += 1
    return key[:dklen]


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """Hash the contents of a file-like object. Returns a digest object."""
    digestobj = new(digest) if isinstance(digest, str) else digest()
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj
