namespace Sharpy.Syntax.Parsing;

/// <summary>Python 3.11's hard keywords (keyword.kwlist). Soft keywords (match, case, _) are names.</summary>
internal static class Keywords
{
    private static readonly HashSet<string> s_hard = new(StringComparer.Ordinal)
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
        "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    };

    public static bool IsHardKeyword(string name) => name.Length >= 2 && name.Length <= 8 && s_hard.Contains(name);
}
