using System.Text;
using Sharpy.Syntax.Diagnostics;

namespace Sharpy.Syntax.Text;

/// <summary>Where source bytes come from; CPython words decoding errors differently for each.</summary>
public enum SourceOrigin
{
    /// <summary>A script file read by the interpreter (Parser/tokenizer.c, file input).</summary>
    File,
    /// <summary><c>compile(bytes, ...)</c>, <c>exec(bytes)</c> and imports (Parser/tokenizer.c decode_str).</summary>
    CompileBytes,
}

/// <summary>
/// Turns source bytes into text the way CPython 3.11 does: UTF-8 BOM, PEP 263 coding cookie on line 1
/// or 2, UTF-8 by default, CPython's error messages.
/// <para>
/// Errors CPython raises without a location (<c>lineno is None</c>) are thrown with
/// <see cref="SyntaxErrorException.Lineno"/> 0, offset 0 and a null text; <c>compile()</c>'s
/// "unknown encoding" error really has lineno 0 and offset -1.
/// </para>
/// </summary>
public static class SourceDecoder
{
    static SourceDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Decodes a script file's bytes (see <see cref="Decode(byte[], string, SourceOrigin)"/>).</summary>
    public static string Decode(byte[] bytes, string filename) => Decode(bytes, filename, SourceOrigin.File);

    /// <summary>
    /// Decodes source bytes; throws <see cref="SyntaxErrorException"/> as CPython would. The result is
    /// the text as written (newlines untranslated, BOM removed); the tokenizer translates newlines.
    /// </summary>
    public static string Decode(byte[] bytes, string filename, SourceOrigin origin)
    {
        ReadOnlySpan<byte> data = bytes;
        bool bom = data.Length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF;
        if (bom) data = data[3..];

        if (origin == SourceOrigin.CompileBytes && data.IndexOf((byte)0) >= 0)
            throw NoLocation("source code string cannot contain null bytes", filename);

        string? cookie = FindCookie(data, out _);
        Encoding? encoding = null;
        if (cookie != null)
        {
            if (bom && cookie != "utf-8")
            {
                if (origin == SourceOrigin.File) throw NoLocation($"encoding problem: {cookie} with BOM", filename);
                throw new SyntaxErrorException("SyntaxError", $"encoding problem: {cookie} with BOM", filename, 0, -1, null, 0, 0);
            }
            if (cookie != "utf-8")
            {
                encoding = LookupEncoding(cookie);
                if (encoding == null)
                {
                    if (origin == SourceOrigin.File) throw NoLocation($"encoding problem: {cookie}", filename);
                    throw new SyntaxErrorException("SyntaxError", $"unknown encoding: {cookie}", filename, 0, -1, null, 0, 0);
                }
            }
        }

        string text;
        if (encoding == null)
        {
            text = DecodeUtf8(data, filename, origin, bom);
        }
        else
        {
            try
            {
                text = encoding.GetString(data);
            }
            catch (DecoderFallbackException e)
            {
                if (origin == SourceOrigin.File) throw NoLocation($"encoding problem: {cookie}", filename);
                throw CodecError(data, e, cookie!, encoding, filename);
            }
        }
        if (origin == SourceOrigin.File) CheckNullBytesInFile(text, filename);
        return text;
    }

    /// <summary>compile(bytes) with a declared encoding that cannot decode the bytes: Python's
    /// UnicodeDecodeError text, positions counted after newline translation, no location.</summary>
    private static SyntaxErrorException CodecError(ReadOnlySpan<byte> data, DecoderFallbackException e, string cookie,
        Encoding encoding, string filename)
    {
        int index = Math.Clamp(e.Index, 0, data.Length);
        int crlf = 0;
        for (int i = 0; i + 1 < index; i++)
            if (data[i] == '\r' && data[i + 1] == '\n') crlf++;
        byte bad = e.BytesUnknown is { Length: > 0 } unknown ? unknown[0] : data[Math.Min(index, data.Length - 1)];
        var (codec, reason) = encoding.CodePage == 20127 ? ("ascii", "ordinal not in range(128)")
            : encoding.IsSingleByte ? ("charmap", "character maps to <undefined>")
            : (cookie, "illegal multibyte sequence");
        return new SyntaxErrorException("SyntaxError",
            $"'{codec}' codec can't decode byte 0x{bad:x2} in position {index - crlf}: {reason}", filename, 0, -1, null, 0, 0);
    }

