using System.Globalization;
using System.Text.RegularExpressions;

namespace Sharpy.Bytecode.Cache.Tools;

/// <summary>Thrown for a command-line usage error; the message is argparse's (after "prog: error: ").</summary>
internal sealed class UsageException(string message) : Exception(message)
{
}

/// <summary>
/// The subset of Python's argparse the cache tools need, with its parsing rules: short-option
/// clusters (-qq, -lr5), attached values (-r5, --workers=3), unique prefixes of long options,
/// "--" ending options, negative numbers accepted as values, and argparse's error messages.
/// </summary>
internal sealed partial class ArgParser
{
    internal sealed record Option(string[] Names, string Dest, bool TakesValue, string? Display = null);

    private readonly List<Option> _options = [];

    public ArgParser Add(string dest, bool takesValue, params string[] names)
    {
        _options.Add(new Option(names, dest, takesValue, string.Join('/', names)));
        return this;
    }

    /// <summary>Parsed occurrences in order: (dest, value or null) plus the positionals.</summary>
    public (List<(string Dest, string? Value)> Options, List<string> Positionals) Parse(IReadOnlyList<string> args)
    {
        var options = new List<(string, string?)>();
        var positionals = new List<string>();
        var unrecognized = new List<string>();
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg == "--")
            {
                positionals.AddRange(args.Skip(i + 1));
                break;
            }
            if (!arg.StartsWith('-') || arg == "-" || NegativeNumber().IsMatch(arg))
            {
                positionals.Add(arg);
                continue;
            }
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                int equals = arg.IndexOf('=');
                string name = equals < 0 ? arg : arg[..equals];
                var option = FindLong(name);
                if (option is null) { unrecognized.Add(arg); continue; }
                if (!option.TakesValue)
                {
                    if (equals >= 0) throw new UsageException($"argument {option.Display}: ignored explicit argument {PyRepr(arg[(equals + 1)..])}");
                    options.Add((option.Dest, null));
                    continue;
                }
                string value = equals >= 0 ? arg[(equals + 1)..] : TakeValue(args, ref i, option);
                options.Add((option.Dest, value));
                continue;
            }
            // "-r=5": argparse splits at '=' when the part before it is an option.
            int eq = arg.IndexOf('=');
            if (eq > 1 && _options.FirstOrDefault(o => o.Names.Contains(arg[..eq])) is { } exactShort)
            {
                if (!exactShort.TakesValue)
                    throw new UsageException($"argument {exactShort.Display}: ignored explicit argument {PyRepr(arg[(eq + 1)..])}");
                options.Add((exactShort.Dest, arg[(eq + 1)..]));
                continue;
            }
            // Short option cluster.
            for (int k = 1; k < arg.Length; k++)
            {
                var option = _options.FirstOrDefault(o => o.Names.Contains("-" + arg[k]));
                if (option is null)
                {
                    unrecognized.Add(k == 1 ? arg : "-" + arg[k..]);
                    break;
                }
                if (option.TakesValue)
                {
                    string value = k + 1 < arg.Length ? arg[(k + 1)..] : TakeValue(args, ref i, option);
                    options.Add((option.Dest, value));
                    break;
                }
                options.Add((option.Dest, null));
            }
        }
        if (unrecognized.Count > 0) throw new UsageException("unrecognized arguments: " + string.Join(' ', unrecognized));
        return (options, positionals);
    }

    private Option? FindLong(string name)
    {
        var exact = _options.FirstOrDefault(o => o.Names.Contains(name));
        if (exact is not null) return exact;
        var candidates = _options.SelectMany(o => o.Names.Where(n => n.StartsWith("--", StringComparison.Ordinal) && n.StartsWith(name, StringComparison.Ordinal)).Select(n => (o, n))).ToList();
        if (candidates.Count > 1)
            throw new UsageException($"ambiguous option: {name} could match {string.Join(", ", candidates.Select(c => c.n))}");
        return candidates.Count == 1 ? candidates[0].o : null;
    }

    private static string TakeValue(IReadOnlyList<string> args, ref int i, Option option)
    {
        if (i + 1 >= args.Count || (args[i + 1].StartsWith('-') && args[i + 1] != "-" && !NegativeNumber().IsMatch(args[i + 1])))
            throw new UsageException($"argument {option.Display}: expected one argument");
        return args[++i];
    }

    /// <summary>Python's int() for an argparse type=int value.</summary>
    public static int ParseInt(string value, string display)
    {
        string text = value.Trim().Replace("_", "");
        if (value.Trim().StartsWith('_') || value.Trim().EndsWith('_') || value.Contains("__")
            || !int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int result))
            throw new UsageException($"argument {display}: invalid int value: {PyRepr(value)}");
        return result;
    }

    public static string PyRepr(string value) => Text.PyRepr.Str(value);

    [GeneratedRegex(@"^-\d+$|^-\d*\.\d+$")]
    private static partial Regex NegativeNumber();
}
