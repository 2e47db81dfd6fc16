"""Read and write tar archives (Sharpy's own implementation of CPython 3.11's tarfile API).

Headers are built field by field as POSIX/GNU/pax define them, so an archive written here has the
bytes CPython's tarfile writes for the same members. Compressed archives go through gzip, bz2 and
lzma; stream modes ("r|gz", "w|xz", ...) are served by buffering the whole archive in memory.
"""

import builtins
import copy
import io
import os
import shutil
import stat
import struct
import sys
import time

bltn_open = builtins.open

__all__ = ["TarFile", "TarInfo", "is_tarfile", "TarError", "ReadError", "CompressionError", "StreamError",
           "ExtractError", "HeaderError", "ENCODING", "USTAR_FORMAT", "GNU_FORMAT", "PAX_FORMAT",
           "DEFAULT_FORMAT", "open", "fully_trusted_filter", "data_filter", "tar_filter", "FilterError",
           "AbsoluteLinkError", "OutsideDestinationError", "SpecialFileError", "AbsolutePathError",
           "LinkOutsideDestinationError"]

NUL = b"\0"
BLOCKSIZE = 512
RECORDSIZE = BLOCKSIZE * 20
GNU_MAGIC = b"ustar  \0"
POSIX_MAGIC = b"ustar\x0000"
LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

REGTYPE = b"0"
AREGTYPE = b"\0"
LNKTYPE = b"1"
SYMTYPE = b"2"
CHRTYPE = b"3"
BLKTYPE = b"4"
DIRTYPE = b"5"
FIFOTYPE = b"6"
CONTTYPE = b"7"
GNUTYPE_LONGNAME = b"L"
GNUTYPE_LONGLINK = b"K"
GNUTYPE_SPARSE = b"S"
XHDTYPE = b"x"
XGLTYPE = b"g"
SOLARIS_XHDTYPE = b"X"

USTAR_FORMAT = 0
GNU_FORMAT = 1
PAX_FORMAT = 2
DEFAULT_FORMAT = PAX_FORMAT

SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE, CONTTYPE, CHRTYPE, BLKTYPE,
                   GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
GNU_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
PAX_FIELDS = ("path", "linkpath", "size", "mtime", "uid", "gid", "uname", "gname")
PAX_NAME_FIELDS = {"path", "linkpath", "uname", "gname"}
PAX_NUMBER_FIELDS = {"atime": float, "ctime": float, "mtime": float, "uid": int, "gid": int, "size": int}

ENCODING = sys.getfilesystemencoding() if hasattr(sys, "getfilesystemencoding") else "utf-8"


# ---------------------------------------------------------------- field codecs

def stn(s, length, encoding, errors):
    """str -> NUL-padded bytes field."""
    if s is None:
        raise ValueError("metadata cannot contain None")
    s = s.encode(encoding, errors)
    return s[:length] + (length - len(s)) * NUL


def nts(s, encoding, errors):
    """NUL-terminated bytes field -> str."""
    p = s.find(b"\0")
    if p != -1:
        s = s[:p]
    return s.decode(encoding, errors)


def nti(s):
    """Number field -> int (octal text, or GNU base-256)."""
    if s[0] in (0o200, 0o377):
        n = 0
        for i in range(len(s) - 1):
            n = (n << 8) + s[i + 1]
        if s[0] == 0o377:
            n = -(256 ** (len(s) - 1) - n)
        return n
    text = nts(s, "ascii", "replace")
    try:
        return int(text.strip() or "0", 8)
    except ValueError:
        raise InvalidHeaderError("invalid header") from None


def itn(n, digits=8, format=DEFAULT_FORMAT):
    """int -> number field: octal text, or GNU base-256 when it does not fit."""
    try:
        n = int(n)
    except ValueError:
        raise ValueError("overflow in number field") from None
    if 0 <= n < 8 ** (digits - 1):
        return bytes("%0*o" % (digits - 1, n), "ascii") + NUL
    if format == GNU_FORMAT and -256 ** (digits - 1) <= n < 256 ** (digits - 1):
        s = bytearray([0o200 if n >= 0 else 0o377])
        if n < 0:
            n = 256 ** digits + n
        body = bytearray()
        for _ in range(digits - 1):
            body.insert(0, n & 0o377)
            n >>= 8
        return bytes(s + body)
    raise ValueError("overflow in number field")


def calc_chksums(buf):
    """(unsigned, signed) checksums of a header block, the checksum field counted as spaces."""
    unsigned = 256 + sum(buf[:148]) + sum(buf[156:512])
    signed = 256 + sum(struct.unpack_from("148b", buf)) + sum(struct.unpack_from("356b", buf, 156))
    return unsigned, signed


def copyfileobj(src, dst, length=None, exception=OSError, bufsize=None):
    bufsize = bufsize or 16 * 1024
    if length == 0:
        return
    if length is None:
        shutil.copyfileobj(src, dst, bufsize)
        return
    blocks, remainder = divmod(length, bufsize)
    for _ in range(blocks):
        buf = src.read(bufsize)
        if len(buf) < bufsize:
            raise exception("unexpected end of data")
        dst.write(buf)
    if remainder:
        buf = src.read(remainder)
        if len(buf) < remainder:
            raise exception("unexpected end of data")
        dst.write(buf)


def _safe_print(s):
    encoding = getattr(sys.stdout, "encoding", None)
    if encoding is not None:
        s = s.encode(encoding, "backslashreplace").decode(encoding)
    print(s, end=" ")


def _lookup_name(path, ident):
    """pwd/grp lookups read from /etc/passwd and /etc/group (Sharpy has no pwd/grp modules)."""
    try:
        with bltn_open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                parts = line.rstrip("\n").split(":")
                if len(parts) > 2 and parts[2].isdigit() and int(parts[2]) == ident:
                    return parts[0]
    except OSError:
        pass
    return None


# ---------------------------------------------------------------- exceptions

class TarError(Exception):
    """Base exception."""


class ExtractError(TarError):
    """General exception for extract errors."""


class ReadError(TarError):
    """Exception for unreadable tar archives."""


