using System.Text;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules;

/// <summary>
/// io.TextIOWrapper: text over a binary stream. Writes collect in a pending string (encoded in ~8 KB
/// pieces, so print() stays cheap); reads decode the buffer chunk by chunk, with CPython's newline
/// rules. CPython 3.11: Lib/_pyio.py TextIOWrapper, Modules/_io/textio.c.
/// </summary>
public sealed partial class PyTextIO : PyIOBase
{
    private const int ChunkSize = 8192;

    private IBinaryStream? _b;
    public PyObject? BufferObj;
    private TextCodec _codec;
    public string Errors;
    private string? _newline;             // the newline argument: null, "", "\n", "\r", "\r\n"
    private bool _readUniversal, _readTranslate;
    private string? _writeNewline;        // what "\n" becomes on write, or null for no translation
    public bool LineBuffering, WriteThrough;
    private bool _flushEachWrite;       // unbuffered sys.stdout (-u)
    internal bool FlushEachWrite { get => _flushEachWrite; set { _flushEachWrite = value; UpdateFastWriter(); } }
    private PyBuffered? _fastWriter;    // set when write() can just append to _pending

    /// <summary>Recompute whether write() may take the fast path (after any change of configuration).</summary>
    private void UpdateFastWriter()
    {
        _fastWriter = _b is PyBuffered { CanWrite: true } pb && pb.HasFileRaw && _codec.IsUtf8 && _writeNewline == null
            && !LineBuffering && !WriteThrough && !_flushEachWrite ? pb : null;
    }
    public string? Mode;                  // set by open()
    private readonly StringBuilder _pending = new();
    private bool _writeBom;
    private bool _ownedByOpen;

    // Read state: the decoded (translated) chunk and how much of it was consumed; the untranslated
    // chunk text and the byte position where it starts, for tell().
    private string _decoded = "";
    private int _decPos;
    private string _chunkRaw = "";
    private long _chunkStart = -1;
    private bool _carryCr;
    private byte[] _leftover = [];
    private bool _readBomPending = true;
    private int _seenNl;
    private bool? _seekable;
    private bool _telling = true;         // false while iterating with next() (tell() is then refused)

    internal PyTextIO(PyType type, PyObject buffer, string? encoding, string? errors, string? newline, bool lineBuffering, bool writeThrough)
        : base(type)
    {
        _codec = TextCodec.Lookup(encoding ?? "UTF-8");
        Errors = errors ?? "strict";
        BufferObj = buffer;
        _b = buffer as IBinaryStream ?? new PyObjectBinaryStream(buffer);
        SetNewline(newline);
        LineBuffering = lineBuffering; WriteThrough = writeThrough;
        GC.SuppressFinalize(this);
        InitBomState();
        UpdateFastWriter();
    }

    private void InitBomState()
    {
        if (_codec.Bom.Length == 0) { _writeBom = false; return; }
        _writeBom = true;
        try
        {
            if (_b!.IsSeekable && _b.IsWritable && _b.Tell() != 0) _writeBom = false;
        }
        catch (PythonException) { }
    }

    private void SetNewline(string? newline)
    {
        if (newline is not (null or "" or "\n" or "\r" or "\r\n"))
            throw new PythonException(PyExc.ValueError($"illegal newline value: {newline}"));
        _newline = newline;
        _readUniversal = newline is null or "";
        _readTranslate = newline is null;
        _writeNewline = newline is "\r" or "\r\n" ? newline : null;
    }

    internal void OwnForFinalization() { _ownedByOpen = true; GC.ReRegisterForFinalize(this); }

    ~PyTextIO()
    {
        if (!_ownedByOpen || _b is not PyBuffered buf) return;
        try
        {
            if (_pending.Length > 0 && buf.CanWrite) buf.Write(_codec.Encode(TakePending(), Errors));
            buf.Close();
        }
        catch (Exception) { }
    }

    public string EncodingName => _codec.Name;
    public string? NewlineArg => _newline;

    private IBinaryStream B => _b ?? throw IoErrors.Detached();

    public override bool IsClosed => B.IsClosed;

    private void CheckOpen()
    {
        if (_b == null) throw IoErrors.Detached();
        if (_b.IsClosed) throw IoErrors.Closed();
    }

