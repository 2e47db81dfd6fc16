namespace Sharpy.Syntax.Text;

/// <summary>
/// Maps between character indexes of a source string and CPython positions (1-based line, UTF-8 byte
/// column), and converts UTF-8 byte columns to the 1-based character offsets SyntaxError reports.
/// Lines end at <c>\n</c> (use it on the tokenizer's <c>Source</c>, whose newlines are translated).
/// </summary>
public sealed class LineIndex
{
    private readonly string _text;
    private readonly int[] _lineStarts;

    public LineIndex(string text)
    {
        _text = text;
        var starts = new List<int> { 0 };
        for (int i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
            starts.Add(i + 1);
        _lineStarts = starts.ToArray();
    }

    public int LineCount => _lineStarts.Length;

    /// <summary>Character index where 1-based <paramref name="line"/> starts (clamped to the text).</summary>
    public int LineStart(int line) =>
        line < 1 ? 0 : line > _lineStarts.Length ? _text.Length : _lineStarts[line - 1];

    /// <summary>The text of 1-based <paramref name="line"/>, with its newline when asked.</summary>
    public string GetLine(int line, bool includeNewline = true)
    {
        if (line < 1 || line > _lineStarts.Length) return "";
        int start = _lineStarts[line - 1];
        int end = line < _lineStarts.Length ? _lineStarts[line] : _text.Length;
        if (!includeNewline && end > start && _text[end - 1] == '\n') end--;
        return _text.Substring(start, end - start);
    }

    /// <summary>Character index → (1-based line, UTF-8 byte column).</summary>
    public (int Line, int Utf8Col) GetPosition(int charIndex)
    {
        int idx = Array.BinarySearch(_lineStarts, charIndex);
        int line = idx >= 0 ? idx : ~idx - 1;
        int start = _lineStarts[line];
        return (line + 1, Utf8Length(_text.AsSpan(start, charIndex - start)));
    }

    /// <summary>(1-based line, UTF-8 byte column) → character index (clamped to the line).</summary>
    public int GetIndex(int line, int utf8Col)
    {
        int start = LineStart(line);
        return start + Utf8ColToCharCol(_text.AsSpan(start, LineEnd(line) - start), utf8Col);
    }

    private int LineEnd(int line) => line < _lineStarts.Length ? _lineStarts[line] : _text.Length;

    /// <summary>UTF-8 byte length of a UTF-16 span (lone surrogates count 3 bytes, as "surrogatepass").</summary>
    public static int Utf8Length(ReadOnlySpan<char> s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c < 0x80) n++;
            else if (c < 0x800) n += 2;
            else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { n += 4; i++; }
            else n += 3;
        }
        return n;
    }

    /// <summary>UTF-8 byte column → UTF-16 index within <paramref name="line"/> (a column inside a character
    /// rounds up past it; past the end clamps to the end).</summary>
    public static int Utf8ColToCharCol(ReadOnlySpan<char> line, int utf8Col)
    {
        int bytes = 0, i = 0;
        while (i < line.Length && bytes < utf8Col)
        {
            char c = line[i];
            if (c < 0x80) { bytes++; i++; }
            else if (c < 0x800) { bytes += 2; i++; }
            else if (char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1])) { bytes += 4; i += 2; }
            else { bytes += 3; i++; }
        }
        return i;
    }

    /// <summary>
    /// CPython 3.11: Parser/pegen.c _PyPegen_byte_offset_to_character_offset — the number of code points
    /// in the first <paramref name="byteOffset"/> UTF-8 bytes of <paramref name="line"/> (a partly covered
    /// character counts). Pass <c>col_offset + 1</c> to get SyntaxError.offset for a token.
    /// </summary>
    public static int ByteOffsetToCharacterOffset(string line, int byteOffset)
    {
        int bytes = 0, count = 0;
        int total = Utf8Length(line);
        if (byteOffset > total + 1) byteOffset = total + 1;
        for (int i = 0; i < line.Length && bytes < byteOffset; i++)
        {
            char c = line[i];
            if (c < 0x80) bytes++;
            else if (c < 0x800) bytes += 2;
            else if (char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1])) { bytes += 4; i++; }
            else bytes += 3;
            count++;
        }
        // C reads past the end into the terminating NUL, which decodes as one more character.
        if (bytes < byteOffset) count++;
        return count;
    }
}
