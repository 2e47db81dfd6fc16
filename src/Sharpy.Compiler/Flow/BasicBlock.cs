using Sharpy.Bytecode.Code;
using Sharpy.Bytecode.Opcodes;

namespace Sharpy.Compiler.Flow;

/// <summary>
/// Compiler-only instructions (CPython 3.11's pseudo-instructions). They never reach the bytecode:
/// SETUP_*/POP_BLOCK become exception-table entries, the direction-free jumps become
/// JUMP_FORWARD/JUMP_BACKWARD/POP_JUMP_FORWARD_IF_*/... once the layout is known.
/// </summary>
internal static class PseudoOp
{
    public const int SetupFinally = 256;
    public const int SetupCleanup = 257;
    public const int SetupWith = 258;
    public const int PopBlock = 259;
    public const int Jump = 260;
    public const int JumpNoInterrupt = 261;
    public const int PopJumpIfFalse = 262;
    public const int PopJumpIfTrue = 263;
    public const int PopJumpIfNone = 264;
    public const int PopJumpIfNotNone = 265;

    public static bool IsBlockPush(int op) => op is SetupFinally or SetupCleanup or SetupWith;

    public static string Name(int op) => op switch
    {
        SetupFinally => "SETUP_FINALLY",
        SetupCleanup => "SETUP_CLEANUP",
        SetupWith => "SETUP_WITH",
        PopBlock => "POP_BLOCK",
        Jump => "JUMP",
        JumpNoInterrupt => "JUMP_NO_INTERRUPT",
        PopJumpIfFalse => "POP_JUMP_IF_FALSE",
        PopJumpIfTrue => "POP_JUMP_IF_TRUE",
        PopJumpIfNone => "POP_JUMP_IF_NONE",
        PopJumpIfNotNone => "POP_JUMP_IF_NOT_NONE",
        _ => OpcodeTable.NameOf((byte)op),
    };

    /// <summary>CPython 3.11 stack_effect for pseudo and real instructions.</summary>
    public static int StackEffect(int op, int arg, bool jump) => op switch
    {
        SetupFinally => jump ? 1 : 0,
        SetupCleanup => jump ? 2 : 0,
        SetupWith => jump ? 1 : 0,
        PopBlock => 0,
        Jump or JumpNoInterrupt => 0,
        PopJumpIfFalse or PopJumpIfTrue or PopJumpIfNone or PopJumpIfNotNone => -1,
        _ => OpcodeTable.StackEffect((Opcode)op, arg, jump),
    };

    public static bool HasTarget(int op) => op >= 256 ? op != PopBlock : OpcodeTable.IsJump((Opcode)op);

    /// <summary>Control never falls through (CPython's IS_SCOPE_EXIT_OPCODE + unconditional jumps).</summary>
    public static bool IsTerminator(int op) => op is Jump or JumpNoInterrupt
        || (op < 256 && OpcodeTable.IsUnconditionalTransfer((Opcode)op));
}

internal sealed class Instruction(int op, int arg, BasicBlock? target, SourceLocation location)
{
    public int Op = op;
    public int Arg = arg;
    public BasicBlock? Target = target;
    public SourceLocation Location = location;
    /// <summary>The handler block active at this instruction (filled by exception labelling).</summary>
    public BasicBlock? Handler;
    /// <summary>Code units the assembler gives this instruction (1 + its EXTENDED_ARG prefixes).</summary>
    public int Units = 1;

    public override string ToString() => Target is null ? $"{PseudoOp.Name(Op)} {Arg}" : $"{PseudoOp.Name(Op)} -> B{Target.Id}";
}

internal sealed class BasicBlock(int id)
{
    public readonly int Id = id;
    public readonly List<Instruction> Instructions = new();
    /// <summary>Stack depth on entry, -1 until computed.</summary>
    public int StartDepth = -1;
    public bool Visited;
    public bool PreserveLasti;
    public bool IsHandler;
    /// <summary>Code-unit offset once laid out.</summary>
    public int Offset;
    public List<Instruction>? ExceptStack;

    public bool EndsWithTerminator => Instructions.Count > 0 && PseudoOp.IsTerminator(Instructions[^1].Op);

    public override string ToString() => $"B{Id}";
}