    /// <summary>
    /// <c>compile(str)</c>: CPython rejects a source string containing U+0000 before tokenizing.
    /// Returns the error to raise, or null.
    /// </summary>
    public static SyntaxErrorException? CheckNullCharacters(string source, string filename) =>
        source.Contains('\0') ? NoLocation("source code string cannot contain null bytes", filename) : null;

    /// <summary>
    /// The normalized encoding name from a PEP 263 cookie on line 1 or 2 (line 2 only when line 1 is
    /// blank or a comment), or null. CPython 3.11: Parser/tokenizer.c get_coding_spec, get_normal_name.
    /// </summary>
    public static string? FindCookie(ReadOnlySpan<byte> data, out int line)
    {
        line = 0;
        int nl1 = data.IndexOf((byte)'\n');
        int cr1 = data.IndexOf((byte)'\r');
        // CPython translates newlines first; a bare '\r' ends a line too.
        if (cr1 >= 0 && (nl1 < 0 || cr1 < nl1)) nl1 = cr1;
        ReadOnlySpan<byte> first = nl1 >= 0 ? data[..nl1] : data;
        string? spec = GetCodingSpec(first, out bool onlyComment);
        if (spec != null) { line = 1; return spec; }
        if (!onlyComment || nl1 < 0) return null;
        int start = nl1 + 1;
        if (data[nl1] == '\r' && start < data.Length && data[start] == '\n') start++;
        ReadOnlySpan<byte> rest = data[start..];
        int nl2 = rest.IndexOfAny((byte)'\n', (byte)'\r');
        ReadOnlySpan<byte> second = nl2 >= 0 ? rest[..nl2] : rest;
        spec = GetCodingSpec(second, out _);
        if (spec != null) line = 2;
        return spec;
    }

    private static string? GetCodingSpec(ReadOnlySpan<byte> s, out bool blankOrComment)
    {
        // The spec must be in a comment that is the only thing on the line. CPython scans the line
        // including its newline, hence "size - 6" over line+1 bytes.
        int size = s.Length + 1;
        int i = 0;
        blankOrComment = true;
        for (; i < s.Length; i++)
        {
            if (s[i] == '#') break;
            if (s[i] != ' ' && s[i] != '\t' && s[i] != '\f')
            {
                blankOrComment = false;
                return null;
            }
        }
        for (; i < size - 6; i++)
        {
            if (i + 6 > s.Length || !s.Slice(i, 6).SequenceEqual("coding"u8)) continue;
            int t = i + 6;
            if (t >= s.Length || (s[t] != ':' && s[t] != '=')) continue;
            do { t++; } while (t < s.Length && (s[t] == ' ' || s[t] == '\t'));
            int begin = t;
            while (t < s.Length && (char.IsAsciiLetterOrDigit((char)s[t]) || s[t] == '-' || s[t] == '_' || s[t] == '.'))
                t++;
            if (begin < t) return NormalName(Encoding.ASCII.GetString(s[begin..t]));
        }
        return null;
    }

    private static string NormalName(string s)
    {
        // CPython 3.11: get_normal_name looks at the first 12 characters only.
        var buf = new StringBuilder(12);
        for (int i = 0; i < s.Length && i < 12; i++)
            buf.Append(s[i] == '_' ? '-' : char.ToLowerInvariant(s[i]));
        string b = buf.ToString();
        if (b == "utf-8" || b.StartsWith("utf-8-", StringComparison.Ordinal)) return "utf-8";
        if (b is "latin-1" or "iso-8859-1" or "iso-latin-1" || b.StartsWith("latin-1-", StringComparison.Ordinal)
            || b.StartsWith("iso-8859-1-", StringComparison.Ordinal) || b.StartsWith("iso-latin-1-", StringComparison.Ordinal))
            return "iso-8859-1";
        return s;
    }

