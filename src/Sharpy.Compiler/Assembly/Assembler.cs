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
        SwapOptimizer.Optimize(blocks);
        var successorOf = new Dictionary<BasicBlock, BasicBlock?>();
        for (int i = 0; i < blocks.Count; i++) successorOf[blocks[i]] = i + 1 < blocks.Count ? blocks[i + 1] : null;

        int stackSize = StackDepth.Compute(blocks, successorOf);
        ExceptionLabeler.Label(blocks, successorOf);

        // Only blocks reached by the depth analysis are live (handlers are reached through SETUP_*).
        var live = blocks.Where(b => b.StartDepth >= 0).ToList();
        foreach (var block in live)
        {
            block.Instructions.RemoveAll(i => i.Op == PseudoOp.PopBlock);
            foreach (var instruction in block.Instructions)
                if (PseudoOp.IsBlockPush(instruction.Op)) (instruction.Op, instruction.Arg, instruction.Target) = ((int)Opcode.NOP, 0, null);
        }
        RemoveRedundantNops(live);
        RemoveJumpsToNext(live);

        var (code, unitLocations, exceptionTable) = Emit(live);
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

    /// <summary>
    /// Keeps a NOP only where it carries a line no other instruction does (a <c>pass</c>, a <c>try:</c>, the
    /// line of a <c>while True:</c>), so co_lines() and line tracing see the lines CPython's do.
    /// </summary>
    // CPython 3.11: Python/compile.c remove_redundant_nops (block pushes become NOPs first, as in
    // convert_exception_handlers_to_nops)
    private static void RemoveRedundantNops(List<BasicBlock> live)
    {
        for (int b = 0; b < live.Count; b++)
        {
            var instrs = live[b].Instructions;
            var kept = new List<Instruction>(instrs.Count);
            int previousLine = -1;
            for (int i = 0; i < instrs.Count; i++)
            {
                var instruction = instrs[i];
                int line = instruction.Location.Line;
                if (instruction.Op == (int)Opcode.NOP)
                {
                    if (line < 0 || line == previousLine) continue;
                    if (i < instrs.Count - 1)
                    {
                        var next = instrs[i + 1];
                        if (next.Location.Line < 0 || next.Location.Line == line)
                        {
                            next.Location = instruction.Location;
                            continue;
                        }
                    }
                    else
                    {
                        int n = b + 1;
                        while (n < live.Count && live[n].Instructions.Count == 0) n++;
                        if (n < live.Count && live[n].Instructions[0].Location.Line == line) continue;
                    }
                }
                kept.Add(instruction);
                previousLine = line;
            }
            if (kept.Count != instrs.Count)
            {
                instrs.Clear();
                instrs.AddRange(kept);
            }
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

    private static (byte[] Code, List<SourceLocation> Locations, byte[] ExceptionTable) Emit(List<BasicBlock> live)
    {
        // Iterate until offsets are stable: EXTENDED_ARG sizes depend on target offsets.
        bool changed = true;
        int totalUnits = 0;
        while (changed)
        {
            changed = false;
            int offset = 0;
            foreach (var block in live)
            {
                block.Offset = offset;
                foreach (var instr in block.Instructions) offset += instr.Units;
            }
            totalUnits = offset;
            foreach (var block in live)
            {
                foreach (var instr in block.Instructions)
                {
                    int arg = instr.Target is not null ? instr.Target.Offset : instr.Arg;
                    int units = UnitsFor(arg);
                    if (units > instr.Units) { instr.Units = units; changed = true; }
                }
            }
        }

        var code = new byte[totalUnits * 2];
        var locations = new List<SourceLocation>(totalUnits);
        var handlers = new ExceptionRanges();
        int here = 0;
        foreach (var block in live)
        {
            foreach (var instr in block.Instructions)
            {
                int start = here;
                int arg = instr.Target is not null ? instr.Target.Offset : instr.Arg;
                Opcode op = instr.Target is not null ? ResolveJump(instr.Op, instr.Target.Offset > here) : (Opcode)instr.Op;
                for (int shift = (instr.Units - 1) * 8; shift > 0; shift -= 8)
                {
                    code[2 * here] = (byte)Opcode.EXTENDED_ARG;
                    code[2 * here + 1] = (byte)(arg >> shift);
                    locations.Add(instr.Location);
                    here++;
                }
                code[2 * here] = (byte)op;
                code[2 * here + 1] = OpcodeTable.HasArgument(op) ? (byte)arg : (byte)0;
                locations.Add(instr.Location);
                here++;
                handlers.Add(start, here, instr.Handler);
            }
        }
        return (code, locations, handlers.Encode());
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

    /// <summary>Merges consecutive instructions with the same handler into exception table entries.</summary>
    private sealed class ExceptionRanges
    {
        private readonly List<ExceptionTableEntry> _entries = [];
        private BasicBlock? _current;
        private int _start, _end;

        public void Add(int start, int end, BasicBlock? handler)
        {
            if (!ReferenceEquals(handler, _current))
            {
                if (_current is not null) _entries.Add(MakeEntry(_start, _end, _current));
                _current = handler;
                _start = start;
            }
            _end = end;
        }

        public byte[] Encode()
        {
            if (_current is not null) _entries.Add(MakeEntry(_start, _end, _current));
            _current = null;
            return ExceptionTable.Encode(_entries);
        }
    }

    private static ExceptionTableEntry MakeEntry(int start, int end, BasicBlock handler)
    {
        int depth = handler.StartDepth - 1 - (handler.PreserveLasti ? 1 : 0);
        return new ExceptionTableEntry(start, end, handler.Offset, depth, handler.PreserveLasti);
    }
}
