"""Encoders that set a message's payload and Content-Transfer-Encoding header."""

import base64
import quopri

__all__ = ['encode_7or8bit', 'encode_base64', 'encode_noop', 'encode_quopri']


def _base64_lines(data):
    text = base64.b64encode(data).decode('ascii')
    return ''.join(text[i:i + 76] + '\n' for i in range(0, len(text), 76))


def encode_base64(msg):
    msg.set_payload(_base64_lines(msg.get_payload(decode=True)))
    msg['Content-Transfer-Encoding'] = 'base64'


def encode_quopri(msg):
    data = msg.get_payload(decode=True)
    msg.set_payload(quopri.encodestring(data, quotetabs=True).decode('ascii').replace(' ', '=20'))
    msg['Content-Transfer-Encoding'] = 'quoted-printable'


def encode_7or8bit(msg):
    data = msg.get_payload(decode=True)
    if data is None:
        msg['Content-Transfer-Encoding'] = '7bit'
        return
    try:
        data.decode('ascii')
    except UnicodeError:
        msg['Content-Transfer-Encoding'] = '8bit'
    else:
        msg['Content-Transfer-Encoding'] = '7bit'


def encode_noop(msg):
    """Leave the payload alone."""
