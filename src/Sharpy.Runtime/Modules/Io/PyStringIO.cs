using System.Text;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules;

/// <summary>
/// io.StringIO: an in-memory text stream; positions count characters. The newline argument translates
/// on write (None: "\r\n" and "\r" become "\n"; "\r"/"\r\n": "\n" becomes it) and picks the line
/// terminator for readline. CPython 3.11: Modules/_io/stringio.c
/// </summary>
public sealed class PyStringIO : PyIOBase
{
    private readonly StringBuilder _buf = new();
    private int _pos;
    private bool _closed;
    private bool _astral;   // the buffer holds surrogate pairs: positions need mapping to code points
    private string? _newline = "\n";
    private int _seenNl;

    internal PyStringIO(PyType type) : base(type) { }

    public override bool IsClosed => _closed;
    public override void Close() => _closed = true;
    public override void Flush() { }

    private void CheckOpen() => CheckClosed(IoErrors.ClosedFileNoDot);
    public string? NewlineArg => _newline;

    internal void Init(string? initial, string? newline)
    {
        if (newline is not (null or "" or "\n" or "\r" or "\r\n"))
            throw new PythonException(PyExc.ValueError($"illegal newline value: {Ops.ReprString(new PyStr(newline))}"));
        _newline = newline;
        _buf.Clear(); _pos = 0; _seenNl = 0;
        if (!string.IsNullOrEmpty(initial)) { Write(initial); _pos = 0; }
    }

    private string Translate(string s)
    {
        if (_newline == null)
        {
            if (s.Contains('\r')) { Track(s); s = s.Replace("\r\n", "\n").Replace('\r', '\n'); }
            else if (s.Contains('\n')) _seenNl |= 1;
        }
        else if (_newline == "") Track(s);
        else if (_newline != "\n" && s.Contains('\n')) s = s.Replace("\n", _newline);
        return s;
    }

    private void Track(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '\n') _seenNl |= 1;
            else if (s[i] == '\r')
            {
                if (i + 1 < s.Length && s[i + 1] == '\n') { _seenNl |= 4; i++; }
                else _seenNl |= 2;
            }
        }
    }

    public PyObject Newlines => _newline is null or "" ? NewlinesValue(_seenNl) : PyNone.Instance;

    internal static PyObject NewlinesValue(int seen) => seen switch
    {
        0 => PyNone.Instance,
        1 => new PyStr("\n"),
        2 => new PyStr("\r"),
        3 => PyTuple.Create([new PyStr("\r"), new PyStr("\n")]),
        4 => new PyStr("\r\n"),
        5 => PyTuple.Create([new PyStr("\n"), new PyStr("\r\n")]),
        6 => PyTuple.Create([new PyStr("\r"), new PyStr("\r\n")]),
        _ => PyTuple.Create([new PyStr("\r"), new PyStr("\n"), new PyStr("\r\n")]),
    };

    public int Write(string s)
    {
        CheckOpen();
        int written = new PyStr(s).Length;
        if (written != s.Length) _astral = true;
        s = Translate(s);
        if (s.Length == 0) return written;
        if (_pos > _buf.Length) _buf.Append('\0', _pos - _buf.Length);
        if (_pos == _buf.Length) _buf.Append(s);
        else
        {
            int overlap = Math.Min(s.Length, _buf.Length - _pos);
            _buf.Remove(_pos, overlap).Insert(_pos, s);
        }
        _pos += s.Length;
        return written;
    }

    public string GetValue() { CheckOpen(); return _buf.ToString(); }

    public string Read(long n)
    {
        CheckOpen();
        int avail = Math.Max(0, _buf.Length - _pos);
        int take = n < 0 ? avail : _astral ? Math.Min(avail, IndexOfCodePoint(CodePointsBefore(_pos) + n) - _pos) : (int)Math.Min(n, avail);
        if (take <= 0) return "";
        var r = _buf.ToString(_pos, take);
        _pos += take;
        return r;
    }

    public string ReadLine(long limit)
    {
        CheckOpen();
        if (_pos >= _buf.Length) return "";
        int end = _pos, len = _buf.Length;
        int max = limit < 0 ? len : (int)Math.Min(len, _pos + limit);
        while (end < max)
        {
            char c = _buf[end];
            if (_newline is null or "\n") { end++; if (c == '\n') break; continue; }
            if (_newline == "")
            {
                end++;
                if (c == '\n') break;
                if (c == '\r') { if (end < max && _buf[end] == '\n') end++; break; }
                continue;
            }
            if (_newline == "\r") { end++; if (c == '\r') break; continue; }
            end++;
            if (c == '\r' && end < max && _buf[end] == '\n') { end++; break; }
        }
        var r = _buf.ToString(_pos, end - _pos);
        _pos = end;
        return r;
    }

    public long Seek(long pos, int whence)
    {
        CheckOpen();
        switch (whence)
        {
            case 0:
                if (pos < 0) throw new PythonException(PyExc.ValueError($"Negative seek position {pos}"));
                _pos = _astral ? IndexOfCodePoint(pos) : (int)Math.Min(pos, int.MaxValue); break;
            case 1:
                if (pos != 0) throw new PythonException(PyExc.OSError("Can't do nonzero cur-relative seeks"));
                break;
            case 2:
                if (pos != 0) throw new PythonException(PyExc.OSError("Can't do nonzero cur-relative seeks"));
                _pos = _buf.Length; break;
            default:
                throw new PythonException(PyExc.ValueError($"Invalid whence ({whence}, should be 0, 1 or 2)"));
        }
        return _astral ? CodePointsBefore(_pos) : _pos;
    }

    public long Tell() { CheckOpen(); return _astral ? CodePointsBefore(_pos) : _pos; }

    private int CodePointsBefore(int index)
    {
        int n = 0;
        for (int i = 0; i < index && i < _buf.Length; i++, n++)
            if (char.IsHighSurrogate(_buf[i]) && i + 1 < _buf.Length && char.IsLowSurrogate(_buf[i + 1])) i++;
        return n + Math.Max(0, index - _buf.Length);
    }

    private int IndexOfCodePoint(long cp)
    {
        int i = 0;
        for (long n = 0; n < cp; n++)
        {
            if (i >= _buf.Length) return (int)Math.Min(int.MaxValue, i + (cp - n));
            i += char.IsHighSurrogate(_buf[i]) && i + 1 < _buf.Length && char.IsLowSurrogate(_buf[i + 1]) ? 2 : 1;
        }
        return i;
    }

    public long Truncate(long? pos)
    {
        CheckOpen();
        long p = pos ?? Tell();
        if (p < 0) throw new PythonException(PyExc.ValueError($"Negative size value {p}"));
        int idx = _astral ? IndexOfCodePoint(p) : (int)Math.Min(p, int.MaxValue);
        if (idx < _buf.Length) _buf.Length = idx;
        return p;
    }
}
