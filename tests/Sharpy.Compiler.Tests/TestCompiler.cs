using Sharpy.Bytecode.Code;
using Sharpy.Syntax.Parsing;

namespace Sharpy.Compiler.Tests;

internal static class TestCompiler
{
    public static CodeObject Compile(string source, CompileMode mode = CompileMode.Exec, int optimize = 0)
    {
        var parseMode = mode switch { CompileMode.Eval => ParseMode.Eval, CompileMode.Single => ParseMode.Single, _ => ParseMode.Exec };
        var module = PythonParser.Parse(source, "<test>", parseMode);
        return PythonCompiler.Compile(module, "<test>", mode, new CompileOptions { Source = source, Optimize = optimize });
    }

    public static IEnumerable<CodeObject> AllCodes(CodeObject code)
    {
        yield return code;
        foreach (var c in code.Consts)
            if (c is CodeObject nested)
                foreach (var inner in AllCodes(nested)) yield return inner;
    }

    public static string DataPath(string name)
    {
        string copied = Path.Combine(AppContext.BaseDirectory, "Data", name);
        return File.Exists(copied) ? copied : Path.Combine(SourceDirectory(), "Data", name);
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetDirectoryName(path)!;
}
