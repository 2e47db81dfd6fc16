"""MIMEImage: image/* messages (the subtype is guessed from the data when not given)."""

from email import encoders
from email.mime.nonmultipart import MIMENonMultipart

__all__ = ['MIMEImage']

_SIGNATURES = [(b'\x89PNG\r\n\x1a\n', 'png'), (b'GIF87a', 'gif'), (b'GIF89a', 'gif'),
               (b'\xff\xd8', 'jpeg'), (b'BM', 'bmp'), (b'II*\x00', 'tiff'), (b'MM\x00*', 'tiff')]


def _guess_subtype(data):
    for magic, subtype in _SIGNATURES:
        if data.startswith(magic):
            return subtype
    if data[:4] == b'RIFF' and data[8:12] == b'WEBP':
        return 'webp'
    return None


class MIMEImage(MIMENonMultipart):

    def __init__(self, _imagedata, _subtype=None, _encoder=encoders.encode_base64,
                 *, policy=None, **_params):
        _subtype = _guess_subtype(_imagedata) if _subtype is None else _subtype
        if _subtype is None:
            raise TypeError('Could not guess image MIME subtype')
        MIMENonMultipart.__init__(self, 'image', _subtype, policy=policy, **_params)
        self.set_payload(_imagedata)
        _encoder(self)
