namespace Sharpy.Bytecode.Opcodes;

/// <summary>What an instruction's argument indexes or means (for the disassembler and verifiers).</summary>
public enum ArgKind : byte
{
    /// <summary>No argument (the byte is ignored, the compiler writes 0).</summary>
    None,
    /// <summary>A plain count or small integer (BUILD_TUPLE n, CALL argc, COPY n, ...).</summary>
    Count,
    /// <summary>Index into <c>co_consts</c>.</summary>
    Const,
    /// <summary>Index into <c>co_names</c>.</summary>
    Name,
    /// <summary>LOAD_GLOBAL: <c>(namei &lt;&lt; 1) | push_null</c>.</summary>
    GlobalName,
    /// <summary>Index into <c>co_varnames</c>.</summary>
    Local,
    /// <summary>Index into cells + frees (i &lt; CellVars.Length → cell, else FreeVars[i - CellVars.Length]).</summary>
    Free,
    /// <summary>Absolute code-unit index of the jump target.</summary>
    Jump,
    /// <summary>COMPARE_OP: index into <see cref="OpcodeTable.CompareOps"/>.</summary>
    Compare,
    /// <summary>BINARY_OP: index into <see cref="OpcodeTable.BinaryOps"/> (NB_* numbering).</summary>
    BinaryOp,
    /// <summary>IS_OP / CONTAINS_OP: 1 inverts the test.</summary>
    Invert,
    /// <summary>Bit flags (MAKE_FUNCTION, FORMAT_VALUE, CALL_FUNCTION_EX).</summary>
    Flags,
}

/// <summary>Static facts about each <see cref="Opcode"/>: name, argument kind, stack effect.</summary>
public static class OpcodeTable
{
    /// <summary>Opcodes numerically at or above this take an argument (CPython's HAVE_ARGUMENT).</summary>
    public const int HaveArgument = 90;

    /// <summary>COMPARE_OP argument meanings (CPython's cmp_op order).</summary>
    public static readonly string[] CompareOps = { "<", "<=", "==", "!=", ">", ">=" };

    /// <summary>BINARY_OP argument meanings as CPython's dis prints them (NB_ADD = 0 ... NB_INPLACE_XOR = 25).</summary>
    public static readonly string[] BinaryOps =
    {
        "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
        "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
    };

    private static readonly string?[] Names = BuildNames();
    private static readonly ArgKind[] Kinds = BuildKinds();

    private static string?[] BuildNames()
    {
        var names = new string?[256];
        foreach (Opcode op in Enum.GetValues<Opcode>()) names[(byte)op] = op.ToString();
        return names;
    }

    private static ArgKind[] BuildKinds()
    {
        var kinds = new ArgKind[256];
        foreach (Opcode op in Enum.GetValues<Opcode>()) kinds[(byte)op] = ComputeKind(op);
        return kinds;
    }

    /// <summary>True when <paramref name="value"/> is a defined opcode.</summary>
    public static bool IsDefined(byte value) => Names[value] is not null;

    /// <summary>The name as CPython spells it (e.g. <c>"LOAD_FAST"</c>), or <c>"&lt;n&gt;"</c> for unknown bytes.</summary>
    public static string NameOf(byte value) => Names[value] ?? $"<{value}>";

    public static string NameOf(Opcode op) => NameOf((byte)op);

    public static bool HasArgument(Opcode op) => (byte)op >= HaveArgument;

    public static ArgKind KindOf(Opcode op) => Kinds[(byte)op];

    /// <summary>True for every instruction whose argument is a jump target.</summary>
    public static bool IsJump(Opcode op) => Kinds[(byte)op] == ArgKind.Jump;

    /// <summary>Unconditional transfers: control never falls through to the next instruction.</summary>
    public static bool IsUnconditionalTransfer(Opcode op) => op is Opcode.JUMP_FORWARD or Opcode.JUMP_BACKWARD
        or Opcode.JUMP_BACKWARD_NO_INTERRUPT or Opcode.RETURN_VALUE or Opcode.RAISE_VARARGS or Opcode.RERAISE;

