using System.Reflection;

namespace Sharpy.Cli.CommandLine;

/// <summary>
/// CPython 3.11's usage and help texts. The bodies are kept verbatim in embedded text files (they have
/// significant trailing spaces); only the program name in the usage line is Sharpy's.
/// </summary>
// CPython 3.11: Python/initconfig.c config_usage, config_complete_usage, config_envvars_usage, config_xoptions_usage
internal static class HelpText
{
    /// <summary>The name the error hint tells the user to run (CPython hard-codes "python" here).</summary>
    public const string HintCommand = "sharpy";

    public static string UsageLine(string program) =>
        $"usage: {program} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

    /// <summary>What a command-line error prints after its own message (on stderr).</summary>
    public static string ErrorUsage(string program) =>
        UsageLine(program) + $"Try `{HintCommand} -h' for more information.\n";

    /// <summary><c>-h</c>.</summary>
    public static string Usage(string program) => UsageLine(program) + Resource("usage-help.txt");

    public static string EnvironmentVariables => Resource("help-env.txt");

    public static string XOptions => Resource("help-xoptions.txt");

    /// <summary><c>--help-all</c>: C's puts("\n") after each part gives the two blank lines.</summary>
    public static string All(string program) =>
        Usage(program) + "\n\n" + EnvironmentVariables + "\n\n" + XOptions;

    private static string Resource(string name)
    {
        Assembly assembly = typeof(HelpText).Assembly;
        using Stream? stream = assembly.GetManifestResourceStream("Sharpy.Cli.Help." + name);
        if (stream is null)
            return "";
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
