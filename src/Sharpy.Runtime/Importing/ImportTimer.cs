using System.Diagnostics;

namespace Sharpy.Runtime.Importing;

/// <summary>
/// -X importtime: one line per module actually loaded, children before parents, in CPython's format
/// ("import time: self [us] | cumulative | imported package", two spaces of indent per level).
/// </summary>
// CPython 3.11: Python/import.c import_find_and_load
internal sealed class ImportTimer(TextWriter output)
{
    private bool _headerWritten;
    private int _level;
    private long _accumulatedTicks;

    public T Time<T>(string name, Func<T> load)
    {
        if (!_headerWritten)
        {
            output.Write("import time: self [us] | cumulative | imported package\n");
            _headerWritten = true;
        }
        long outerAccumulated = _accumulatedTicks;
        _level++;
        long start = Stopwatch.GetTimestamp();
        _accumulatedTicks = 0;
        try
        {
            return load();
        }
        finally
        {
            long cumulative = Stopwatch.GetTimestamp() - start;
            _level--;
            long self = cumulative - _accumulatedTicks;
            output.Write($"import time: {Micro(self),9} | {Micro(cumulative),10} | {new string(' ', _level * 2)}{name}\n");
            output.Flush();
            _accumulatedTicks = outerAccumulated + cumulative;
        }
    }

    /// <summary>Microseconds rounded up, as CPython's _PyTime_ROUND_CEILING.</summary>
    private static long Micro(long ticks) => (ticks * 1_000_000 + Stopwatch.Frequency - 1) / Stopwatch.Frequency;
}