class CompressionError(TarError):
    """Exception for unavailable compression methods."""


class StreamError(TarError):
    """Exception for unsupported operations on stream-like TarFiles."""


class HeaderError(TarError):
    """Base exception for header errors."""


class EmptyHeaderError(HeaderError):
    """Exception for empty headers."""


class TruncatedHeaderError(HeaderError):
    """Exception for truncated headers."""


class EOFHeaderError(HeaderError):
    """Exception for end of file headers."""


class InvalidHeaderError(HeaderError):
    """Exception for invalid headers."""


class SubsequentHeaderError(HeaderError):
    """Exception for missing and invalid extended headers."""


class FilterError(TarError):
    pass


class AbsolutePathError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f'member {tarinfo.name!r} has an absolute path')


class OutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self.tarinfo = tarinfo
        self._path = path
        super().__init__(f'{tarinfo.name!r} would be extracted to {path!r}, '
                         + 'which is outside the destination')


class SpecialFileError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f'{tarinfo.name!r} is a special file')


class AbsoluteLinkError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f'{tarinfo.name!r} is a link to an absolute path')


class LinkOutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self.tarinfo = tarinfo
        self._path = path
        super().__init__(f'{tarinfo.name!r} would link to {path!r}, '
                         + 'which is outside the destination')


# ---------------------------------------------------------------- extraction filters

def _filtered_attrs(member, dest_path, for_data=True):
    new_attrs = {}
    name = member.name
    dest_path = os.path.realpath(dest_path)
    if name.startswith(('/', os.sep)):
        name = new_attrs['name'] = member.path.lstrip('/' + os.sep)
    if os.path.isabs(name):
        raise AbsolutePathError(member)
    target_path = os.path.realpath(os.path.join(dest_path, name))
    if os.path.commonpath([target_path, dest_path]) != dest_path:
        raise OutsideDestinationError(member, target_path)
    mode = member.mode
    if mode is not None:
        mode = mode & 0o755
        if for_data:
            if member.isreg() or member.islnk():
                if not mode & 0o100:
                    mode &= ~0o111
                mode |= 0o600
            elif member.isdir() or member.issym():
                mode = None
            else:
                raise SpecialFileError(member)
        if mode != member.mode:
            new_attrs['mode'] = mode
    if for_data:
        for attr in ('uid', 'gid', 'uname', 'gname'):
            if getattr(member, attr) is not None:
                new_attrs[attr] = None
        if member.islnk() or member.issym():
            if os.path.isabs(member.linkname):
                raise AbsoluteLinkError(member)
            if member.issym():
                target_path = os.path.join(dest_path, os.path.dirname(name), member.linkname)
            else:
                target_path = os.path.join(dest_path, member.linkname)
            target_path = os.path.realpath(target_path)
            if os.path.commonpath([target_path, dest_path]) != dest_path:
                raise LinkOutsideDestinationError(member, target_path)
    return new_attrs


def fully_trusted_filter(member, dest_path):
    return member


def tar_filter(member, dest_path):
    new_attrs = _filtered_attrs(member, dest_path, False)
    return member.replace(**new_attrs, deep=False) if new_attrs else member


def data_filter(member, dest_path):
    new_attrs = _filtered_attrs(member, dest_path, True)
    return member.replace(**new_attrs, deep=False) if new_attrs else member


_NAMED_FILTERS = {"fully_trusted": fully_trusted_filter, "tar": tar_filter, "data": data_filter}


# ---------------------------------------------------------------- TarInfo

