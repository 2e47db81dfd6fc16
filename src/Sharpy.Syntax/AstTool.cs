using Sharpy.Syntax.Parsing;

namespace Sharpy.Syntax;

/// <summary>
/// <c>python -m ast</c> (CPython 3.11 Lib/ast.py main) including argparse's usage, help and errors.
/// SyntaxErrors propagate as <see cref="Diagnostics.SyntaxErrorException"/> for the CLI to print.
/// </summary>
public static class AstTool
{
    private const string Usage =
        "usage: python -m ast [-h] [-m {exec,single,eval,func_type}]\n" +
        "                     [--no-type-comments] [-a] [-i INDENT]\n" +
        "                     [infile]\n";

    private const string Help = Usage + "\n" +
        "positional arguments:\n" +
        "  infile                the file to parse; defaults to stdin\n" +
        "\n" +
        "options:\n" +
        "  -h, --help            show this help message and exit\n" +
        "  -m {exec,single,eval,func_type}, --mode {exec,single,eval,func_type}\n" +
        "                        specify what kind of code must be parsed\n" +
        "  --no-type-comments    don't add information about type comments\n" +
        "  -a, --include-attributes\n" +
        "                        include attributes such as line numbers and column\n" +
        "                        offsets\n" +
        "  -i INDENT, --indent INDENT\n" +
        "                        indentation of nodes (number of spaces)\n";

    private static readonly string[] s_longOptions = { "--help", "--mode", "--no-type-comments", "--include-attributes", "--indent" };
    private static readonly string[] s_modes = { "exec", "single", "eval", "func_type" };

    private sealed class UsageError : Exception
    {
        public UsageError(string message) : base(message) { }
    }

    /// <summary>Runs the tool; returns the process exit code.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        string mode = "exec";
        bool typeComments = true, attributes = false;
        int indent = 3;
        string? infile = null;
        byte[]? fileBytes = null;
        var extras = new List<string>();
        try
        {
            bool onlyPositionals = false;
            for (int i = 0; i < args.Length; i++)
            {
                string a = args[i];
                if (onlyPositionals || a == "-" || !a.StartsWith('-') || LooksNegativeNumber(a))
                {
                    if (infile == null)
                    {
                        infile = a;
                        if (a != "-") fileBytes = OpenFile(a);
                    }
                    else extras.Add(a);
                    continue;
                }
                if (a == "--") { onlyPositionals = true; continue; }
                if (a.StartsWith("--", StringComparison.Ordinal))
                {
                    string name = a;
                    string? value = null;
                    int eq = a.IndexOf('=');
                    if (eq >= 0) { name = a[..eq]; value = a[(eq + 1)..]; }
                    string? full = MatchLong(name);
                    if (full == null) { extras.Add(a); continue; }
                    switch (full)
                    {
                        case "--help": if (value != null) throw Ignored(a, "-h/--help"); stdout.Write(Help); return 0;
                        case "--no-type-comments": if (value != null) throw Ignored(a, "--no-type-comments"); typeComments = false; break;
                        case "--include-attributes": if (value != null) throw Ignored(a, "-a/--include-attributes"); attributes = true; break;
                        case "--mode": mode = ParseMode(value ?? NextValue(args, ref i, "-m/--mode")); break;
                        case "--indent": indent = ParseIndent(value ?? NextValue(args, ref i, "-i/--indent")); break;
                    }
                    continue;
                }
                // A cluster of short options: -a, -h, -mVALUE, -iVALUE, -ai 2 ...
                for (int k = 1; k < a.Length; k++)
                {
                    char c = a[k];
                    if (c == 'h') { stdout.Write(Help); return 0; }
                    if (c == 'a') { attributes = true; continue; }
                    if (c is 'm' or 'i')
                    {
                        string rest = a[(k + 1)..];
                        if (rest.StartsWith('=')) rest = rest[1..];
                        string v = rest.Length > 0 ? rest : NextValue(args, ref i, c == 'm' ? "-m/--mode" : "-i/--indent");
                        if (c == 'm') mode = ParseMode(v); else indent = ParseIndent(v);
                        break;
                    }
                    extras.Add(k == 1 ? a : "-" + a[k..]);
                    break;
                }
            }
            if (extras.Count > 0) throw new UsageError("unrecognized arguments: " + string.Join(" ", extras));
        }
        catch (UsageError e)
        {
            stderr.Write(Usage);
            stderr.WriteLine($"python -m ast: error: {e.Message}");
            return 2;
        }

