"""The 'bz2' codec: bytes <-> bz2-compressed bytes (errors must be 'strict', as in CPython)."""
import bz2
import codecs
from ._binary_codec import codec_info


def bz2_encode(input, errors='strict'):
    assert errors == 'strict'
    return bz2.compress(input), len(input)


def bz2_decode(input, errors='strict'):
    assert errors == 'strict'
    return bz2.decompress(input), len(input)


class IncrementalEncoder(codecs.IncrementalEncoder):
    """One bz2 stream across calls: data is flushed when final is true."""

    def __init__(self, errors='strict'):
        assert errors == 'strict'
        self.errors = errors
        self.compressobj = bz2.BZ2Compressor()

    def encode(self, input, final=False):
        data = self.compressobj.compress(input)
        if final:
            data += self.compressobj.flush()
        return data

    def reset(self):
        self.compressobj = bz2.BZ2Compressor()


class IncrementalDecoder(codecs.IncrementalDecoder):
    def __init__(self, errors='strict'):
        assert errors == 'strict'
        self.errors = errors
        self.decompressobj = bz2.BZ2Decompressor()

    def decode(self, input, final=False):
        try:
            return self.decompressobj.decompress(input)
        except EOFError:
            return b''

    def reset(self):
        self.decompressobj = bz2.BZ2Decompressor()


def getregentry():
    return codec_info('bz2', bz2_encode, bz2_decode, IncrementalEncoder, IncrementalDecoder)
