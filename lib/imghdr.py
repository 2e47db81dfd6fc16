"""Recognize image file formats based on their first few bytes (deprecated since 3.11)."""

from os import PathLike
import warnings

__all__ = ["what"]

warnings._deprecated(__name__, remove=(3, 13))


def what(file, h=None):
    """The image type of a file name, open binary file (its position is kept) or of the header
    bytes h: 'png', 'jpeg', 'gif', ... or None."""
    f = None
    try:
        if h is None:
            if isinstance(file, (str, PathLike)):
                f = open(file, 'rb')
                h = f.read(32)
            else:
                location = file.tell()
                h = file.read(32)
                file.seek(location)
        for test in tests:
            result = test(h, f)
            if result:
                return result
    finally:
        if f:
            f.close()
    return None


# Each test takes the header bytes (and the open file, unused) and returns a type name or None.
# They run in this order; programs may append their own.
tests = []


def test_jpeg(h, f):
    """JPEG data with JFIF or Exif markers; and raw JPEG"""
    if h[6:10] in (b'JFIF', b'Exif') or h[:4] == b'\xff\xd8\xff\xdb':
        return 'jpeg'


def test_png(h, f):
    if h.startswith(b'\211PNG\r\n\032\n'):
        return 'png'


def test_gif(h, f):
    """GIF ('87 and '89 variants)"""
    if h[:6] in (b'GIF87a', b'GIF89a'):
        return 'gif'


def test_tiff(h, f):
    """TIFF (can be in Motorola or Intel byte order)"""
    if h[:2] in (b'MM', b'II'):
        return 'tiff'


def test_rgb(h, f):
    """SGI image library"""
    if h.startswith(b'\001\332'):
        return 'rgb'


def _netpbm(h, digits):
    # 'P' + a format digit + whitespace.
    return len(h) >= 3 and h[0] == ord(b'P') and h[1] in digits and h[2] in b' \t\n\r'


def test_pbm(h, f):
    """PBM (portable bitmap)"""
    if _netpbm(h, b'14'):
        return 'pbm'


def test_pgm(h, f):
    """PGM (portable graymap)"""
    if _netpbm(h, b'25'):
        return 'pgm'


def test_ppm(h, f):
    """PPM (portable pixmap)"""
    if _netpbm(h, b'36'):
        return 'ppm'


def test_rast(h, f):
    """Sun raster file"""
    if h.startswith(b'\x59\xA6\x6A\x95'):
        return 'rast'


def test_xbm(h, f):
    """X bitmap (X10 or X11)"""
    if h.startswith(b'#define '):
        return 'xbm'


def test_bmp(h, f):
    if h.startswith(b'BM'):
        return 'bmp'


def test_webp(h, f):
    if h.startswith(b'RIFF') and h[8:12] == b'WEBP':
        return 'webp'


def test_exr(h, f):
    if h.startswith(b'\x76\x2f\x31\x01'):
        return 'exr'


tests.extend([test_jpeg, test_png, test_gif, test_tiff, test_rgb, test_pbm, test_pgm, test_ppm,
              test_rast, test_xbm, test_bmp, test_webp, test_exr])


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