class TarInfo(object):
    """One archive member: its metadata, and where its data sits in the archive."""

    __slots__ = dict(name='Name of the archive member.', mode='Permission bits.', uid='User ID.',
                     gid='Group ID.', size='Size in bytes.', mtime='Time of last modification.',
                     chksum='Header checksum.', type='File type.', linkname='Link target.',
                     uname='User name.', gname='Group name.', devmajor='Device major number.',
                     devminor='Device minor number.', offset='The tar header starts here.',
                     offset_data="The file's data starts here.", pax_headers='pax header pairs.',
                     sparse='Sparse member information.', tarfile=None, _sparse_structs=None,
                     _link_target=None)

    def __init__(self, name=""):
        self.name = name
        self.mode = 0o644
        self.uid = 0
        self.gid = 0
        self.size = 0
        self.mtime = 0
        self.chksum = 0
        self.type = REGTYPE
        self.linkname = ""
        self.uname = ""
        self.gname = ""
        self.devmajor = 0
        self.devminor = 0
        self.offset = 0
        self.offset_data = 0
        self.sparse = None
        self.pax_headers = {}

    @property
    def path(self):
        return self.name

    @path.setter
    def path(self, name):
        self.name = name

    @property
    def linkpath(self):
        return self.linkname

    @linkpath.setter
    def linkpath(self, linkname):
        self.linkname = linkname

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.name, id(self))

    def get_info(self):
        mode = None if self.mode is None else self.mode & 0o7777
        info = {"name": self.name, "mode": mode, "uid": self.uid, "gid": self.gid, "size": self.size,
                "mtime": self.mtime, "chksum": self.chksum, "type": self.type, "linkname": self.linkname,
                "uname": self.uname, "gname": self.gname, "devmajor": self.devmajor,
                "devminor": self.devminor}
        if info["type"] == DIRTYPE and not info["name"].endswith("/"):
            info["name"] += "/"
        return info

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING, errors="surrogateescape"):
        info = self.get_info()
        for name, value in info.items():
            if value is None:
                raise ValueError("%s may not be None" % name)
        if format == USTAR_FORMAT:
            return self.create_ustar_header(info, encoding, errors)
        if format == GNU_FORMAT:
            return self.create_gnu_header(info, encoding, errors)
        if format == PAX_FORMAT:
            return self.create_pax_header(info, encoding)
        raise ValueError("invalid format")

    def create_ustar_header(self, info, encoding, errors):
        info["magic"] = POSIX_MAGIC
        if len(info["linkname"].encode(encoding, errors)) > LENGTH_LINK:
            raise ValueError("linkname is too long")
        if len(info["name"].encode(encoding, errors)) > LENGTH_NAME:
            info["prefix"], info["name"] = self._posix_split_name(info["name"], encoding, errors)
        return self._create_header(info, USTAR_FORMAT, encoding, errors)

    def create_gnu_header(self, info, encoding, errors):
        info["magic"] = GNU_MAGIC
        buf = b""
        if len(info["linkname"].encode(encoding, errors)) > LENGTH_LINK:
            buf += self._create_gnu_long_header(info["linkname"], GNUTYPE_LONGLINK, encoding, errors)
        if len(info["name"].encode(encoding, errors)) > LENGTH_NAME:
            buf += self._create_gnu_long_header(info["name"], GNUTYPE_LONGNAME, encoding, errors)
        return buf + self._create_header(info, GNU_FORMAT, encoding, errors)

    def create_pax_header(self, info, encoding):
        info["magic"] = POSIX_MAGIC
        pax_headers = self.pax_headers.copy()
        for name, hname, length in (("name", "path", LENGTH_NAME), ("linkname", "linkpath", LENGTH_LINK),
                                    ("uname", "uname", 32), ("gname", "gname", 32)):
            if hname in pax_headers:
                continue
            if not info[name].isascii():
                pax_headers[hname] = info[name]
            elif len(info[name]) > length:
                pax_headers[hname] = info[name]
        for name, digits in (("uid", 8), ("gid", 8), ("size", 12), ("mtime", 12)):
            needs_pax = False
            val = info[name]
            is_float = isinstance(val, float)
            as_int = round(val) if is_float else val
            if not 0 <= as_int < 8 ** (digits - 1):
                info[name] = 0
                needs_pax = True
            elif is_float:
                info[name] = as_int
                needs_pax = True
            if needs_pax and name not in pax_headers:
                pax_headers[name] = str(val)
        buf = self._create_pax_generic_header(pax_headers, XHDTYPE, encoding) if pax_headers else b""
        return buf + self._create_header(info, USTAR_FORMAT, "ascii", "replace")

    @classmethod
    def create_pax_global_header(cls, pax_headers):
        return cls._create_pax_generic_header(pax_headers, XGLTYPE, "utf-8")

    def _posix_split_name(self, name, encoding, errors):
        components = name.split("/")
        for i in range(1, len(components)):
            prefix = "/".join(components[:i])
            rest = "/".join(components[i:])
            if len(prefix.encode(encoding, errors)) <= LENGTH_PREFIX and \
                    len(rest.encode(encoding, errors)) <= LENGTH_NAME:
                return prefix, rest
        raise ValueError("name is too long")

    @staticmethod
    def _create_header(info, format, encoding, errors):
        if info.get("type") in (CHRTYPE, BLKTYPE):
            devmajor = itn(info.get("devmajor", 0), 8, format)
            devminor = itn(info.get("devminor", 0), 8, format)
        else:
            devmajor = devminor = stn("", 8, encoding, errors)
        filetype = info.get("type", REGTYPE)
        if filetype is None:
            raise ValueError("TarInfo.type must not be None")
        parts = [
            stn(info.get("name", ""), 100, encoding, errors),
            itn(info.get("mode", 0) & 0o7777, 8, format),
            itn(info.get("uid", 0), 8, format),
            itn(info.get("gid", 0), 8, format),
            itn(info.get("size", 0), 12, format),
            itn(info.get("mtime", 0), 12, format),
            b"        ",
            filetype,
            stn(info.get("linkname", ""), 100, encoding, errors),
            info.get("magic", POSIX_MAGIC),
            stn(info.get("uname", ""), 32, encoding, errors),
            stn(info.get("gname", ""), 32, encoding, errors),
            devmajor,
            devminor,
            stn(info.get("prefix", ""), 155, encoding, errors),
        ]
        buf = b"".join(parts)
        buf = buf[:BLOCKSIZE] + NUL * (BLOCKSIZE - len(buf))
        chksum = calc_chksums(buf)[0]
        return buf[:148] + bytes("%06o\0" % chksum, "ascii") + buf[155:]

    @staticmethod
    def _create_payload(payload):
        remainder = len(payload) % BLOCKSIZE
        if remainder:
            payload += (BLOCKSIZE - remainder) * NUL
        return payload

    @classmethod
    def _create_gnu_long_header(cls, name, type, encoding, errors):
        name = name.encode(encoding, errors) + NUL
        info = {"name": "././@LongLink", "type": type, "size": len(name), "magic": GNU_MAGIC}
        return cls._create_header(info, USTAR_FORMAT, encoding, errors) + cls._create_payload(name)

    @classmethod
    def _create_pax_generic_header(cls, pax_headers, type, encoding):
        binary = False
        for value in pax_headers.values():
            try:
                value.encode("utf-8", "strict")
            except UnicodeEncodeError:
                binary = True
                break
        records = b"21 hdrcharset=BINARY\n" if binary else b""
        for keyword, value in pax_headers.items():
            keyword = keyword.encode("utf-8")
            value = value.encode(encoding, "surrogateescape") if binary else value.encode("utf-8")
            length = len(keyword) + len(value) + 3
            n = p = 0
            while True:
                n = length + len(str(p))
                if n == p:
                    break
                p = n
            records += bytes(str(p), "ascii") + b" " + keyword + b"=" + value + b"\n"
        info = {"name": "././@PaxHeader", "type": type, "size": len(records), "magic": POSIX_MAGIC}
        return cls._create_header(info, USTAR_FORMAT, "ascii", "replace") + cls._create_payload(records)

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        if len(buf) == 0:
            raise EmptyHeaderError("empty header")
        if len(buf) != BLOCKSIZE:
            raise TruncatedHeaderError("truncated header")
        if buf.count(NUL) == BLOCKSIZE:
            raise EOFHeaderError("end of file header")
        chksum = nti(buf[148:156])
        if chksum not in calc_chksums(buf):
            raise InvalidHeaderError("bad checksum")
        obj = cls()
        obj.name = nts(buf[0:100], encoding, errors)
        obj.mode = nti(buf[100:108])
        obj.uid = nti(buf[108:116])
        obj.gid = nti(buf[116:124])
        obj.size = nti(buf[124:136])
        obj.mtime = nti(buf[136:148])
        obj.chksum = chksum
        obj.type = buf[156:157]
        obj.linkname = nts(buf[157:257], encoding, errors)
        obj.uname = nts(buf[265:297], encoding, errors)
        obj.gname = nts(buf[297:329], encoding, errors)
        obj.devmajor = nti(buf[329:337])
        obj.devminor = nti(buf[337:345])
        prefix = nts(buf[345:500], encoding, errors)
        if obj.type == AREGTYPE and obj.name.endswith("/"):
            obj.type = DIRTYPE
        if obj.isdir():
            obj.name = obj.name.rstrip("/")
        if prefix and obj.type not in GNU_TYPES:
            obj.name = prefix + "/" + obj.name
        return obj

    @classmethod
    def fromtarfile(cls, tarfile):
        buf = tarfile.fileobj.read(BLOCKSIZE)
        obj = cls.frombuf(buf, tarfile.encoding, tarfile.errors)
        obj.offset = tarfile.fileobj.tell() - BLOCKSIZE
        return obj._proc_member(tarfile)

    def _proc_member(self, tarfile):
        if self.type in (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK):
            return self._proc_gnulong(tarfile)
        if self.type in (XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE):
            return self._proc_pax(tarfile)
        return self._proc_builtin(tarfile)

    def _proc_builtin(self, tarfile):
        self.offset_data = tarfile.fileobj.tell()
        offset = self.offset_data
        if self.isreg() or self.type not in SUPPORTED_TYPES:
            offset += self._block(self.size)
        tarfile.offset = offset
        self._apply_pax_info(tarfile.pax_headers, tarfile.encoding, tarfile.errors)
        return self

    def _read_next(self, tarfile):
        try:
            return self.fromtarfile(tarfile)
        except HeaderError as e:
            raise SubsequentHeaderError(str(e)) from None

    def _proc_gnulong(self, tarfile):
        buf = tarfile.fileobj.read(self._block(self.size))
        following = self._read_next(tarfile)
        following.offset = self.offset
        if self.type == GNUTYPE_LONGNAME:
            following.name = nts(buf, tarfile.encoding, tarfile.errors)
        else:
            following.linkname = nts(buf, tarfile.encoding, tarfile.errors)
        if following.isdir():
            following.name = following.name.removesuffix("/")
        return following

    def _proc_pax(self, tarfile):
        buf = tarfile.fileobj.read(self._block(self.size))
        pax_headers = tarfile.pax_headers if self.type == XGLTYPE else tarfile.pax_headers.copy()
        raw = {}
        pos = 0
        binary = False
        while pos < len(buf) and buf[pos:pos + 1] != NUL:
            space = buf.find(b" ", pos)
            if space < 0:
                raise InvalidHeaderError("invalid header")
            try:
                length = int(buf[pos:space])
            except ValueError:
                raise InvalidHeaderError("invalid header") from None
            if length < 1 or pos + length > len(buf):
                raise InvalidHeaderError("invalid header")
            record = buf[space + 1:pos + length - 1]
            keyword, sep, value = record.partition(b"=")
            if not sep:
                raise InvalidHeaderError("invalid header")
            if keyword == b"hdrcharset" and value == b"BINARY":
                binary = True
            raw[keyword] = value
            pos += length
        for keyword, value in raw.items():
            key = keyword.decode("utf-8", "surrogateescape")
            if key in PAX_NAME_FIELDS:
                text = value.decode(tarfile.encoding if binary else "utf-8",
                                    tarfile.errors if binary else "strict")
            else:
                text = value.decode("utf-8", "surrogateescape")
            pax_headers[key] = text
        following = self._read_next(tarfile)
        if self.type in (XHDTYPE, SOLARIS_XHDTYPE):
            following._apply_pax_info(pax_headers, tarfile.encoding, tarfile.errors)
            following.offset = self.offset
            if "size" in pax_headers:
                offset = following.offset_data
                if following.isreg() or following.type not in SUPPORTED_TYPES:
                    offset += following._block(following.size)
                tarfile.offset = offset
        return following

    def _apply_pax_info(self, pax_headers, encoding, errors):
        for keyword, value in pax_headers.items():
            if keyword == "GNU.sparse.name":
                self.path = value
            elif keyword == "GNU.sparse.size":
                self.size = int(value)
            elif keyword in PAX_FIELDS:
                if keyword in PAX_NUMBER_FIELDS:
                    try:
                        value = PAX_NUMBER_FIELDS[keyword](value)
                    except ValueError:
                        value = 0
                if keyword == "path":
                    value = value.rstrip("/")
                setattr(self, keyword, value)
        self.pax_headers = pax_headers.copy()

    def _block(self, count):
        blocks, remainder = divmod(count, BLOCKSIZE)
        if remainder:
            blocks += 1
        return blocks * BLOCKSIZE

    def isreg(self):
        return self.type in REGULAR_TYPES

    def isfile(self):
        return self.isreg()

    def isdir(self):
        return self.type == DIRTYPE

    def issym(self):
        return self.type == SYMTYPE

    def islnk(self):
        return self.type == LNKTYPE

    def ischr(self):
        return self.type == CHRTYPE

    def isblk(self):
        return self.type == BLKTYPE

    def isfifo(self):
        return self.type == FIFOTYPE

    def issparse(self):
        return self.sparse is not None

    def isdev(self):
        return self.type in (CHRTYPE, BLKTYPE, FIFOTYPE)