    private static ArgKind ComputeKind(Opcode op) => op switch
    {
        _ when (byte)op < HaveArgument => ArgKind.None,
        Opcode.LOAD_CONST or Opcode.KW_NAMES => ArgKind.Const,
        Opcode.STORE_NAME or Opcode.DELETE_NAME or Opcode.STORE_ATTR or Opcode.DELETE_ATTR or Opcode.STORE_GLOBAL
            or Opcode.DELETE_GLOBAL or Opcode.LOAD_NAME or Opcode.LOAD_ATTR or Opcode.IMPORT_NAME
            or Opcode.IMPORT_FROM or Opcode.LOAD_METHOD => ArgKind.Name,
        Opcode.LOAD_GLOBAL => ArgKind.GlobalName,
        Opcode.LOAD_FAST or Opcode.STORE_FAST or Opcode.DELETE_FAST => ArgKind.Local,
        Opcode.LOAD_CLOSURE or Opcode.LOAD_DEREF or Opcode.STORE_DEREF or Opcode.DELETE_DEREF
            or Opcode.LOAD_CLASSDEREF => ArgKind.Free,
        Opcode.FOR_ITER or Opcode.JUMP_FORWARD or Opcode.JUMP_IF_FALSE_OR_POP or Opcode.JUMP_IF_TRUE_OR_POP
            or Opcode.POP_JUMP_FORWARD_IF_FALSE or Opcode.POP_JUMP_FORWARD_IF_TRUE or Opcode.SEND
            or Opcode.POP_JUMP_FORWARD_IF_NOT_NONE or Opcode.POP_JUMP_FORWARD_IF_NONE
            or Opcode.JUMP_BACKWARD_NO_INTERRUPT or Opcode.JUMP_BACKWARD or Opcode.POP_JUMP_BACKWARD_IF_NOT_NONE
            or Opcode.POP_JUMP_BACKWARD_IF_NONE or Opcode.POP_JUMP_BACKWARD_IF_FALSE
            or Opcode.POP_JUMP_BACKWARD_IF_TRUE => ArgKind.Jump,
        Opcode.COMPARE_OP => ArgKind.Compare,
        Opcode.BINARY_OP => ArgKind.BinaryOp,
        Opcode.IS_OP or Opcode.CONTAINS_OP => ArgKind.Invert,
        Opcode.MAKE_FUNCTION or Opcode.FORMAT_VALUE or Opcode.CALL_FUNCTION_EX => ArgKind.Flags,
        _ => ArgKind.Count,
    };

