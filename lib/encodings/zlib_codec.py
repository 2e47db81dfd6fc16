"""The 'zlib' codec: bytes <-> zlib-compressed bytes (errors must be 'strict', as in CPython);
the incremental classes keep one zlib stream across calls."""
import codecs
import zlib
from ._binary_codec import codec_info


def zlib_encode(input, errors='strict'):
    assert errors == 'strict'
    return zlib.compress(input), len(input)


def zlib_decode(input, errors='strict'):
    assert errors == 'strict'
    return zlib.decompress(input), len(input)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def __init__(self, errors='strict'):
        assert errors == 'strict'
        self.errors = errors
        self.compressobj = zlib.compressobj()

    def encode(self, input, final=False):
        data = self.compressobj.compress(input)
        if final:
            data += self.compressobj.flush()
        return data

    def reset(self):
        self.compressobj = zlib.compressobj()


class IncrementalDecoder(codecs.IncrementalDecoder):
    def __init__(self, errors='strict'):
        assert errors == 'strict'
        self.errors = errors
        self.decompressobj = zlib.decompressobj()

    def decode(self, input, final=False):
        data = self.decompressobj.decompress(input)
        if final:
            data += self.decompressobj.flush()
        return data

    def reset(self):
        self.decompressobj = zlib.decompressobj()


def getregentry():
    return codec_info('zlib', zlib_encode, zlib_decode, IncrementalEncoder, IncrementalDecoder)
