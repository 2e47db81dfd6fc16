"""The 'uu' codec: bytes <-> a uuencoded file ('begin MODE NAME' ... 'end')."""
import binascii
from ._binary_codec import codec_info


def uu_encode(input, errors='strict', filename='<data>', mode=0o666):
    assert errors == 'strict'
    data = bytes(input)
    filename = filename.replace('\n', '\\n').replace('\r', '\\r')
    out = [('begin %o %s\n' % (mode & 0o777, filename)).encode('ascii')]
    for start in range(0, len(data), 45):
        out.append(binascii.b2a_uu(data[start:start + 45]))
    out.append(b' \nend\n')
    return b''.join(out), len(input)


def uu_decode(input, errors='strict'):
    assert errors == 'strict'
    lines = [line + b'\n' for line in bytes(input).split(b'\n')]    # readline()'s lines
    lines[-1] = lines[-1][:-1]
    pos = 0
    while True:
        if pos == len(lines):
            raise ValueError('Missing "begin" line in input data')
        pos += 1
        if lines[pos - 1][:5] == b'begin':
            break
    out = []
    while True:
        line = lines[pos] if pos < len(lines) else b''
        pos += 1
        if not line or line == b'end\n':
            break
        try:
            out.append(binascii.a2b_uu(line))
        except binascii.Error:
            # Some encoders pad lines with extra characters: decode only what the length covers.
            used = (((line[0] - 32) & 63) * 4 + 5) // 3
            out.append(binascii.a2b_uu(line[:used]))
    if not line:
        raise ValueError('Truncated input data')
    return b''.join(out), len(input)


def getregentry():
    return codec_info('uu', uu_encode, uu_decode)
