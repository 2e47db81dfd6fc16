using Sharpy.Bytecode.Opcodes;
using Sharpy.Syntax.Ast;

namespace Sharpy.Compiler.CodeGen;

internal sealed partial class CodeGenerator
{
    // CPython 3.11: compiler_joined_str
    private void CompileJoinedStr(JoinedStr j)
    {
        int count = j.Values.Count;
        if (count > StackUseGuideline)
        {
            LoadConst("");
            Emit(Opcode.LOAD_METHOD, AddName("join"));
            Emit(Opcode.BUILD_LIST, 0);
            foreach (var v in j.Values)
            {
                VisitExpr(v);
                Emit(Opcode.LIST_APPEND, 1);
            }
            Emit(Opcode.CALL, 1);
            return;
        }
        foreach (var v in j.Values) VisitExpr(v);
        if (count != 1) Emit(Opcode.BUILD_STRING, count);
    }

    // CPython 3.11: compiler_formatted_value
    private void CompileFormattedValue(FormattedValue f)
    {
        VisitExpr(f.Value);
        int oparg = f.Conversion switch
        {
            's' => 1,
            'r' => 2,
            'a' => 3,
            _ => 0,
        };
        if (f.FormatSpec is not null)
        {
            VisitExpr(f.FormatSpec);
            oparg |= 0x04;
        }
        Emit(Opcode.FORMAT_VALUE, oparg);
    }
}
