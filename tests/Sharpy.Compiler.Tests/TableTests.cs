using Sharpy.Bytecode.Code;
using Sharpy.Bytecode.Opcodes;

namespace Sharpy.Compiler.Tests;

public sealed class TableTests
{
    [Fact]
    public void ExceptionTableRoundTrips()
    {
        var entries = new[]
        {
            new ExceptionTableEntry(0, 3, 10, 0, false),
            new ExceptionTableEntry(3, 300, 70000, 5, true),
            new ExceptionTableEntry(400, 401, 2, 1, false),
        };
        var decoded = ExceptionTable.Decode(ExceptionTable.Encode(entries));
        Assert.Equal(entries, decoded);
        Assert.Equal(entries[1], ExceptionTable.Find(decoded, 299));
        Assert.Null(ExceptionTable.Find(decoded, 300));
        Assert.Equal(entries[2], ExceptionTable.Find(decoded, 400));
    }

    [Fact]
    public void MalformedTablesThrowFormatException()
    {
        Assert.Throws<FormatException>(() => ExceptionTable.Decode(new byte[] { 0x80 }));
        Assert.Throws<FormatException>(() => LocationTable.Decode(new byte[] { 1, 0x80 }, 4, 1));
    }

    [Fact]
    public void LocationTableRoundTrips()
    {
        var locations = new[]
        {
            new SourceLocation(1, 1, 0, 5), new SourceLocation(1, 1, 0, 5), new SourceLocation(3, 4, 2, 0),
            SourceLocation.None, new SourceLocation(2, 2, -1, -1), new SourceLocation(100000, 100002, 300, 4000),
        };
        byte[] table = LocationTable.Encode(locations, 1);
        Assert.Equal(locations, LocationTable.Decode(table, locations.Length, 1));
        Assert.Equal(3, LocationTable.LineOf(table, 2, 1));
        Assert.Equal(-1, LocationTable.LineOf(table, 3, 1));
        Assert.Equal(100000, LocationTable.LineOf(table, 5, 1));
    }

    [Fact]
    public void CompiledLineNumbersFollowStatements()
    {
        var code = TestCompiler.Compile("a = 1\n\nb = 2\n");
        var lines = LocationTable.Decode(code.LineTable, code.Code.Length / 2, code.FirstLineNo).Select(l => l.Line).Distinct().ToArray();
        Assert.Equal(new[] { 1, 3 }, lines);
    }

    [Fact]
    public void OpcodeTableMatchesCPythonNumbering()
    {
        Assert.Equal(90, OpcodeTable.HaveArgument);
        Assert.Equal("LOAD_FAST", OpcodeTable.NameOf(Opcode.LOAD_FAST));
        Assert.Equal(124, (int)Opcode.LOAD_FAST);
        Assert.Equal(171, (int)Opcode.CALL);
        Assert.False(OpcodeTable.IsDefined(0));
        Assert.Equal(ArgKind.Jump, OpcodeTable.KindOf(Opcode.FOR_ITER));
        Assert.Equal(-3, OpcodeTable.StackEffect(Opcode.CALL, 2, false));
        Assert.Equal(-1, OpcodeTable.StackEffect(Opcode.FOR_ITER, 5, true));
        Assert.Equal(-3, OpcodeTable.StackEffect(Opcode.MAKE_FUNCTION, 0x0B, false));
        foreach (Opcode op in Enum.GetValues<Opcode>())
            Assert.Equal((byte)op >= 90, OpcodeTable.HasArgument(op));
    }
}
