using System.Text;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules;

/// <summary>
/// The encoding of one text stream: chunk-wise encode/decode (through <see cref="Codecs"/>, with a .NET
/// fast path for strict UTF-8), BOM handling for utf-8-sig/utf-16/utf-32, and byte counts for tell().
/// </summary>
internal sealed class TextCodec
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public readonly string Name;
    private readonly string _norm;
    public bool BigEndian;

    private TextCodec(string name, string norm) { Name = name; _norm = norm; }

    public static TextCodec Lookup(string name)
    {
        string n = name.ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
        string norm = n switch
        {
            "utf-8-sig" or "utf8-sig" => "utf-8-sig",
            "cp1252" or "windows-1252" or "1252" => "cp1252",
            _ => Codecs.Normalize(n),
        };
        if (norm is not ("utf-8" or "utf-8-sig" or "ascii" or "latin-1" or "cp1252" or "utf-16" or "utf-16-le" or "utf-16-be"
            or "utf-32" or "utf-32-le" or "utf-32-be"))
            return new TextCodec(name, Registry) { _info = LookupTextEncoding(name) };
        return new TextCodec(name, norm) { BigEndian = norm.EndsWith("-be") };
    }

    // Any other codec (cp437, shift_jis, iso2022_jp, a codec the program registered, ...) runs through the codec
    // registry with the codec's own incremental encoder and decoder, which keep state across chunks.
    private const string Registry = "registry";
    private PyObject? _info, _encoder, _decoder;
    private string? _encoderErrors, _decoderErrors;

    private static PyObject LookupTextEncoding(string name)
    {
        var codecs = Hosting.PythonRuntime.Current.Importer!.Import("_codecs", PyNone.Instance, PyNone.Instance, 0);
        var info = Ops.Call(Ops.GetAttr(codecs, PyStr.Intern("lookup")), new PyStr(name));
        if (Ops.TryGetAttr(info, PyStr.Intern("_is_text_encoding"), out var isText) && !Ops.IsTrue(isText))
            throw new PythonException(PyExc.Create(PyExc.ByName["LookupError"],
                $"'{name}' is not a text encoding; use codecs.open() to handle arbitrary codecs"));
        return info;
    }

    private byte[] RegistryEncode(string s, string errors)
    {
        if (_encoder == null || _encoderErrors != errors)
        {
            _encoder = Ops.Call(Ops.GetAttr(_info!, PyStr.Intern("incrementalencoder")), new PyStr(errors));
            _encoderErrors = errors;
        }
        return Ops.Call(Ops.GetAttr(_encoder, PyStr.Intern("encode")), new PyStr(s)) switch
        {
            PyBytes b => b.Value,
            var other => throw new PythonException(PyExc.TypeError(
                $"encoder should return a bytes object, not '{other.Type.Name}'")),
        };
    }

    private string RegistryDecode(byte[] b, string errors, bool final)
    {
        if (_decoder == null || _decoderErrors != errors)
        {
            _decoder = Ops.Call(Ops.GetAttr(_info!, PyStr.Intern("incrementaldecoder")), new PyStr(errors));
            _decoderErrors = errors;
        }
        return Ops.Call(Ops.GetAttr(_decoder, PyStr.Intern("decode")), new PyBytes(b), final ? Py.True : Py.False) switch
        {
            PyStr text => text.Value,
            var other => throw new PythonException(PyExc.TypeError(
                $"decoder should return a string result, not '{other.Type.Name}'")),
        };
    }

    /// <summary>Forgets what a registry codec's decoder buffered (after a seek).</summary>
    public void ResetDecoder() => _decoder = null;

    public bool IsUtf8 => _norm is "utf-8" or "utf-8-sig";
    public int Unit => _norm.StartsWith("utf-16") ? 2 : _norm.StartsWith("utf-32") ? 4 : 1;

    /// <summary>The BOM this codec writes at the start of a stream (and strips when reading there).</summary>
    public byte[] Bom => _norm switch
    {
        "utf-8-sig" => [0xEF, 0xBB, 0xBF],
        "utf-16" => BigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE],
        "utf-32" => BigEndian ? [0, 0, 0xFE, 0xFF] : [0xFF, 0xFE, 0, 0],
        _ => [],
    };

    /// <summary>Strip a BOM from the first bytes of a stream; for utf-16/32 it also picks the byte order.</summary>
    public int StripBom(byte[] data)
    {
        switch (_norm)
        {
            case "utf-8-sig":
                return data.Length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF ? 3 : 0;
            case "utf-16":
                if (data.Length >= 2 && data[0] == 0xFF && data[1] == 0xFE) { BigEndian = false; return 2; }
                if (data.Length >= 2 && data[0] == 0xFE && data[1] == 0xFF) { BigEndian = true; return 2; }
                return 0;
            case "utf-32":
                if (data.Length >= 4 && data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0) { BigEndian = false; return 4; }
                if (data.Length >= 4 && data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF) { BigEndian = true; return 4; }
                return 0;
        }
        return 0;
    }

    private string CodecsName => _norm switch
    {
        "utf-8-sig" => "utf-8",
        "utf-16" => BigEndian ? "utf-16-be" : "utf-16-le",
        "utf-32" => BigEndian ? "utf-32-be" : "utf-32-le",
        var n => n,
    };

    public byte[] Encode(string s, string errors)
    {
        if (IsUtf8 && errors == "strict")
        {
            try { return StrictUtf8.GetBytes(s); }
            catch (EncoderFallbackException) { }
        }
        if (_norm == "cp1252") return Cp1252.Encode(s, errors);
        if (_norm == Registry) return RegistryEncode(s, errors);
        return Codecs.Encode(s, CodecsName, errors);
    }

    public string Decode(byte[] b, string errors, bool final = true)
    {
        if (_norm == Registry) return RegistryDecode(b, errors, final);
        if (b.Length == 0) return "";
        if (IsUtf8 && errors == "strict")
        {
            try { return StrictUtf8.GetString(b); }
            catch (DecoderFallbackException) { }
        }
        if (_norm == "cp1252") return Cp1252.Decode(b, errors);
        return Codecs.Decode(b, CodecsName, errors);
    }

    /// <summary>How many leading bytes of a chunk form complete characters (the rest waits for more data).</summary>
    public int CompleteLength(byte[] b)
    {
        int n = b.Length;
        switch (Unit)
        {
            case 2:
            {
                n -= n % 2;
                if (n >= 2)
                {
                    int hi = BigEndian ? b[n - 2] : b[n - 1];
                    if (hi >= 0xD8 && hi <= 0xDB) n -= 2;
                }
                return n;
            }
            case 4: return n - n % 4;
        }
        if (!IsUtf8) return n;
        // Back off over an incomplete trailing UTF-8 sequence (at most 3 bytes).
        for (int back = 1; back <= Math.Min(3, n); back++)
        {
            byte c = b[n - back];
            if ((c & 0xC0) == 0x80) continue;
            int need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
            return need > back ? n - back : n;
        }
        return n;
    }

    /// <summary>The encoded size of decoded text (for tell()).</summary>
    public long ByteCount(string s, string errors)
    {
        if (s.Length == 0) return 0;
        switch (Unit)
        {
            case 2: return s.Length * 2L;
            case 4: return s.Length * 4L - CountSurrogatePairs(s) * 4L;
        }
        if (_norm == Registry)
        {
            var encoded = Ops.Call(Ops.GetItem(_info!, PyInt.From(0)), new PyStr(s), new PyStr(errors));
            return encoded is PyTuple { Count: 2 } pair && pair.Items[0] is PyBytes b ? b.Value.Length : s.Length;
        }
        if (!IsUtf8) return s.Length;
        try { return StrictUtf8.GetByteCount(s); }
        catch (EncoderFallbackException) { return Codecs.Encode(s, "utf-8", errors == "strict" ? "surrogateescape" : errors).Length; }
    }

    private static int CountSurrogatePairs(string s)
    {
        int n = 0;
        for (int i = 0; i + 1 < s.Length; i++)
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1])) { n++; i++; }
        return n;
    }
}

