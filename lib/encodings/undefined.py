"""The 'undefined' codec: every conversion fails (for sites that want to forbid implicit codecs)."""
import codecs


def _refuse(*args, **kwargs):
    raise UnicodeError("undefined encoding")


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        _refuse()

    def decode(self, input, errors='strict'):
        _refuse()


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        _refuse()


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        _refuse()


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(name='undefined', encode=Codec().encode, decode=Codec().decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
