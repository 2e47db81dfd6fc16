namespace Sharpy.Runtime.Hosting;

/// <summary>
/// The front end's warnings while a native command-line tool (<c>-m py_compile</c>, <c>-m compileall</c>)
/// compiles, where no runtime and no <c>warnings</c> module exist. Decided as CPython's warnings filters
/// decide for compile(): the <c>-W</c> options and PYTHONWARNINGS (the last one given wins), then the
/// default filters (DeprecationWarning, PendingDeprecationWarning, ImportWarning and ResourceWarning
/// ignored — a compiled file is never <c>__main__</c>); shown in the default format with the source line,
/// on every compile (warn_explicit without a registry). "error" makes the compiler raise a SyntaxError.
/// </summary>
// CPython 3.11: Lib/warnings.py _processoptions / _setoption / _formatwarnmsg_impl, Python/_warnings.c warn_explicit
public sealed class ToolWarnings
{
    private static readonly HashSet<string> IgnoredByDefault =
        ["DeprecationWarning", "PendingDeprecationWarning", "ImportWarning", "ResourceWarning"];

    private static readonly string[] Actions = ["default", "always", "ignore", "module", "once", "error"];

    private sealed record Filter(string Action, string Message, string Category, string Module, int Lineno);

    private readonly List<Filter> _filters = []; // most recent option first, as warnings.filters
    private readonly TextWriter _output;

    /// <param name="warnOptions">sys.warnoptions: PYTHONWARNINGS entries, then -W options.</param>
    public ToolWarnings(IEnumerable<string> warnOptions, TextWriter output)
    {
        _output = output;
        foreach (string option in warnOptions)
            if (Parse(option) is Filter filter)
                _filters.Insert(0, filter);
    }

    /// <summary>Shows one warning or not; true when a filter says "error" (the caller raises).</summary>
    public bool Show(string category, string message, string filename, int lineno)
    {
        string module = filename.EndsWith(".py", StringComparison.Ordinal) ? filename[..^3] : filename;
        string action = _filters.FirstOrDefault(f =>
                (f.Message.Length == 0 || message.StartsWith(f.Message, StringComparison.OrdinalIgnoreCase))
                && (f.Category.Length == 0 || f.Category == "Warning" || f.Category == category)
                && (f.Module.Length == 0 || f.Module == module)
                && (f.Lineno == 0 || f.Lineno == lineno))?.Action
            ?? (IgnoredByDefault.Contains(category) ? "ignore" : "default");
        if (action == "error")
            return true;
        if (action == "ignore")
            return false;
        var text = new System.Text.StringBuilder($"{filename}:{lineno}: {category}: {message}\n");
        if (SourceLine(filename, lineno) is string line && line.Trim() is { Length: > 0 } stripped)
            text.Append($"  {stripped}\n");
        _output.Write(text.ToString());
        _output.Flush();
        return false;
    }

    /// <summary>warnings._setoption: action[:message[:category[:module[:lineno]]]]; null when invalid
    /// (CPython reports and ignores such an option when the interpreter starts).</summary>
    private static Filter? Parse(string option)
    {
        string[] parts = option.Split(':');
        if (parts.Length > 5)
            return null;
        string Part(int i) => i < parts.Length ? parts[i].Trim() : "";
        string actionText = Part(0);
        string? action = actionText.Length == 0 ? "default" : Actions.FirstOrDefault(a => a.StartsWith(actionText, StringComparison.Ordinal));
        if (action is null)
            return null;
        string category = Part(2);
        if (category.StartsWith("builtins.", StringComparison.Ordinal))
            category = category["builtins.".Length..];
        int lineno = 0;
        if (Part(4).Length > 0 && (!int.TryParse(Part(4), out lineno) || lineno < 0))
            return null;
        return new Filter(action, Part(1), category, Part(3), lineno);
    }

    /// <summary>linecache.getline: the line as the file holds it now, or null.</summary>
    private static string? SourceLine(string filename, int lineno)
    {
        if (lineno < 1)
            return null;
        try
        {
            using var reader = new StreamReader(filename, detectEncodingFromByteOrderMarks: true);
            for (int i = 1; reader.ReadLine() is string line; i++)
                if (i == lineno)
                    return line;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
        }
        return null;
    }
}
