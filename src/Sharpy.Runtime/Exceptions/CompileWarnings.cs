using Sharpy.Compiler;
using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// Issues the front end's warnings (tokenizer, parser and compiler SyntaxWarnings, DeprecationWarnings for
/// invalid escapes) through the <c>warnings</c> module, as CPython's compile does.
/// CPython 3.11: Python/compile.c compiler_warn, Parser/pegen_errors.c _PyPegen_tokenizer_error / warn_invalid_escape_sequence.
/// </summary>
public static class CompileWarnings
{
    /// <summary>
    /// How many warnings the front end issued since the process started; a host that caches bytecode can compare
    /// it before and after a compile (a cached module would not warn again on the next run).
    /// </summary>
    public static int Issued;

    /// <summary>The compiler's sink: true when the warning filter turned the SyntaxWarning into an error.</summary>
    public static Func<CompilerWarning, bool> ForCompiler(PythonRuntime rt) =>
        w => Issue(rt, PyExc.SyntaxWarning, w.Message, w.Filename, w.Lineno);

    /// <summary>The tokenizer's and parser's sink (category name, message, line).</summary>
    public static Func<string, string, int, bool> ForParser(PythonRuntime rt, string filename) =>
        (category, message, line) => Issue(rt, PyExc.ByName.TryGetValue(category, out var t) ? t : PyExc.SyntaxWarning,
            message, filename, line);

    // PyErr_WarnExplicitObject(category, msg, filename, lineno, NULL, NULL): the module name comes from the file
    // name and there is no registry, so a warning shows every time its source is compiled. When the filter makes
    // it an error, CPython replaces the warning exception by a SyntaxError at the same place (the caller's job).
    private static bool Issue(PythonRuntime rt, PyType category, string message, string filename, int line)
    {
        Issued++;
        if (rt.Importer is null) return false;
        var warnings = rt.Importer.Import("warnings", new PyDict(), PyTuple.Empty, 0);
        var warnExplicit = Ops.GetAttr(warnings, "warn_explicit");
        try
        {
            Ops.CallArgs(warnExplicit, new PyStr(message), category, new PyStr(filename), PyInt.From(line));
            return false;
        }
        catch (PythonException e) when (e.Value.IsInstance(category))
        {
            return true;
        }
    }
}