def _tarinfo_replace(self, deep=True, **changes):
    """TarInfo.replace: a copy with the given attributes changed (None is a valid new value)."""
    result = copy.deepcopy(self) if deep else copy.copy(self)
    for attr, value in changes.items():
        setattr(result, attr, value)
    return result


TarInfo.replace = _tarinfo_replace


def _tarinfo_copy(self):
    other = self.__class__.__new__(self.__class__)
    for attr in ("name", "mode", "uid", "gid", "size", "mtime", "chksum", "type", "linkname", "uname",
                 "gname", "devmajor", "devminor", "offset", "offset_data", "sparse", "pax_headers"):
        setattr(other, attr, getattr(self, attr))
    try:
        other.tarfile = self.tarfile
    except AttributeError:
        pass
    return other


def _tarinfo_deepcopy(self, memo):
    other = _tarinfo_copy(self)
    other.pax_headers = dict(self.pax_headers)
    return other


TarInfo.__copy__ = _tarinfo_copy
TarInfo.__deepcopy__ = _tarinfo_deepcopy


class ExFileObject(io.BytesIO):
    """What extractfile() returns: the member's bytes as a read-only binary file."""

    def __init__(self, tarfile, tarinfo):
        fileobj = tarfile.fileobj
        fileobj.seek(tarinfo.offset_data)
        data = fileobj.read(tarinfo.size)
        if len(data) < tarinfo.size:
            raise ReadError("unexpected end of data")
        super().__init__(data)
        self.name = tarinfo.name
        self.mode = "rb"

    def writable(self):
        return False


