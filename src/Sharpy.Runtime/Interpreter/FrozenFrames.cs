using System.Collections.Concurrent;
using Sharpy.Bytecode.Code;
using Sharpy.Compiler;
using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Objects;
using Sharpy.Syntax.Parsing;

namespace Sharpy.Runtime.Interpreter;

/// <summary>
/// CPython runs parts of its start-up as frozen Python modules, so their frames show in tracebacks and in
/// <c>traceback.print_stack()</c>: <c>python -m mod</c> runs the module under <c>File "&lt;frozen runpy&gt;", line 198,
/// in _run_module_as_main</c> and <c>line 88, in _run_code</c>. Sharpy does that work natively; it stands up frames
/// with the same file, function and line, so stacks, <c>sys._getframe</c> and tracebacks read as CPython's.
/// </summary>
internal static class FrozenFrames
{
    private static readonly ConcurrentDictionary<(string Module, string Function, int Line), CodeObject> Codes = new();

    /// <summary>A frame of <paramref name="function"/> in <c>&lt;frozen MODULE&gt;</c> stopped at <paramref name="line"/>.</summary>
    public static Frame Create(PythonRuntime rt, string module, string function, int line, Frame? back)
    {
        var code = Codes.GetOrAdd((module, function, line), CompileStub);
        var globals = new PyDict();
        globals.SetItem("__name__", new PyStr(module));
        var frame = new Frame(PyCode.For(code), globals, rt.Builtins.Dict!, null) { Back = back, Escaped = true };
        int units = code.Code.Length / 2;
        frame.LastI = 0;
        for (int i = 0; i < units; i++)
            if (frame.LineForInstruction(i) == line) { frame.LastI = i; break; }
        return frame;
    }

    // A function whose body sits on the wanted line of a file named like CPython's frozen module; the line table then
    // gives tracebacks that line, and linecache finds no source for "<frozen ...>", as in CPython.
    private static CodeObject CompileStub((string Module, string Function, int Line) key)
    {
        string source = new string('\n', Math.Max(key.Line - 2, 0)) + $"def {key.Function}():\n    pass\n";
        string filename = $"<frozen {key.Module}>";
        var module = PythonCompiler.Compile(PythonParser.Parse(source, filename, ParseMode.Exec, new ParseOptions()),
            filename, CompileMode.Exec);
        return module.Consts.OfType<CodeObject>().First();
    }

    /// <summary>Run <paramref name="body"/> as if called from the given frozen frames (outermost first): they are the
    /// callers in its stack, count towards the recursion limit, and head the traceback of what escapes.
    /// <paramref name="nativeLevels"/>: re-entries of the loop from C that CPython also counts (runpy's exec()).</summary>
    public static void RunUnder(PythonRuntime rt, (string Module, string Function, int Line)[] callers, int nativeLevels, Action body)
    {
        var ts = rt.PyThreadState;
        var savedTop = ts.TopFrame;
        var frames = new Frame[callers.Length];
        Frame? back = savedTop;
        for (int i = 0; i < callers.Length; i++)
            back = frames[i] = Create(rt, callers[i].Module, callers[i].Function, callers[i].Line, back);
        ts.TopFrame = back;
        ts.Depth += callers.Length + nativeLevels;
        try
        {
            body();
        }
        catch (PythonException e)
        {
            for (int i = frames.Length - 1; i >= 0; i--)
                e.Value.Traceback = new PyTraceback(e.Value.Traceback, frames[i], frames[i].LastI);
            throw;
        }
        finally
        {
            ts.Depth -= callers.Length + nativeLevels;
            ts.TopFrame = savedTop;
        }
    }
}
