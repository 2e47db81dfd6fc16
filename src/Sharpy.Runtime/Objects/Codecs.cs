using System.Text;

namespace Sharpy.Runtime.Objects;

/// <summary>
/// Native codecs (utf-8, ascii, latin-1, utf-16/32) with the built-in error handlers inline and any other handler
/// looked up in the registry only when an error occurs, as CPython does; other encodings go through the registry.
/// </summary>
public static partial class Codecs
{
    public static string Normalize(string enc) => enc.ToLowerInvariant().Replace('_', '-') switch
    {
        "utf8" or "utf-8" or "u8" or "cp65001" => "utf-8",
        "ascii" or "us-ascii" or "646" => "ascii",
        "latin-1" or "latin1" or "iso-8859-1" or "iso8859-1" or "l1" or "8859" or "cp819" => "latin-1",
        "utf-16" or "utf16" => "utf-16",
        "utf-16-le" or "utf-16le" => "utf-16-le",
        "utf-16-be" or "utf-16be" => "utf-16-be",
        "utf-32" or "utf32" => "utf-32",
        "utf-32-le" or "utf-32le" => "utf-32-le",
        "utf-32-be" or "utf-32be" => "utf-32-be",
        var other => other,
    };

    public static byte[] Encode(string s, string encoding, string errors)
    {
        var enc = Normalize(encoding);
        switch (enc)
        {
            case "utf-8":
                return HasLoneSurrogate(s) ? EncodeWithSurrogates(s, enc, encoding, errors) : Encoding.UTF8.GetBytes(s);
            case "ascii":
            case "latin-1":
            {
                int limit = enc == "ascii" ? 0x80 : 0x100;
                var bytes = new List<byte>(s.Length);
                var ps = new PyStr(s);
                for (int i = 0; i < ps.Length; i++)
                {
                    int cp = ps.CodePointAt(i);
                    if (cp >= limit && errors is not ("strict" or "ignore" or "replace" or "backslashreplace" or "xmlcharrefreplace" or "surrogateescape"))
                    {
                        // A handler from the codecs registry (namereplace, or one the program registered).
                        int badEnd = i + 1;
                        while (badEnd < ps.Length && ps.CodePointAt(badEnd) >= limit) badEnd++;
                        i = CallEncodeErrorHandler(errors, enc == "ascii" ? "ascii" : "latin-1", ps, i, badEnd,
                            "ordinal not in range(" + limit + ")", bytes, encoding) - 1;
                        continue;
                    }
                    if (cp < limit) { bytes.Add((byte)cp); continue; }
                    switch (errors)
                    {
                        case "ignore": continue;
                        case "replace": bytes.Add((byte)'?'); continue;
                        case "backslashreplace":
                            foreach (var ch in cp < 0x100 ? $"\\x{cp:x2}" : cp < 0x10000 ? $"\\u{cp:x4}" : $"\\U{cp:x8}") bytes.Add((byte)ch);
                            continue;
                        case "xmlcharrefreplace":
                            foreach (var ch in $"&#{cp};") bytes.Add((byte)ch);
                            continue;
                        case "surrogateescape" when cp >= 0xDC80 && cp <= 0xDCFF:
                            bytes.Add((byte)(cp - 0xDC00));
                            continue;
                    }
                    int end = i + 1;
                    while (end < ps.Length && ps.CodePointAt(end) >= limit) end++;
                    throw UnicodeError("encode", enc == "ascii" ? "ascii" : "latin-1", s, i, "ordinal not in range(" + limit + ")", end);
                }
                return bytes.ToArray();
            }
            case "utf-16" or "utf-16-le" or "utf-16-be" or "utf-32" or "utf-32-le" or "utf-32-be" when HasLoneSurrogate(s):
                return EncodeWithSurrogates(s, enc, encoding, errors);
            case "utf-16": return [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(s)];
            case "utf-16-le": return Encoding.Unicode.GetBytes(s);
            case "utf-16-be": return Encoding.BigEndianUnicode.GetBytes(s);
            case "utf-32": return [0xFF, 0xFE, 0, 0, .. Encoding.UTF32.GetBytes(s)];
            case "utf-32-le": return Encoding.UTF32.GetBytes(s);
            case "utf-32-be": return new UTF32Encoding(true, false).GetBytes(s);
        }
        return RegistryEncode(s, encoding, errors);
    }

