using System.Text;
using Sharpy.Bytecode.Code;

namespace Sharpy.Compiler.Tests;

/// <summary>Code object metadata compared with CPython 3.11 (Data/code_expected.txt).</summary>
public sealed class CodeObjectTests
{
    public static IEnumerable<object[]> Cases => CaseFile.Names("code_cases.txt");

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesCPythonCodeObjects(string name)
    {
        string source = CaseFile.Get("code_cases.txt", name);
        string expected = CaseFile.Get("code_expected.txt", name).TrimEnd('\n');
        var code = TestCompiler.Compile(source);
        BytecodeVerifier.VerifyAll(code);
        var sb = new StringBuilder();
        Walk(code, sb);
        Assert.Equal(expected, sb.ToString().TrimEnd('\n'));
    }

    private static string PyList(string[] items) => "[" + string.Join(", ", items.Select(i => "'" + i + "'")) + "]";

    private static void Walk(CodeObject code, StringBuilder sb)
    {
        sb.Append($"{code.QualName} name={code.Name} line={code.FirstLineNo} argc={code.ArgCount} ")
          .Append($"posonly={code.PosOnlyArgCount} kwonly={code.KwOnlyArgCount} flags=0x{(int)code.Flags:x}\n");
        sb.Append($"  varnames={PyList(code.VarNames)} cellvars={PyList(code.CellVars)} freevars={PyList(code.FreeVars)}\n");
        foreach (var c in code.Consts)
            if (c is CodeObject nested) Walk(nested, sb);
    }

    [Fact]
    public void FunctionDocstringIsFirstConstant()
    {
        var module = TestCompiler.Compile("def f():\n    'doc'\n    return 1\n");
        var f = module.Consts.OfType<CodeObject>().Single();
        Assert.Equal("doc", f.Consts[0]);
        var noDoc = TestCompiler.Compile("def f():\n    return 1\n").Consts.OfType<CodeObject>().Single();
        Assert.Null(noDoc.Consts[0]);
        var stripped = TestCompiler.Compile("def f():\n    'doc'\n", optimize: 2).Consts.OfType<CodeObject>().Single();
        Assert.DoesNotContain("doc", stripped.Consts.OfType<string>());
    }

    [Fact]
    public void OptimizeRemovesAssertsAndFoldsDebug()
    {
        var normal = TestCompiler.Compile("assert x\n");
        var optimized = TestCompiler.Compile("assert x\n", optimize: 1);
        Assert.Contains("LOAD_ASSERTION_ERROR", Sharpy.Bytecode.Disassembly.Disassembler.Disassemble(normal));
        Assert.DoesNotContain("LOAD_ASSERTION_ERROR", Sharpy.Bytecode.Disassembly.Disassembler.Disassemble(optimized));
        var debug = TestCompiler.Compile("__debug__", CompileMode.Eval, optimize: 1);
        Assert.Contains(false, debug.Consts.OfType<bool>());
    }

    [Fact]
    public void ConstantTuplesAndNegativeNumbersAreFolded()
    {
        var code = TestCompiler.Compile("(1, -2, ('a', 2.5))", CompileMode.Eval);
        var tuple = Assert.IsType<ConstTuple>(code.Consts.Single(c => c is ConstTuple));
        Assert.Equal(3, tuple.Items.Length);
        Assert.Equal(new System.Numerics.BigInteger(-2), tuple.Items[1]);
    }

    [Fact]
    public void TupleAssignmentBuildsNoTuple()
    {
        // CPython 3.11's peephole: BUILD_TUPLE + UNPACK_SEQUENCE become SWAPs, and SWAPs before STORE_FASTs
        // become reordered stores; at module level (STORE_NAME) the SWAP stays.
        var module = TestCompiler.Compile("def f(x, y, z):\n    a, b = x, y\n    a, b, c = x, y, z\n    a, b = b, a\n    return a, b, c\np, q = q, p\n");
        var f = module.Consts.OfType<CodeObject>().Single();
        BytecodeVerifier.VerifyAll(module);
        string fn = Sharpy.Bytecode.Disassembly.Disassembler.Disassemble(f);
        Assert.DoesNotContain("UNPACK_SEQUENCE", fn);
        Assert.DoesNotContain("SWAP", fn);
        Assert.Single(fn.Split('\n'), l => l.Contains("BUILD_TUPLE"));   // the return's tuple
        string top = Sharpy.Bytecode.Disassembly.Disassembler.Disassemble(module);
        Assert.DoesNotContain("UNPACK_SEQUENCE", top);
        Assert.Contains("SWAP", top);
        // Four targets, or the same local twice, keep CPython's unoptimised forms.
        string four = Sharpy.Bytecode.Disassembly.Disassembler.Disassemble(
            TestCompiler.Compile("def g(w, x, y, z):\n    a, b, c, d = w, x, y, z\n    a, a = x, y\n").Consts.OfType<CodeObject>().Single());
        Assert.Contains("UNPACK_SEQUENCE", four);
        Assert.Contains("SWAP", four);
    }

    [Fact]
    public void InteractiveModePrintsExpressions()
    {
        var code = TestCompiler.Compile("1 + x\n", CompileMode.Single);
        Assert.Contains("PRINT_EXPR", Sharpy.Bytecode.Disassembly.Disassembler.Disassemble(code));
    }

    [Fact]
    public void ManyConstantsUseExtendedArg()
    {
        string source = string.Concat(Enumerable.Range(0, 300).Select(i => $"v{i} = {i}\n"));
        var code = TestCompiler.Compile(source);
        BytecodeVerifier.VerifyAll(code);
        Assert.Contains("EXTENDED_ARG", Sharpy.Bytecode.Disassembly.Disassembler.Disassemble(code));
    }

    [Fact]
    public void TopLevelAwaitMakesTheModuleACoroutine()
    {
        var module = Sharpy.Syntax.Parsing.PythonParser.Parse("await x\ny = [i async for i in z]\n", "<stdin>");
        var code = PythonCompiler.Compile(module, "<stdin>", CompileMode.Exec, new CompileOptions { Flags = 0x2000 });
        BytecodeVerifier.VerifyAll(code);
        Assert.True((code.Flags & CodeFlags.Coroutine) != 0);
        Assert.Throws<Sharpy.Syntax.Diagnostics.SyntaxErrorException>(() =>
            PythonCompiler.Compile(module, "<stdin>", CompileMode.Exec, new CompileOptions()));
    }
}
