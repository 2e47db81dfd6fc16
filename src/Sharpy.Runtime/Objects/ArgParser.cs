namespace Sharpy.Runtime.Objects;

/// <summary>
/// Keyword-aware argument parsing for native functions (Argument Clinic's job in CPython):
/// <c>ArgParser.Parse("sorted", args, kwnames, ["iterable"], ["key", "reverse"], required: 1)</c>
/// returns one slot per name (null when not given).
/// </summary>
public static class ArgParser
{
    /// <param name="positional">Names accepted positionally (first <paramref name="posOnlyCount"/> only positionally).</param>
    /// <param name="keywordOnly">Names accepted only as keywords.</param>
    public static PyObject?[] Parse(string fname, ReadOnlySpan<PyObject> args, string[]? kwnames,
        string[] positional, string[] keywordOnly, int required, int posOnlyCount = 0)
    {
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        var result = new PyObject?[positional.Length + keywordOnly.Length];
        // CPython 3.11: getargs.c _PyArg_UnpackKeywords — too many arguments in all first, then too many positionals
        // (which only a function with keyword-only parameters can reach).
        int maxargs = positional.Length + keywordOnly.Length;
        if (npos + nkw > maxargs && maxargs > 0)
            throw new PythonException(PyExc.TypeError(
                $"{fname}() takes at most {maxargs} {(npos == 0 ? "keyword " : "")}argument{(maxargs == 1 ? "" : "s")} ({npos + nkw} given)"));
        if (npos > positional.Length)
        {
            if (positional.Length == 0)
                throw new PythonException(PyExc.TypeError($"{fname}() takes no positional arguments"));
            throw new PythonException(PyExc.TypeError(
                $"{fname}() takes at most {positional.Length} positional argument{(positional.Length == 1 ? "" : "s")} ({npos} given)"));
        }
        for (int i = 0; i < npos; i++) result[i] = args[i];
        // CPython 3.11: _PyArg_UnpackKeywords matches keywords to parameters, reports a missing required argument
        // first, then a keyword repeating a positional argument, then any keyword it does not know.
        string? unknown = null, repeated = null;
        int repeatedIndex = 0;
        for (int k = 0; k < nkw; k++)
        {
            string name = kwnames![k];
            int idx = Array.IndexOf(positional, name);
            if (idx >= 0 && idx < posOnlyCount) idx = -1;
            if (idx < 0)
            {
                int j = Array.IndexOf(keywordOnly, name);
                if (j >= 0) idx = positional.Length + j;
            }
            if (idx < 0) { unknown ??= name; continue; }
            if (result[idx] != null)
            {
                if (repeated == null) { repeated = name; repeatedIndex = idx; }
                continue;
            }
            result[idx] = args[npos + k];
        }
        for (int i = 0; i < required; i++)
            if (result[i] == null)
            {
                // _PyArg_UnpackKeywords: a missing positional-only parameter is reported as a count.
                if (i < posOnlyCount)
                {
                    int min = Math.Min(posOnlyCount, required);
                    throw new PythonException(PyExc.TypeError(
                        $"{fname}() takes {(min < positional.Length ? "at least" : "exactly")} {min} positional argument{(min == 1 ? "" : "s")} ({npos} given)"));
                }
                throw new PythonException(PyExc.TypeError($"{fname}() missing required argument '{positional[i]}' (pos {i + 1})"));
            }
        if (repeated != null)
            throw new PythonException(PyExc.TypeError($"argument for {fname}() given by name ('{repeated}') and position ({repeatedIndex + 1})"));
        if (unknown != null)
            throw new PythonException(PyExc.TypeError($"'{unknown}' is an invalid keyword argument for {fname}()"));
        return result;
    }

    public static void NoKeywords(string fname, string[]? kwnames)
    {
        if (kwnames != null && kwnames.Length > 0) throw new PythonException(PyExc.TypeError($"{fname}() takes no keyword arguments"));
    }
}
