using Sharpy.Runtime.Modules.Os;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules;

/// <summary>
/// io.FileIO: raw unbuffered I/O on a file descriptor (libc read/write/lseek), or on a host-provided
/// .NET stream for sys.stdin/stdout/stderr.
/// </summary>
public sealed class PyFileIO : PyIOBase
{
    internal int Fd = -1;
    private readonly Stream? _stream;
    public PyObject NameObj;
    public bool Readable, Writable, Appending, Created;
    public bool CloseFd;
    private bool _closed;
    private int _seekable = -1;

    internal PyFileIO(PyType type, int fd, PyObject name, bool readable, bool writable, bool appending, bool created, bool closeFd) : base(type)
    {
        Fd = fd; NameObj = name; Readable = readable; Writable = writable; Appending = appending; Created = created; CloseFd = closeFd;
        GC.SuppressFinalize(this);
    }

    /// <summary>This object is the top of what open() returned: close its descriptor if it becomes garbage.</summary>
    internal void OwnForFinalization() => GC.ReRegisterForFinalize(this);

    ~PyFileIO()
    {
        if (_closed || !CloseFd || Fd < 0 || _stream != null) return;
        try { LibCFd.Close(Fd); } catch (Exception) { }
    }

    /// <summary>A raw stream over a host stream (standard streams): <paramref name="fd"/> is what fileno() answers.</summary>
    internal PyFileIO(Stream stream, int fd, PyObject name, bool readable, bool writable) : base(IoModule.FileIOType)
    {
        _stream = stream; Fd = fd; NameObj = name; Readable = readable; Writable = writable; CloseFd = false;
        GC.SuppressFinalize(this);
    }

    public override bool IsClosed => _closed;

    /// <summary>FileIO.__init__ on an allocated object: take over a freshly opened descriptor.</summary>
    internal void AdoptFrom(PyFileIO o)
    {
        Fd = o.Fd; NameObj = o.NameObj; Readable = o.Readable; Writable = o.Writable; Appending = o.Appending;
        Created = o.Created; CloseFd = o.CloseFd; _closed = false; _seekable = -1;
        o.Fd = -1; o._closed = true;
    }

    // CPython 3.11: Modules/_io/fileio.c mode_string
    public string Mode => Created ? (Readable ? "xb+" : "xb") : Appending ? (Readable ? "ab+" : "ab")
        : Readable ? (Writable ? "rb+" : "rb") : "wb";

    internal void CheckOpen() { if (_closed) throw IoErrors.Closed(IoErrors.ClosedFileNoDot); }
    internal void CheckReadable() { CheckOpen(); if (!Readable) throw IoErrors.Unsupported("File not open for reading"); }
    internal void CheckWritable() { CheckOpen(); if (!Writable) throw IoErrors.Unsupported("File not open for writing"); }

    /// <summary>One read(2) into buf[off..off+count]; 0 at EOF.</summary>
    public int ReadInto(byte[] buf, int off, int count)
    {
        if (count == 0) return 0;
        if (_stream != null)
        {
            try { return _stream.Read(buf, off, count); }
            catch (IOException) { throw IoErrors.Os(IoNative.EBADF); }
        }
        while (true)
        {
            nint n = IoNative.Read(Fd, ref buf[off], count);
            if (n >= 0) return (int)n;
            int errno = LibC.LastErrno;
            if (errno != IoNative.EINTR) throw IoErrors.Os(errno);
        }
    }

    /// <summary>read(n) of FileIO: at most one system call; n &lt; 0 reads to EOF.</summary>
    public byte[] Read(long n)
    {
        CheckReadable();
        if (n < 0) return ReadAll();
        var buf = new byte[Math.Min(n, int.MaxValue - 64)];
        int got = ReadInto(buf, 0, buf.Length);
        return got == buf.Length ? buf : buf.AsSpan(0, got).ToArray();
    }

    public byte[] ReadAll()
    {
        CheckReadable();
        var ms = new MemoryStream();
        var buf = new byte[65536];
        while (true)
        {
            int got = ReadInto(buf, 0, buf.Length);
            if (got <= 0) break;
            ms.Write(buf, 0, got);
        }
        return ms.ToArray();
    }

    /// <summary>One write(2); returns the number of bytes written.</summary>
    public int Write(byte[] buf, int off, int count)
    {
        CheckWritable();
        if (count == 0) return 0;
        if (_stream != null)
        {
            try { _stream.Write(buf, off, count); }
            catch (IOException e) when (e.HResult is > 0 and < 4096)
            {
                // A stream over a descriptor (the host's stdout/stderr) reports errno as the HResult.
                throw IoErrors.Os(e.HResult);
            }
            catch (IOException) { }
            return count;
        }
        while (true)
        {
            nint n = IoNative.Write(Fd, ref buf[off], count);
            if (n >= 0) return (int)n;
            int errno = LibC.LastErrno;
            if (errno != IoNative.EINTR) throw IoErrors.Os(errno);
        }
    }

    public void WriteAll(byte[] buf, int off, int count)
    {
        while (count > 0)
        {
            int n = Write(buf, off, count);
            off += n; count -= n;
        }
    }

    public override void Flush()
    {
        if (_closed) throw IoErrors.Closed();
        if (_stream != null) { try { _stream.Flush(); } catch (IOException) { } catch (ObjectDisposedException) { } }
    }

    public long Seek(long pos, int whence)
    {
        CheckOpen();
        if (whence is < 0 or > 2) throw IoErrors.BadWhence(whence);
        if (_stream != null)
        {
            if (!_stream.CanSeek) throw IoErrors.Os(IoNative.ESPIPE);
            return _stream.Seek(pos, (SeekOrigin)whence);
        }
        long r = LibCFd.LSeek(Fd, pos, whence);
        if (r < 0) throw IoErrors.Os(LibC.LastErrno);
        return r;
    }

    public long Tell() => Seek(0, 1);

    public bool IsSeekable
    {
        get
        {
            CheckOpen();
            if (_seekable < 0)
                _seekable = _stream != null ? (_stream.CanSeek ? 1 : 0) : LibCFd.LSeek(Fd, 0, 1) >= 0 ? 1 : 0;
            return _seekable == 1;
        }
    }

    public long Truncate(long? size)
    {
        CheckWritable();
        long n = size ?? Tell();
        if (_stream != null) { _stream.SetLength(n); return n; }
        if (IoNative.FTruncate(Fd, n) != 0) throw IoErrors.Os(LibC.LastErrno);
        return n;
    }

    public bool IsATty()
    {
        CheckOpen();
        if (_stream != null && _stream is FileStream or MemoryStream) return false;
        return LibCFd.IsATty(Fd) == 1;
    }

    public override void Close()
    {
        if (_closed) return;
        _closed = true;
        if (_stream != null) { try { _stream.Flush(); } catch (IOException) { } catch (ObjectDisposedException) { } return; }
        if (CloseFd && Fd >= 0)
        {
            int fd = Fd;
            if (LibCFd.Close(fd) != 0) throw IoErrors.Os(LibC.LastErrno);
        }
    }

    /// <summary>Closing from a finalizer: no exceptions.</summary>
    internal void CloseQuietly()
    {
        try { Close(); } catch (PythonException) { }
    }
}
