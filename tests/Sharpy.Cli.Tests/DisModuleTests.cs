using Sharpy.Cli.Tests.Infrastructure;

namespace Sharpy.Cli.Tests;

/// <summary>The dis and opcode modules over Sharpy's instruction set (listing layout, instructions, tables).</summary>
public class DisModuleTests
{
    private const string DisProgram = """
        import dis, io, opcode
        def f(a, b=2):
            for i in range(a):
                b += i
            return b
        out = io.StringIO()
        dis.dis(f, file=out)
        lines = out.getvalue().splitlines()
        print(lines[0].split())
        print(any(l.split()[-2:] == ['1', '(b)'] and 'LOAD_FAST' in l for l in lines))
        ins = list(dis.get_instructions(f))
        print([i.argval for i in ins if i.opname == 'LOAD_GLOBAL'], ins[0].starts_line, ins[0].positions.col_offset)
        targets = [i.argval for i in ins if i.opcode in opcode.hasjabs]
        print(all(t in {i.offset for i in ins if i.is_jump_target} for t in targets), len(targets) > 0)
        print(all(opcode.opname[v] == k for k, v in opcode.opmap.items()), opcode.opmap['EXTENDED_ARG'] == opcode.EXTENDED_ARG)
        print(dis.code_info(f).splitlines()[0], dis.pretty_flags(f.__code__.co_flags))
        print(dis.Bytecode(f).dis() == out.getvalue(), list(dis.findlinestarts(f.__code__))[0][1])
        print(opcode.stack_effect(opcode.opmap['POP_TOP']), opcode.stack_effect(opcode.opmap['LOAD_CONST'], 0))
        """;

    [Fact]
    public void DisAndOpcodeDescribeSharpysBytecode()
    {
        ProcessResult r = SharpyProcess.Run(["-c", DisProgram], Path.GetTempPath());
        Assert.Equal("", r.Stderr);
        Assert.Equal(
            "['3', '0', 'LOAD_GLOBAL', '1', '(NULL', '+', 'range)']\n" +
            "True\n" +
            "['range'] 3 13\n" +
            "True True\n" +
            "True True\n" +
            "Name:              f OPTIMIZED, NEWLOCALS\n" +
            "True 3\n" +
            "-1 1\n", r.Stdout);
    }
}
