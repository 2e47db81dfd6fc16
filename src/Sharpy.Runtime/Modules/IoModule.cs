using System.Text;
using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules;

/// <summary>
/// A text or binary stream over a .NET <see cref="Stream"/> (io.TextIOWrapper / BufferedReader/Writer
/// in one class), or an in-memory StringIO/BytesIO.
/// </summary>
public sealed class PyTextIO : PyObject
{
    public Stream? Stream;
    public readonly bool Binary;
    public readonly bool Readable, Writable;
    public string Name;
    public string Mode;
    public bool Closed;
    public bool LineBuffered;
    private readonly StringBuilder _writeBuffer = new();
    private StreamReader? _reader;
    // In-memory text (StringIO).
    private readonly StringBuilder? _memText;
    private int _memPos;
    private readonly MemoryStream? _memBytes;

    public PyTextIO(PyType type, Stream? stream, string name, string mode, bool binary, bool readable, bool writable) : base(type)
    {
        Stream = stream; Name = name; Mode = mode; Binary = binary; Readable = readable; Writable = writable;
    }

    public static PyTextIO StringIO(string initial) =>
        new(IoModule.StringIOType, null, "<StringIO>", "r+", false, true, true, new StringBuilder(initial));

    public static PyTextIO BytesIO(byte[] initial) =>
        new(IoModule.BytesIOType, null, "<BytesIO>", "rb+", true, true, true, null, new MemoryStream(initial.Length == 0 ? [] : initial.ToArray()));

    private PyTextIO(PyType type, Stream? stream, string name, string mode, bool binary, bool readable, bool writable, StringBuilder? mem, MemoryStream? memBytes = null)
        : this(type, stream, name, mode, binary, readable, writable)
    {
        _memText = mem;
        _memBytes = memBytes;
        if (memBytes != null) Stream = memBytes;
    }

    public bool IsStringIO => _memText != null;

    private void CheckOpen()
    {
        if (Closed) throw new PythonException(PyExc.ValueError(IsStringIO || _memBytes != null ? "I/O operation on closed file." : "I/O operation on closed file."));
    }

    public void Write(string s)
    {
        CheckOpen();
        if (_memText != null)
        {
            if (_memPos >= _memText.Length) { _memText.Append(s); _memPos = _memText.Length; }
            else
            {
                int overlap = Math.Min(s.Length, _memText.Length - _memPos);
                _memText.Remove(_memPos, overlap).Insert(_memPos, s);
                _memPos += s.Length;
            }
            return;
        }
        if (!Writable) throw new PythonException(PyExc.Create(IoModule.UnsupportedOperation, "not writable"));
        _writeBuffer.Append(s);
        if (LineBuffered && s.Contains('\n') || _writeBuffer.Length > 8192) Flush();
    }

    public void WriteBytes(byte[] b)
    {
        CheckOpen();
        if (!Writable) throw new PythonException(PyExc.Create(IoModule.UnsupportedOperation, "write"));
        Stream!.Write(b);
    }

    public void Flush()
    {
        if (_writeBuffer.Length > 0 && Stream != null)
        {
            var bytes = Encoding.UTF8.GetBytes(_writeBuffer.ToString());
            _writeBuffer.Clear();
            try { Stream.Write(bytes); }
            catch (IOException) { }
        }
        try { Stream?.Flush(); } catch (IOException) { } catch (ObjectDisposedException) { }
    }

    private StreamReader Reader => _reader ??= new StreamReader(Stream!, new UTF8Encoding(false), false, 4096, leaveOpen: true);

    public string ReadAll()
    {
        CheckOpen();
        if (_memText != null) { var r = _memText.ToString(_memPos, _memText.Length - _memPos); _memPos = _memText.Length; return r; }
        if (!Readable) throw new PythonException(PyExc.Create(IoModule.UnsupportedOperation, "not readable"));
        return Normalize(Reader.ReadToEnd());
    }

    public string Read(long n)
    {
        if (n < 0) return ReadAll();
        CheckOpen();
        if (_memText != null)
        {
            int take = (int)Math.Min(n, _memText.Length - _memPos);
            var r = _memText.ToString(_memPos, take);
            _memPos += take;
            return r;
        }
        var buf = new char[n];
        int got = Reader.ReadBlock(buf, 0, (int)n);
        return Normalize(new string(buf, 0, got));
    }

