using System.Globalization;
using Sharpy.Bytecode.Pyc;
using Sharpy.Bytecode.Text;

namespace Sharpy.Bytecode.Cache;

/// <summary>
/// <c>sharpy -m pycache status|prune|verify [PATH…]</c>: see and clean Sharpy's bytecode caches.
/// "Stale" is the import system's own verdict (same validation as <see cref="BytecodeCache.GetCode"/>).
/// Other interpreters' files (e.g. cpython-311) are counted but never touched.
/// </summary>
public static class PycacheTool
{
    private const string Usage = "usage: pycache {status,prune,verify} [--dry-run] [PATH ...]\n";

    private const string Help = Usage + """

        Inspect and clean Sharpy's bytecode caches (__pycache__/*.sharpy-311.pyc).

        commands:
          status      count sources and caches: fresh, stale, missing, orphaned, other interpreters'
          prune       remove Sharpy's stale and orphaned caches (other interpreters' files are kept)
          verify      exit with status 1 if any Sharpy cache is stale

        options:
          -h, --help  show this help message and exit
          --dry-run   (prune) list what would be removed without removing it

        """;

    /// <summary>Progress is shown (on stderr, on a terminal) only above this many cache files.</summary>
    public static int ProgressThreshold { get; set; } = 2000;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool stdoutIsTerminal)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            if (args.Length == 0)
            {
                stderr.Write(Usage + "pycache: error: a command is required (status, prune or verify)\n");
                return 2;
            }
            stdout.Write(Help);
            return 0;
        }
        string command = args[0];
        if (command is not ("status" or "prune" or "verify"))
        {
            stderr.Write(Usage + $"pycache: error: invalid command: {PyRepr.Str(command)} (choose from 'status', 'prune', 'verify')\n");
            return 2;
        }
        bool dryRun = false;
        var paths = new List<string>();
        foreach (string arg in args.Skip(1))
        {
            if (arg == "--dry-run" && command == "prune") dryRun = true;
            else if (arg is "-h" or "--help") { stdout.Write(Help); return 0; }
            else if (arg.StartsWith('-') && arg != "-") { stderr.Write(Usage + $"pycache: error: unrecognized arguments: {arg}\n"); return 2; }
            else paths.Add(arg);
        }
        if (paths.Count == 0) paths.Add(".");
        foreach (string path in paths)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                stderr.Write($"pycache: error: no such file or directory: {PyRepr.Str(path)}\n");
                return 2;
            }
        }

        var progress = new ProgressBar(stderr, stdoutIsTerminal);
        var scan = PycacheScan.Run(paths, progress: progress.Report);
        progress.Clear();
        return command switch
        {
            "status" => Status(scan, paths, stdout),
            "verify" => Verify(scan, stdout),
            _ => Prune(scan, dryRun, stdout, stderr),
        };
    }

    private static int Status(PycacheScan scan, List<string> paths, TextWriter stdout)
    {
        stdout.WriteLine($"Sharpy bytecode caches ({CacheNaming.CacheTag}) in {string.Join(", ", paths.Select(PyRepr.Str))}");
        var rows = new List<(string Label, int Count, long? Bytes, string Note)>
        {
            ("sources", scan.Sources.Count, scan.Sources.Sum(s => s.Size), ""),
            Row("fresh caches", scan, CacheEntryKind.Fresh),
            Row("stale caches", scan, CacheEntryKind.Stale),
            ("sources without a cache", scan.SourcesWithoutCache.Count, null, ""),
            Row("orphaned caches", scan, CacheEntryKind.Orphan),
            Row("other interpreters' files", scan, CacheEntryKind.Other),
        };
        var others = scan.Entries.Where(e => e.Kind == CacheEntryKind.Other).GroupBy(e => e.OtherTag)
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count()}").ToList();
        rows[^1] = rows[^1] with { Note = others.Count > 0 ? $"({string.Join(", ", others)})" : "" };
        int labelWidth = rows.Max(r => r.Label.Length);
        int countWidth = rows.Max(r => r.Count.ToString(CultureInfo.InvariantCulture).Length);
        int sizeWidth = rows.Max(r => r.Bytes is long b ? FormatSize(b).Length : 0);
        foreach (var (label, count, bytes, note) in rows)
        {
            string line = $"  {label.PadRight(labelWidth)}  {count.ToString(CultureInfo.InvariantCulture).PadLeft(countWidth)}";
            line += "  " + (bytes is long b ? FormatSize(b) : "").PadLeft(sizeWidth);
            if (note.Length > 0) line += "  " + note;
            stdout.WriteLine(line.TrimEnd());
        }
        return 0;
    }

    private static (string, int, long?, string) Row(string label, PycacheScan scan, CacheEntryKind kind)
    {
        var entries = scan.Entries.Where(e => e.Kind == kind).ToList();
        return (label, entries.Count, entries.Sum(e => e.Size), "");
    }

    private static int Verify(PycacheScan scan, TextWriter stdout)
    {
        var stale = scan.Entries.Where(e => e.Kind == CacheEntryKind.Stale).ToList();
        foreach (var entry in stale) stdout.WriteLine($"stale: {entry.Path} ({entry.Reason})");
        int fresh = scan.Entries.Count(e => e.Kind == CacheEntryKind.Fresh);
        stdout.WriteLine($"{fresh} fresh, {stale.Count} stale");
        return stale.Count > 0 ? 1 : 0;
    }

    private static int Prune(PycacheScan scan, bool dryRun, TextWriter stdout, TextWriter stderr)
    {
        int removed = 0, failed = 0;
        long bytes = 0;
        foreach (var entry in scan.Entries.Where(e => e.Kind is CacheEntryKind.Stale or CacheEntryKind.Orphan))
        {
            if (dryRun)
            {
                stdout.WriteLine($"would remove {entry.Path} ({entry.Reason})");
            }
            else
            {
                try
                {
                    File.Delete(entry.Path);
                    stdout.WriteLine($"removed {entry.Path} ({entry.Reason})");
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    stderr.WriteLine($"pycache: cannot remove {entry.Path}: {e.Message}");
                    failed++;
                    continue;
                }
            }
            removed++;
            bytes += entry.Size;
        }
        stdout.WriteLine($"{(dryRun ? "would remove" : "removed")} {removed} file{(removed == 1 ? "" : "s")} ({FormatSize(bytes)})");
        return failed > 0 ? 1 : 0;
    }

    internal static string FormatSize(long bytes)
    {
        if (bytes < 1024) return $"{bytes} B";
        double value = bytes;
        string[] units = ["KiB", "MiB", "GiB", "TiB"];
        int unit = -1;
        while (value >= 1024 && unit < units.Length - 1) { value /= 1024; unit++; }
        return value.ToString("0.0", CultureInfo.InvariantCulture) + " " + units[unit];
    }

    private sealed class ProgressBar(TextWriter stderr, bool terminal)
    {
        private int _lastPercent = -1;
        private bool _shown;

        public void Report(int done, int total)
        {
            if (!terminal || total < ProgressThreshold) return;
            int percent = (int)(100L * done / total);
            if (percent == _lastPercent) return;
            _lastPercent = percent;
            int filled = percent * 30 / 100;
            stderr.Write($"\r[{new string('#', filled)}{new string('.', 30 - filled)}] {done}/{total}");
            _shown = true;
        }

        public void Clear()
        {
            if (_shown) stderr.Write("\r" + new string(' ', 60) + "\r");
        }
    }
}
