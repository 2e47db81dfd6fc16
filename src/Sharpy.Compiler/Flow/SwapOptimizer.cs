using Sharpy.Bytecode.Opcodes;

namespace Sharpy.Compiler.Flow;

/// <summary>
/// Removes the tuple built only to be unpacked again (<c>a, b = x, y</c>, <c>a, b = b, a</c>): a BUILD_TUPLE n
/// directly followed by UNPACK_SEQUENCE n (n ≤ 3) becomes NOP + SWAP n (NOP + NOP for n = 1), and a SWAP whose
/// operands are then stored by STORE_FAST/POP_TOP on one line is dropped by exchanging those two stores.
/// Bytecode, line table and so line tracing stay those of CPython 3.11, which does the same in its peephole pass.
/// </summary>
// CPython 3.11: Python/compile.c optimize_basic_block (case BUILD_TUPLE), apply_static_swaps,
// next_swappable_instruction. The NOPs left here are dropped or kept by Assembler.RemoveRedundantNops.
internal static class SwapOptimizer
{
    public static void Optimize(List<BasicBlock> blocks)
    {
        foreach (var block in blocks)
        {
            var instrs = block.Instructions;
            for (int i = 0; i + 1 < instrs.Count; i++)
            {
                var build = instrs[i];
                var unpack = instrs[i + 1];
                if (build.Op != (int)Opcode.BUILD_TUPLE || unpack.Op != (int)Opcode.UNPACK_SEQUENCE
                    || build.Arg != unpack.Arg || build.Arg is < 1 or > 3) continue;
                build.Op = (int)Opcode.NOP;
                build.Arg = 0;
                if (unpack.Arg == 1)
                {
                    unpack.Op = (int)Opcode.NOP;
                    unpack.Arg = 0;
                    continue;
                }
                unpack.Op = (int)Opcode.SWAP;
                ApplyStaticSwaps(instrs, i + 1);
            }
        }
    }

    private static bool IsSwappable(int op) => op is (int)Opcode.STORE_FAST or (int)Opcode.POP_TOP;

    /// <summary>The local a STORE_FAST writes, -1 for any other instruction.</summary>
    private static int StoresTo(Instruction instruction) => instruction.Op == (int)Opcode.STORE_FAST ? instruction.Arg : -1;

    /// <summary>
    /// Walks left from the SWAP at <paramref name="i"/> over NOPs and swappable instructions, turning each SWAP
    /// into a NOP when the stores that consume its two operands can simply trade places.
    /// </summary>
    private static void ApplyStaticSwaps(List<Instruction> instrs, int i)
    {
        for (; i >= 0; i--)
        {
            var swap = instrs[i];
            if (swap.Op != (int)Opcode.SWAP)
            {
                if (swap.Op == (int)Opcode.NOP || IsSwappable(swap.Op)) continue;
                return;
            }
            int j = NextSwappable(instrs, i, -1);
            if (j < 0) return;
            int k = j;
            int line = instrs[j].Location.Line;
            for (int count = swap.Arg - 1; count > 0; count--)
            {
                k = NextSwappable(instrs, k, line);
                if (k < 0) return;
            }
            // Reordering is unsafe when both stores, or a store in between, write the same local.
            int storeJ = StoresTo(instrs[j]), storeK = StoresTo(instrs[k]);
            if (storeJ >= 0 || storeK >= 0)
            {
                if (storeJ == storeK) return;
                for (int m = j + 1; m < k; m++)
                {
                    int store = StoresTo(instrs[m]);
                    if (store >= 0 && (store == storeJ || store == storeK)) return;
                }
            }
            swap.Op = (int)Opcode.NOP;
            swap.Arg = 0;
            (instrs[j], instrs[k]) = (instrs[k], instrs[j]);
        }
    }

    /// <summary>
    /// Index of the next swappable instruction after <paramref name="i"/> (skipping NOPs), or -1; with a
    /// <paramref name="line"/> ≥ 0, also -1 on reaching another line, so no line event sees names bound early.
    /// </summary>
    private static int NextSwappable(List<Instruction> instrs, int i, int line)
    {
        while (++i < instrs.Count)
        {
            var instruction = instrs[i];
            if (line >= 0 && instruction.Location.Line != line) return -1;
            if (instruction.Op == (int)Opcode.NOP) continue;
            return IsSwappable(instruction.Op) ? i : -1;
        }
        return -1;
    }
}
