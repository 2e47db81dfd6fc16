"""Cryptographically strong random numbers (Sharpy's own secrets, over os.urandom)."""

import base64
import binascii
import os

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom', 'token_bytes', 'token_hex',
           'token_urlsafe', 'compare_digest']

DEFAULT_ENTROPY = 32


def _randbits(k):
    if k < 0:
        raise ValueError('number of bits must be non-negative')
    numbytes = (k + 7) // 8
    x = int.from_bytes(os.urandom(numbytes), 'big')
    return x >> (numbytes * 8 - k)


class SystemRandom:
    """The subset of random.SystemRandom that secrets exposes, backed by os.urandom."""

    def getrandbits(self, k):
        return _randbits(k)

    def _randbelow(self, n):
        k = n.bit_length()
        r = _randbits(k)
        while r >= n:
            r = _randbits(k)
        return r

    def randrange(self, start, stop=None, step=1):
        if stop is None:
            if start <= 0:
                raise ValueError('empty range for randrange()')
            return self._randbelow(start)
        width = stop - start
        if step == 1:
            if width <= 0:
                raise ValueError('empty range for randrange() (%d, %d, %d)' % (start, stop, width))
            return start + self._randbelow(width)
        n = (width + step - 1) // step if step > 0 else (width + step + 1) // step
        if n <= 0:
            raise ValueError('empty range for randrange()')
        return start + step * self._randbelow(n)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def random(self):
        return (int.from_bytes(os.urandom(7), 'big') >> 3) * 2 ** -53

    def choice(self, seq):
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        for i in reversed(range(1, len(x))):
            j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k):
        pool = list(population)
        if not 0 <= k <= len(pool):
            raise ValueError('Sample larger than population or is negative')
        self.shuffle(pool)
        return pool[:k]


_sysrand = SystemRandom()
randbits = _sysrand.getrandbits
choice = _sysrand.choice


def randbelow(exclusive_upper_bound):
    if exclusive_upper_bound <= 0:
        raise ValueError('Upper bound must be positive.')
    return _sysrand._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return os.urandom(nbytes)


def token_hex(nbytes=None):
    return binascii.hexlify(token_bytes(nbytes)).decode('ascii')


def token_urlsafe(nbytes=None):
    tok = token_bytes(nbytes)
    return base64.urlsafe_b64encode(tok).decode('ascii').rstrip('=')


def compare_digest(a, b):
    import hmac
    return hmac.compare_digest(a, b)
