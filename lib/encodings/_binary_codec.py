"""CodecInfo for bytes-to-bytes codecs (bz2, quopri, uu) from their encode/decode functions."""
import codecs


def codec_info(name, encode, decode, incrementalencoder=None, incrementaldecoder=None):
    class Codec(codecs.Codec):
        def encode(self, input, errors='strict'):
            return encode(input, errors)

        def decode(self, input, errors='strict'):
            return decode(input, errors)

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class IncrementalDecoder(codecs.IncrementalDecoder):
        def decode(self, input, final=False):
            return decode(input, self.errors)[0]

    class StreamWriter(Codec, codecs.StreamWriter):
        charbuffertype = bytes

    class StreamReader(Codec, codecs.StreamReader):
        charbuffertype = bytes

    return codecs.CodecInfo(name=name, encode=encode, decode=decode,
                            incrementalencoder=incrementalencoder or IncrementalEncoder,
                            incrementaldecoder=incrementaldecoder or IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader,
                            _is_text_encoding=False)
