namespace Sharpy.Cli.CommandLine;

/// <summary>Result of parsing: either options to run with, or an exit code (output already written).</summary>
internal readonly record struct ParseOutcome(CommandLineOptions? Options, int ExitCode)
{
    public static ParseOutcome Exit(int code) => new(null, code);
    public static ParseOutcome Run(CommandLineOptions options) => new(options, 0);
}

/// <summary>
/// Turns argv and the environment into <see cref="CommandLineOptions"/> the way CPython 3.11 builds its
/// PyConfig: the same option scanner, the same precedence between options and PYTHON* variables, the
/// same messages, and the same order in which errors are detected.
/// </summary>
// CPython 3.11: Python/initconfig.c config_parse_cmdline, config_read_env_vars; Python/preconfig.c
internal static class CommandLineParser
{
    public static ParseOutcome Parse(
        IReadOnlyList<string> args, Func<string, string?> getEnv, string program, TextWriter stdout, TextWriter stderr)
    {
        // Pre-configuration pass (silent), as CPython's _PyPreCmdline_Read: -E, -I and -X utf8 are
        // needed before anything else, and a bad -X utf8 is fatal even when later options are wrong.
        bool useEnvironment = true;
        var preScan = new GetOpt(args, errors: null);
        while (preScan.Next() is char c && c != 'c' && c != 'm')
        {
            if (c == 'E') useEnvironment = false;
            else if (c == 'I') useEnvironment = false;
            else if (c == 'X' && !CheckUtf8Option(preScan.OptionArgument!, stderr))
                return ParseOutcome.Exit(1);
        }
        if (useEnvironment && Nonempty(getEnv("PYTHONUTF8")) is string utf8 && utf8 != "0" && utf8 != "1")
        {
            FatalError.Write(stderr, "preconfig_init_utf8_mode", "invalid PYTHONUTF8 environment variable value", "preinitializing");
            return ParseOutcome.Exit(1);
        }

        var options = new CommandLineOptions();
        options.OrigArgv.Add(program);
        options.OrigArgv.AddRange(args);
        var getopt = new GetOpt(args, stderr);
        int printVersion = 0;
        while (true)
        {
            char? next = getopt.Next();
            if (next is null)
                break;
            char option = next.Value;
            if (option == 'c')
            {
                options.Command = getopt.OptionArgument;
                options.Mode = RunMode.Command;
                break; // -c ends the options: what follows belongs to the program
            }
            if (option == 'm')
            {
                options.Module = getopt.OptionArgument;
                options.Mode = RunMode.Module;
                break;
            }
            if (option == GetOpt.Long)
            {
                switch (getopt.LongIndex)
                {
                    case 0:
                        string mode = getopt.OptionArgument!;
                        if (mode is not ("always" or "never" or "default"))
                        {
                            stderr.Write("--check-hash-based-pycs must be one of 'default', 'always', or 'never'\n");
                            stderr.Write(HelpText.ErrorUsage(program));
                            return ParseOutcome.Exit(2);
                        }
                        options.CheckHashBasedPycs = mode;
                        continue;
                    case 1:
                        stdout.Write(HelpText.All(program));
                        return ParseOutcome.Exit(0);
                    case 2:
                        stdout.Write(HelpText.XOptions);
                        return ParseOutcome.Exit(0);
                    case 3:
                        stdout.Write(HelpText.EnvironmentVariables);
                        return ParseOutcome.Exit(0);
                }
            }
            switch (option)
            {
                case 'b': options.BytesWarning++; break;
                case 'd': options.ParserDebug++; break;
                case 'i': options.Inspect++; options.Interactive++; break;
                case 'I': options.Isolated = true; break;
                case 'O': options.Optimize++; break;
                case 'P': options.SafePath = true; break;
                case 'B': options.DontWriteBytecode = true; break;
                case 's': options.NoUserSite = true; break;
                case 'S': options.NoSite = true; break;
                case 'E': options.IgnoreEnvironment = true; break;
                case 't': break; // ignored for backwards compatibility
                case 'u': options.Unbuffered = true; break;
                case 'v': options.Verbose++; break;
                case 'x': options.SkipFirstLine = true; break;
                case 'h':
                case '?':
                    stdout.Write(HelpText.Usage(program));
                    return ParseOutcome.Exit(0);
                case 'V': printVersion++; break;
                case 'W': options.WarnOptions.Add(getopt.OptionArgument!); break;
                case 'X': options.XOptions.Add(getopt.OptionArgument!); break;
                case 'q': options.Quiet++; break;
                case 'R': break; // hash randomisation is always on (PYTHONHASHSEED still applies)
                default:
                    // Rejected option (message written by the scanner) or one CPython's switch lacks.
                    stderr.Write(HelpText.ErrorUsage(program));
                    return ParseOutcome.Exit(2);
            }
        }

        if (printVersion > 0)
        {
            stdout.Write("Python " + (printVersion >= 2 ? VersionInfo.Full : VersionInfo.Short) + "\n");
            return ParseOutcome.Exit(0);
        }

        int index = getopt.Index;
        if (options.Mode == RunMode.Stdin && index < args.Count && args[index] != "-")
        {
            options.Filename = args[index];
            options.Mode = RunMode.File;
        }
        if (options.Mode is RunMode.Command or RunMode.Module)
            index--; // argv[0] becomes "-c"/"-m" in place of the option's argument

        if (index >= args.Count)
            options.Argv.Add("");
        else
            for (int i = index; i < args.Count; i++)
                options.Argv.Add(args[i]);
        if (options.Mode == RunMode.Command)
            options.Argv[0] = "-c";
        else if (options.Mode == RunMode.Module)
            options.Argv[0] = "-m";

        if (options.Isolated)
        {
            options.IgnoreEnvironment = true;
            options.NoUserSite = true;
            options.SafePath = true;
        }
        if (!useEnvironment)
            options.IgnoreEnvironment = true;

        return EnvironmentSettings.Apply(options, options.IgnoreEnvironment ? _ => null : getEnv, stderr);
    }

    private static bool CheckUtf8Option(string xoption, TextWriter stderr)
    {
        if (xoption != "utf8" && !xoption.StartsWith("utf8=", StringComparison.Ordinal))
            return true;
        if (xoption is "utf8" or "utf8=0" or "utf8=1")
            return true;
        FatalError.Write(stderr, "preconfig_init_utf8_mode", "invalid -X utf8 option value", "preinitializing");
        return false;
    }

    /// <summary>CPython's _Py_GetEnv: an empty variable counts as unset.</summary>
    internal static string? Nonempty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
