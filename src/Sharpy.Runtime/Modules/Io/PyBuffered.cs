using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules;

/// <summary>
/// io.BufferedReader / BufferedWriter / BufferedRandom (the type decides which methods exist): a read
/// buffer and a write buffer over a raw stream (a <see cref="PyFileIO"/> directly, or any Python raw
/// object through its methods).
/// </summary>
public sealed partial class PyBuffered : PyIOBase, IBinaryStream
{
    public PyObject? RawObj;
    private PyFileIO? _fio;
    public readonly bool CanRead, CanWrite;
    private readonly int _size;
    private byte[] _rbuf = [];
    private int _rpos, _rlen;
    private byte[] _wbuf = [];
    private int _wlen;
    private bool _ownedByOpen;

    internal PyBuffered(PyType type, PyObject raw, int bufferSize, bool canRead, bool canWrite) : base(type)
    {
        RawObj = raw; _fio = raw as PyFileIO; _size = bufferSize; CanRead = canRead; CanWrite = canWrite;
        GC.SuppressFinalize(this);
    }

    public PyObject Self => this;

    internal bool HasFileRaw => _fio != null;
    /// <summary>Closed check for the text layer's fast path (a detached buffer counts as closed).</summary>
    internal bool IsClosedFast => _fio == null || _fio.IsClosed;

    /// <summary>open() made this object the top of its stack: flush and close it if it becomes garbage.</summary>
    internal void OwnForFinalization() { _ownedByOpen = true; GC.ReRegisterForFinalize(this); }

    ~PyBuffered()
    {
        if (!_ownedByOpen || _fio == null) return;
        try { if (CanWrite) FlushWrites(); } catch (Exception) { }
        try { _fio.CloseQuietly(); } catch (Exception) { }
    }

    private PyObject Raw => RawObj ?? throw IoErrors.RawDetached();

    // ---- raw access -------------------------------------------------------------------------------------

    private int RawRead(byte[] buf, int off, int count)
    {
        if (_fio != null) return _fio.ReadInto(buf, off, count);
        var r = Ops.CallMethod(Raw, "read", PyInt.From(count));
        if (r is PyNone) return 0;
        var b = BytesMethods.AsBytes(r);
        Array.Copy(b, 0, buf, off, b.Length);
        return b.Length;
    }

    private void RawWriteAll(byte[] buf, int off, int count)
    {
        if (_fio != null) { _fio.WriteAll(buf, off, count); return; }
        while (count > 0)
        {
            var r = Ops.CallMethod(Raw, "write", new PyBytes(buf.AsSpan(off, count).ToArray()));
            int n = r is PyNone ? 0 : (int)Ops.ToLong(r);
            if (n <= 0) break;
            off += n; count -= n;
        }
    }

    private long RawSeek(long pos, int whence) =>
        _fio != null ? _fio.Seek(pos, whence) : Ops.ToLong(Ops.CallMethod(Raw, "seek", PyInt.From(pos), PyInt.From(whence)));

    public override bool IsClosed => RawObj == null ? false : _fio != null ? _fio.IsClosed : Ops.IsTrue(Ops.GetAttr(Raw, "closed"));

    public bool IsReadable { get { CheckUsable(); return _fio != null ? _fio.Readable : Ops.IsTrue(Ops.CallMethod(Raw, "readable")); } }
    public bool IsWritable { get { CheckUsable(); return _fio != null ? _fio.Writable : Ops.IsTrue(Ops.CallMethod(Raw, "writable")); } }
    public bool IsSeekable { get { CheckUsable(); return _fio != null ? _fio.IsSeekable : Ops.IsTrue(Ops.CallMethod(Raw, "seekable")); } }

    private void CheckUsable(string msg = IoErrors.ClosedFileNoDot)
    {
        if (RawObj == null) throw IoErrors.RawDetached();
        if (IsClosed) throw IoErrors.Closed(msg);
    }

    private void CheckReadable(string op)
    {
        CheckUsable(op + " of closed file");
        if (!CanRead) throw IoErrors.Unsupported(op);
    }

    // ---- reading --------------------------------------------------------------------------------------

    private int Buffered => _rlen - _rpos;

    /// <summary>Refill the (empty) read buffer with one raw read; false at EOF.</summary>
    private bool Fill()
    {
        FlushWrites();
        if (_rbuf.Length < _size) _rbuf = new byte[_size];
        _rpos = 0;
        _rlen = RawRead(_rbuf, 0, _rbuf.Length);
        return _rlen > 0;
    }

    public byte[] Read(long n)
    {
        CheckReadable("read");
        if (n < -1) throw new PythonException(PyExc.ValueError("read length must be non-negative or -1"));
        FlushWrites();
        var ms = new MemoryStream();
        if (Buffered > 0)
        {
            int take = n < 0 ? Buffered : (int)Math.Min(n, Buffered);
            ms.Write(_rbuf, _rpos, take);
            _rpos += take;
        }
        if (n < 0)
        {
            if (_fio != null) { var rest = _fio.ReadAll(); ms.Write(rest); }
            else
            {
                var chunk = new byte[_size];
                int got;
                while ((got = RawRead(chunk, 0, chunk.Length)) > 0) ms.Write(chunk, 0, got);
            }
            return ms.ToArray();
        }
        while (ms.Length < n)
        {
            long need = n - ms.Length;
            if (need >= _size)
            {
                var big = new byte[need];
                int got = RawRead(big, 0, (int)need);
                if (got <= 0) break;
                ms.Write(big, 0, got);
                continue;
            }
            if (!Fill()) break;
            int take = (int)Math.Min(need, Buffered);
            ms.Write(_rbuf, _rpos, take);
            _rpos += take;
        }
        return ms.ToArray();
    }

