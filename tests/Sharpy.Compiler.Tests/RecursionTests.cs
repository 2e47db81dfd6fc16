using Sharpy.Syntax.Ast;
using Assert = Xunit.Assert;

namespace Sharpy.Compiler.Tests;

public sealed class RecursionTests
{
    [Fact]
    public void DeeplyNestedExpressionRaisesCompilerRecursionError()
    {
        ExprNode e = new Name { Id = "x", Ctx = ExprContext.Load, Lineno = 1, EndLineno = 1, EndColOffset = 1 };
        for (int i = 0; i < 200_000; i++)
            e = new UnaryOp { Op = UnaryOperator.Not, Operand = e, Lineno = 1, EndLineno = 1, EndColOffset = 1 };
        var module = new Module { Body = { new Expr { Value = e, Lineno = 1, EndLineno = 1, EndColOffset = 1 } } };
        var error = Assert.Throws<CompilerRecursionException>(() => PythonCompiler.Compile(module, "<test>", CompileMode.Exec));
        Assert.Equal("RecursionError", error.PythonType);
        Assert.Equal("maximum recursion depth exceeded during compilation", error.Message);
    }

    [Fact]
    public void LongOperatorChainsLikeCPythonAccepts()
    {
        // CPython 3.11 compiles 2500 chained additions (its limit is 3000 nested AST levels).
        string source = "x = " + string.Join(" + ", Enumerable.Repeat("1", 2500)) + "\n";
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { BytecodeVerifier.VerifyAll(TestCompiler.Compile(source)); }
            catch (Exception ex) { failure = ex; }
        }, 64 * 1024 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(failure);
    }

    [Fact]
    public void ModeratelyNestedCodeCompiles()
    {
        string source = "x = " + new string('(', 150) + "1" + new string(')', 150) + "\n";
        BytecodeVerifier.VerifyAll(TestCompiler.Compile(source));
        string nested = string.Concat(Enumerable.Range(0, 18).Select(i => new string(' ', i * 4) + $"for i{i} in r:\n")) + new string(' ', 18 * 4) + "pass\n";
        BytecodeVerifier.VerifyAll(TestCompiler.Compile(nested));
    }
}
