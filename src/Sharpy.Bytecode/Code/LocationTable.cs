namespace Sharpy.Bytecode.Code;

/// <summary>
/// Source position of one instruction, as CPython's <c>co_positions()</c> reports it: a value of -1
/// stands for None. Columns are 0-based UTF-8 byte offsets, as in the AST.
/// </summary>
public readonly record struct SourceLocation(int Line, int EndLine, int Column, int EndColumn)
{
    public static readonly SourceLocation None = new(-1, -1, -1, -1);
}

/// <summary>
/// Encoder and decoder of <see cref="CodeObject.LineTable"/>: one location per CODE UNIT (EXTENDED_ARG
/// prefixes included), stored as runs. Each run is: varint <c>count</c> (units sharing the location),
/// signed varint <c>line - previousLine</c> (previousLine starts at <c>co_firstlineno</c>; line -1 = None),
/// signed varint <c>endLine - line</c>, varint <c>column + 1</c> (0 = None), varint <c>endColumn + 1</c>.
/// </summary>
public static class LocationTable
{
    public static byte[] Encode(IReadOnlyList<SourceLocation> perUnit, int firstLineNo)
    {
        var output = new List<byte>(perUnit.Count);
        int previousLine = firstLineNo;
        int index = 0;
        while (index < perUnit.Count)
        {
            var location = perUnit[index];
            int run = 1;
            while (index + run < perUnit.Count && perUnit[index + run] == location) run++;
            Varint.Write(output, (uint)run);
            Varint.WriteSigned(output, location.Line - previousLine);
            Varint.WriteSigned(output, location.EndLine - location.Line);
            Varint.Write(output, (uint)(location.Column + 1));
            Varint.Write(output, (uint)(location.EndColumn + 1));
            previousLine = location.Line;
            index += run;
        }
        return output.ToArray();
    }

    /// <summary>
    /// Decodes to one location per code unit. Units beyond the table get <see cref="SourceLocation.None"/>;
    /// malformed input throws <see cref="FormatException"/>.
    /// </summary>
    public static SourceLocation[] Decode(ReadOnlySpan<byte> table, int codeUnits, int firstLineNo)
    {
        var result = new SourceLocation[codeUnits];
        Array.Fill(result, SourceLocation.None);
        int position = 0, unit = 0, previousLine = firstLineNo;
        while (position < table.Length)
        {
            int run = Varint.ReadInt(table, ref position);
            int line = previousLine + Varint.ReadSigned(table, ref position);
            int endLine = line + Varint.ReadSigned(table, ref position);
            int column = Varint.ReadInt(table, ref position) - 1;
            int endColumn = Varint.ReadInt(table, ref position) - 1;
            var location = new SourceLocation(line, endLine, column, endColumn);
            for (int i = 0; i < run && unit < codeUnits; i++) result[unit++] = location;
            previousLine = line;
        }
        return result;
    }

    /// <summary>The line of the code unit at <paramref name="unitIndex"/> (-1 for None), without decoding everything.</summary>
    public static int LineOf(ReadOnlySpan<byte> table, int unitIndex, int firstLineNo)
    {
        int position = 0, unit = 0, previousLine = firstLineNo;
        while (position < table.Length)
        {
            int run = Varint.ReadInt(table, ref position);
            int line = previousLine + Varint.ReadSigned(table, ref position);
            Varint.ReadSigned(table, ref position);
            Varint.Read(table, ref position);
            Varint.Read(table, ref position);
            if (unitIndex < unit + run) return line;
            unit += run;
            previousLine = line;
        }
        return -1;
    }
}
