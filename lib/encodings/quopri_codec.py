"""The 'quopri' codec: bytes <-> quoted-printable bytes (tabs and spaces quoted)."""
import binascii
from ._binary_codec import codec_info


def quopri_encode(input, errors='strict'):
    assert errors == 'strict'
    return binascii.b2a_qp(bytes(input), quotetabs=True), len(input)


def quopri_decode(input, errors='strict'):
    assert errors == 'strict'
    return binascii.a2b_qp(bytes(input)), len(input)


def getregentry():
    return codec_info('quopri', quopri_encode, quopri_decode)
