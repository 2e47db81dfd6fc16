using System.Text;
using System.Text.RegularExpressions;
using Sharpy.Bytecode.Cache.Tools;
using Sharpy.Bytecode.Pyc;

namespace Sharpy.Bytecode.Cache;

/// <summary><c>python -m compileall</c> with every 3.11 flag, CPython's output lines and exit codes.</summary>
// CPython 3.11: Lib/compileall.py main
public static class CompileAllTool
{
    private const string Usage = """
        usage: compileall.py [-h] [-l] [-r RECURSION] [-f] [-q] [-b] [-d DESTDIR]
                             [-s STRIPDIR] [-p PREPENDDIR] [-x REGEXP] [-i FILE]
                             [-j WORKERS]
                             [--invalidation-mode {checked-hash,timestamp,unchecked-hash}]
                             [-o OPT_LEVELS] [-e DIR] [--hardlink-dupes]
                             [FILE|DIR ...]

        """;

    private const string HelpBody = """

        Utilities to support installing Python libraries.

        positional arguments:
          FILE|DIR              zero or more file and directory names to compile; if
                                no arguments given, defaults to the equivalent of -l
                                sys.path

        options:
          -h, --help            show this help message and exit
          -l                    don't recurse into subdirectories
          -r RECURSION          control the maximum recursion level. if `-l` and `-r`
                                options are specified, then `-r` takes precedence.
          -f                    force rebuild even if timestamps are up to date
          -q                    output only error messages; -qq will suppress the
                                error messages as well.
          -b                    use legacy (pre-PEP3147) compiled file locations
          -d DESTDIR            directory to prepend to file paths for use in compile-
                                time tracebacks and in runtime tracebacks in cases
                                where the source file is unavailable
          -s STRIPDIR           part of path to left-strip from path to source file -
                                for example buildroot. `-d` and `-s` options cannot be
                                specified together.
          -p PREPENDDIR         path to add as prefix to path to source file - for
                                example / to make it absolute when some part is
                                removed by `-s` option. `-d` and `-p` options cannot
                                be specified together.
          -x REGEXP             skip files matching the regular expression; the regexp
                                is searched for in the full path of each file
                                considered for compilation
          -i FILE               add all the files and directories listed in FILE to
                                the list considered for compilation; if "-", names are
                                read from stdin
          -j WORKERS, --workers WORKERS
                                Run compileall concurrently
          --invalidation-mode {checked-hash,timestamp,unchecked-hash}
                                set .pyc invalidation mode; defaults to "checked-hash"
                                if the SOURCE_DATE_EPOCH environment variable is set,
                                and "timestamp" otherwise.
          -o OPT_LEVELS         Optimization levels to run compilation with. Default
                                is -1 which uses the optimization level of the Python
                                interpreter itself (see -O).
          -e DIR                Ignore symlinks pointing outsite of the DIR
          --hardlink-dupes      Hardlink duplicated pyc files

        """;

