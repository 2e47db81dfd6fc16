using System.Globalization;

namespace Sharpy.Cli.CommandLine;

/// <summary>
/// The PYTHON* environment variables and the settings that mix options with variables
/// (pycache prefix, import timing, warnings, hash seed), with CPython's parsing rules.
/// </summary>
// CPython 3.11: Python/initconfig.c config_read_env_vars, config_init_pycache_prefix, config_init_warnoptions
internal static class EnvironmentSettings
{
    /// <param name="getEnv">Already returns null for everything under -E/-I.</param>
    public static ParseOutcome Apply(CommandLineOptions options, Func<string, string?> getEnv, TextWriter stderr)
    {
        options.ParserDebug = Math.Max(options.ParserDebug, EnvFlag(getEnv, "PYTHONDEBUG"));
        options.Verbose = Math.Max(options.Verbose, EnvFlag(getEnv, "PYTHONVERBOSE"));
        options.Optimize = Math.Max(options.Optimize, EnvFlag(getEnv, "PYTHONOPTIMIZE"));
        options.Inspect = Math.Max(options.Inspect, EnvFlag(getEnv, "PYTHONINSPECT"));
        if (EnvFlag(getEnv, "PYTHONDONTWRITEBYTECODE") > 0) options.DontWriteBytecode = true;
        if (EnvFlag(getEnv, "PYTHONNOUSERSITE") > 0) options.NoUserSite = true;
        if (EnvFlag(getEnv, "PYTHONUNBUFFERED") > 0) options.Unbuffered = true;
        if (Env(getEnv, "PYTHONSAFEPATH") is not null) options.SafePath = true;
        options.Startup = Env(getEnv, "PYTHONSTARTUP");

        if (!TryReadHashSeed(options, getEnv, stderr))
            return ParseOutcome.Exit(1);

        if (Env(getEnv, "PYTHONPATH") is string pythonPath)
            foreach (string entry in pythonPath.Split(':'))
                options.PythonPath.Add(Path.GetFullPath(entry.Length == 0 ? "." : entry));

        options.DevMode = options.GetXOption("dev") is not null || Env(getEnv, "PYTHONDEVMODE") is not null;
        options.Utf8Mode = Utf8Mode(options, getEnv);
        options.WarnDefaultEncoding = options.GetXOption("warn_default_encoding") is not null
            || Env(getEnv, "PYTHONWARNDEFAULTENCODING") is not null;
        options.ImportTime = options.GetXOption("importtime") is not null || Env(getEnv, "PYTHONPROFILEIMPORTTIME") is not null;

        // -X pycache_prefix wins over the variable; "-X pycache_prefix" or "=" alone means None.
        string? prefixOption = options.GetXOption("pycache_prefix");
        options.PycachePrefix = prefixOption is not null
            ? (prefixOption.Length > 0 ? prefixOption : null)
            : Env(getEnv, "PYTHONPYCACHEPREFIX");

        if (!TryReadIntMaxStrDigits(options, getEnv, stderr) || !TryReadTraceMalloc(options, getEnv, stderr))
            return ParseOutcome.Exit(1);

        if (options.GetXOption("frozen_modules") is string frozen && frozen.Length > 0 && frozen is not ("on" or "off"))
        {
            FatalError.Write(stderr, null, "bad value for option -X frozen_modules (expected \"on\" or \"off\")", "preinitialized");
            return ParseOutcome.Exit(1);
        }

        BuildWarnOptions(options, getEnv);
        return ParseOutcome.Run(options);
    }

    /// <summary>Lowest priority first, as sys.warnoptions lists them.</summary>
    private static void BuildWarnOptions(CommandLineOptions options, Func<string, string?> getEnv)
    {
        var ordered = new List<string>();
        if (options.DevMode)
            ordered.Add("default");
        if (Env(getEnv, "PYTHONWARNINGS") is string env)
            ordered.AddRange(env.Split(',', StringSplitOptions.RemoveEmptyEntries));
        ordered.AddRange(options.WarnOptions);
        if (options.BytesWarning > 0)
            ordered.Add(options.BytesWarning > 1 ? "error::BytesWarning" : "default::BytesWarning");
        options.WarnOptions.Clear();
        options.WarnOptions.AddRange(ordered);
    }

    private static bool TryReadHashSeed(CommandLineOptions options, Func<string, string?> getEnv, TextWriter stderr)
    {
        string? text = Env(getEnv, "PYTHONHASHSEED");
        if (text is null || text == "random")
            return true;
        if (StrToUnsigned(text) is ulong seed && seed <= uint.MaxValue)
        {
            options.HashSeed = (uint)seed;
            return true;
        }
        FatalError.Write(stderr, "config_init_hash_seed",
            "PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]", "preinitialized");
        return false;
    }

