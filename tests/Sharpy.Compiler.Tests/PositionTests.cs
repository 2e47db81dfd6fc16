using Sharpy.Bytecode.Code;
using Sharpy.Bytecode.Disassembly;
using Sharpy.Bytecode.Opcodes;

namespace Sharpy.Compiler.Tests;

/// <summary>Source positions of the instructions tracebacks point at, compared with CPython 3.11's co_positions().</summary>
public sealed class PositionTests
{
    private static readonly HashSet<Opcode> Watched = new()
    {
        Opcode.BINARY_OP, Opcode.CALL, Opcode.BINARY_SUBSCR, Opcode.LOAD_ATTR, Opcode.LOAD_METHOD, Opcode.STORE_ATTR,
        Opcode.COMPARE_OP, Opcode.RAISE_VARARGS, Opcode.STORE_SUBSCR,
    };

    public static IEnumerable<object[]> Cases => CaseFile.Names("position_cases.txt");

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesCPython(string name)
    {
        var expected = CaseFile.Get("position_expected.txt", name).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var code = TestCompiler.Compile(CaseFile.Get("position_cases.txt", name));
        var actual = new List<string>();
        foreach (var c in TestCompiler.AllCodes(code))
        {
            var locations = LocationTable.Decode(c.LineTable, c.Code.Length / 2, c.FirstLineNo);
            foreach (var ins in Disassembler.Decode(c.Code))
            {
                if (!Watched.Contains(ins.Op)) continue;
                var p = locations[ins.Index];
                actual.Add($"{c.Name} {OpcodeTable.NameOf(ins.Op)} {p.Line} {p.EndLine} {p.Column} {p.EndColumn}");
            }
        }
        Assert.Equal(expected, actual);
    }
}
