using System.Text;
using Sharpy.Compiler;
using Sharpy.Runtime.Hosting;

namespace Sharpy.Runtime.Tests;

/// <summary>Compiles and runs a snippet in-process, capturing stdout/stderr and the exit code.</summary>
public static class PythonRunner
{
    public sealed record Result(string Stdout, string Stderr, int ExitCode);

    public static Result Run(string source, string filename = "<test>")
    {
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        var rt = new PythonRuntime(new RuntimeOptions { Argv = [filename], Stdout = stdout, Stderr = stderr, Stdin = new MemoryStream() });
        int exit = 0;
        try
        {
            var code = rt.Compile(source, filename, CompileMode.Exec);
            rt.MainModule.Dict!.SetItem("__file__", new Objects.PyStr(filename));
            rt.Execute(code, rt.MainModule);
        }
        catch (PythonException e)
        {
            exit = rt.HandleUncaught(e);
        }
        rt.Flush();
        return new Result(Encoding.UTF8.GetString(stdout.ToArray()), Encoding.UTF8.GetString(stderr.ToArray()), exit);
    }
}
