"""Recognize sound file headers (deprecated since Python 3.11).

whathdr(filename) / what(filename) -> SndHeaders(filetype, framerate, nchannels, nframes,
sampwidth) or None. filetype is one of 'aifc', 'aiff', 'au', 'hcom', 'sndr', 'sndt', 'voc',
'wav', '8svx'; framerate and nchannels are 0 and nframes -1 when unknown; sampwidth is bits per
sample, or 'U' (u-LAW), 'A' (A-LAW), '?'.
"""

import warnings
warnings._deprecated(__name__, remove=(3, 13))

__all__ = ['what', 'whathdr']

from collections import namedtuple
import struct

SndHeaders = namedtuple('SndHeaders', 'filetype framerate nchannels nframes sampwidth')
SndHeaders.filetype.__doc__ = """The value for type indicates the data type
and will be one of the strings 'aifc', 'aiff', 'au','hcom',
'sndr', 'sndt', 'voc', 'wav', '8svx', 'sb', 'ub', or 'ul'."""
SndHeaders.framerate.__doc__ = """The sampling_rate will be either the actual
value or 0 if unknown or difficult to decode."""
SndHeaders.nchannels.__doc__ = """The number of channels or 0 if it cannot be
determined or if the value is difficult to decode."""
SndHeaders.nframes.__doc__ = """The value for frames will be either the number
of frames or -1."""
SndHeaders.sampwidth.__doc__ = """Either the sample size in bits or
'A' for A-LAW or 'U' for u-LAW."""


def what(filename):
    """Guess the type of a sound file."""
    return whathdr(filename)


def whathdr(filename):
    """Recognize sound headers."""
    with open(filename, 'rb') as f:
        h = f.read(512)
        for test in tests:
            result = test(h, f)
            if result:
                return SndHeaders(*result)
        return None


def _chunks(data, pos, big_endian):
    """(id, body, declared size) of the IFF/RIFF chunks from pos (a last chunk may be cut short)."""
    fmt = '>4sL' if big_endian else '<4sL'
    while pos + 8 <= len(data):
        name, size = struct.unpack_from(fmt, data, pos)
        yield name, data[pos + 8:pos + 8 + size], size
        pos += 8 + size + (size & 1)


def _extended_to_float(b):
    # The 80-bit IEEE extended float of AIFF sample rates.
    exponent, mantissa = struct.unpack('>HQ', b)
    sign = -1 if exponent & 0x8000 else 1
    exponent &= 0x7FFF
    if exponent == 0 and mantissa == 0:
        return 0.0
    if exponent == 0x7FFF:
        return sign * float('inf')
    return sign * mantissa * 2.0 ** (exponent - 16383 - 63)


def _aiff_params(f):
    # What aifc.open would report: (framerate, nchannels, nframes, sample width in bytes).
    f.seek(0)
    data = f.read()
    if len(data) < 12 or data[:4] != b'FORM':
        return None
    aifc = data[8:12] == b'AIFC'
    comm = None
    have_ssnd = False
    for name, body, size in _chunks(data, 12, True):
        if name == b'COMM':
            if len(body) < 18:
                return None
            nchannels, nframes, bits = struct.unpack('>hLh', body[:8])
            framerate = int(_extended_to_float(body[8:18]))
            width = (bits + 7) // 8
            if aifc:
                kind = body[18:22]
                if kind in (b'ulaw', b'ULAW', b'alaw', b'ALAW', b'G722'):
                    width = 2
                elif kind not in (b'NONE', b'none'):
                    return None
            if width == 0 or nchannels == 0 or framerate == 0:
                return None
            comm = framerate, nchannels, nframes, width
        elif name == b'SSND':
            have_ssnd = True
    if comm is None or not have_ssnd:
        return None
    return comm


def _wav_params(f):
    # What wave.open would report: (framerate, nchannels, nframes, sample width in bytes).
    f.seek(0)
    data = f.read()
    fmt = None
    for name, body, size in _chunks(data, 12, False):
        if name == b'fmt ':
            if len(body) < 16:
                return None
            tag, nchannels, framerate, _, _, bits = struct.unpack('<HHLLHH', body[:16])
            width = (bits + 7) // 8
            if tag != 1 or not width or not nchannels or not framerate:
                return None  # only PCM, as wave reads it
            fmt = framerate, nchannels, width
        elif name == b'data':
            if fmt is None:
                return None
            framerate, nchannels, width = fmt
            return framerate, nchannels, size // (nchannels * width), width
    return None


