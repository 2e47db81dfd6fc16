namespace Sharpy.Runtime.Hosting;

/// <summary>Start-up configuration of a <see cref="PythonRuntime"/> (CPython's PyConfig subset; sys.flags).</summary>
public sealed class RuntimeOptions
{
    public List<string> Argv { get; set; } = new() { "" };
    /// <summary>sys.orig_argv: the command line as the process received it (empty: use Argv).</summary>
    public List<string> OrigArgv { get; set; } = new();
    /// <summary>0, 1 (-O) or 2 (-OO).</summary>
    public int Optimize { get; set; }
    public int Verbose { get; set; }
    public bool DontWriteBytecode { get; set; }
    public bool IgnoreEnvironment { get; set; }
    public bool Isolated { get; set; }
    public bool NoSite { get; set; }
    public bool NoUserSite { get; set; }
    public bool Unbuffered { get; set; }
    public bool Quiet { get; set; }
    public bool Inspect { get; set; }
    /// <summary>-i given (sys.flags.interactive); PYTHONINSPECT sets only Inspect.</summary>
    public bool Interactive { get; set; }
    /// <summary>-d count / PYTHONDEBUG (sys.flags.debug).</summary>
    public int Debug { get; set; }
    /// <summary>-X dev / PYTHONDEVMODE.</summary>
    public bool DevMode { get; set; }
    /// <summary>-X utf8 / PYTHONUTF8 (sys.flags.utf8_mode).</summary>
    public int Utf8Mode { get; set; }
    /// <summary>-X warn_default_encoding / PYTHONWARNDEFAULTENCODING.</summary>
    public bool WarnDefaultEncoding { get; set; }
    /// <summary>False when PYTHONHASHSEED=0 (sys.flags.hash_randomization).</summary>
    public bool HashRandomization { get; set; } = true;
    /// <summary>-b count (0, 1 or 2).</summary>
    public int BytesWarning { get; set; }
    public List<string> WarnOptions { get; set; } = new();
    /// <summary>-X options: key → value (value is "True"-like when given without '=').</summary>
    public Dictionary<string, string?> XOptions { get; set; } = new();
    /// <summary>"default", "always" or "never".</summary>
    public string CheckHashBasedPycs { get; set; } = "default";
    public string? PycachePrefix { get; set; }
    public bool SafePath { get; set; }
    /// <summary>-X int_max_str_digits / PYTHONINTMAXSTRDIGITS, or -1 when not given (sys.flags shows -1, the limit is 4300).</summary>
    public int IntMaxStrDigits { get; set; } = -1;
    public string Executable { get; set; } = "";
    public List<string> SysPath { get; set; } = new();
    /// <summary>Sharpy's library directory (lib/), if found: Python submodules of native packages live
    /// in LIB/PACKAGE/ (importlib.resources beside the native importlib).</summary>
    public string? LibDirectory { get; set; }
    /// <summary>Standard descriptors (0, 1, 2) that are closed: their sys.std* stream is None.</summary>
    public HashSet<int> ClosedStandardDescriptors { get; set; } = new();
    public Stream? Stdin { get; set; }
    public Stream? Stdout { get; set; }
    public Stream? Stderr { get; set; }
    /// <summary>Stack size of the interpreter thread (bytes).</summary>
    public int ThreadStackSize { get; set; } = 256 * 1024 * 1024;
}