    private static bool TryReadIntMaxStrDigits(CommandLineOptions options, Func<string, string?> getEnv, TextWriter stderr)
    {
        const int threshold = 640;
        if (Env(getEnv, "PYTHONINTMAXSTRDIGITS") is string env)
        {
            if (StrToInt(env) is not int digits || (digits != 0 && digits < threshold))
            {
                FatalError.Write(stderr, "config_init_int_max_str_digits",
                    "PYTHONINTMAXSTRDIGITS: invalid limit; must be >= 640 or 0 for unlimited.", "preinitialized");
                return false;
            }
            options.IntMaxStrDigits = digits;
        }
        if (options.GetXOption("int_max_str_digits") is string option)
        {
            // A bare "-X int_max_str_digits" gives "", which fails to parse like CPython's missing value.
            if (StrToInt(option) is not int digits || (digits != 0 && digits < threshold))
            {
                FatalError.Write(stderr, "config_init_int_max_str_digits",
                    "-X int_max_str_digits: invalid limit; must be >= 640 or 0 for unlimited.", "preinitialized");
                return false;
            }
            options.IntMaxStrDigits = digits;
        }
        return true;
    }

    /// <summary>-X utf8 wins over PYTHONUTF8 (both already validated by the pre-configuration pass).</summary>
    // CPython 3.11: Python/preconfig.c preconfig_init_utf8_mode
    private static int Utf8Mode(CommandLineOptions options, Func<string, string?> getEnv)
    {
        if (options.GetXOption("utf8") is string option)
            return option == "0" ? 0 : 1;
        return Env(getEnv, "PYTHONUTF8") == "1" ? 1 : 0;
    }

    /// <summary>PYTHONTRACEMALLOC, then -X tracemalloc (a bare option means 1 frame); a bad number is fatal.</summary>
    // CPython 3.11: Python/initconfig.c config_init_tracemalloc
    private static bool TryReadTraceMalloc(CommandLineOptions options, Func<string, string?> getEnv, TextWriter stderr)
    {
        if (Env(getEnv, "PYTHONTRACEMALLOC") is string env)
        {
            if (StrToInt(env) is not int frames || frames < 0)
            {
                FatalError.Write(stderr, "config_init_tracemalloc", "PYTHONTRACEMALLOC: invalid number of frames", "preinitialized");
                return false;
            }
            options.TraceMalloc = frames;
        }
        if (options.GetXOption("tracemalloc") is string option)
        {
            int? frames = option.Length == 0 ? 1 : StrToInt(option);
            if (frames is not int n || n < 0)
            {
                FatalError.Write(stderr, "config_init_tracemalloc", "-X tracemalloc=NFRAME: invalid number of frames", "preinitialized");
                return false;
            }
            options.TraceMalloc = n;
        }
        return true;
    }

    /// <summary>CPython's _Py_get_env_flag: unset/empty = 0; non-integer or negative text = 1.</summary>
    internal static int EnvFlag(Func<string, string?> getEnv, string name)
    {
        string? text = Env(getEnv, name);
        if (text is null)
            return 0;
        return StrToInt(text) is int value && value >= 0 ? value : 1;
    }

    private static string? Env(Func<string, string?> getEnv, string name) => CommandLineParser.Nonempty(getEnv(name));

    /// <summary>C's strtol(s, &amp;end, 10) that must consume the whole string and fit an int.</summary>
    internal static int? StrToInt(string text)
    {
        string trimmed = text.TrimStart(' ', '\t', '\n', '\v', '\f', '\r');
        if (trimmed.Length == 0 || !IsSignedDigits(trimmed))
            return null;
        return int.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) ? value : null;
    }

    /// <summary>C's strtoul(s, &amp;end, 10) with a full-consumption check; "-1" wraps as in C, so it is rejected.</summary>
    private static ulong? StrToUnsigned(string text)
    {
        string trimmed = text.TrimStart(' ', '\t', '\n', '\v', '\f', '\r');
        if (trimmed.Length == 0 || !IsSignedDigits(trimmed))
            return null;
        bool negative = trimmed[0] == '-';
        string digits = trimmed[0] is '+' or '-' ? trimmed[1..] : trimmed;
        if (!ulong.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out ulong value))
            return null;
        return negative && value != 0 ? null : value;
    }

    private static bool IsSignedDigits(string s)
    {
        int start = s[0] is '+' or '-' ? 1 : 0;
        if (start == s.Length)
            return false;
        for (int i = start; i < s.Length; i++)
            if (s[i] is < '0' or > '9')
                return false;
        return true;
    }
}