    private static readonly string[] Modes = ["checked-hash", "timestamp", "unchecked-hash"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, CompileHost host)
    {
        if (CompileAllWorkers.IsWorker) return ServeAsWorker(host);
        var parser = new ArgParser()
            .Add("help", false, "-h", "--help").Add("maxlevels", false, "-l").Add("recursion", true, "-r")
            .Add("force", false, "-f").Add("quiet", false, "-q").Add("legacy", false, "-b")
            .Add("ddir", true, "-d").Add("stripdir", true, "-s").Add("prependdir", true, "-p")
            .Add("rx", true, "-x").Add("flist", true, "-i").Add("workers", true, "-j", "--workers")
            .Add("invalidation_mode", true, "--invalidation-mode").Add("opt_levels", true, "-o")
            .Add("limit_sl_dest", true, "-e").Add("hardlink_dupes", false, "--hardlink-dupes");
        int? maxLevels = null, recursion = null;
        int quiet = 0, workers = 1;
        bool force = false, legacy = false, hardlinkDupes = false;
        string? ddir = null, stripDir = null, prependDir = null, rx = null, flist = null, limit = null, mode = null;
        List<int>? optLevels = null;
        List<string> dests;
        try
        {
            var (options, positionals) = parser.Parse(args);
            foreach (var (dest, value) in options)
            {
                switch (dest)
                {
                    case "help": stdout.Write(Usage + HelpBody); return 0;
                    case "maxlevels": maxLevels = 0; break;
                    case "recursion": recursion = ArgParser.ParseInt(value!, "-r"); break;
                    case "force": force = true; break;
                    case "quiet": quiet++; break;
                    case "legacy": legacy = true; break;
                    case "ddir": ddir = value; break;
                    case "stripdir": stripDir = value; break;
                    case "prependdir": prependDir = value; break;
                    case "rx": rx = value; break;
                    case "flist": flist = value; break;
                    case "workers": workers = ArgParser.ParseInt(value!, "-j/--workers"); break;
                    case "invalidation_mode":
                        if (!Modes.Contains(value))
                            throw new UsageException($"argument --invalidation-mode: invalid choice: {ArgParser.PyRepr(value!)} (choose from 'checked-hash', 'timestamp', 'unchecked-hash')");
                        mode = value;
                        break;
                    case "opt_levels": (optLevels ??= []).Add(ArgParser.ParseInt(value!, "-o")); break;
                    case "limit_sl_dest": limit = value; break;
                    case "hardlink_dupes": hardlinkDupes = true; break;
                }
            }
            dests = positionals;
            optLevels ??= [-1];
            if (optLevels.Count == 1 && hardlinkDupes)
                throw new UsageException("Hardlinking of duplicated bytecode makes sense only for more than one optimization level.");
            if (ddir is not null && (stripDir is not null || prependDir is not null))
                throw new UsageException("-d cannot be used in combination with -s or -p");
        }
        catch (UsageException e)
        {
            stderr.Write(Usage + $"compileall.py: error: {e.Message}\n");
            return 2;
        }

        Regex? regex = null;
        if (rx is not null)
        {
            try
            {
                regex = new Regex(rx, RegexOptions.CultureInvariant);
            }
            catch (ArgumentException e)
            {
                stderr.Write($"re.error: {e.Message}\n");
                return 1;
            }
        }
        if (limit == "") limit = null;
        int? levels = recursion ?? maxLevels;

        if (flist is not null)
        {
            try
            {
                var lines = flist == "-" ? ReadAll(host.Stdin) : File.ReadAllLines(flist);
                dests.AddRange(lines.Select(line => line.Trim()));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                if (quiet < 2) stdout.WriteLine($"Error reading file list {flist}");
                return 1;
            }
        }

        PycInvalidationMode? invalidationMode = mode switch
        {
            "checked-hash" => PycInvalidationMode.CheckedHash,
            "unchecked-hash" => PycInvalidationMode.UncheckedHash,
            "timestamp" => PycInvalidationMode.Timestamp,
            _ => null,
        };

        var compiler = new CompileAll(host, stdout);
        var compileOptions = new CompileAllOptions
        {
            Ddir = ddir, Force = force, Rx = regex, Quiet = quiet, Legacy = legacy, Optimize = optLevels,
            Workers = workers, InvalidationMode = invalidationMode, StripDir = stripDir, PrependDir = prependDir,
            LimitSymlinkDestination = limit, HardlinkDupes = hardlinkDupes,
        };
        bool success = true;
        try
        {
            if (dests.Count == 0)
                return compiler.CompilePath(legacy: legacy, force: force, quiet: quiet, invalidationMode: invalidationMode) ? 0 : 1;
            foreach (string dest in dests)
            {
                bool ok = File.Exists(dest)
                    ? compiler.CompileFile(dest, compileOptions)
                    : compiler.CompileDir(dest, levels, compileOptions);
                if (!ok) success = false;
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            stderr.Write("Traceback (most recent call last):\nValueError: workers must be greater or equal to 0\n");
            return 1;
        }
        return success ? 0 : 1;
    }

    private static int ServeAsWorker(CompileHost host)
    {
        var utf8 = new UTF8Encoding(false);
        using var input = new StreamReader(Console.OpenStandardInput(), utf8);
        using var output = new StreamWriter(Console.OpenStandardOutput(), utf8);
        return CompileAllWorkers.Serve(host, input, output);
    }

    private static string[] ReadAll(TextReader reader)
    {
        var lines = new List<string>();
        while (reader.ReadLine() is string line) lines.Add(line);
        return [.. lines];
    }
}