    public byte[] Read1(long n)
    {
        CheckReadable("read1");
        if (n < 0) n = _size;
        if (n == 0) return [];
        if (Buffered == 0 && !Fill()) return [];
        int take = (int)Math.Min(n, Buffered);
        var r = _rbuf.AsSpan(_rpos, take).ToArray();
        _rpos += take;
        return r;
    }

    public byte[] Peek(long n)
    {
        CheckReadable("peek");
        if (Buffered == 0) Fill();
        return _rbuf.AsSpan(_rpos, Buffered).ToArray();
    }

    public byte[] ReadLine(long limit)
    {
        CheckReadable("readline");
        FlushWrites();
        var ms = new MemoryStream();
        while (limit < 0 || ms.Length < limit)
        {
            if (Buffered == 0 && !Fill()) break;
            int avail = Buffered;
            if (limit >= 0) avail = (int)Math.Min(avail, limit - ms.Length);
            int nl = Array.IndexOf(_rbuf, (byte)'\n', _rpos, avail);
            int take = nl >= 0 ? nl - _rpos + 1 : avail;
            ms.Write(_rbuf, _rpos, take);
            _rpos += take;
            if (nl >= 0) break;
        }
        return ms.ToArray();
    }

    /// <summary>readinto(b): fill a bytearray; the count read.</summary>
    public int ReadInto(PyByteArray target, bool one)
    {
        int n = target.Value.Count;
        var data = one ? Read1(n) : Read(n);
        for (int i = 0; i < data.Length; i++) target.Value[i] = data[i];
        return data.Length;
    }

    // ---- writing --------------------------------------------------------------------------------------

    public int Write(byte[] data)
    {
        CheckUsable("write to closed file");
        if (!CanWrite) throw IoErrors.Unsupported("write");
        if (Buffered > 0)
        {
            // BufferedRandom: the raw position is ahead of the logical one by the unread bytes.
            RawSeek(-Buffered, 1);
            _rpos = _rlen = 0;
        }
        if (_wlen + data.Length > _size)
        {
            FlushWrites();
            if (data.Length >= _size) { RawWriteAll(data, 0, data.Length); return data.Length; }
        }
        if (_wbuf.Length < _size) Array.Resize(ref _wbuf, _size);
        Array.Copy(data, 0, _wbuf, _wlen, data.Length);
        _wlen += data.Length;
        return data.Length;
    }

    private void FlushWrites()
    {
        if (_wlen == 0) return;
        int n = _wlen;
        _wlen = 0;
        RawWriteAll(_wbuf, 0, n);
    }

    public override void Flush()
    {
        CheckUsable(CanWrite ? "flush of closed file" : IoErrors.ClosedFile);
        FlushWrites();
        if (_fio != null) _fio.Flush();
    }

    // ---- positioning ----------------------------------------------------------------------------------

    public long Seek(long pos, int whence)
    {
        if (whence is < 0 or > 2) throw IoErrors.BadWhence(whence);
        CheckUsable("seek of closed file");
        if (!IsSeekable) throw IoErrors.Unsupported("File or stream is not seekable.");
        FlushWrites();
        if (whence == 1) pos -= Buffered;
        _rpos = _rlen = 0;
        return RawSeek(pos, whence);
    }

    public long Tell()
    {
        CheckUsable();
        long raw = RawSeek(0, 1);
        return raw - Buffered + _wlen;
    }

    public long Truncate(long? pos)
    {
        CheckUsable("truncate of closed file");
        if (!CanWrite) throw IoErrors.Unsupported("truncate");
        FlushWrites();
        long p = pos ?? Tell();
        _rpos = _rlen = 0;
        if (_fio != null) return _fio.Truncate(p);
        return Ops.ToLong(Ops.CallMethod(Raw, "truncate", PyInt.From(p)));
    }

    public override void Close()
    {
        if (RawObj == null) throw IoErrors.RawDetached();
        if (IsClosed) return;
        try { if (CanWrite) FlushWrites(); }
        finally
        {
            _ownedByOpen = false;
            if (_fio != null) _fio.Close(); else Ops.CallMethod(Raw, "close");
        }
    }

    public PyObject Detach()
    {
        Flush();
        var raw = Raw;
        RawObj = null; _fio = null; _ownedByOpen = false;
        return raw;
    }

    internal string Repr()
    {
        string cls = "_io." + Type.Name;
        if (RawObj != null && Ops.TryGetAttr(RawObj, PyStr.Intern("name"), out var name))
            return $"<{cls} name={Ops.ReprString(name)}>";
        return $"<{cls}>";
    }
}
