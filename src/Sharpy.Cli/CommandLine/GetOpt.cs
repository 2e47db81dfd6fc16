namespace Sharpy.Cli.CommandLine;

/// <summary>
/// A port of CPython's own option scanner (not POSIX getopt): clustered short options
/// (<c>-OO</c>, <c>-Bc code</c>), attached arguments (<c>-cprint(1)</c>), the special spellings
/// <c>--help</c>/<c>--version</c>, a handful of long options and CPython's exact diagnostics.
/// </summary>
// CPython 3.11: Python/getopt.c _PyOS_GetOpt
internal sealed class GetOpt
{
    /// <summary>Returned when the scanner rejected an option (the message is already written).</summary>
    public const char Error = '_';

    /// <summary>Returned for a long option; <see cref="LongIndex"/> says which.</summary>
    public const char Long = '\0';

    private const string ShortOptions = "bBc:dEhiIJm:OPqRsStuvVW:xX:?";

    /// <summary>CPython's long options, in CPython's order (the index is what the caller switches on).</summary>
    public static readonly (string Name, bool HasArg)[] LongOptions =
    [
        ("check-hash-based-pycs", true),
        ("help-all", false),
        ("help-xoptions", false),
        ("help-env", false),
    ];

    private readonly IReadOnlyList<string> _argv;
    private readonly TextWriter? _errors;
    private string _cluster = "";
    private int _clusterPos;

    /// <param name="argv">Arguments WITHOUT the program name.</param>
    /// <param name="errors">Where diagnostics go; null scans silently (CPython's opterr = 0).</param>
    public GetOpt(IReadOnlyList<string> argv, TextWriter? errors)
    {
        _argv = argv;
        _errors = errors;
    }

    /// <summary>Index of the next argument not consumed yet.</summary>
    public int Index { get; set; }

    public string? OptionArgument { get; private set; }

    public int LongIndex { get; private set; } = -1;

    /// <summary>The next option character, <see cref="Long"/>, <see cref="Error"/>, or null at the end of the options.</summary>
    public char? Next()
    {
        OptionArgument = null;
        LongIndex = -1;
        if (_clusterPos >= _cluster.Length)
        {
            if (Index >= _argv.Count)
                return null;
            string arg = _argv[Index];
            if (arg.Length < 2 || arg[0] != '-')
                return null; // a file name, or a lone "-" (stdin)
            if (arg == "--")
            {
                Index++;
                return null;
            }
            if (arg == "--help")
            {
                Index++;
                return 'h';
            }
            if (arg == "--version")
            {
                Index++;
                return 'V';
            }
            _cluster = arg;
            _clusterPos = 1;
            Index++;
        }

        char option = _cluster[_clusterPos++];
        if (option == '-')
            return ScanLongOption();

        if (option == 'J')
        {
            _errors?.Write("-J is reserved for Jython\n");
            return Error;
        }

        // ':' is found in the spec string too, as in CPython; the caller then rejects it silently.
        int spec = ShortOptions.IndexOf(option);
        if (spec < 0)
        {
            // CPython prints the option as a C char: only the low byte of the code unit survives.
            _errors?.Write($"Unknown option: -{(char)(byte)option}\n");
            return Error;
        }

        bool takesArgument = spec + 1 < ShortOptions.Length && ShortOptions[spec + 1] == ':';
        if (takesArgument)
        {
            if (_clusterPos < _cluster.Length)
            {
                OptionArgument = _cluster[_clusterPos..];
                _clusterPos = _cluster.Length;
            }
            else
            {
                if (Index >= _argv.Count)
                {
                    _errors?.Write($"Argument expected for the -{option} option\n");
                    return Error;
                }
                OptionArgument = _argv[Index++];
            }
        }
        return option;
    }

    private char? ScanLongOption()
    {
        string name = _cluster[_clusterPos..];
        _clusterPos = _cluster.Length;
        if (name.Length == 0)
        {
            // "-B-": CPython complains and then treats the rest of argv as the program and its arguments.
            _errors?.Write("expected long option\n");
            return null;
        }
        for (int i = 0; i < LongOptions.Length; i++)
        {
            if (LongOptions[i].Name != name)
                continue;
            LongIndex = i;
            if (!LongOptions[i].HasArg)
                return Long;
            if (Index >= _argv.Count)
            {
                _errors?.Write($"Argument expected for the {_argv[Index - 1]} options\n");
                return Error;
            }
            OptionArgument = _argv[Index++];
            return Long;
        }
        _errors?.Write($"unknown option {_argv[Index - 1]}\n");
        return Error;
    }
}
