"""Uuencoding and uudecoding of files (deprecated since Python 3.11).

encode(in_file, out_file [, name, mode], *, backtick=False)
decode(in_file [, out_file, mode, quiet])
Files are file objects or names; '-' is stdin/stdout.
"""

import binascii
import os
import sys

import warnings
warnings._deprecated(__name__, remove=(3, 13))
del warnings

__all__ = ["Error", "encode", "decode"]


class Error(Exception):
    pass


def encode(in_file, out_file, name=None, mode=None, *, backtick=False):
    """Uuencode file"""
    opened = []
    try:
        if in_file == '-':
            in_file = sys.stdin.buffer
        elif isinstance(in_file, str):
            if name is None:
                name = os.path.basename(in_file)
            if mode is None:
                mode = os.stat(in_file).st_mode
            in_file = open(in_file, 'rb')
            opened.append(in_file)
        if out_file == '-':
            out_file = sys.stdout.buffer
        elif isinstance(out_file, str):
            out_file = open(out_file, 'wb')
            opened.append(out_file)
        if name is None:
            name = '-'
        if mode is None:
            mode = 0o666
        # A line break in the name would end the header line.
        name = name.replace('\n', '\\n').replace('\r', '\\r')
        out_file.write(('begin %o %s\n' % ((mode & 0o777), name)).encode("ascii"))
        data = in_file.read(45)
        while len(data) > 0:
            out_file.write(binascii.b2a_uu(data, backtick=backtick))
            data = in_file.read(45)
        out_file.write(b'`\nend\n' if backtick else b' \nend\n')
    finally:
        for f in opened:
            f.close()


def _is_traversal(path):
    for sep in (os.sep, os.altsep):
        if sep and (path.startswith(sep) or f'..{sep}' in path):
            return True
    return False


def decode(in_file, out_file=None, mode=None, quiet=False):
    """Decode uuencoded file"""
    opened = []
    if in_file == '-':
        in_file = sys.stdin.buffer
    elif isinstance(in_file, str):
        in_file = open(in_file, 'rb')
        opened.append(in_file)
    try:
        # Skip to a 'begin MODE NAME' line whose mode is octal.
        while True:
            header = in_file.readline()
            if not header:
                raise Error('No valid begin line found in input file')
            if not header.startswith(b'begin'):
                continue
            fields = header.split(b' ', 2)
            if len(fields) == 3 and fields[0] == b'begin':
                try:
                    int(fields[1], 8)
                    break
                except ValueError:
                    pass
        if out_file is None:
            out_file = fields[2].rstrip(b' \t\r\n\f').decode("ascii")
            if os.path.exists(out_file):
                raise Error(f'Cannot overwrite existing file: {out_file}')
            if _is_traversal(out_file):
                raise Error(f'Refusing to write to {out_file} due to directory traversal')
        if mode is None:
            mode = int(fields[1], 8)
        if out_file == '-':
            out_file = sys.stdout.buffer
        elif isinstance(out_file, str):
            fp = open(out_file, 'wb')
            os.chmod(out_file, mode)
            out_file = fp
            opened.append(out_file)
        line = in_file.readline()
        while line and line.strip(b' \t\r\n\f') != b'end':
            try:
                data = binascii.a2b_uu(line)
            except binascii.Error as v:
                # Some encoders pad lines with garbage: decode the length the line announces.
                nbytes = (((line[0] - 32) & 63) * 4 + 5) // 3
                data = binascii.a2b_uu(line[:nbytes])
                if not quiet:
                    sys.stderr.write("Warning: %s\n" % v)
            out_file.write(data)
            line = in_file.readline()
        if not line:
            raise Error('Truncated input file')
    finally:
        for f in opened:
            f.close()


def test():
    """uuencode/uudecode main program"""
    import optparse
    parser = optparse.OptionParser(usage='usage: %prog [-d] [-t] [input [output]]')
    parser.add_option('-d', '--decode', dest='decode', help='Decode (instead of encode)?',
                      default=False, action='store_true')
    parser.add_option('-t', '--text', dest='text',
                      help='data is text, encoded format unix-compatible text?',
                      default=False, action='store_true')
    options, args = parser.parse_args()
    if len(args) > 2:
        parser.error('incorrect number of arguments')
        sys.exit(1)
    source = args[0] if len(args) > 0 else sys.stdin.buffer
    target = args[1] if len(args) > 1 else sys.stdout.buffer
    if options.decode:
        if options.text:
            if isinstance(target, str):
                target = open(target, 'wb')
            else:
                print(sys.argv[0], ': cannot do -t to stdout')
                sys.exit(1)
        decode(source, target)
    else:
        if options.text:
            if isinstance(source, str):
                source = open(source, 'rb')
            else:
                print(sys.argv[0], ': cannot do -t from stdin')
                sys.exit(1)
        encode(source, target)


if __name__ == '__main__':
    test()