        string filename = infile is null or "-" ? "<stdin>" : infile;
        var options = new ParseOptions { TypeComments = typeComments };
        ParseMode parseMode = mode switch
        {
            "eval" => Parsing.ParseMode.Eval,
            "single" => Parsing.ParseMode.Single,
            "func_type" => Parsing.ParseMode.FuncType,
            _ => Parsing.ParseMode.Exec,
        };
        var tree = fileBytes != null
            ? PythonParser.Parse(fileBytes, filename, parseMode, options)
            : PythonParser.Parse(stdin.ReadToEnd(), filename, parseMode, options);
        stdout.Write(AstDump.Dump(tree, attributes, Math.Max(0, indent)));
        stdout.Write('\n');
        return 0;
    }

    private static UsageError Ignored(string arg, string name) =>
        new($"argument {name}: ignored explicit argument '{arg[(arg.IndexOf('=') + 1)..]}'");

    private static bool LooksNegativeNumber(string a) =>
        a.Length > 1 && a[0] == '-' && double.TryParse(a.AsSpan(1), System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture, out _) && char.IsAsciiDigit(a[1]) | a[1] == '.';

    private static string? MatchLong(string name)
    {
        foreach (string o in s_longOptions) if (o == name) return o;
        var matches = s_longOptions.Where(o => o.StartsWith(name, StringComparison.Ordinal)).ToList();
        if (matches.Count == 1) return matches[0];
        if (matches.Count > 1)
            throw new UsageError($"ambiguous option: {name} could match {string.Join(", ", matches)}");
        return null;
    }

    private static string NextValue(string[] args, ref int i, string name)
    {
        if (i + 1 >= args.Length || (args[i + 1].StartsWith('-') && args[i + 1] != "-" && !LooksNegativeNumber(args[i + 1])))
            throw new UsageError($"argument {name}: expected one argument");
        return args[++i];
    }

    private static string ParseMode(string v)
    {
        if (Array.IndexOf(s_modes, v) < 0)
            throw new UsageError($"argument -m/--mode: invalid choice: '{v}' (choose from 'exec', 'single', 'eval', 'func_type')");
        return v;
    }

    private static int ParseIndent(string v)
    {
        string t = v.Trim();
        if (!int.TryParse(t.Replace("_", ""), System.Globalization.NumberStyles.AllowLeadingSign,
                System.Globalization.CultureInfo.InvariantCulture, out int n) || t.StartsWith('_') || t.EndsWith('_') || t.Contains("__"))
            throw new UsageError($"argument -i/--indent: invalid int value: '{v}'");
        return n;
    }

    private static byte[] OpenFile(string path)
    {
        try
        {
            if (Directory.Exists(path))
                throw new UsageError($"argument infile: can't open '{path}': [Errno 21] Is a directory: '{path}'");
            return File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            throw new UsageError($"argument infile: can't open '{path}': [Errno 2] No such file or directory: '{path}'");
        }
        catch (DirectoryNotFoundException)
        {
            throw new UsageError($"argument infile: can't open '{path}': [Errno 2] No such file or directory: '{path}'");
        }
        catch (UnauthorizedAccessException)
        {
            throw new UsageError($"argument infile: can't open '{path}': [Errno 13] Permission denied: '{path}'");
        }
    }
}
