"""Reading IFF chunks (AIFF, RIFF/WAVE, ...): a 4-byte ID, a 4-byte size, then the data,
padded to an even length. Deprecated since Python 3.11.

    chunk = Chunk(file)        # file positioned at a chunk header
    chunk.getname(), chunk.getsize(), chunk.read(n), chunk.skip(), chunk.close()
"""

import warnings
warnings._deprecated(__name__, remove=(3, 13))


class Chunk:
    def __init__(self, file, align=True, bigendian=True, inclheader=False):
        """align: chunks are padded to 2 bytes; bigendian: byte order of the size;
        inclheader: the size counts the 8 header bytes."""
        import struct
        self.closed = False
        self.align = align
        byte_order = '>' if bigendian else '<'
        self.file = file
        self.chunkname = file.read(4)
        if len(self.chunkname) < 4:
            raise EOFError
        try:
            self.chunksize = struct.unpack_from(byte_order + 'L', file.read(4))[0]
        except struct.error:
            raise EOFError from None
        if inclheader:
            self.chunksize = self.chunksize - 8
        self.size_read = 0
        try:
            self.offset = self.file.tell()
        except (AttributeError, OSError):
            self.seekable = False
        else:
            self.seekable = True

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def getname(self):
        """The chunk's ID (4 bytes)."""
        return self.chunkname

    def getsize(self):
        """The size of the chunk's data."""
        return self.chunksize

    def close(self):
        """Skip to the end of the chunk (the next chunk's header); the file stays open."""
        if not self.closed:
            try:
                self.skip()
            finally:
                self.closed = True

    def isatty(self):
        self._check_open()
        return False

    def seek(self, pos, whence=0):
        """Move within the chunk (0: from its start, 1: from here, 2: from its end)."""
        self._check_open()
        if not self.seekable:
            raise OSError("cannot seek")
        if whence == 1:
            pos = pos + self.size_read
        elif whence == 2:
            pos = pos + self.chunksize
        if pos < 0 or pos > self.chunksize:
            raise RuntimeError
        self.file.seek(self.offset + pos, 0)
        self.size_read = pos

    def tell(self):
        self._check_open()
        return self.size_read

    def read(self, size=-1):
        """At most size bytes of the chunk (all that is left for a negative size)."""
        self._check_open()
        if self.size_read >= self.chunksize:
            return b''
        remaining = self.chunksize - self.size_read
        if size < 0 or size > remaining:
            size = remaining
        data = self.file.read(size)
        self.size_read = self.size_read + len(data)
        if self.size_read == self.chunksize and self.align and (self.chunksize & 1):
            # Consume the pad byte after odd-sized data.
            pad = self.file.read(1)
            self.size_read = self.size_read + len(pad)
        return data

    def skip(self):
        """Move to the end of the chunk, so the file is at the next chunk's header."""
        self._check_open()
        if self.seekable:
            try:
                n = self.chunksize - self.size_read
                if self.align and (self.chunksize & 1):
                    n = n + 1
                self.file.seek(n, 1)
                self.size_read = self.size_read + n
                return
            except OSError:
                pass
        while self.size_read < self.chunksize:
            data = self.read(min(8192, self.chunksize - self.size_read))
            if not data:
                raise EOFError
