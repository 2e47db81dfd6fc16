namespace Sharpy.Cli.CommandLine;

/// <summary>What the program should run.</summary>
internal enum RunMode
{
    /// <summary>Standard input: a REPL when it is a terminal (or with <c>-i</c>), else a script.</summary>
    Stdin,
    Command,
    Module,
    File,
}

/// <summary>
/// The configuration CPython derives from its command line and PYTHON* environment variables
/// (PyConfig), in the units CPython uses: counters stay counters (<c>-vv</c> is 2, <c>-bb</c> is 2).
/// </summary>
internal sealed class CommandLineOptions
{
    public RunMode Mode { get; set; } = RunMode.Stdin;

    /// <summary>The <c>-c</c> program (without CPython's appended newline).</summary>
    public string? Command { get; set; }

    /// <summary>The <c>-m</c> module name.</summary>
    public string? Module { get; set; }

    /// <summary>The script path exactly as given.</summary>
    public string? Filename { get; set; }

    /// <summary><c>sys.argv</c> as CPython sets it before running (runpy later fixes argv[0] for -m).</summary>
    public List<string> Argv { get; } = [];

    /// <summary><c>sys.orig_argv</c>: the program name and every argument, unchanged.</summary>
    public List<string> OrigArgv { get; } = [];

    public int BytesWarning { get; set; }
    public int ParserDebug { get; set; }
    public int Inspect { get; set; }
    public int Interactive { get; set; }
    public bool Isolated { get; set; }
    public bool IgnoreEnvironment { get; set; }
    public int Optimize { get; set; }
    public bool SafePath { get; set; }
    public bool DontWriteBytecode { get; set; }
    public bool NoUserSite { get; set; }
    public bool NoSite { get; set; }
    public bool Unbuffered { get; set; }
    public int Verbose { get; set; }
    public bool SkipFirstLine { get; set; }
    public int Quiet { get; set; }
    public bool DevMode { get; set; }
    /// <summary>-X utf8[=0|1] / PYTHONUTF8 (sys.flags.utf8_mode).</summary>
    public int Utf8Mode { get; set; }
    /// <summary>-X warn_default_encoding / PYTHONWARNDEFAULTENCODING.</summary>
    public bool WarnDefaultEncoding { get; set; }
    /// <summary>-X tracemalloc[=N] / PYTHONTRACEMALLOC: frames to trace from start-up, 0 = off.</summary>
    public int TraceMalloc { get; set; }
    public bool ImportTime { get; set; }

    /// <summary><c>-W</c> options and PYTHONWARNINGS entries, in CPython's order (environment first).</summary>
    public List<string> WarnOptions { get; } = [];

    /// <summary>Raw <c>-X</c> options in command-line order (<c>name</c> or <c>name=value</c>).</summary>
    public List<string> XOptions { get; } = [];

    /// <summary>"default", "always" or "never".</summary>
    public string CheckHashBasedPycs { get; set; } = "default";

    /// <summary><c>sys.pycache_prefix</c>: null means None.</summary>
    public string? PycachePrefix { get; set; }

    /// <summary>PYTHONPATH entries (already split; empty entries kept as CPython keeps them).</summary>
    public List<string> PythonPath { get; } = [];

    /// <summary>PYTHONHASHSEED: null = random (hash randomisation on), else the seed.</summary>
    public uint? HashSeed { get; set; }

    /// <summary>PYTHONSTARTUP for the interactive prompt (null when unset or ignored).</summary>
    public string? Startup { get; set; }

    /// <summary>-X int_max_str_digits / PYTHONINTMAXSTRDIGITS; -1 = the default.</summary>
    public int IntMaxStrDigits { get; set; } = -1;

    /// <summary>Value of the FIRST <c>-X name</c>: null when absent, "" when given without "=value".</summary>
    // CPython 3.11: Python/initconfig.c _Py_get_xoption
    public string? GetXOption(string name)
    {
        foreach (string option in XOptions)
        {
            int eq = option.IndexOf('=');
            string key = eq < 0 ? option : option[..eq];
            if (key == name)
                return eq < 0 ? "" : option[(eq + 1)..];
        }
        return null;
    }

    /// <summary><c>sys._xoptions</c>: name → value string, or <c>true</c> for a bare name.</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> XOptionPairs()
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        foreach (string option in XOptions)
        {
            int eq = option.IndexOf('=');
            pairs.Add(eq < 0 ? new(option, null) : new(option[..eq], option[(eq + 1)..]));
        }
        return pairs;
    }
}