    private static string Normalize(string s) => s.Contains('\r') ? s.Replace("\r\n", "\n").Replace('\r', '\n') : s;

    public string ReadLine()
    {
        CheckOpen();
        if (_memText != null)
        {
            if (_memPos >= _memText.Length) return "";
            int end = _memPos;
            while (end < _memText.Length && _memText[end] != '\n') end++;
            if (end < _memText.Length) end++;
            var r = _memText.ToString(_memPos, end - _memPos);
            _memPos = end;
            return r;
        }
        if (!Readable) throw new PythonException(PyExc.Create(IoModule.UnsupportedOperation, "not readable"));
        var sb = new StringBuilder();
        while (true)
        {
            int c = Reader.Read();
            if (c < 0) break;
            if (c == '\r')
            {
                if (Reader.Peek() == '\n') Reader.Read();
                sb.Append('\n');
                break;
            }
            sb.Append((char)c);
            if (c == '\n') break;
        }
        return sb.ToString();
    }

    public byte[] ReadBytes(long n)
    {
        CheckOpen();
        if (!Readable) throw new PythonException(PyExc.Create(IoModule.UnsupportedOperation, "read"));
        if (n < 0)
        {
            var ms = new MemoryStream();
            Stream!.CopyTo(ms);
            return ms.ToArray();
        }
        var buf = new byte[n];
        int total = 0;
        while (total < n)
        {
            int got = Stream!.Read(buf, total, (int)n - total);
            if (got <= 0) break;
            total += got;
        }
        return buf.AsSpan(0, total).ToArray();
    }

    public string GetValue()
    {
        if (_memText != null) return _memText.ToString();
        throw new PythonException(PyExc.Create(IoModule.UnsupportedOperation, "getvalue"));
    }

    public byte[] GetBytesValue() => _memBytes?.ToArray() ?? throw new PythonException(PyExc.Create(IoModule.UnsupportedOperation, "getvalue"));

    public void Close()
    {
        if (Closed) return;
        Flush();
        Closed = true;
        if (_memText == null && _memBytes == null && Stream != null && Name is not ("<stdout>" or "<stderr>" or "<stdin>")) Stream.Dispose();
    }

    public long Seek(long pos, int whence)
    {
        CheckOpen();
        if (_memText != null)
        {
            _memPos = whence == 0 ? (int)pos : whence == 2 ? _memText.Length : _memPos;
            return _memPos;
        }
        Flush();
        _reader = null;
        return Stream!.Seek(pos, whence == 0 ? SeekOrigin.Begin : whence == 1 ? SeekOrigin.Current : SeekOrigin.End);
    }

    public long Tell() => _memText != null ? _memPos : Stream?.Position ?? 0;
}

public static class IoModule
{
    public static readonly PyType TextIOWrapper = PyTypes.NewBuiltin("TextIOWrapper", PyTypes.Object, "_io");
    public static readonly PyType BufferedIO = PyTypes.NewBuiltin("BufferedReader", PyTypes.Object, "_io");
    public static readonly PyType StringIOType = PyTypes.NewBuiltin("StringIO", PyTypes.Object, "_io", t => PyTextIO.StringIO(""));
    public static readonly PyType BytesIOType = PyTypes.NewBuiltin("BytesIO", PyTypes.Object, "_io", t => PyTextIO.BytesIO([]));
    public static readonly PyType UnsupportedOperation;