# Each test takes the first 512 bytes and the open file; it returns the header tuple or None.
tests = []


def test_aifc(h, f):
    if not h.startswith(b'FORM'):
        return None
    if h[8:12] == b'AIFC':
        fmt = 'aifc'
    elif h[8:12] == b'AIFF':
        fmt = 'aiff'
    else:
        return None
    params = _aiff_params(f)
    if params is None:
        return None
    framerate, nchannels, nframes, width = params
    return fmt, framerate, nchannels, nframes, 8 * width


def test_au(h, f):
    if h.startswith(b'.snd'):
        get = get_long_be
    elif h[:4] in (b'\0ds.', b'dns.'):
        get = get_long_le
    else:
        return None
    data_size = get(h[8:12])
    encoding = get(h[12:16])
    rate = get(h[16:20])
    nchannels = get(h[20:24])
    sample_size = 1
    if encoding == 1:
        sample_bits = 'U'
    elif encoding == 2:
        sample_bits = 8
    elif encoding == 3:
        sample_bits = 16
        sample_size = 2
    else:
        sample_bits = '?'
    frame_size = sample_size * nchannels
    nframe = data_size / frame_size if frame_size else -1
    return 'au', rate, nchannels, nframe, sample_bits


def test_hcom(h, f):
    if h[65:69] != b'FSSD' or h[128:132] != b'HCOM':
        return None
    divisor = get_long_be(h[144:148])
    rate = 22050 / divisor if divisor else 0
    return 'hcom', rate, 1, -1, 8


def test_voc(h, f):
    if not h.startswith(b'Creative Voice File\032'):
        return None
    sbseek = get_short_le(h[20:22])
    rate = 0
    if 0 <= sbseek < 500 and h[sbseek] == 1:
        ratecode = 256 - h[sbseek + 4]
        if ratecode:
            rate = int(1000000.0 / ratecode)
    return 'voc', rate, 1, -1, 8


def test_wav(h, f):
    if not h.startswith(b'RIFF') or h[8:12] != b'WAVE' or h[12:16] != b'fmt ':
        return None
    params = _wav_params(f)
    if params is None:
        return None
    framerate, nchannels, nframes, width = params
    return 'wav', framerate, nchannels, nframes, 8 * width


def test_8svx(h, f):
    if not h.startswith(b'FORM') or h[8:12] != b'8SVX':
        return None
    return '8svx', 0, 1, 0, 8


def test_sndt(h, f):
    if h.startswith(b'SOUND'):
        return 'sndt', get_short_le(h[20:22]), 1, get_long_le(h[8:12]), 8


def test_sndr(h, f):
    if h.startswith(b'\0\0'):
        rate = get_short_le(h[2:4])
        if 4000 <= rate <= 25000:
            return 'sndr', rate, 1, -1, 8


tests.extend([test_aifc, test_au, test_hcom, test_voc, test_wav, test_8svx, test_sndt, test_sndr])


def get_long_be(b):
    return (b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]


def get_long_le(b):
    return (b[3] << 24) | (b[2] << 16) | (b[1] << 8) | b[0]


def get_short_be(b):
    return (b[0] << 8) | b[1]


def get_short_le(b):
    return (b[1] << 8) | b[0]


def test():
    import sys
    recursive = 0
    if sys.argv[1:] and sys.argv[1] == '-r':
        del sys.argv[1:2]
        recursive = 1
    try:
        testall(sys.argv[1:] or ['.'], recursive, 1)
    except KeyboardInterrupt:
        sys.stderr.write('\n[Interrupted]\n')
        sys.exit(1)


def testall(list, recursive, toplevel):
    import sys
    import os
    for filename in list:
        if os.path.isdir(filename):
            print(filename + '/:', end=' ')
            if recursive or toplevel:
                print('recursing down:')
                import glob
                testall(glob.glob(os.path.join(glob.escape(filename), '*')), recursive, 0)
            else:
                print('*** directory (use -r) ***')
        else:
            print(filename + ':', end=' ')
            sys.stdout.flush()
            try:
                print(what(filename))
            except OSError:
                print('*** not found ***')


if __name__ == '__main__':
    test()
