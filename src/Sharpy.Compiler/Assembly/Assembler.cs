using Sharpy.Bytecode.Code;
using Sharpy.Bytecode.Opcodes;
using Sharpy.Compiler.Flow;

namespace Sharpy.Compiler.Assembly;

/// <summary>The assembled pieces of one code object.</summary>
internal sealed record AssembledCode(byte[] Code, int StackSize, byte[] ExceptionTable, byte[] LineTable);

/// <summary>
/// Turns the flow graph of one code unit into wordcode. CPython 3.11: Python/compile.c assemble():
/// normalize blocks (truncate after exits), stack depth, exception labelling, dead code removal,
/// jump resolution with EXTENDED_ARG, exception and location tables.
/// </summary>
internal static class Assembler
{
    public static AssembledCode Assemble(List<BasicBlock> blocks, int firstLineNo)
    {
        foreach (var block in blocks) TruncateAfterExit(block);
        var successorOf = new Dictionary<BasicBlock, BasicBlock?>();
        for (int i = 0; i < blocks.Count; i++) successorOf[blocks[i]] = i + 1 < blocks.Count ? blocks[i + 1] : null;

        int stackSize = StackDepth.Compute(blocks, successorOf);
        ExceptionLabeler.Label(blocks, successorOf);

        // Only blocks reached by the depth analysis are live (handlers are reached through SETUP_*).
        var live = blocks.Where(b => b.StartDepth >= 0).ToList();
        foreach (var block in live)
            block.Instructions.RemoveAll(i => PseudoOp.IsBlockPush(i.Op) || i.Op == PseudoOp.PopBlock || i.Op == (int)Opcode.NOP);
        RemoveJumpsToNext(live);

        var (code, unitLocations, handlers) = Emit(live);
        byte[] exceptionTable = BuildExceptionTable(live, handlers);
        byte[] lineTable = LocationTable.Encode(unitLocations, firstLineNo);
        return new AssembledCode(code, stackSize, exceptionTable, lineTable);
    }

    private static void TruncateAfterExit(BasicBlock block)
    {
        for (int i = 0; i < block.Instructions.Count; i++)
        {
            if (!PseudoOp.IsTerminator(block.Instructions[i].Op)) continue;
            if (i + 1 < block.Instructions.Count) block.Instructions.RemoveRange(i + 1, block.Instructions.Count - i - 1);
            return;
        }
    }

    // A jump to the very next live block is a no-op once dead blocks are gone.
    private static void RemoveJumpsToNext(List<BasicBlock> live)
    {
        for (int i = 0; i < live.Count; i++)
        {
            var instrs = live[i].Instructions;
            if (instrs.Count == 0) continue;
            var last = instrs[^1];
            if (last.Op is not (PseudoOp.Jump or PseudoOp.JumpNoInterrupt)) continue;
            int next = i + 1;
            while (next < live.Count && live[next].Instructions.Count == 0) next++;
            if (next < live.Count && ReferenceEquals(live[next], Resolve(last.Target!, live))) instrs.RemoveAt(instrs.Count - 1);
        }
    }

    /// <summary>Empty blocks forward to the next non-empty live block.</summary>
    private static BasicBlock Resolve(BasicBlock target, List<BasicBlock> live)
    {
        int index = live.IndexOf(target);
        if (index < 0) return target;
        while (index < live.Count && live[index].Instructions.Count == 0) index++;
        return index < live.Count ? live[index] : target;
    }

    private static int UnitsFor(int arg) => arg > 0xFFFFFF ? 4 : arg > 0xFFFF ? 3 : arg > 0xFF ? 2 : 1;