    /// <summary>
    /// Net change of the stack depth. <paramref name="jump"/> selects the branch for jumps (true: the
    /// jump is taken). CPython 3.11: Python/compile.c stack_effect, adapted to Sharpy's instruction set.
    /// </summary>
    public static int StackEffect(Opcode op, int arg, bool jump) => op switch
    {
        Opcode.NOP or Opcode.EXTENDED_ARG or Opcode.KW_NAMES => 0,
        Opcode.POP_TOP or Opcode.POP_ITER => -1,
        Opcode.PUSH_NULL => 1,
        Opcode.UNARY_POSITIVE or Opcode.UNARY_NEGATIVE or Opcode.UNARY_NOT or Opcode.UNARY_INVERT => 0,
        Opcode.BINARY_SUBSCR => -1,
        Opcode.GET_LEN or Opcode.MATCH_MAPPING or Opcode.MATCH_SEQUENCE or Opcode.MATCH_KEYS => 1,
        Opcode.PUSH_EXC_INFO => 1,
        Opcode.CHECK_EXC_MATCH or Opcode.CHECK_EG_MATCH => 0,
        Opcode.WITH_EXCEPT_START => 1,
        Opcode.GET_AITER => 0,
        Opcode.GET_ANEXT => 1,
        Opcode.BEFORE_ASYNC_WITH or Opcode.BEFORE_WITH => 1,
        Opcode.END_ASYNC_FOR => -2,
        Opcode.STORE_SUBSCR => -3,
        Opcode.DELETE_SUBSCR => -2,
        Opcode.GET_ITER or Opcode.GET_YIELD_FROM_ITER => 0,
        Opcode.PRINT_EXPR => -1,
        Opcode.LOAD_BUILD_CLASS or Opcode.LOAD_ASSERTION_ERROR => 1,
        Opcode.LIST_TO_TUPLE => 0,
        Opcode.RETURN_VALUE => -1,
        Opcode.IMPORT_STAR => -1,
        Opcode.SETUP_ANNOTATIONS => 0,
        Opcode.YIELD_VALUE or Opcode.ASYNC_GEN_WRAP => 0,
        Opcode.PREP_RERAISE_STAR => -1,
        Opcode.POP_EXCEPT => -1,
        Opcode.STORE_NAME or Opcode.STORE_GLOBAL or Opcode.STORE_FAST or Opcode.STORE_DEREF => -1,
        Opcode.DELETE_NAME or Opcode.DELETE_GLOBAL or Opcode.DELETE_FAST or Opcode.DELETE_DEREF => 0,
        Opcode.UNPACK_SEQUENCE => arg - 1,
        Opcode.UNPACK_EX => (arg & 0xFF) + (arg >> 8),
        Opcode.FOR_ITER => jump ? -1 : 1,
        Opcode.STORE_ATTR => -2,
        Opcode.DELETE_ATTR => -1,
        Opcode.SWAP => 0,
        Opcode.COPY => 1,
        Opcode.LOAD_CONST or Opcode.LOAD_NAME or Opcode.LOAD_FAST or Opcode.LOAD_CLOSURE or Opcode.LOAD_DEREF
            or Opcode.LOAD_CLASSDEREF => 1,
        Opcode.LOAD_GLOBAL => (arg & 1) != 0 ? 2 : 1,
        Opcode.LOAD_ATTR => 0,
        Opcode.LOAD_METHOD => 1,
        Opcode.BUILD_TUPLE or Opcode.BUILD_LIST or Opcode.BUILD_SET or Opcode.BUILD_STRING => 1 - arg,
        Opcode.BUILD_MAP => 1 - 2 * arg,
        Opcode.BUILD_CONST_KEY_MAP => -arg,
        Opcode.BUILD_SLICE => 1 - arg,
        Opcode.COMPARE_OP or Opcode.IS_OP or Opcode.CONTAINS_OP or Opcode.BINARY_OP => -1,
        Opcode.IMPORT_NAME => -1,
        Opcode.IMPORT_FROM => 1,
        Opcode.JUMP_FORWARD or Opcode.JUMP_BACKWARD or Opcode.JUMP_BACKWARD_NO_INTERRUPT => 0,
        Opcode.JUMP_IF_FALSE_OR_POP or Opcode.JUMP_IF_TRUE_OR_POP => jump ? 0 : -1,
        Opcode.POP_JUMP_FORWARD_IF_FALSE or Opcode.POP_JUMP_FORWARD_IF_TRUE or Opcode.POP_JUMP_FORWARD_IF_NONE
            or Opcode.POP_JUMP_FORWARD_IF_NOT_NONE or Opcode.POP_JUMP_BACKWARD_IF_FALSE
            or Opcode.POP_JUMP_BACKWARD_IF_TRUE or Opcode.POP_JUMP_BACKWARD_IF_NONE
            or Opcode.POP_JUMP_BACKWARD_IF_NOT_NONE => -1,
        Opcode.RERAISE => -1,
        Opcode.SEND => jump ? -1 : 0,
        Opcode.RAISE_VARARGS => -arg,
        Opcode.GET_AWAITABLE => 0,
        Opcode.MAKE_FUNCTION => -System.Numerics.BitOperations.PopCount((uint)(arg & 0x0F)),
        Opcode.CALL_FUNCTION_EX => -2 - (arg & 1),
        Opcode.LIST_APPEND or Opcode.SET_ADD => -1,
        Opcode.MAP_ADD => -2,
        Opcode.MATCH_CLASS => -2,
        Opcode.FORMAT_VALUE => (arg & 0x04) != 0 ? -1 : 0,
        Opcode.LIST_EXTEND or Opcode.SET_UPDATE or Opcode.DICT_MERGE or Opcode.DICT_UPDATE => -1,
        Opcode.CALL => -arg - 1,
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "unknown opcode"),
    };
}
