namespace Sharpy.Runtime.Modules.Re;

/// <summary>CPython's re flag values (re.RegexFlag).</summary>
internal static class ReFlags
{
    public const int Template = 1, IgnoreCase = 2, Locale = 4, Multiline = 8, DotAll = 16, Unicode = 32, Verbose = 64, Debug = 128, Ascii = 256;

    // CPython 3.11: re/__init__.py RegexFlag.__repr__ (order of members).
    private static readonly (int Bit, string Name)[] Names =
    [
        (Template, "TEMPLATE"), (IgnoreCase, "IGNORECASE"), (Locale, "LOCALE"), (Multiline, "MULTILINE"),
        (DotAll, "DOTALL"), (Unicode, "UNICODE"), (Verbose, "VERBOSE"), (Debug, "DEBUG"), (Ascii, "ASCII"),
    ];

    public static string Repr(int flags)
    {
        var parts = new List<string>();
        foreach (var (bit, name) in Names)
            if ((flags & bit) != 0) { parts.Add("re." + name); flags &= ~bit; }
        if (flags != 0) parts.Add($"0x{flags:x}");
        return string.Join("|", parts);
    }
}