/// <summary>Windows-1252: Latin-1 with printable characters in 0x80..0x9F (five bytes undefined).</summary>
internal static class Cp1252
{
    private static readonly string High =
        "\u20AC\uFFFE\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\uFFFE\u017D\uFFFE" +
        "\uFFFE\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\uFFFE\u017E\u0178";

    public static string Decode(byte[] b, string errors)
    {
        var sb = new StringBuilder(b.Length);
        for (int i = 0; i < b.Length; i++)
        {
            int c = b[i];
            char ch = c >= 0x80 && c < 0xA0 ? High[c - 0x80] : (char)c;
            if (ch == '\uFFFE')
            {
                switch (errors)
                {
                    case "ignore": continue;
                    case "replace": sb.Append('\uFFFD'); continue;
                    case "surrogateescape": sb.Append((char)(0xDC00 + c)); continue;
                }
                var e = new PyBaseException(PyExc.UnicodeDecodeError, new PyStr("charmap"), new PyBytes(b), PyInt.From(i), PyInt.From(i + 1),
                    new PyStr("character maps to <undefined>"));
                throw new PythonException(e);
            }
            sb.Append(ch);
        }
        return sb.ToString();
    }

    public static byte[] Encode(string s, string errors)
    {
        var r = new List<byte>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char ch = s[i];
            if (ch < 0x80 || ch >= 0xA0 && ch <= 0xFF) { r.Add((byte)ch); continue; }
            int idx = High.IndexOf(ch);
            if (idx >= 0 && ch != '\uFFFE') { r.Add((byte)(0x80 + idx)); continue; }
            switch (errors)
            {
                case "ignore": continue;
                case "replace": r.Add((byte)'?'); continue;
                case "xmlcharrefreplace": foreach (var c in $"&#{char.ConvertToUtf32(s, i)};") r.Add((byte)c); if (char.IsHighSurrogate(ch)) i++; continue;
                case "backslashreplace": foreach (var c in ch < 0x100 ? $"\\x{(int)ch:x2}" : $"\\u{(int)ch:x4}") r.Add((byte)c); continue;
                case "surrogateescape" when ch >= 0xDC80 && ch <= 0xDCFF: r.Add((byte)(ch - 0xDC00)); continue;
            }
            var e = new PyBaseException(PyExc.UnicodeEncodeError, new PyStr("charmap"), new PyStr(s), PyInt.From(i), PyInt.From(i + 1),
                new PyStr("character maps to <undefined>"));
            throw new PythonException(e);
        }
        return r.ToArray();
    }
}
