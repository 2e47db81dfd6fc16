"""SHA-3 and SHAKE (FIPS 202) over the Keccak-f[1600] permutation (Sharpy's own implementation)."""

_M64 = (1 << 64) - 1


def _rc_bit(t):
    # The round constants come from a degree-8 LFSR (FIPS 202, algorithm 5).
    if t % 255 == 0:
        return 1
    r = 1
    for _ in range(t % 255):
        r <<= 1
        if r & 0x100:
            r ^= 0x171
    return r & 1


_ROUND_CONSTANTS = [sum(_rc_bit(j + 7 * i) << ((1 << j) - 1) for j in range(7)) for i in range(24)]


def _rotation_offsets():
    offsets = [0] * 25
    x, y = 1, 0
    for t in range(24):
        offsets[x + 5 * y] = ((t + 1) * (t + 2) // 2) % 64
        x, y = y, (2 * x + 3 * y) % 5
    return offsets


_OFFSETS = _rotation_offsets()
# pi moves lane (x, y) to (y, 2x + 3y): the destination index of each source lane.
_PI = [0] * 25
for _y in range(5):
    for _x in range(5):
        _PI[_x + 5 * _y] = _y + 5 * ((2 * _x + 3 * _y) % 5)


def _rotl(v, n):
    return ((v << n) | (v >> (64 - n))) & _M64 if n else v


def _keccak_f(a):
    for rc in _ROUND_CONSTANTS:
        c = [a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rotl(c[(x + 1) % 5], 1) for x in range(5)]
        for i in range(25):
            a[i] ^= d[i % 5]
        b = [0] * 25
        for i in range(25):
            b[_PI[i]] = _rotl(a[i], _OFFSETS[i])
        for y in range(0, 25, 5):
            row = b[y:y + 5]
            for x in range(5):
                a[y + x] = row[x] ^ (~row[(x + 1) % 5] & row[(x + 2) % 5] & _M64)
        a[0] ^= rc


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    return memoryview(data).tobytes()


class _Sponge:
    _suffix = 0x06
    digest_size = 0

    def __init__(self, data=b'', /, *, usedforsecurity=True):
        self._lanes = [0] * 25
        self._buffer = b''
        if data:
            self.update(data)

    @property
    def block_size(self):
        return self._rate

    def update(self, data, /):
        data = self._buffer + _as_bytes(data)
        rate = self._rate
        full = len(data) - len(data) % rate
        for k in range(0, full, rate):
            self._absorb(self._lanes, data[k:k + rate])
        self._buffer = data[full:]

    def _absorb(self, lanes, block):
        for i in range(len(block) // 8):
            lanes[i] ^= int.from_bytes(block[8 * i:8 * i + 8], 'little')
        _keccak_f(lanes)

    def _squeeze(self, length):
        lanes = list(self._lanes)
        block = bytearray(self._buffer + b'\0' * (self._rate - len(self._buffer)))
        block[len(self._buffer)] ^= self._suffix
        block[-1] ^= 0x80
        self._absorb(lanes, bytes(block))
        out = b''
        while True:
            out += b''.join(v.to_bytes(8, 'little') for v in lanes)[:self._rate]
            if len(out) >= length:
                return out[:length]
            _keccak_f(lanes)

    def copy(self):
        other = object.__new__(type(self))
        other._lanes = list(self._lanes)
        other._buffer = self._buffer
        return other

    def __repr__(self):
        kind = 'HASHXOF' if isinstance(self, _SHAKE) else 'HASH'
        return f'<{self.name} _hashlib.{kind} object @ {hex(id(self))}>'


class _SHA3(_Sponge):
    def digest(self):
        return self._squeeze(self.digest_size)

    def hexdigest(self):
        return self.digest().hex()


class _SHAKE(_Sponge):
    _suffix = 0x1F

    def digest(self, length):
        if length < 0:
            raise ValueError("negative digest length")
        return self._squeeze(length)

    def hexdigest(self, length):
        return self.digest(length).hex()


def _make(base, name, rate, size):
    return type(name, (base,), {'name': name, '_rate': rate, 'digest_size': size, '__module__': '_sha3'})


sha3_224 = _make(_SHA3, 'sha3_224', 144, 28)
sha3_256 = _make(_SHA3, 'sha3_256', 136, 32)
sha3_384 = _make(_SHA3, 'sha3_384', 104, 48)
sha3_512 = _make(_SHA3, 'sha3_512', 72, 64)
shake_128 = _make(_SHAKE, 'shake_128', 168, 0)
shake_256 = _make(_SHAKE, 'shake_256', 136, 0)


# CPython runs this module as C code (Modules/_sha3): its frames add no traceback entries
# (Interpreter/NativeStandIns.cs).
import _sharpy_traceback  # noqa: E402
_sharpy_traceback.native_stand_in(globals())
del _sharpy_traceback
