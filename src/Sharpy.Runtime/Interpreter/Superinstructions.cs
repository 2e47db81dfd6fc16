using Sharpy.Bytecode.Code;
using Sharpy.Bytecode.Opcodes;

namespace Sharpy.Runtime.Interpreter;

/// <summary>
/// Runtime-only fused instructions (never stored in a pyc): a short, common sequence whose first
/// instruction is rewritten in <see cref="CodeInfo.Ops"/> to one opcode that does the work of the
/// whole sequence and skips the rest. The other instructions stay in place, untouched.
/// </summary>
/// <remarks>
/// Why: every value pushed on the value stack is a reference stored into a heap array, and each such
/// store pays a GC write barrier (11% of nbody's time under native AOT, plus the dispatch of each
/// instruction). <c>a.x</c>, <c>a + b</c>, <c>a + 1</c> and <c>a[0]</c> on locals then push one value
/// instead of two or three. A sequence is fused only when no jump or exception handler lands inside
/// it and the same exception handler covers all of it, so control flow and tracebacks are unchanged:
/// the fused instruction sets <c>LastI</c> to the index of the part that raises.
/// </remarks>
internal static class Superinstructions
{
    /// <summary>LOAD_FAST a; LOAD_FAST b; BINARY_OP op.</summary>
    public const byte LoadFastLoadFastBinaryOp = 240;
    /// <summary>LOAD_FAST a; LOAD_CONST c; BINARY_OP op.</summary>
    public const byte LoadFastLoadConstBinaryOp = 241;
    /// <summary>LOAD_FAST a; LOAD_CONST c; BINARY_SUBSCR.</summary>
    public const byte LoadFastLoadConstSubscr = 242;
    /// <summary>LOAD_FAST a; LOAD_ATTR name.</summary>
    public const byte LoadFastLoadAttr = 243;
    /// <summary>BINARY_OP op; STORE_FAST x.</summary>
    public const byte BinaryOpStoreFast = 244;
    /// <summary>LOAD_FAST a; LOAD_FAST b (CPython 3.11's LOAD_FAST__LOAD_FAST).</summary>
    public const byte LoadFastLoadFast = 245;
    /// <summary>LOAD_FAST a; LOAD_METHOD name (<c>self.m(...)</c>).</summary>
    public const byte LoadFastLoadMethod = 246;
    /// <summary>LOAD_FAST a; STORE_ATTR name (<c>self.x = value</c>, the value already pushed).</summary>
    public const byte LoadFastStoreAttr = 247;
    /// <summary>COPY 2; COPY 2; BINARY_SUBSCR: the read of an augmented item assignment (<c>v[i] += x</c>).</summary>
    public const byte CopyPairSubscr = 248;
    /// <summary>SWAP 3; SWAP 2; STORE_SUBSCR: the store of an augmented item assignment.</summary>
    public const byte SwapPairStoreSubscr = 249;
    /// <summary>COMPARE_OP op; POP_JUMP_(FORWARD|BACKWARD)_IF_(FALSE|TRUE): no bool pushed and popped.</summary>
    public const byte CompareOpJump = 251;

    /// <summary>The instruction a fused opcode replaced (the first of its sequence); any other opcode itself.</summary>
    public static int FirstPartOf(int op) => op switch
    {
        BinaryOpStoreFast => (int)Opcode.BINARY_OP,
        LoadFastLoadFastBinaryOp or LoadFastLoadConstBinaryOp or LoadFastLoadConstSubscr or LoadFastLoadAttr
            or LoadFastLoadFast or LoadFastLoadMethod or LoadFastStoreAttr => (int)Opcode.LOAD_FAST,
        CopyPairSubscr => (int)Opcode.COPY,
        SwapPairStoreSubscr => (int)Opcode.SWAP,
        CompareOpJump => (int)Opcode.COMPARE_OP,
        _ => op,
    };

    public static void Fuse(byte[] ops, int[] args, ExceptionTableEntry[] handlers)
    {
        int n = ops.Length;
        var target = new bool[n + 1];
        for (int i = 0; i < n; i++)
            if (OpcodeTable.IsJump((Opcode)ops[i]) && (uint)args[i] <= (uint)n) target[args[i]] = true;
        foreach (var h in handlers)
            if ((uint)h.Target <= (uint)n) target[h.Target] = true;

        bool Plain(int i, int len)
        {
            if (i + len > n) return false;
            for (int k = 1; k < len; k++) if (target[i + k]) return false;
            var h = ExceptionTable.Find(handlers, i);
            for (int k = 1; k < len; k++) if (ExceptionTable.Find(handlers, i + k) != h) return false;
            return true;
        }

        for (int i = 0; i < n; i++)
        {
            var op = (Opcode)ops[i];
            var next = i + 1 < n ? (Opcode)ops[i + 1] : Opcode.NOP;
            var third = i + 2 < n ? (Opcode)ops[i + 2] : Opcode.NOP;
            if (op == Opcode.LOAD_FAST)
            {
                if (next == Opcode.LOAD_FAST && third == Opcode.BINARY_OP && Plain(i, 3)) { ops[i] = LoadFastLoadFastBinaryOp; i += 2; }
                // `self.x = v` is LOAD_FAST v; LOAD_FAST self; STORE_ATTR: the second load pairs with the attribute
                // instruction (it also saves a push), the first stays alone.
                else if (next == Opcode.LOAD_FAST && (third is Opcode.LOAD_ATTR or Opcode.LOAD_METHOD or Opcode.STORE_ATTR) && Plain(i + 1, 2)) { /* fused at i + 1 */ }
                else if (next == Opcode.LOAD_METHOD && Plain(i, 2)) { ops[i] = LoadFastLoadMethod; i += 1; }
                else if (next == Opcode.STORE_ATTR && Plain(i, 2)) { ops[i] = LoadFastStoreAttr; i += 1; }
                else if (next == Opcode.LOAD_CONST && third == Opcode.BINARY_OP && Plain(i, 3)) { ops[i] = LoadFastLoadConstBinaryOp; i += 2; }
                else if (next == Opcode.LOAD_CONST && third == Opcode.BINARY_SUBSCR && Plain(i, 3)) { ops[i] = LoadFastLoadConstSubscr; i += 2; }
                else if (next == Opcode.LOAD_ATTR && Plain(i, 2)) { ops[i] = LoadFastLoadAttr; i += 1; }
                else if (next == Opcode.LOAD_FAST && Plain(i, 2)) { ops[i] = LoadFastLoadFast; i += 1; }
            }
            else if (op == Opcode.BINARY_OP && next == Opcode.STORE_FAST && Plain(i, 2)) { ops[i] = BinaryOpStoreFast; i += 1; }
            else if (op == Opcode.COPY && args[i] == 2 && next == Opcode.COPY && args[i + 1] == 2 && third == Opcode.BINARY_SUBSCR && Plain(i, 3))
            { ops[i] = CopyPairSubscr; i += 2; }
            else if (op == Opcode.SWAP && args[i] == 3 && next == Opcode.SWAP && args[i + 1] == 2 && third == Opcode.STORE_SUBSCR && Plain(i, 3))
            { ops[i] = SwapPairStoreSubscr; i += 2; }
            else if (op == Opcode.COMPARE_OP && (next is Opcode.POP_JUMP_FORWARD_IF_FALSE or Opcode.POP_JUMP_FORWARD_IF_TRUE
                     or Opcode.POP_JUMP_BACKWARD_IF_FALSE or Opcode.POP_JUMP_BACKWARD_IF_TRUE) && Plain(i, 2))
            { ops[i] = CompareOpJump; i += 1; }
        }
    }
}
