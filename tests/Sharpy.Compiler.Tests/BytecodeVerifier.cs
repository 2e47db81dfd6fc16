using Sharpy.Bytecode.Code;
using Sharpy.Bytecode.Disassembly;
using Sharpy.Bytecode.Opcodes;

namespace Sharpy.Compiler.Tests;

/// <summary>
/// Independent checks of emitted code: every opcode defined, every jump/handler target an instruction
/// start, stack depth consistent on every path (normal and exceptional), never negative, within co_stacksize.
/// </summary>
internal static class BytecodeVerifier
{
    public static void Verify(CodeObject code)
    {
        Assert.True(code.Code.Length % 2 == 0, "odd code length");
        var instructions = Disassembler.Decode(code.Code);
        var starts = new HashSet<int>();
        bool prefixed = false;
        foreach (var ins in instructions)
        {
            Assert.True(OpcodeTable.IsDefined((byte)ins.Op), $"undefined opcode {(byte)ins.Op} in {code.QualName}");
            if (!prefixed) starts.Add(ins.Index);
            prefixed = ins.Op == Opcode.EXTENDED_ARG;
        }
        var handlers = ExceptionTable.Decode(code.ExceptionTable);
        foreach (var h in handlers)
        {
            Assert.Contains(h.Target, starts);
            Assert.True(h.Start < h.End, "empty handler range");
            Assert.True(h.Depth >= 0 && h.Depth + (h.PushLasti ? 2 : 1) <= code.StackSize, $"handler depth {h.Depth} in {code.QualName}");
        }
        for (int i = 1; i < handlers.Length; i++) Assert.True(handlers[i - 1].End <= handlers[i].Start, "overlapping handlers");

        // Depth propagation over real instructions (first instruction of each prefixed group carries the op).
        var byIndex = instructions.ToDictionary(i => i.Index);
        var depthAt = new Dictionary<int, int>();
        var work = new Stack<(int Index, int Depth)>();
        work.Push((0, 0));
        foreach (var h in handlers) work.Push((h.Target, h.Depth + (h.PushLasti ? 1 : 0) + 1));
        int maxDepth = 0;
        while (work.Count > 0)
        {
            var (index, depth) = work.Pop();
            if (index >= instructions.Count) continue;
            if (depthAt.TryGetValue(index, out int seen))
            {
                Assert.True(seen == depth, $"inconsistent depth at {index * 2} in {code.QualName}: {seen} vs {depth}");
                continue;
            }
            depthAt[index] = depth;
            var ins = byIndex[index];
            int next = index + 1;
            while (ins.Op == Opcode.EXTENDED_ARG) { ins = byIndex[next]; next++; }
            int after = depth + OpcodeTable.StackEffect(ins.Op, ins.PrefixedArg, jump: false);
            Assert.True(after >= 0, $"negative depth after {ins.Op} at {index * 2} in {code.QualName}");
            maxDepth = Math.Max(maxDepth, after);
            if (OpcodeTable.IsJump(ins.Op))
            {
                Assert.Contains(ins.PrefixedArg, starts);
                int taken = depth + OpcodeTable.StackEffect(ins.Op, ins.PrefixedArg, jump: true);
                Assert.True(taken >= 0);
                work.Push((ins.PrefixedArg, taken));
            }
            if (!OpcodeTable.IsUnconditionalTransfer(ins.Op)) work.Push((next, after));
        }
        Assert.True(maxDepth <= code.StackSize, $"depth {maxDepth} exceeds co_stacksize {code.StackSize} in {code.QualName}");
        var locations = LocationTable.Decode(code.LineTable, code.Code.Length / 2, code.FirstLineNo);
        Assert.Equal(code.Code.Length / 2, locations.Length);
    }

    public static void VerifyAll(CodeObject code)
    {
        foreach (var c in TestCompiler.AllCodes(code)) Verify(c);
    }
}