    private static (byte[] Code, List<SourceLocation> Locations, List<(int Start, int End, BasicBlock? Handler)> Handlers)
        Emit(List<BasicBlock> live)
    {
        // Iterate until offsets are stable: EXTENDED_ARG sizes depend on target offsets.
        var sizes = new Dictionary<Instruction, int>();
        foreach (var block in live) foreach (var instr in block.Instructions) sizes[instr] = 1;
        bool changed = true;
        while (changed)
        {
            changed = false;
            int offset = 0;
            foreach (var block in live)
            {
                block.Offset = offset;
                foreach (var instr in block.Instructions) offset += sizes[instr];
            }
            foreach (var block in live)
            {
                foreach (var instr in block.Instructions)
                {
                    int arg = instr.Target is not null ? instr.Target.Offset : instr.Arg;
                    int units = UnitsFor(arg);
                    if (units > sizes[instr]) { sizes[instr] = units; changed = true; }
                }
            }
        }

        var code = new List<byte>();
        var locations = new List<SourceLocation>();
        var ranges = new List<(int, int, BasicBlock?)>();
        foreach (var block in live)
        {
            foreach (var instr in block.Instructions)
            {
                int here = code.Count / 2;
                int arg = instr.Target is not null ? instr.Target.Offset : instr.Arg;
                Opcode op = instr.Target is not null ? ResolveJump(instr.Op, instr.Target.Offset > here) : (Opcode)instr.Op;
                int units = sizes[instr];
                for (int shift = (units - 1) * 8; shift > 0; shift -= 8)
                {
                    code.Add((byte)Opcode.EXTENDED_ARG);
                    code.Add((byte)(arg >> shift));
                    locations.Add(instr.Location);
                }
                code.Add((byte)op);
                code.Add(OpcodeTable.HasArgument(op) ? (byte)arg : (byte)0);
                locations.Add(instr.Location);
                ranges.Add((here, code.Count / 2, instr.Handler));
            }
        }
        return (code.ToArray(), locations, ranges);
    }

    private static Opcode ResolveJump(int op, bool forward) => op switch
    {
        PseudoOp.Jump => forward ? Opcode.JUMP_FORWARD : Opcode.JUMP_BACKWARD,
        PseudoOp.JumpNoInterrupt => forward ? Opcode.JUMP_FORWARD : Opcode.JUMP_BACKWARD_NO_INTERRUPT,
        PseudoOp.PopJumpIfFalse => forward ? Opcode.POP_JUMP_FORWARD_IF_FALSE : Opcode.POP_JUMP_BACKWARD_IF_FALSE,
        PseudoOp.PopJumpIfTrue => forward ? Opcode.POP_JUMP_FORWARD_IF_TRUE : Opcode.POP_JUMP_BACKWARD_IF_TRUE,
        PseudoOp.PopJumpIfNone => forward ? Opcode.POP_JUMP_FORWARD_IF_NONE : Opcode.POP_JUMP_BACKWARD_IF_NONE,
        PseudoOp.PopJumpIfNotNone => forward ? Opcode.POP_JUMP_FORWARD_IF_NOT_NONE : Opcode.POP_JUMP_BACKWARD_IF_NOT_NONE,
        _ => (Opcode)op,
    };

    private static byte[] BuildExceptionTable(List<BasicBlock> live, List<(int Start, int End, BasicBlock? Handler)> ranges)
    {
        var entries = new List<ExceptionTableEntry>();
        int start = 0;
        BasicBlock? current = null;
        int end = 0;
        foreach (var (s, e, handler) in ranges)
        {
            if (!ReferenceEquals(handler, current))
            {
                if (current is not null) entries.Add(MakeEntry(start, end, current));
                current = handler;
                start = s;
            }
            end = e;
        }
        if (current is not null) entries.Add(MakeEntry(start, end, current));
        return ExceptionTable.Encode(entries);
    }

    private static ExceptionTableEntry MakeEntry(int start, int end, BasicBlock handler)
    {
        int depth = handler.StartDepth - 1 - (handler.PreserveLasti ? 1 : 0);
        return new ExceptionTableEntry(start, end, handler.Offset, depth, handler.PreserveLasti);
    }
}
