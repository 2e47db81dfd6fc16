using System.Text;
using Sharpy.Runtime.Modules.Os;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules;

public static partial class IoModule
{
    /// <summary>The open() builtin (io.open). CPython 3.11: Modules/_io/_iomodule.c _io_open_impl</summary>
    public static PyObject Open(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var p = ArgParser.Parse("open", args, kw, ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], [], 1);
        var file = p[0]!;
        if (p[1] is not (null or PyStr)) throw new PythonException(PyExc.TypeError($"open() argument 'mode' must be str, not {p[1]!.Type.Name}"));
        string mode = p[1] is PyStr ms ? ms.Value : "r";
        long buffering = p[2] is null or PyNone ? -1 : Ops.ToLong(Ops.Index(p[2]!));
        string? encoding = OptStr(p[3], "open() argument 'encoding'");
        string? errors = OptStr(p[4], "open() argument 'errors'");
        string? newline = OptStr(p[5], "open() argument 'newline'");
        bool closefd = p[6] == null || Ops.IsTrue(p[6]!);
        var opener = p[7] is null or PyNone ? null : p[7];

        bool creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
        foreach (char c in mode)
        {
            ref bool flag = ref creating;
            switch (c)
            {
                case 'x': flag = ref creating; break;
                case 'r': flag = ref reading; break;
                case 'w': flag = ref writing; break;
                case 'a': flag = ref appending; break;
                case '+': flag = ref updating; break;
                case 't': flag = ref text; break;
                case 'b': flag = ref binary; break;
                default: throw new PythonException(PyExc.ValueError($"invalid mode: {Ops.ReprString(new PyStr(mode))}"));
            }
            if (flag) throw new PythonException(PyExc.ValueError($"invalid mode: {Ops.ReprString(new PyStr(mode))}"));
            flag = true;
        }
        if (text && binary) throw new PythonException(PyExc.ValueError("can't have text and binary mode at once"));
        if ((creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0) > 1)
            throw new PythonException(PyExc.ValueError("must have exactly one of create/read/write/append mode"));
        if (binary && encoding != null) throw new PythonException(PyExc.ValueError("binary mode doesn't take an encoding argument"));
        if (binary && errors != null) throw new PythonException(PyExc.ValueError("binary mode doesn't take an errors argument"));
        if (binary && p[5] is not (null or PyNone)) throw new PythonException(PyExc.ValueError("binary mode doesn't take a newline argument"));

        string rawMode = (creating ? "x" : "") + (reading ? "r" : "") + (writing ? "w" : "") + (appending ? "a" : "") + (updating ? "+" : "");
        OpenFiles.FlushBeforeOpen();
        var raw = OpenRaw(FileIOType, file, rawMode, closefd, opener);
        try
        {
            bool lineBuffering = false;
            if (buffering == 1 || buffering < 0 && raw.IsATty()) { buffering = -1; lineBuffering = true; }
            if (buffering < 0) buffering = DefaultBufferSize;
            if (buffering == 0)
            {
                if (binary) { raw.OwnForFinalization(); return raw; }
                throw new PythonException(PyExc.ValueError("can't have unbuffered text I/O"));
            }
            var bufType = updating ? BufferedRandom : creating || writing || appending ? BufferedWriter : BufferedReader;
            var buffer = new PyBuffered(bufType, raw, (int)Math.Min(buffering, 1 << 24), bufType != BufferedWriter, bufType != BufferedReader);
            if (binary)
            {
                buffer.OwnForFinalization();
                if (buffer.CanWrite) OpenFiles.Register(buffer);
                return buffer;
            }
            DefaultEncodingWarning.WarnIfUnspecified(encoding);
            if (encoding == "locale") encoding = null;
            var wrapper = new PyTextIO(TextIOWrapper, buffer, encoding ?? "UTF-8", errors, newline, lineBuffering, false) { Mode = mode };
            wrapper.OwnForFinalization();
            if (buffer.CanWrite) OpenFiles.Register(wrapper);
            return wrapper;
        }
        catch (PythonException)
        {
            raw.CloseQuietly();
            throw;
        }
    }

    /// <summary>Open a FileIO: path (str, bytes, os.PathLike) or file descriptor. CPython 3.11: fileio.c _io_FileIO___init___impl</summary>
    internal static PyFileIO OpenRaw(PyType type, PyObject file, string mode, bool closefd, PyObject? opener)
    {
        int fd = -1;
        string? path = null;
        PyObject name = file;
        if (file is PyInt)
        {
            long v = Ops.ToLong(file);
            if (v < 0) throw new PythonException(PyExc.ValueError("negative file descriptor"));
            fd = (int)v;
        }
        else
        {
            if (file is not (PyStr or PyBytes))
            {
                if (!Ops.TryCallSpecial(file, "__fspath__", out var fs))
                    throw new PythonException(PyExc.TypeError($"expected str, bytes or os.PathLike object, not {file.Type.Name}"));
                if (fs is not (PyStr or PyBytes))
                    throw new PythonException(PyExc.TypeError($"expected {file.Type.Name}.__fspath__() to return str or bytes, not {fs.Type.Name}"));
                file = name = fs;
            }
            path = file is PyStr s ? s.Value : Codecs.Decode(((PyBytes)file).Value, "utf-8", "surrogateescape");
            if (path.Contains('\0')) throw new PythonException(PyExc.ValueError("embedded null byte"));
        }

        bool readable = false, writable = false, appending = false, created = false, plus = false;
        int rwa = 0, flags = 0;
        foreach (char c in mode)
        {
            switch (c)
            {
                case 'x': rwa++; created = writable = true; flags |= IoNative.O_EXCL | IoNative.O_CREAT; break;
                case 'r': rwa++; readable = true; break;
                case 'w': rwa++; writable = true; flags |= IoNative.O_CREAT | IoNative.O_TRUNC; break;
                case 'a': rwa++; writable = appending = true; flags |= IoNative.O_APPEND | IoNative.O_CREAT; break;
                case 'b': break;
                case '+':
                    if (plus) goto bad;
                    readable = writable = plus = true; break;
                default:
                    throw new PythonException(PyExc.ValueError($"invalid mode: {mode}"));
            }
        }
        if (rwa != 1) goto bad;
        flags |= readable && writable ? IoNative.O_RDWR : readable ? IoNative.O_RDONLY : IoNative.O_WRONLY;
        flags |= IoNative.O_CLOEXEC;

        if (fd < 0)
        {
            if (!closefd) throw new PythonException(PyExc.ValueError("Cannot use closefd=False with file name"));
            if (opener != null)
            {
                var r = Ops.Call(opener, name, PyInt.From(flags));
                if (r is not PyInt) throw new PythonException(PyExc.TypeError("expected integer from opener"));
                fd = (int)Ops.ToLong(r);
                if (fd < 0) throw new PythonException(PyExc.ValueError($"opener returned {fd}"));
            }
            else
            {
                fd = LibCFd.Open(path!, flags, 0x1B6);
                if (fd < 0) throw IoErrors.Os(LibC.LastErrno, name);
            }
            if (Directory.Exists(path))
            {
                LibCFd.Close(fd);
                throw IoErrors.Os(IoNative.EISDIR, name);
            }
        }
        var f = new PyFileIO(type, fd, name, readable, writable, appending, created, closefd);
        if (appending) LibCFd.LSeek(fd, 0, 2);
        return f;

    bad:
        throw new PythonException(PyExc.ValueError("Must have exactly one of create/read/write/append mode and at most one plus"));
    }
}
