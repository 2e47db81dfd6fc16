using Sharpy.Bytecode.Disassembly;
using Sharpy.Syntax.Diagnostics;
using Sharpy.Syntax.Parsing;

namespace Sharpy.Compiler.Tools;

/// <summary><c>sharpy -m dis FILE</c>: compile a file and print its disassembly, nested code objects included.</summary>
public static class DisTool
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length != 1 || args[0].StartsWith('-'))
        {
            stderr.WriteLine("usage: dis.py [-h] [infile]");
            return 2;
        }
        string path = args[0];
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"dis.py: error: argument infile: can't open '{path}': [Errno 2] No such file or directory: '{path}'");
            return 2;
        }
        try
        {
            var module = PythonParser.Parse(bytes, path, ParseMode.Exec);
            string? source = null;
            try { source = System.Text.Encoding.UTF8.GetString(bytes); } catch (ArgumentException) { }
            var code = PythonCompiler.Compile(module, path, CompileMode.Exec, new CompileOptions { Source = source });
            stdout.Write(Disassembler.Disassemble(code));
            return 0;
        }
        catch (SyntaxErrorException e)
        {
            stderr.WriteLine($"  File \"{e.Filename}\", line {e.Lineno}");
            if (e.Text is not null)
            {
                stderr.WriteLine("    " + e.Text.TrimEnd('\n').TrimStart());
            }
            stderr.WriteLine($"{e.PythonType}: {e.Msg}");
            return 1;
        }
        catch (Exception e) when (e is CompilerRecursionException or ParserRecursionException)
        {
            stderr.WriteLine("RecursionError: maximum recursion depth exceeded during compilation");
            return 1;
        }
    }
}