    // Encodings without a native implementation (unicode_escape, cp1252, a codec registered by the program, ...) go
    // through the codec registry, as CPython's str.encode does. CPython 3.11: Objects/unicodeobject.c
    // PyUnicode_AsEncodedString, Python/codecs.c _PyCodec_LookupTextEncoding.
    private static PyObject LookupTextEncoding(string encoding, string alternative)
    {
        var rt = Hosting.PythonRuntime.Current;
        var codecs = rt.Importer!.Import("_codecs", PyNone.Instance, PyNone.Instance, 0);
        var info = Ops.Call(Ops.GetAttr(codecs, PyStr.Intern("lookup")), new PyStr(encoding));
        if (Ops.TryGetAttr(info, PyStr.Intern("_is_text_encoding"), out var isText) && !Ops.IsTrue(isText))
            throw new PythonException(PyExc.Create(PyExc.ByName["LookupError"],
                $"'{encoding}' is not a text encoding; use {alternative} to handle arbitrary codecs"));
        return info;
    }

    /// <summary>
    /// Calls a codec's encoder or decoder. An exception that carries only a message comes out re-created as
    /// "encoding with 'X' codec failed (Type: message)", chained to the original, as CPython 3.11 does
    /// (Python/codecs.c wrap_codec_error; the test itself is lib/_codecs.py _wrap_codec_error).
    /// </summary>
    private static PyObject CallCodec(PyObject function, PyObject input, string errors, string operation, string encoding)
    {
        try
        {
            return Ops.Call(function, input, new PyStr(errors));
        }
        catch (PythonException e)
        {
            var raised = WrapCodecFailure(e, operation, encoding);
            if (ReferenceEquals(raised, e)) throw;
            throw raised;
        }
    }

    /// <summary>The exception to raise for <paramref name="e"/> escaping a codec: re-created with the codec named and
    /// chained to the original, or <paramref name="e"/> itself when it carries more than a message.</summary>
    private static PythonException WrapCodecFailure(PythonException e, string operation, string encoding)
    {
        var codecs = Hosting.PythonRuntime.Current.Importer!.Import("_codecs", PyNone.Instance, PyNone.Instance, 0);
        var wrapped = Ops.Call(Ops.GetAttr(codecs, PyStr.Intern("_wrap_codec_error")), e.Value, new PyStr(operation), new PyStr(encoding));
        if (wrapped is not PyBaseException replacement) return e;
        replacement.Cause = e.Value;
        replacement.Context = e.Value;
        replacement.SuppressContext = true;
        return new PythonException(replacement);
    }

    private static byte[] RegistryEncode(string s, string encoding, string errors)
    {
        var info = LookupTextEncoding(encoding, "codecs.encode()");
        var result = CallCodec(Ops.GetItem(info, PyInt.From(0)), new PyStr(s), errors, "encoding", encoding);
        if (result is not PyTuple { Count: 2 } pair)
            throw new PythonException(PyExc.TypeError("encoder must return a tuple (object, integer)"));
        return pair.Items[0] switch
        {
            PyBytes b => b.Value,
            PyByteArray ba => ba.Value.ToArray(),  // CPython accepts a bytearray with a DeprecationWarning
            var other => throw new PythonException(PyExc.TypeError(
                $"'{encoding}' encoder returned '{other.Type.Name}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types")),
        };
    }

    private static string RegistryDecode(byte[] b, string encoding, string errors)
    {
        var info = LookupTextEncoding(encoding, "codecs.decode()");
        var result = CallCodec(Ops.GetItem(info, PyInt.From(1)), new PyBytes(b), errors, "decoding", encoding);
        if (result is not PyTuple { Count: 2 } pair)
            throw new PythonException(PyExc.TypeError("decoder must return a tuple (object,integer)"));
        return pair.Items[0] is PyStr str ? str.Value
            : throw new PythonException(PyExc.TypeError(
                $"'{encoding}' decoder returned '{pair.Items[0].Type.Name}' instead of 'str'; use codecs.decode() to decode to arbitrary types"));
    }

