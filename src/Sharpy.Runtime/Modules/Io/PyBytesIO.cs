using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules;

/// <summary>io.BytesIO: an in-memory binary stream. CPython 3.11: Modules/_io/bytesio.c</summary>
public sealed class PyBytesIO : PyIOBase, IBinaryStream
{
    private byte[] _buf;
    private int _len;
    private long _pos;
    private bool _closed;

    internal PyBytesIO(PyType type, byte[] initial) : base(type)
    {
        _buf = initial.Length == 0 ? new byte[16] : (byte[])initial.Clone();
        _len = initial.Length;
    }

    public PyObject Self => this;
    public override bool IsClosed => _closed;
    public bool IsReadable { get { CheckClosed(); return true; } }
    public bool IsWritable { get { CheckClosed(); return true; } }
    public bool IsSeekable { get { CheckClosed(); return true; } }

    /// <summary>__init__(initial_bytes): reset the contents (CPython allows re-initialisation).</summary>
    internal void Reset(byte[] initial)
    {
        _buf = initial.Length == 0 ? new byte[16] : (byte[])initial.Clone();
        _len = initial.Length; _pos = 0;
    }

    public byte[] GetValue() { CheckClosed(); return _buf.AsSpan(0, _len).ToArray(); }

    public byte[] Read(long n)
    {
        CheckClosed();
        long avail = Math.Max(0, _len - _pos);
        long take = n < 0 ? avail : Math.Min(n, avail);
        if (take <= 0) return [];
        var r = _buf.AsSpan((int)_pos, (int)take).ToArray();
        _pos += take;
        return r;
    }

    public byte[] Read1(long n) => Read(n);

    public byte[] ReadLine(long limit)
    {
        CheckClosed();
        if (_pos >= _len) return [];
        int start = (int)_pos;
        int nl = Array.IndexOf(_buf, (byte)'\n', start, _len - start);
        int end = nl >= 0 ? nl + 1 : _len;
        if (limit >= 0 && end - start > limit) end = start + (int)limit;
        _pos = end;
        return _buf.AsSpan(start, end - start).ToArray();
    }

    public int Write(byte[] data)
    {
        CheckClosed();
        if (data.Length == 0) return 0;
        long end = _pos + data.Length;
        if (end > _buf.Length) Array.Resize(ref _buf, (int)Math.Max(end, (long)_buf.Length * 2));
        if (_pos > _len) Array.Clear(_buf, _len, (int)(_pos - _len));
        Array.Copy(data, 0, _buf, (int)_pos, data.Length);
        _pos = end;
        if (end > _len) _len = (int)end;
        return data.Length;
    }

    public override void Flush() => CheckClosed();

    public long Seek(long pos, int whence)
    {
        CheckClosed();
        switch (whence)
        {
            case 0:
                if (pos < 0) throw new PythonException(PyExc.ValueError($"negative seek value {pos}"));
                _pos = pos; break;
            case 1: _pos = Math.Max(0, _pos + pos); break;
            case 2: _pos = Math.Max(0, _len + pos); break;
            default: throw IoErrors.BadWhence(whence);
        }
        return _pos;
    }

    public long Tell() { CheckClosed(); return _pos; }

    public long Truncate(long? pos)
    {
        CheckClosed();
        long p = pos ?? _pos;
        if (p < 0) throw new PythonException(PyExc.ValueError($"negative size value {p}"));
        if (p < _len) _len = (int)p;
        return p;
    }

    public override void Close() => _closed = true;
}