    private void CheckReadable()
    {
        CheckOpen();
        if (!_b!.IsReadable) throw IoErrors.Unsupported("not readable");
    }

    public bool IsSeekable => _seekable ??= B.IsSeekable;

    // ---- writing --------------------------------------------------------------------------------------

    /// <summary>write(s): the fast path print() uses for sys.stdout and files.</summary>
    public void Write(string s)
    {
        // Fast path (print to a file or sys.stdout): open UTF-8 buffered writer, nothing to translate.
        if (_fastWriter is { } fw && !fw.IsClosedFast && _decoded.Length == 0 && !_carryCr && _leftover.Length == 0
            && s.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            _pending.Append(s);
            if (_pending.Length > ChunkSize) FlushPending();
            return;
        }
        CheckOpen();
        if (!_b!.IsWritable) throw IoErrors.Unsupported("not writable");
        if (_decoded.Length != 0 || _carryCr || _leftover.Length != 0) ResetReadState();
        bool lineEnd = false;
        if (_writeNewline != null || LineBuffering)
        {
            bool hasLf = s.Contains('\n');
            if (hasLf && _writeNewline != null) s = s.Replace("\n", _writeNewline);
            lineEnd = LineBuffering && (hasLf || s.Contains('\r'));
        }
        if (NeedsEagerEncode(s))
        {
            // Encode now so that an encoding error is raised by this write() (as CPython does).
            FlushPending();
            _pending.Append(s);
            FlushPending();
        }
        else _pending.Append(s);
        if (_pending.Length > ChunkSize || lineEnd || WriteThrough || FlushEachWrite)
        {
            FlushPending();
            if (lineEnd || FlushEachWrite) _b.Flush();
        }
    }

    /// <summary>Text that could fail to encode: surrogates for UTF-8, anything non-ASCII for other codecs.</summary>
    private bool NeedsEagerEncode(string s)
    {
        var span = s.AsSpan();
        if (_codec.IsUtf8) return span.IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;
        return span.IndexOfAnyExceptInRange('\0', '\u007F') >= 0;
    }

    private string TakePending()
    {
        var s = _pending.ToString();
        _pending.Clear();
        return s;
    }

    private void FlushPending()
    {
        if (_pending.Length == 0) return;
        var bytes = _codec.Encode(TakePending(), Errors);
        if (_writeBom)
        {
            _writeBom = false;
            bytes = [.. _codec.Bom, .. bytes];
        }
        B.Write(bytes);
    }

    public override void Flush()
    {
        CheckOpen();
        FlushPending();
        _b!.Flush();
    }

    /// <summary>Flush at interpreter exit: never raises.</summary>
    internal void FlushQuietly()
    {
        try { if (_b != null && !_b.IsClosed) Flush(); } catch (PythonException) { }
    }

    // ---- reading --------------------------------------------------------------------------------------

    private void ResetReadState()
    {
        _decoded = ""; _decPos = 0; _chunkRaw = ""; _carryCr = false; _leftover = []; _chunkStart = -1;
        _codec.ResetDecoder();
    }

    /// <summary>Decode the next chunk into _decoded (the previous one must be consumed); false at EOF.</summary>
    private bool ReadChunk(bool all)
    {
        var b = _b!;
        long start = -1;
        if (IsSeekable)
        {
            start = b.Tell() - _leftover.Length;
            if (_carryCr) start -= _codec.ByteCount("\r", Errors);
        }
        byte[] data = all ? b.Read(-1) : b.Read1(ChunkSize);
        // read() decodes everything up to EOF in one final call, as CPython does (so an incomplete
        // sequence at the end is reported at its position in the whole input).
        bool final = all || data.Length == 0;
        if (_leftover.Length > 0) { data = [.. _leftover, .. data]; _leftover = []; }
        if (_readBomPending)
        {
            if (data.Length < 4 && !final && _codec.Bom.Length > 0)
            {
                // Too few bytes to recognise a BOM yet: keep them for the next read.
                _leftover = data;
                _decoded = ""; _decPos = 0; _chunkRaw = "";
                return true;
            }
            _readBomPending = false;
            if (start <= 0 || !IsSeekable)
            {
                int bom = _codec.StripBom(data);
                if (bom > 0) { data = data[bom..]; if (start >= 0) start += bom; }
            }
        }
        if (!final)
        {
            int cut = _codec.CompleteLength(data);
            if (cut < data.Length) { _leftover = data[cut..]; data = data[..cut]; }
        }
        string text = _codec.Decode(data, Errors, final);
        if (_carryCr) { text = "\r" + text; _carryCr = false; }
        if (!final && _newline != "\n" && text.Length > 0 && text[^1] == '\r')
        {
            text = text[..^1];
            _carryCr = true;
        }
        _chunkStart = start;
        _chunkRaw = text;
        _decPos = 0;
        if (_readUniversal && text.Length > 0) TrackNewlines(text);
        _decoded = _readTranslate && text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
        return !final || text.Length > 0;
    }

