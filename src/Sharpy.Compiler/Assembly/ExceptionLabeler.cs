using Sharpy.Compiler.Flow;

namespace Sharpy.Compiler.Assembly;

/// <summary>
/// Gives every instruction the handler active at it, from the SETUP_*/POP_BLOCK pseudo-instructions.
/// CPython 3.11: Python/compile.c label_exception_targets.
/// </summary>
internal static class ExceptionLabeler
{
    public static void Label(List<BasicBlock> blocks, Dictionary<BasicBlock, BasicBlock?> successorOf)
    {
        foreach (var b in blocks) { b.Visited = false; b.ExceptStack = null; }
        var todo = new Stack<BasicBlock>();
        blocks[0].ExceptStack = new List<Instruction>();
        blocks[0].Visited = true;
        todo.Push(blocks[0]);
        while (todo.Count > 0)
        {
            var block = todo.Pop();
            var stack = block.ExceptStack!;
            block.ExceptStack = null;
            BasicBlock? handler = stack.Count > 0 ? stack[^1].Target : null;
            bool fallsThrough = true;
            foreach (var instr in block.Instructions)
            {
                if (PseudoOp.IsBlockPush(instr.Op))
                {
                    Visit(todo, instr.Target!, new List<Instruction>(stack));
                    stack.Add(instr);
                    if (instr.Op != PseudoOp.SetupFinally) instr.Target!.PreserveLasti = true;
                    handler = instr.Target;
                }
                else if (instr.Op == PseudoOp.PopBlock)
                {
                    if (stack.Count > 0) stack.RemoveAt(stack.Count - 1);
                    handler = stack.Count > 0 ? stack[^1].Target : null;
                }
                else
                {
                    instr.Handler = handler;
                    if (instr.Target is not null) Visit(todo, instr.Target, new List<Instruction>(stack));
                }
                if (PseudoOp.IsTerminator(instr.Op)) { fallsThrough = false; break; }
            }
            if (fallsThrough && successorOf[block] is { } next) Visit(todo, next, stack);
        }
    }

    private static void Visit(Stack<BasicBlock> todo, BasicBlock target, List<Instruction> stack)
    {
        if (target.Visited) return;
        target.Visited = true;
        target.ExceptStack = stack;
        todo.Push(target);
    }
}