class _MemoryStream(io.BytesIO):
    """Stream modes ("r|gz", "w|bz2"): the whole archive is buffered, compressed on close."""

    def __init__(self, target, mode, comptype, compresslevel, preset):
        self._target, self._mode, self._comptype = target, mode, comptype
        self._compresslevel, self._preset = compresslevel, preset
        data = b""
        if mode == "r":
            data = target.read()
            if comptype == "*":
                comptype = ("gz" if data[:2] == b"\x1f\x8b" else "bz2" if data[:3] == b"BZh"
                            else "xz" if data[:6] == b"\xfd7zXZ\x00" else "tar")
            data = _decompress(data, comptype)
        super().__init__(data)
        self.name = getattr(target, "name", None)

    def close(self):
        if not self.closed and self._mode == "w":
            self._target.write(_compress(self.getvalue(), self._comptype, self._compresslevel, self._preset))
        super().close()


def _decompress(data, comptype):
    try:
        if comptype == "gz":
            import gzip
            return gzip.decompress(data)
        if comptype == "bz2":
            import bz2
            return bz2.decompress(data)
        if comptype == "xz":
            import lzma
            return lzma.decompress(data)
    except Exception:
        raise ReadError("invalid compressed data") from None
    if comptype != "tar":
        raise CompressionError("unknown compression type %r" % comptype)
    return data


def _compress(data, comptype, compresslevel, preset):
    if comptype == "gz":
        import gzip
        return gzip.compress(data, compresslevel)
    if comptype == "bz2":
        import bz2
        return bz2.compress(data, compresslevel)
    if comptype == "xz":
        import lzma
        return lzma.compress(data, preset=preset)
    return data


# ---------------------------------------------------------------- TarFile