    private void TrackNewlines(string text)
    {
        int i = text.IndexOfAny(['\r', '\n']);
        if (i < 0) return;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n') _seenNl |= 1;
            else if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') { _seenNl |= 4; i++; }
                else _seenNl |= 2;
            }
        }
    }

    public PyObject Newlines => _seenNl switch
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

    public string Read(long n)
    {
        CheckReadable();
        FlushPending();
        var sb = new StringBuilder();
        if (n < 0)
        {
            sb.Append(_decoded, _decPos, _decoded.Length - _decPos);
            _decPos = _decoded.Length;
            while (ReadChunk(true)) { sb.Append(_decoded); _decPos = _decoded.Length; }
            return sb.ToString();
        }
        long left = n;
        while (left > 0)
        {
            if (_decPos >= _decoded.Length && !ReadChunk(false)) break;
            int take = StrTake(_decoded, _decPos, left);
            sb.Append(_decoded, _decPos, take);
            left -= CodePoints(_decoded, _decPos, take);
            _decPos += take;
        }
        return sb.ToString();
    }

    /// <summary>How many UTF-16 units of s (from start) hold at most n code points.</summary>
    private static int StrTake(string s, int start, long n)
    {
        int i = start, count = 0;
        while (i < s.Length && count < n)
        {
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
            count++;
        }
        return i - start;
    }

    private static int CodePoints(string s, int start, int len)
    {
        int n = len;
        for (int i = start; i + 1 < start + len; i++)
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1])) { n--; i++; }
        return n;
    }

    /// <summary>The end (exclusive) of the first line in _decoded from _decPos, or -1.</summary>
    private int FindLineEnd()
    {
        string d = _decoded;
        if (_readTranslate || _newline == "\n")
        {
            int i = d.IndexOf('\n', _decPos);
            return i < 0 ? -1 : i + 1;
        }
        if (_newline == "")
        {
            int i = d.IndexOfAny(['\r', '\n'], _decPos);
            if (i < 0) return -1;
            if (d[i] == '\r' && i + 1 < d.Length && d[i + 1] == '\n') return i + 2;
            return i + 1;
        }
        int j = d.IndexOf(_newline!, _decPos, StringComparison.Ordinal);
        return j < 0 ? -1 : j + _newline!.Length;
    }

    public string ReadLine(long limit = -1)
    {
        CheckReadable();
        FlushPending();
        if (_decPos < _decoded.Length && limit < 0)
        {
            // Fast path: the whole line is in the current chunk.
            int end = FindLineEnd();
            if (end >= 0)
            {
                var line = _decoded.Substring(_decPos, end - _decPos);
                _decPos = end;
                return line;
            }
        }
        var sb = new StringBuilder();
        while (limit < 0 || sb.Length < limit)
        {
            if (_decPos >= _decoded.Length)
            {
                if (!ReadChunk(false)) break;
                // A "\r\n" terminator split over two chunks (newline='\r\n').
                if (_newline == "\r\n" && sb.Length > 0 && sb[^1] == '\r' && _decoded.Length > 0 && _decoded[0] == '\n')
                {
                    sb.Append('\n'); _decPos = 1; break;
                }
                continue;
            }
            int lineEnd = FindLineEnd();
            int stop = lineEnd >= 0 ? lineEnd : _decoded.Length;
            if (limit >= 0 && stop - _decPos > limit - sb.Length) { stop = _decPos + (int)(limit - sb.Length); lineEnd = -1; }
            sb.Append(_decoded, _decPos, stop - _decPos);
            _decPos = stop;
            if (lineEnd >= 0) break;
        }
        return sb.ToString();
    }

    // ---- positioning ----------------------------------------------------------------------------------

    /// <summary>__next__: a line, or "" at EOF. CPython 3.11: textio.c textiowrapper_iternext</summary>
    public string Next()
    {
        _telling = false;
        var line = ReadLine();
        if (line.Length == 0) _telling = true;
        return line;
    }

    public long Tell()
    {
        CheckOpen();
        if (!IsSeekable) throw IoErrors.Unsupported("underlying stream is not seekable");
        if (!_telling) throw new PythonException(PyExc.OSError("telling position disabled by next() call"));
        Flush();
        if (_chunkStart < 0 || (_decPos >= _decoded.Length && !_carryCr && _leftover.Length == 0))
            return _b!.Tell();
        int rawPos = _decPos;
        if (_readTranslate && _chunkRaw.Length != _decoded.Length)
        {
            int i = 0;
            for (int j = 0; j < _decPos; j++)
                i += _chunkRaw[i] == '\r' && i + 1 < _chunkRaw.Length && _chunkRaw[i + 1] == '\n' ? 2 : 1;
            rawPos = i;
        }
        return _chunkStart + _codec.ByteCount(_chunkRaw[..rawPos], Errors);
    }

    public long Seek(long cookie, int whence)
    {
        CheckOpen();
        _telling = true;
        if (!IsSeekable) throw IoErrors.Unsupported("underlying stream is not seekable");
        switch (whence)
        {
            case 1:
                if (cookie != 0) throw IoErrors.Unsupported("can't do nonzero cur-relative seeks");
                cookie = Tell();
                break;
            case 2:
            {
                if (cookie != 0) throw IoErrors.Unsupported("can't do nonzero end-relative seeks");
                Flush();
                ResetReadState();
                long end = _b!.Seek(0, 2);
                _writeBom = false; _readBomPending = false;
                return end;
            }
            case 0: break;
            default: throw IoErrors.BadWhence(whence);
        }
        if (cookie < 0) throw new PythonException(PyExc.ValueError($"negative seek position {cookie}"));
        Flush();
        ResetReadState();
        _b!.Seek(cookie, 0);
        _writeBom = cookie == 0 && _codec.Bom.Length > 0 && _b.IsWritable;
        _readBomPending = cookie == 0;
        return cookie;
    }

    public long Truncate(long? pos)
    {
        CheckOpen();
        Flush();
        long p = pos ?? Tell();
        return _b!.Truncate(p);
    }

    public override void Close()
    {
        if (_b == null) throw IoErrors.Detached();
        if (_b.IsClosed) return;
        _ownedByOpen = false;
        try { Flush(); }
        finally { _b.Close(); }
    }

    public PyObject Detach()
    {
        if (_b == null) throw IoErrors.Detached();
        Flush();
        var buf = BufferObj!;
        _b = null; BufferObj = null; _ownedByOpen = false; _fastWriter = null;
        return buf;
    }

    public void Reconfigure(string? encoding, string? errors, bool newlineGiven, string? newline, bool? lineBuffering, bool? writeThrough)
    {
        if (newlineGiven && newline is not (null or "" or "\n" or "\r" or "\r\n"))
            throw new PythonException(PyExc.ValueError($"illegal newline value: {newline}"));
        Flush();
        if (encoding != null)
        {
            _codec = TextCodec.Lookup(encoding);
            Errors = errors ?? "strict";
        }
        else if (errors != null) Errors = errors;
        if (newlineGiven) SetNewline(newline);
        if (lineBuffering != null) LineBuffering = lineBuffering.Value;
        if (writeThrough != null) WriteThrough = writeThrough.Value;
        UpdateFastWriter();
    }

    internal string Repr()
    {
        var sb = new StringBuilder("<_io.TextIOWrapper");
        if (BufferObj != null && Ops.TryGetAttr(BufferObj, PyStr.Intern("name"), out var name))
            sb.Append(" name=").Append(Ops.ReprString(name));
        if (Mode != null) sb.Append(" mode=").Append(Ops.ReprString(new PyStr(Mode)));
        sb.Append(" encoding=").Append(Ops.ReprString(new PyStr(_codec.Name))).Append('>');
        return sb.ToString();
    }
}