    static IoModule()
    {
        UnsupportedOperation = PyTypes.NewBuiltin("UnsupportedOperation", PyExc.OSErrorType, "io");
        UnsupportedOperation.Bases = [PyExc.OSErrorType, PyExc.ValueErrorType];
        UnsupportedOperation.Mro = PyType.ComputeC3(UnsupportedOperation, UnsupportedOperation.Bases);
        foreach (var t in new[] { TextIOWrapper, BufferedIO, StringIOType, BytesIOType }) InitStreamType(t);
        StringIOType.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            var p = ArgParser.Parse("StringIO", args[1..], kw, ["initial_value", "newline"], [], 0);
            var s = PyTextIO.StringIO(p[0] is PyStr ps ? ps.Value : "");
            if (!ReferenceEquals(args[0], StringIOType)) s.Type = (PyType)args[0];
            return s;
        })));
        StringIOType.DefRaw("__init__", (args, kw) => PyNone.Instance);
        StringIOType.Def("getvalue", a => new PyStr(((PyTextIO)a).GetValue()));
        BytesIOType.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
            PyTextIO.BytesIO(args.Length > 1 ? BytesMethods.AsBytes(args[1]) : []))));
        BytesIOType.DefRaw("__init__", (args, kw) => PyNone.Instance);
        BytesIOType.Def("getvalue", a => new PyBytes(((PyTextIO)a).GetBytesValue()));
    }

    private static PyTextIO F(PyObject o) => (PyTextIO)o;

    private static void InitStreamType(PyType t)
    {
        t.Def("write", (a, s) =>
        {
            var f = F(a);
            if (f.Binary)
            {
                var b = BytesMethods.AsBytes(s);
                f.WriteBytes(b);
                return PyInt.From(b.Length);
            }
            if (s is not PyStr ps) throw new PythonException(PyExc.TypeError($"write() argument must be str, not {s.Type.Name}"));
            f.Write(ps.Value);
            return PyInt.From(ps.Length);
        });
        t.Def("writelines", (a, lines) =>
        {
            foreach (var l in Ops.Iterate(lines)) Ops.CallMethod(a, "write", l);
            return PyNone.Instance;
        });
        t.DefRange("read", 0, 1, (a, args) =>
        {
            long n = args.Length > 0 && args[0] is not PyNone ? Ops.ToLong(args[0]) : -1;
            return F(a).Binary ? new PyBytes(F(a).ReadBytes(n)) : new PyStr(F(a).Read(n));
        });
        t.DefRange("readline", 0, 1, (a, args) =>
        {
            if (F(a).Binary)
            {
                var bytes = new List<byte>();
                while (true) { var b = F(a).ReadBytes(1); if (b.Length == 0) break; bytes.Add(b[0]); if (b[0] == '\n') break; }
                return new PyBytes(bytes.ToArray());
            }
            return new PyStr(F(a).ReadLine());
        });
        t.DefRange("readlines", 0, 1, (a, args) =>
        {
            var l = new PyList();
            while (true)
            {
                var line = F(a).ReadLine();
                if (line.Length == 0) break;
                l.Append(new PyStr(line));
            }
            return l;
        });
        t.Def("flush", a => { F(a).Flush(); return PyNone.Instance; });
        t.Def("close", a => { F(a).Close(); return PyNone.Instance; });
        t.Def("__enter__", a => a);
        t.DefRange("__exit__", 0, 3, (a, args) => { F(a).Close(); return Py.False; });
        t.Def("__iter__", a => a);
        t.Def("__next__", a =>
        {
            var line = F(a).ReadLine();
            if (line.Length == 0) throw new PythonException(PyExc.StopIteration());
            return new PyStr(line);
        });
        t.DefRange("seek", 1, 2, (a, args) => PyInt.From(F(a).Seek(Ops.ToLong(args[0]), args.Length > 1 ? (int)Ops.ToLong(args[1]) : 0)));
        t.Def("tell", a => PyInt.From(F(a).Tell()));
        t.Def("readable", a => Py.Bool(F(a).Readable));
        t.Def("writable", a => Py.Bool(F(a).Writable));
        t.Def("seekable", a => Py.Bool(F(a).Stream?.CanSeek ?? true));
        t.Def("isatty", a => Py.False);
        t.Def("fileno", a => F(a).Name switch
        {
            "<stdin>" => PyInt.From(0), "<stdout>" => PyInt.From(1), "<stderr>" => PyInt.From(2),
            _ => throw new PythonException(PyExc.Create(UnsupportedOperation, "fileno")),
        });
        t.Prop("closed", a => Py.Bool(F(a).Closed));
        t.Prop("name", a => new PyStr(F(a).Name));
        t.Prop("mode", a => new PyStr(F(a).Mode));
        t.Prop("encoding", a => new PyStr("utf-8"));
        t.Prop("errors", a => new PyStr("strict"));
        t.Def("__repr__", a => new PyStr(F(a).IsStringIO ? $"<_io.StringIO object at 0x{a.Id:x}>" : F(a).Binary
            ? $"<_io.BufferedReader name='{F(a).Name}'>" : $"<_io.TextIOWrapper name='{F(a).Name}' mode='{F(a).Mode}' encoding='utf-8'>"));
    }

    public static PyObject Open(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var p = ArgParser.Parse("open", args, kw, ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], [], 1);
        if (p[0] is not PyStr fileObj)
        {
            if (p[0] is PyInt) throw new PythonException(PyExc.NotImplementedError("open() of a file descriptor is not supported"));
            throw new PythonException(PyExc.TypeError($"expected str, bytes or os.PathLike object, not {p[0]!.Type.Name}"));
        }
        string path = fileObj.Value;
        string mode = p[1] is PyStr ms ? ms.Value : "r";
        bool binary = mode.Contains('b');
        bool plus = mode.Contains('+');
        char kind = mode.FirstOrDefault(c => "rwax".Contains(c));
        if (kind == default) kind = 'r';
        if (mode.Count(c => "rwax".Contains(c)) > 1 || mode.Any(c => !"rwaxbt+U".Contains(c)))
            throw new PythonException(PyExc.ValueError($"invalid mode: '{mode}'"));
        if (binary && p[3] != null && p[3] is not PyNone)
            throw new PythonException(PyExc.ValueError("binary mode doesn't take an encoding argument"));
        FileStream fs;
        try
        {
            if (Directory.Exists(path)) throw new UnauthorizedAccessException("dir");
            fs = kind switch
            {
                'r' => new FileStream(path, FileMode.Open, plus ? FileAccess.ReadWrite : FileAccess.Read),
                'w' => new FileStream(path, FileMode.Create, plus ? FileAccess.ReadWrite : FileAccess.Write),
                'a' => new FileStream(path, FileMode.Append, FileAccess.Write),
                _ => new FileStream(path, FileMode.CreateNew, plus ? FileAccess.ReadWrite : FileAccess.Write),
            };
        }
        catch (FileNotFoundException) { throw OsError(PyExc.FileNotFoundError, 2, "No such file or directory", path); }
        catch (DirectoryNotFoundException) { throw OsError(PyExc.FileNotFoundError, 2, "No such file or directory", path); }
        catch (UnauthorizedAccessException) when (Directory.Exists(path)) { throw OsError(PyExc.IsADirectoryError, 21, "Is a directory", path); }
        catch (UnauthorizedAccessException) { throw OsError(PyExc.PermissionError, 13, "Permission denied", path); }
        catch (IOException) when (kind == 'x' && File.Exists(path)) { throw OsError(PyExc.FileExistsError, 17, "File exists", path); }
        catch (IOException e) { throw OsError(PyExc.OSErrorType, 5, e.Message, path); }
        var f = new PyTextIO(binary ? BufferedIO : TextIOWrapper, fs, path, mode, binary, kind == 'r' || plus, kind != 'r' || plus);
        return f;
    }

    public static PythonException OsError(PyType type, int errno, string msg, string filename) =>
        new(new PyBaseException(type, PyInt.From(errno), new PyStr(msg), new PyStr(filename)));

    public static PyModule Create(PythonRuntime rt, string name)
    {
        var m = new PyModule(name);
        var d = m.Dict!;
        d.SetItem("StringIO", StringIOType);
        d.SetItem("BytesIO", BytesIOType);
        d.SetItem("TextIOWrapper", TextIOWrapper);
        d.SetItem("BufferedReader", BufferedIO);
        d.SetItem("UnsupportedOperation", UnsupportedOperation);
        d.SetItem("open", rt.Builtins.Dict!.GetItem("open")!);
        d.SetItem("DEFAULT_BUFFER_SIZE", PyInt.From(8192));
        d.SetItem("SEEK_SET", PyInt.From(0)); d.SetItem("SEEK_CUR", PyInt.From(1)); d.SetItem("SEEK_END", PyInt.From(2));
        return m;
    }
}