    public static string Decode(byte[] b, string encoding, string errors)
    {
        var enc = Normalize(encoding);
        switch (enc)
        {
            case "utf-8":
            {
                var sb = new StringBuilder(b.Length);
                int i = 0;
                while (i < b.Length)
                {
                    byte c = b[i];
                    if (c < 0x80) { sb.Append((char)c); i++; continue; }
                    int bad = Utf8InvalidLength(b, i, out string reason);
                    if (bad == 0)
                    {
                        int need = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
                        int cp = need == 3 ? c & 0x07 : need == 2 ? c & 0x0F : c & 0x1F;
                        for (int j = 1; j <= need; j++) cp = (cp << 6) | (b[i + j] & 0x3F);
                        PyStr.AppendCodePoint(sb, cp);
                        i += need + 1;
                        continue;
                    }
                    switch (errors)
                    {
                        case "ignore": i += bad; continue;
                        case "replace": sb.Append('\uFFFD'); i += bad; continue;
                        case "surrogateescape": for (int k = 0; k < bad; k++) sb.Append((char)(0xDC00 + b[i + k])); i += bad; continue;
                        case "backslashreplace": for (int k = 0; k < bad; k++) sb.Append($"\\x{b[i + k]:x2}"); i += bad; continue;
                        case "surrogatepass" when c == 0xED && i + 2 < b.Length && b[i + 1] is >= 0xA0 and <= 0xBF && (b[i + 2] & 0xC0) == 0x80:
                            // The three-byte form of a surrogate code point.
                            sb.Append((char)(0xD000 | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F)));
                            i += 3;
                            continue;
                    }
                    if (IsBuiltinHandler(errors)) throw DecodeError("utf-8", b, i, i + bad, reason);
                    i = CallDecodeErrorHandler(errors, "utf-8", b, i, i + bad, reason, sb, encoding);
                }
                return sb.ToString();
            }
            case "ascii":
            {
                var sb = new StringBuilder(b.Length);
                for (int i = 0; i < b.Length; i++)
                {
                    if (b[i] < 0x80) { sb.Append((char)b[i]); continue; }
                    switch (errors)
                    {
                        case "ignore": continue;
                        case "replace": sb.Append('\uFFFD'); continue;
                        case "surrogateescape": sb.Append((char)(0xDC00 + b[i])); continue;
                        case "backslashreplace": sb.Append($"\\x{b[i]:x2}"); continue;
                    }
                    if (IsBuiltinHandler(errors)) throw DecodeError("ascii", b, i, i + 1, "ordinal not in range(128)");
                    i = CallDecodeErrorHandler(errors, "ascii", b, i, i + 1, "ordinal not in range(128)", sb, encoding) - 1;
                }
                return sb.ToString();
            }
            case "latin-1": return Encoding.Latin1.GetString(b);
            case "utf-16" or "utf-16-le" or "utf-16-be" or "utf-32" or "utf-32-le" or "utf-32-be":
                return WideUnicodeDecoder.Decode(b, enc, errors, (name, data, start, end, reason, sb) =>
                    IsBuiltinHandler(errors) ? throw DecodeError(name, data, start, end, reason)
                        : CallDecodeErrorHandler(errors, name, data, start, end, reason, sb, encoding));
        }
        return RegistryDecode(b, encoding, errors);
    }

    private static PythonException UnicodeError(string what, string enc, string s, int start, string reason, int end = -1)
    {
        if (end < 0) end = start + 1;
        var e = new PyBaseException(PyExc.UnicodeEncodeError, new PyStr(enc), new PyStr(s), PyInt.From(start), PyInt.From(end), new PyStr(reason));
        e.SetField("encoding", new PyStr(enc)); e.SetField("object", new PyStr(s));
        e.SetField("start", PyInt.From(start)); e.SetField("end", PyInt.From(end)); e.SetField("reason", new PyStr(reason));
        return new PythonException(e);
    }

    private static PythonException DecodeError(string enc, byte[] b, int start, int end, string reason)
    {
        var e = new PyBaseException(PyExc.UnicodeDecodeError, new PyStr(enc), new PyBytes(b), PyInt.From(start), PyInt.From(end), new PyStr(reason));
        e.SetField("encoding", new PyStr(enc)); e.SetField("object", new PyBytes(b));
        e.SetField("start", PyInt.From(start)); e.SetField("end", PyInt.From(end)); e.SetField("reason", new PyStr(reason));
        return new PythonException(e);
    }

    /// <summary>
    /// 0 when a valid UTF-8 sequence starts at <paramref name="i"/>, else the length of its maximal
    /// invalid prefix, which one error replaces. CPython 3.11: Objects/stringlib/codecs.h utf8_decode
    /// (E0/ED/F0/F4 restrict their second byte; overlong forms and surrogates are invalid starts).
    /// </summary>
    private static int Utf8InvalidLength(byte[] b, int i, out string reason)
    {
        byte c = b[i];
        reason = "";
        if (c < 0xC2 || c > 0xF4) { reason = "invalid start byte"; return 1; }
        int need = c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
        int lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
        int hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
        for (int k = 1; k <= need; k++)
        {
            if (i + k >= b.Length) { reason = "unexpected end of data"; return k; }
            byte d = b[i + k];
            if (k == 1 ? d < lo || d > hi : (d & 0xC0) != 0x80) { reason = "invalid continuation byte"; return k; }
        }
        return 0;
    }
}