    /// <summary>Python codec name → strict .NET encoding, or null when Python would not know it.</summary>
    public static Encoding? LookupEncoding(string name)
    {
        // Python's codecs normalise case, '-', '_' and spaces.
        string n = name.ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
        string? dotnet = n switch
        {
            "utf-8" or "utf8" or "u8" or "utf" or "cp65001" => "utf-8",
            "iso-8859-1" or "latin-1" or "latin1" or "l1" or "iso8859-1" or "8859" or "cp819" or "latin" or "iso-ir-100" => "latin1",
            "ascii" or "us-ascii" or "646" or "us" => "us-ascii",
            "utf-16" or "utf16" => "utf-16",
            "utf-16-le" or "utf-16le" => "utf-16LE",
            "utf-16-be" or "utf-16be" => "utf-16BE",
            "utf-32" or "utf32" => "utf-32",
            "utf-32-le" or "utf-32le" => "utf-32LE",
            "utf-32-be" or "utf-32be" => "utf-32BE",
            "cp1252" or "windows-1252" or "1252" => "windows-1252",
            "cp1251" or "windows-1251" or "1251" => "windows-1251",
            "cp1250" or "windows-1250" or "1250" => "windows-1250",
            "koi8-r" or "koi8r" => "koi8-r",
            "koi8-u" or "koi8u" => "koi8-u",
            "shift-jis" or "sjis" or "shiftjis" or "s-jis" => "shift_jis",
            "euc-jp" or "eucjp" => "euc-jp",
            "gb2312" or "euc-cn" or "euccn" => "gb2312",
            "gbk" or "cp936" => "gbk",
            "big5" or "big5-tw" => "big5",
            "euc-kr" or "euckr" => "euc-kr",
            "cp437" or "437" or "ibm437" => "ibm437",
            "cp850" or "850" or "ibm850" => "ibm850",
            _ => null,
        };
        if (dotnet == null)
        {
            if (n.StartsWith("iso8859-", StringComparison.Ordinal)) dotnet = "iso-8859-" + n[8..];
            else if (n.StartsWith("iso-8859-", StringComparison.Ordinal)) dotnet = n;
            else if (n.StartsWith("latin-", StringComparison.Ordinal)) return null;
            else if (n.StartsWith("cp", StringComparison.Ordinal) && int.TryParse(n.AsSpan(2), out int cp)) dotnet = cp.ToString();
            else if (n.StartsWith("windows-", StringComparison.Ordinal)) dotnet = n;
            else return null;
        }
        try
        {
            Encoding e = int.TryParse(dotnet, out int page)
                ? Encoding.GetEncoding(page, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
                : Encoding.GetEncoding(dotnet, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            return e;
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> data, string filename, SourceOrigin origin, bool bom)
    {
        int bad = Utf8Validation.FindInvalid(data, out _, out _);
        if (bad < 0) return Encoding.UTF8.GetString(data);

        if (origin == SourceOrigin.File && !bom)
        {
            int line = 1;
            for (int i = 0; i < bad; i++)
                if (data[i] == '\n') line++;
            throw NoLocation($"Non-UTF-8 code starting with '\\x{data[bad]:x2}' in file {filename} on line {line}, " +
                "but no encoding declared; see https://peps.python.org/pep-0263/ for details", filename);
        }

        // compile(bytes) (and BOM-marked files): CPython decodes token by token, so undecodable bytes in
        // comments are never looked at; elsewhere the error names a position within the token.
        var sb = new StringBuilder(data.Length);
        int pos = 0;
        while (true)
        {
            int rel = Utf8Validation.FindInvalid(data[pos..], out int relEnd, out string reason);
            if (rel < 0)
            {
                sb.Append(Encoding.UTF8.GetString(data[pos..]));
                return sb.ToString();
            }
            int abs = pos + rel;
            int lineStart = data[..abs].LastIndexOf((byte)'\n') + 1;
            if (!InComment(data, lineStart, abs)) throw TokenDecodeError(data, abs, pos + relEnd, reason, lineStart, filename);
            sb.Append(Encoding.UTF8.GetString(data[pos..abs])).Append('\uFFFD');
            pos += relEnd;
        }
    }

    private static SyntaxErrorException TokenDecodeError(ReadOnlySpan<byte> data, int bad, int errEnd, string reason,
        int lineStart, string filename)
    {
        int line = 1;
        for (int i = 0; i < lineStart; i++)
            if (data[i] == '\n') line++;
        // Approximate the token start: the opening quote or the start of the word.
        int tokenStart = bad;
        while (tokenStart > lineStart)
        {
            byte p = data[tokenStart - 1];
            if (p < 0x80 && !char.IsAsciiLetterOrDigit((char)p) && p != '_') break;
            tokenStart--;
        }
        // A sequence cut short by a character that ends the token is "unexpected end of data" there.
        if (reason == "invalid continuation byte" && errEnd < data.Length && data[errEnd] < 0x80
            && !char.IsAsciiLetterOrDigit((char)data[errEnd]) && data[errEnd] != '_')
            reason = "unexpected end of data";
        int position = bad - tokenStart, endPosition = errEnd - tokenStart - 1;
        string what = endPosition > position
            ? $"can't decode bytes in position {position}-{endPosition}"
            : $"can't decode byte 0x{data[bad]:x2} in position {position}";
        int lineEnd = data[lineStart..].IndexOf((byte)'\n');
        ReadOnlySpan<byte> lineBytes = lineEnd < 0 ? data[lineStart..] : data.Slice(lineStart, lineEnd + 1);
        string text = Encoding.UTF8.GetString(lineBytes);
        // CPython decodes a string when the parser has already read the token after it, and reports
        // that token (byte columns + 1); an identifier is reported at the cursor after it (end -1).
        int offset, endOffset;
        byte quote = QuoteAt(data, lineStart, bad);
        int lineLimit = lineStart + lineBytes.Length;
        if (quote != 0)
        {
            int i = bad;
            while (i < lineLimit && data[i] != quote && data[i] != '\n')
                i += data[i] == '\\' ? 2 : 1;
            i = Math.Min(i + 1, lineLimit);
            while (i < lineLimit && (data[i] == ' ' || data[i] == '\t' || data[i] == '\f')) i++;
            int nextStart = i, nextEnd;
            if (i >= lineLimit || data[i] == '\n' || data[i] == '\r')
            {
                nextEnd = nextStart; // NEWLINE: zero width
            }
            else if (data[i] == '#')
            {
                int nl = data[i..lineLimit].IndexOf((byte)'\n');
                nextEnd = nl < 0 ? lineLimit : i + nl;
            }
            else if (data[i] >= 0x80 || char.IsAsciiLetterOrDigit((char)data[i]) || data[i] == '_')
            {
                nextEnd = i;
                while (nextEnd < lineLimit && (data[nextEnd] >= 0x80 || char.IsAsciiLetterOrDigit((char)data[nextEnd]) || data[nextEnd] == '_'))
                    nextEnd++;
            }
            else
            {
                nextEnd = i + 1;
            }
            offset = nextStart - lineStart + 1;
            endOffset = nextEnd - lineStart + 1;
        }
        else
        {
            int i = bad;
            while (i < data.Length && (data[i] >= 0x80 || char.IsAsciiLetterOrDigit((char)data[i]) || data[i] == '_')) i++;
            offset = i - lineStart;
            endOffset = -1;
        }
        return new SyntaxErrorException("SyntaxError", $"(unicode error) 'utf-8' codec {what}: {reason}", filename,
            line, offset, text, line, endOffset);
    }

    /// <summary>The quote of the single-line string literal containing <paramref name="at"/>, or 0.</summary>
    private static byte QuoteAt(ReadOnlySpan<byte> data, int lineStart, int at)
    {
        byte quote = 0;
        for (int i = lineStart; i < at; i++)
        {
            byte b = data[i];
            if (quote != 0)
            {
                if (b == '\\') i++;
                else if (b == quote) quote = 0;
            }
            else if (b == '"' || b == '\'') quote = b;
            else if (b == '#') return 0;
        }
        return quote;
    }

    private static bool InComment(ReadOnlySpan<byte> data, int lineStart, int at)
    {
        // A '#' outside a (single-line) string literal before the byte.
        byte quote = 0;
        for (int i = lineStart; i < at; i++)
        {
            byte b = data[i];
            if (quote != 0)
            {
                if (b == '\\') i++;
                else if (b == quote) quote = 0;
            }
            else if (b == '"' || b == '\'') quote = b;
            else if (b == '#') return true;
        }
        return false;
    }

    private static void CheckNullBytesInFile(string text, string filename)
    {
        int nul = text.IndexOf('\0');
        if (nul < 0) return;
        int line = 1, lineStart = 0;
        for (int i = 0; i < nul; i++)
        {
            if (text[i] == '\n') { line++; lineStart = i + 1; }
        }
        // CPython 3.11 reports the line cut at the NUL, offset 0.
        throw new SyntaxErrorException("SyntaxError", "source code cannot contain null bytes", filename, line, 0,
            text[lineStart..nul], line, 0);
    }

    private static SyntaxErrorException NoLocation(string msg, string filename) =>
        new("SyntaxError", msg, filename, 0, 0, null, 0, 0);
}
