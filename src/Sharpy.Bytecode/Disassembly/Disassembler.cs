using System.Globalization;
using System.Text;
using Sharpy.Bytecode.Code;
using Sharpy.Bytecode.Opcodes;

namespace Sharpy.Bytecode.Disassembly;

/// <summary>One decoded instruction (EXTENDED_ARG prefixes are separate instructions, as in dis).</summary>
public readonly record struct DecodedInstruction(int Index, Opcode Op, int Arg, int PrefixedArg);

/// <summary>
/// A dis-like listing of a code object, in the layout of CPython 3.11's <c>dis.dis</c> (offsets in bytes,
/// jump targets shown as "to N"), followed by the exception table and nested code objects.
/// </summary>
public static class Disassembler
{
    /// <summary>Decodes the wordcode; <see cref="DecodedInstruction.PrefixedArg"/> includes EXTENDED_ARG bits.</summary>
    public static List<DecodedInstruction> Decode(byte[] code)
    {
        var result = new List<DecodedInstruction>(code.Length / 2);
        int extended = 0;
        for (int i = 0; i + 1 < code.Length; i += 2)
        {
            var op = (Opcode)code[i];
            int arg = code[i + 1] | extended;
            result.Add(new DecodedInstruction(i / 2, op, code[i + 1], arg));
            extended = op == Opcode.EXTENDED_ARG ? arg << 8 : 0;
        }
        return result;
    }

    public static string Disassemble(CodeObject code, bool recursive = true)
    {
        var sb = new StringBuilder();
        Write(sb, code, recursive, 0);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, CodeObject code, bool recursive, int depth)
    {
        if (depth > 200) return;
        WriteOne(sb, code);
        if (!recursive) return;
        foreach (var constant in code.Consts)
        {
            if (constant is not CodeObject nested) continue;
            sb.Append('\n');
            sb.Append("Disassembly of ").Append(ConstantRepr.Repr(nested)).Append(":\n");
            Write(sb, nested, recursive, depth + 1);
        }
    }

    private static void WriteOne(StringBuilder sb, CodeObject code)
    {
        var instructions = Decode(code.Code);
        var locations = SafeLocations(code, instructions.Count);
        var handlers = SafeHandlers(code);
        var targets = JumpTargets(instructions, handlers);

        int previousLine = int.MinValue;
        bool first = true;
        foreach (var ins in instructions)
        {
            int line = locations[ins.Index].Line;
            string lineField = "   ";
            if (line != previousLine && line >= 0)
            {
                if (!first) sb.Append('\n');
                lineField = line.ToString(CultureInfo.InvariantCulture).PadLeft(3);
                previousLine = line;
            }
            first = false;
            var fields = new List<string>
            {
                lineField,
                "   ",
                targets.Contains(ins.Index) ? ">>" : "  ",
                (ins.Index * 2).ToString(CultureInfo.InvariantCulture).PadLeft(4),
                OpcodeTable.NameOf(ins.Op).PadRight(20),
            };
            if (OpcodeTable.HasArgument(ins.Op))
            {
                fields.Add(ins.PrefixedArg.ToString(CultureInfo.InvariantCulture).PadLeft(5));
                string detail = ArgRepr(code, ins);
                if (detail.Length > 0) fields.Add("(" + detail + ")");
            }
            sb.Append(string.Join(' ', fields).TrimEnd()).Append('\n');
        }
        if (handlers.Length > 0)
        {
            sb.Append("ExceptionTable:\n");
            foreach (var h in handlers)
                sb.Append("  ").Append(h.Start * 2).Append(" to ").Append(h.End * 2 - 2).Append(" -> ").Append(h.Target * 2)
                  .Append(" [").Append(h.Depth).Append(']').Append(h.PushLasti ? " lasti" : "").Append('\n');
        }
    }

    /// <summary>Code-unit indexes that jumps or exception handlers lead to (dis's "&gt;&gt;" marks).</summary>
    public static HashSet<int> JumpTargets(List<DecodedInstruction> instructions, ExceptionTableEntry[] handlers)
    {
        var targets = new HashSet<int>();
        foreach (var ins in instructions)
            if (OpcodeTable.IsJump(ins.Op)) targets.Add(ins.PrefixedArg);
        foreach (var h in handlers) targets.Add(h.Target);
        return targets;
    }

    /// <summary>The exception table, or none when it cannot be decoded (a listing never fails).</summary>
    public static ExceptionTableEntry[] SafeHandlers(CodeObject code)
    {
        try { return ExceptionTable.Decode(code.ExceptionTable); }
        catch (FormatException) { return []; }
    }

    /// <summary>One location per code unit, or None everywhere when the table cannot be decoded.</summary>
    public static SourceLocation[] SafeLocations(CodeObject code, int units)
    {
        try { return LocationTable.Decode(code.LineTable, units, code.FirstLineNo); }
        catch (FormatException)
        {
            var none = new SourceLocation[units];
            Array.Fill(none, SourceLocation.None);
            return none;
        }
    }

    private static string At(string[] names, int index) => index >= 0 && index < names.Length ? names[index] : $"<{index}>";

    /// <summary>The parenthesised detail dis prints after the argument.</summary>
    public static string ArgRepr(CodeObject code, DecodedInstruction ins)
    {
        int arg = ins.PrefixedArg;
        switch (OpcodeTable.KindOf(ins.Op))
        {
            case ArgKind.Const:
                return arg < code.Consts.Length ? ConstantRepr.Repr(code.Consts[arg]) : $"<{arg}>";
            case ArgKind.Name:
                return At(code.Names, arg);
            case ArgKind.GlobalName:
                return ((arg & 1) != 0 ? "NULL + " : "") + At(code.Names, arg >> 1);
            case ArgKind.Local:
                return At(code.VarNames, arg);
            case ArgKind.Free:
                return arg < code.CellVars.Length ? code.CellVars[arg] : At(code.FreeVars, arg - code.CellVars.Length);
            case ArgKind.Jump:
                return "to " + (arg * 2).ToString(CultureInfo.InvariantCulture);
            case ArgKind.Compare:
                return arg < OpcodeTable.CompareOps.Length ? OpcodeTable.CompareOps[arg] : "";
            case ArgKind.BinaryOp:
                return arg < OpcodeTable.BinaryOps.Length ? OpcodeTable.BinaryOps[arg] : "";
            case ArgKind.Flags when ins.Op == Opcode.MAKE_FUNCTION:
                var parts = new List<string>();
                if ((arg & 1) != 0) parts.Add("defaults");
                if ((arg & 2) != 0) parts.Add("kwdefaults");
                if ((arg & 4) != 0) parts.Add("annotations");
                if ((arg & 8) != 0) parts.Add("closure");
                return string.Join(", ", parts);
            case ArgKind.Flags when ins.Op == Opcode.FORMAT_VALUE:
                string conversion = (arg & 3) switch { 1 => "str", 2 => "repr", 3 => "ascii", _ => "" };
                if ((arg & 4) != 0) conversion += conversion.Length > 0 ? ", with format" : "with format";
                return conversion;
            default:
                return "";
        }
    }
}