class TarFile(object):
    """A tar archive opened for reading ('r'), writing ('w', 'x') or appending ('a')."""

    debug = 0
    dereference = False
    ignore_zeros = False
    errorlevel = 1
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo
    fileobject = ExFileObject
    extraction_filter = None

    def __init__(self, name=None, mode="r", fileobj=None, format=None, tarinfo=None, dereference=None,
                 ignore_zeros=None, encoding=None, errors="surrogateescape", pax_headers=None, debug=None,
                 errorlevel=None, copybufsize=None):
        modes = {"r": "rb", "a": "r+b", "w": "wb", "x": "xb"}
        if mode not in modes:
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        self.mode = mode
        self._mode = modes[mode]
        if not fileobj:
            if self.mode == "a" and not os.path.exists(name):
                self.mode = "w"
                self._mode = "wb"
            fileobj = bltn_open(name, self._mode)
            self._extfileobj = False
        else:
            if name is None and hasattr(fileobj, "name") and isinstance(fileobj.name, (str, bytes)):
                name = fileobj.name
            if hasattr(fileobj, "mode"):
                self._mode = fileobj.mode
            self._extfileobj = True
        self.name = os.path.abspath(name) if name else None
        self.fileobj = fileobj
        if format is not None:
            self.format = format
        if tarinfo is not None:
            self.tarinfo = tarinfo
        if dereference is not None:
            self.dereference = dereference
        if ignore_zeros is not None:
            self.ignore_zeros = ignore_zeros
        if encoding is not None:
            self.encoding = encoding
        self.errors = errors
        if pax_headers is not None and self.format == PAX_FORMAT:
            self.pax_headers = pax_headers
        else:
            self.pax_headers = {}
        if debug is not None:
            self.debug = debug
        if errorlevel is not None:
            self.errorlevel = errorlevel
        self.copybufsize = copybufsize
        self.closed = False
        self.members = []
        self._loaded = False
        self.offset = self.fileobj.tell()
        self.inodes = {}
        try:
            if self.mode == "r":
                self.firstmember = None
                self.firstmember = self.next()
            if self.mode == "a":
                while True:
                    self.fileobj.seek(self.offset)
                    try:
                        tarinfo = self.tarinfo.fromtarfile(self)
                        self.members.append(tarinfo)
                    except EOFHeaderError:
                        self.fileobj.seek(self.offset)
                        break
                    except HeaderError as e:
                        raise ReadError(str(e)) from None
            if self.mode in ("a", "w", "x"):
                self._loaded = True
                if self.pax_headers:
                    buf = self.tarinfo.create_pax_global_header(self.pax_headers.copy())
                    self.fileobj.write(buf)
                    self.offset += len(buf)
        except BaseException:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    # -- constructors
    @classmethod
    def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE, **kwargs):
        if not name and not fileobj:
            raise ValueError("nothing to open")
        if mode in ("r", "r:*"):
            def not_compressed(comptype):
                return cls.OPEN_METH[comptype] == "taropen"
            error_msgs = []
            for comptype in sorted(cls.OPEN_METH, key=not_compressed):
                func = getattr(cls, cls.OPEN_METH[comptype])
                saved_pos = fileobj.tell() if fileobj is not None else None
                try:
                    return func(name, "r", fileobj, **kwargs)
                except (ReadError, CompressionError) as e:
                    error_msgs.append(f"- method {comptype}: {e!r}")
                    if fileobj is not None:
                        fileobj.seek(saved_pos)
            summary = "\n".join(error_msgs)
            raise ReadError(f"file could not be opened successfully:\n{summary}")
        if ":" in mode:
            filemode, comptype = mode.split(":", 1)
            filemode = filemode or "r"
            comptype = comptype or "tar"
            if comptype not in cls.OPEN_METH:
                raise CompressionError("unknown compression type %r" % comptype)
            return getattr(cls, cls.OPEN_METH[comptype])(name, filemode, fileobj, **kwargs)
        if "|" in mode:
            filemode, comptype = mode.split("|", 1)
            filemode = filemode or "r"
            comptype = comptype or "tar"
            if filemode not in ("r", "w"):
                raise ValueError("mode must be 'r' or 'w'")
            if comptype not in ("tar", "gz", "bz2", "xz", "*") or (comptype == "*" and filemode == "w"):
                raise CompressionError("unknown compression type %r" % comptype)
            target = fileobj if fileobj is not None else bltn_open(name, filemode + "b")
            stream = _MemoryStream(target, filemode, comptype, kwargs.pop("compresslevel", 9),
                                   kwargs.pop("preset", None))
            try:
                t = cls(name, filemode, stream, **kwargs)
            except BaseException:
                if fileobj is None:
                    target.close()
                raise
            t._extfileobj = False
            if fileobj is None:
                t._stream_target = target
            return t
        if mode in ("a", "w", "x"):
            return cls.taropen(name, mode, fileobj, **kwargs)
        raise ValueError("undiscernible mode")

    @classmethod
    def taropen(cls, name, mode="r", fileobj=None, **kwargs):
        if mode not in ("r", "a", "w", "x"):
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        return cls(name, mode, fileobj, **kwargs)

    @classmethod
    def gzopen(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        import gzip
        try:
            fileobj = gzip.GzipFile(name, mode + "b", compresslevel, fileobj)
        except OSError as e:
            if fileobj is not None and mode == "r":
                raise ReadError("not a gzip file") from e
            raise
        try:
            t = cls.taropen(name, mode, fileobj, **kwargs)
        except OSError as e:
            fileobj.close()
            if mode == "r":
                raise ReadError("not a gzip file") from e
            raise
        except BaseException:
            fileobj.close()
            raise
        t._extfileobj = False
        return t

    @classmethod
    def bz2open(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        import bz2
        fileobj = bz2.BZ2File(fileobj or name, mode, compresslevel=compresslevel)
        try:
            t = cls.taropen(name, mode, fileobj, **kwargs)
        except (OSError, EOFError, ValueError) as e:
            fileobj.close()
            if mode == "r":
                raise ReadError("not a bzip2 file") from e
            raise
        except BaseException:
            fileobj.close()
            raise
        t._extfileobj = False
        return t

    @classmethod
    def xzopen(cls, name, mode="r", fileobj=None, preset=None, **kwargs):
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        import lzma
        fileobj = lzma.LZMAFile(fileobj or name, mode, preset=preset)
        try:
            t = cls.taropen(name, mode, fileobj, **kwargs)
        except (lzma.LZMAError, EOFError) as e:
            fileobj.close()
            if mode == "r":
                raise ReadError("not an lzma file") from e
            raise
        except BaseException:
            fileobj.close()
            raise
        t._extfileobj = False
        return t

    OPEN_METH = {"tar": "taropen", "gz": "gzopen", "bz2": "bz2open", "xz": "xzopen"}

    # -- closing
    def close(self):
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode in ("a", "w", "x"):
                self.fileobj.write(NUL * (BLOCKSIZE * 2))
                self.offset += BLOCKSIZE * 2
                remainder = self.offset % RECORDSIZE
                if remainder > 0:
                    self.fileobj.write(NUL * (RECORDSIZE - remainder))
        finally:
            if not self._extfileobj:
                self.fileobj.close()
            target = getattr(self, "_stream_target", None)
            if target is not None:
                target.close()

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, type, value, traceback):
        if type is None:
            self.close()
        else:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True

    # -- reading
    def getmember(self, name):
        tarinfo = self._getmember(name.rstrip("/"))
        if tarinfo is None:
            raise KeyError("filename %r not found" % name)
        return tarinfo

    def getmembers(self):
        self._check()
        if not self._loaded:
            self._load()
        return self.members

    def getnames(self):
        return [tarinfo.name for tarinfo in self.getmembers()]

    def next(self):
        self._check("ra")
        if self.firstmember is not None:
            m = self.firstmember
            self.firstmember = None
            return m
        if self.offset != self.fileobj.tell():
            if self.offset == 0:
                return None
            self.fileobj.seek(self.offset - 1)
            if not self.fileobj.read(1):
                raise ReadError("unexpected end of data")
        tarinfo = None
        while True:
            try:
                tarinfo = self.tarinfo.fromtarfile(self)
            except EOFHeaderError as e:
                if self.ignore_zeros:
                    self.offset += BLOCKSIZE
                    continue
            except InvalidHeaderError as e:
                if self.ignore_zeros:
                    self.offset += BLOCKSIZE
                    continue
                elif self.offset == 0:
                    raise ReadError(str(e)) from None
            except EmptyHeaderError:
                if self.offset == 0:
                    raise ReadError("empty file") from None
            except TruncatedHeaderError as e:
                if self.offset == 0:
                    raise ReadError(str(e)) from None
            except SubsequentHeaderError as e:
                raise ReadError(str(e)) from None
            break
        if tarinfo is not None:
            self.members.append(tarinfo)
        else:
            self._loaded = True
        return tarinfo

    def _getmember(self, name, tarinfo=None, normalize=False):
        members = self.getmembers()
        skipping = False
        if tarinfo is not None:
            try:
                index = members.index(tarinfo)
            except ValueError:
                skipping = True
            else:
                members = members[:index]
        if normalize:
            name = os.path.normpath(name)
        for member in reversed(members):
            if skipping:
                if tarinfo.offset == member.offset:
                    skipping = False
                continue
            member_name = os.path.normpath(member.name) if normalize else member.name
            if name == member_name:
                return member
        if skipping:
            raise ValueError(tarinfo)
        return None

    def _load(self):
        while self.next() is not None:
            pass
        self._loaded = True

    def _check(self, mode=None):
        if self.closed:
            raise OSError("%s is closed" % self.__class__.__name__)
        if mode is not None and self.mode not in mode:
            raise OSError("bad operation for mode %r" % self.mode)

    def __iter__(self):
        if self._loaded:
            yield from self.members
            return
        index = 0
        if self.firstmember is not None:
            tarinfo = self.next()
            index += 1
            yield tarinfo
        while True:
            if index < len(self.members):
                tarinfo = self.members[index]
            elif not self._loaded:
                tarinfo = self.next()
                if not tarinfo:
                    self._loaded = True
                    return
            else:
                return
            index += 1
            yield tarinfo

    def list(self, verbose=True, *, members=None):
        self._check()
        if members is None:
            members = self
        for tarinfo in members:
            if verbose:
                _safe_print("??????????" if tarinfo.mode is None else stat.filemode(tarinfo.mode))
                _safe_print("%s/%s" % (tarinfo.uname or tarinfo.uid, tarinfo.gname or tarinfo.gid))
                if tarinfo.ischr() or tarinfo.isblk():
                    _safe_print("%10s" % ("%d,%d" % (tarinfo.devmajor, tarinfo.devminor)))
                else:
                    _safe_print("%10d" % tarinfo.size)
                if tarinfo.mtime is None:
                    _safe_print("????-??-?? ??:??:??")
                else:
                    _safe_print("%d-%02d-%02d %02d:%02d:%02d" % time.localtime(tarinfo.mtime)[:6])
            _safe_print(tarinfo.name + ("/" if tarinfo.isdir() else ""))
            if verbose:
                if tarinfo.issym():
                    _safe_print("-> " + tarinfo.linkname)
                if tarinfo.islnk():
                    _safe_print("link to " + tarinfo.linkname)
            print()

    def extractfile(self, member):
        self._check("r")
        tarinfo = self.getmember(member) if isinstance(member, str) else member
        if tarinfo.isreg() or tarinfo.type not in SUPPORTED_TYPES:
            return self.fileobject(self, tarinfo)
        if tarinfo.islnk() or tarinfo.issym():
            return self.extractfile(self._find_link_target(tarinfo))
        return None

    def _find_link_target(self, tarinfo):
        if tarinfo.issym():
            linkname = "/".join(filter(None, (os.path.dirname(tarinfo.name), tarinfo.linkname)))
            limit = None
        else:
            linkname = tarinfo.linkname
            limit = tarinfo
        member = self._getmember(linkname, tarinfo=limit, normalize=True)
        if member is None:
            raise KeyError("linkname %r not found" % linkname)
        return member

    # -- writing
    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        self._check("awx")
        if fileobj is not None:
            name = fileobj.name
        if arcname is None:
            arcname = name
        drv, arcname = os.path.splitdrive(arcname)
        arcname = arcname.replace(os.sep, "/").lstrip("/")
        tarinfo = self.tarinfo()
        tarinfo.tarfile = self
        statres = os.stat(name) if self.dereference else os.lstat(name)
        linkname = ""
        stmd = statres.st_mode
        if stat.S_ISREG(stmd):
            inode = (statres.st_ino, statres.st_dev)
            if not self.dereference and statres.st_nlink > 1 and inode in self.inodes \
                    and arcname != self.inodes[inode]:
                type = LNKTYPE
                linkname = self.inodes[inode]
            else:
                type = REGTYPE
                if inode[0]:
                    self.inodes[inode] = arcname
        elif stat.S_ISDIR(stmd):
            type = DIRTYPE
        elif stat.S_ISFIFO(stmd):
            type = FIFOTYPE
        elif stat.S_ISLNK(stmd):
            type = SYMTYPE
            linkname = os.readlink(name)
        elif stat.S_ISCHR(stmd):
            type = CHRTYPE
        elif stat.S_ISBLK(stmd):
            type = BLKTYPE
        else:
            return None
        tarinfo.name = arcname
        tarinfo.mode = stmd
        tarinfo.uid = statres.st_uid
        tarinfo.gid = statres.st_gid
        tarinfo.size = statres.st_size if type == REGTYPE else 0
        tarinfo.mtime = statres.st_mtime
        tarinfo.type = type
        tarinfo.linkname = linkname
        uname = _lookup_name("/etc/passwd", tarinfo.uid)
        if uname is not None:
            tarinfo.uname = uname
        gname = _lookup_name("/etc/group", tarinfo.gid)
        if gname is not None:
            tarinfo.gname = gname
        return tarinfo

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        self._check("awx")
        if arcname is None:
            arcname = name
        if self.name is not None and os.path.abspath(name) == self.name:
            return
        tarinfo = self.gettarinfo(name, arcname)
        if tarinfo is None:
            return
        if filter is not None:
            tarinfo = filter(tarinfo)
            if tarinfo is None:
                return
        if tarinfo.isreg():
            with bltn_open(name, "rb") as f:
                self.addfile(tarinfo, f)
        elif tarinfo.isdir():
            self.addfile(tarinfo)
            if recursive:
                for f in sorted(os.listdir(name)):
                    self.add(os.path.join(name, f), os.path.join(arcname, f), recursive, filter=filter)
        else:
            self.addfile(tarinfo)

    def addfile(self, tarinfo, fileobj=None):
        self._check("awx")
        tarinfo = copy.copy(tarinfo)
        buf = tarinfo.tobuf(self.format, self.encoding, self.errors)
        self.fileobj.write(buf)
        self.offset += len(buf)
        if fileobj is not None:
            copyfileobj(fileobj, self.fileobj, tarinfo.size, bufsize=self.copybufsize)
            blocks, remainder = divmod(tarinfo.size, BLOCKSIZE)
            if remainder > 0:
                self.fileobj.write(NUL * (BLOCKSIZE - remainder))
                blocks += 1
            self.offset += blocks * BLOCKSIZE
        self.members.append(tarinfo)

    # -- extraction
    def _get_filter_function(self, filter):
        if filter is None:
            filter = self.extraction_filter
            if filter is None:
                return fully_trusted_filter
            if isinstance(filter, str):
                raise TypeError("String names are not supported for TarFile.extraction_filter. "
                                f"Use a function such as tarfile.{filter}_filter directly.")
            return filter
        if callable(filter):
            return filter
        try:
            return _NAMED_FILTERS[filter]
        except KeyError:
            raise ValueError(f"filter {filter!r} not found") from None

    def extractall(self, path=".", members=None, *, numeric_owner=False, filter=None):
        filter_function = self._get_filter_function(filter)
        if members is None:
            members = self
        directories = []
        for member in members:
            tarinfo = self._get_extract_tarinfo(member, filter_function, path)
            if tarinfo is None:
                continue
            if tarinfo.isdir():
                directories.append(tarinfo)
            self._extract_one(tarinfo, path, set_attrs=not tarinfo.isdir(), numeric_owner=numeric_owner)
        directories.sort(key=lambda a: a.name, reverse=True)
        for tarinfo in directories:
            dirpath = os.path.join(path, tarinfo.name)
            try:
                self.utime(tarinfo, dirpath)
                self.chmod(tarinfo, dirpath)
            except ExtractError as e:
                self._handle_nonfatal_error(e)

    def extract(self, member, path="", set_attrs=True, *, numeric_owner=False, filter=None):
        filter_function = self._get_filter_function(filter)
        tarinfo = self._get_extract_tarinfo(member, filter_function, path)
        if tarinfo is not None:
            self._extract_one(tarinfo, path, set_attrs, numeric_owner)

    def _get_extract_tarinfo(self, member, filter_function, path):
        unfiltered = self.getmember(member) if isinstance(member, str) else member
        try:
            tarinfo = filter_function(unfiltered, path)
        except (OSError, FilterError) as e:
            self._handle_fatal_error(e)
            return None
        except ExtractError as e:
            self._handle_nonfatal_error(e)
            return None
        if tarinfo is None:
            return None
        if tarinfo.islnk():
            tarinfo = copy.copy(tarinfo)
            tarinfo._link_target = os.path.join(path, tarinfo.linkname)
        return tarinfo

    def _extract_one(self, tarinfo, path, set_attrs, numeric_owner):
        self._check("r")
        try:
            self._extract_member(tarinfo, os.path.join(path, tarinfo.name), set_attrs=set_attrs,
                                 numeric_owner=numeric_owner)
        except OSError as e:
            self._handle_fatal_error(e)
        except ExtractError as e:
            self._handle_nonfatal_error(e)

    def _handle_nonfatal_error(self, e):
        if self.errorlevel > 1:
            raise

    def _handle_fatal_error(self, e):
        if self.errorlevel > 0:
            raise
        if isinstance(e, OSError) and e.filename is None:
            pass

    def _extract_member(self, tarinfo, targetpath, set_attrs=True, numeric_owner=False):
        targetpath = targetpath.rstrip("/").replace("/", os.sep)
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)
        if tarinfo.isreg():
            self.makefile(tarinfo, targetpath)
        elif tarinfo.isdir():
            self.makedir(tarinfo, targetpath)
        elif tarinfo.islnk() or tarinfo.issym():
            self.makelink(tarinfo, targetpath)
        elif tarinfo.type not in SUPPORTED_TYPES:
            self.makefile(tarinfo, targetpath)
        else:
            raise ExtractError("special devices not supported by system")
        if set_attrs:
            if not tarinfo.issym():
                self.chmod(tarinfo, targetpath)
                self.utime(tarinfo, targetpath)
                link_target = getattr(tarinfo, "_link_target", None)
                if tarinfo.islnk() and not hasattr(os, "link") and link_target and os.path.isfile(link_target):
                    # Extracted as a copy (no os.link): give the original what the shared inode would get.
                    self.chmod(tarinfo, link_target)
                    self.utime(tarinfo, link_target)

    def makedir(self, tarinfo, targetpath):
        try:
            if tarinfo.mode is None:
                os.mkdir(targetpath)
            else:
                os.mkdir(targetpath, 0o700)
        except FileExistsError:
            if not os.path.isdir(targetpath):
                raise

    def makefile(self, tarinfo, targetpath):
        source = self.fileobj
        source.seek(tarinfo.offset_data)
        with bltn_open(targetpath, "wb") as target:
            copyfileobj(source, target, tarinfo.size, ReadError, self.copybufsize)

    def makelink(self, tarinfo, targetpath):
        try:
            if tarinfo.issym():
                if os.path.lexists(targetpath):
                    os.unlink(targetpath)
                os.symlink(tarinfo.linkname, targetpath)
                return
            link_target = getattr(tarinfo, "_link_target", None)
            if hasattr(os, "link") and link_target and os.path.exists(link_target):
                os.link(link_target, targetpath)
                return
            raise AttributeError("link")
        except (AttributeError, NotImplementedError):
            try:
                self._extract_member(self._find_link_target(tarinfo), targetpath)
            except KeyError:
                raise ExtractError("unable to resolve link inside archive") from None

    def chown(self, tarinfo, targetpath, numeric_owner):
        pass

    def chmod(self, tarinfo, targetpath):
        if tarinfo.mode is None:
            return
        try:
            os.chmod(targetpath, tarinfo.mode)
        except OSError as e:
            raise ExtractError("could not change mode") from e

    def utime(self, tarinfo, targetpath):
        mtime = tarinfo.mtime
        if mtime is None:
            return
        try:
            os.utime(targetpath, (mtime, mtime))
        except OSError as e:
            raise ExtractError("could not change modification time") from e


def is_tarfile(name):
    try:
        if hasattr(name, "read"):
            pos = name.tell()
            t = open(fileobj=name)
            name.seek(pos)
        else:
            t = open(name)
        t.close()
        return True
    except TarError:
        return False


open = TarFile.open
