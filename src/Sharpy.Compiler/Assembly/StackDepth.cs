using Sharpy.Compiler.Flow;

namespace Sharpy.Compiler.Assembly;

/// <summary>CPython 3.11: Python/compile.c stackdepth(): worklist propagation of entry depths.</summary>
internal static class StackDepth
{
    public static int Compute(List<BasicBlock> blocks, Dictionary<BasicBlock, BasicBlock?> successorOf)
    {
        if (blocks.Count == 0) return 0;
        int maxDepth = 0;
        var work = new Stack<BasicBlock>();
        Push(work, blocks[0], 0);
        while (work.Count > 0)
        {
            var block = work.Pop();
            int depth = block.StartDepth;
            bool fallsThrough = true;
            foreach (var instr in block.Instructions)
            {
                int effect = PseudoOp.StackEffect(instr.Op, instr.Arg, jump: false);
                int newDepth = depth + effect;
                if (newDepth < 0) throw new InvalidOperationException($"stack underflow at {instr} in B{block.Id}");
                maxDepth = Math.Max(maxDepth, newDepth);
                if (instr.Target is not null)
                {
                    int targetDepth = depth + PseudoOp.StackEffect(instr.Op, instr.Arg, jump: true);
                    maxDepth = Math.Max(maxDepth, targetDepth);
                    if (PseudoOp.IsBlockPush(instr.Op)) instr.Target.IsHandler = true;
                    Push(work, instr.Target, targetDepth);
                }
                depth = newDepth;
                if (PseudoOp.IsTerminator(instr.Op)) { fallsThrough = false; break; }
            }
            if (fallsThrough && successorOf[block] is { } next) Push(work, next, depth);
        }
        return maxDepth;
    }

    private static void Push(Stack<BasicBlock> work, BasicBlock block, int depth)
    {
        if (block.StartDepth < 0)
        {
            block.StartDepth = depth;
            work.Push(block);
        }
        else if (block.StartDepth != depth)
            throw new InvalidOperationException($"inconsistent stack depth at B{block.Id}: {block.StartDepth} vs {depth}");
    }
}
