"""BLAKE2b and BLAKE2s (RFC 7693) -- Sharpy's own, pure-Python implementation for hashlib.

Both follow one scheme with different word sizes; the parameter block carries digest size, key
length, tree parameters, salt and personalisation exactly as the specification lays it out.
"""

__all__ = ['blake2b', 'blake2s']

_SIGMA = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15),
    (14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3),
    (11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4),
    (7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8),
    (9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13),
    (2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9),
    (12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11),
    (13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10),
    (6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5),
    (10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0),
)

# Mixing-function column/diagonal index quadruples.
_LANES = ((0, 4, 8, 12), (1, 5, 9, 13), (2, 6, 10, 14), (3, 7, 11, 15),
          (0, 5, 10, 15), (1, 6, 11, 12), (2, 7, 8, 13), (3, 4, 9, 14))


def _as_bytes(data, what=None):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError(f"object supporting the buffer API required") from None


class _Blake2:
    # Set by subclasses: word size in bits, rounds, rotations, IV, sizes.
    def __init__(self, data=b'', /, *, digest_size=None, key=b'', salt=b'', person=b'', fanout=1,
                 depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False,
                 usedforsecurity=True):
        if digest_size is None:
            digest_size = self.MAX_DIGEST_SIZE
        if not 1 <= digest_size <= self.MAX_DIGEST_SIZE:
            raise ValueError(f"digest_size must be between 1 and {self.MAX_DIGEST_SIZE} bytes")
        key, salt, person = _as_bytes(key), _as_bytes(salt), _as_bytes(person)
        if len(key) > self.MAX_KEY_SIZE:
            raise ValueError(f"maximum key length is {self.MAX_KEY_SIZE} bytes")
        if len(salt) > self.SALT_SIZE:
            raise ValueError(f"maximum salt length is {self.SALT_SIZE} bytes")
        if len(person) > self.PERSON_SIZE:
            raise ValueError(f"maximum person length is {self.PERSON_SIZE} bytes")
        if not 0 <= fanout <= 255:
            raise ValueError("fanout must be between 0 and 255")
        if not 1 <= depth <= 255:
            raise ValueError("depth must be between 1 and 255")
        if not 0 <= leaf_size <= 0xffffffff:
            raise OverflowError("leaf_size is too large")
        if not 0 <= node_offset < (1 << self._NODE_OFFSET_BITS):
            raise OverflowError("node_offset is too large")
        if not 0 <= node_depth <= 255:
            raise ValueError("node_depth must be between 0 and 255")
        if not 0 <= inner_size <= self.MAX_DIGEST_SIZE:
            raise ValueError(f"inner_size must be between 0 and is {self.MAX_DIGEST_SIZE}")
        offset_bytes = self._NODE_OFFSET_BITS // 8
        params = (bytes((digest_size, len(key), fanout, depth)) + leaf_size.to_bytes(4, 'little')
                  + node_offset.to_bytes(offset_bytes, 'little') + bytes((node_depth, inner_size)))
        words = self._WORD // 8
        params = params.ljust(4 * words, b'\0') + salt.ljust(self.SALT_SIZE, b'\0') + person.ljust(self.PERSON_SIZE, b'\0')
        self._h = [iv ^ int.from_bytes(params[i * words:(i + 1) * words], 'little')
                   for i, iv in enumerate(self._IV)]
        self._t = 0
        self._buffer = b''
        self._last_node = bool(last_node)
        self.digest_size = digest_size
        if key:
            self._buffer = key.ljust(self.block_size, b'\0')
        if data:
            self.update(data)

    def _compress(self, h, block, t, final):
        mask = self._MASK
        w = self._WORD
        words = w // 8
        m = [int.from_bytes(block[i:i + words], 'little') for i in range(0, self.block_size, words)]
        v = h + list(self._IV)
        v[12] ^= t & mask
        v[13] ^= (t >> w) & mask
        if final:
            v[14] ^= mask
            if self._last_node:
                v[15] ^= mask
        r1, r2, r3, r4 = self._ROT
        for rnd in range(self._ROUNDS):
            s = _SIGMA[rnd % 10]
            for i, (a, b, c, d) in enumerate(_LANES):
                x, y = m[s[2 * i]], m[s[2 * i + 1]]
                va = (v[a] + v[b] + x) & mask
                vd = v[d] ^ va
                vd = ((vd >> r1) | (vd << (w - r1))) & mask
                vc = (v[c] + vd) & mask
                vb = v[b] ^ vc
                vb = ((vb >> r2) | (vb << (w - r2))) & mask
                va = (va + vb + y) & mask
                vd ^= va
                vd = ((vd >> r3) | (vd << (w - r3))) & mask
                vc = (vc + vd) & mask
                vb ^= vc
                vb = ((vb >> r4) | (vb << (w - r4))) & mask
                v[a], v[b], v[c], v[d] = va, vb, vc, vd
        for i in range(8):
            h[i] ^= v[i] ^ v[i + 8]

    def update(self, data, /):
        data = self._buffer + _as_bytes(data)
        size = self.block_size
        # The last block is compressed by digest() with the final flag, so keep at least one byte.
        pos = 0
        while len(data) - pos > size:
            self._t += size
            self._compress(self._h, data[pos:pos + size], self._t, False)
            pos += size
        self._buffer = data[pos:]

    def digest(self):
        h = list(self._h)
        self._compress(h, self._buffer.ljust(self.block_size, b'\0'), self._t + len(self._buffer), True)
        words = self._WORD // 8
        return b''.join(x.to_bytes(words, 'little') for x in h)[:self.digest_size]

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = object.__new__(type(self))
        other._h = list(self._h)
        other._t = self._t
        other._buffer = self._buffer
        other._last_node = self._last_node
        other.digest_size = self.digest_size
        return other

    def __repr__(self):
        return f'<_blake2.{self.name} object @ {hex(id(self))}>'


class blake2b(_Blake2):
    name = 'blake2b'
    block_size = 128
    MAX_DIGEST_SIZE = 64
    MAX_KEY_SIZE = 64
    SALT_SIZE = 16
    PERSON_SIZE = 16
    _WORD = 64
    _MASK = (1 << 64) - 1
    _ROUNDS = 12
    _ROT = (32, 24, 16, 63)
    _NODE_OFFSET_BITS = 64
    _IV = (0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
           0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179)


class blake2s(_Blake2):
    name = 'blake2s'
    block_size = 64
    MAX_DIGEST_SIZE = 32
    MAX_KEY_SIZE = 32
    SALT_SIZE = 8
    PERSON_SIZE = 8
    _WORD = 32
    _MASK = (1 << 32) - 1
    _ROUNDS = 10
    _ROT = (16, 12, 8, 7)
    _NODE_OFFSET_BITS = 48
    _IV = (0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19)
