using System.Diagnostics;

namespace Sharpy.Runtime.Hosting;

/// <summary>
/// Start-up profiling log: with <c>SHARPY_TRACE_STARTUP=1</c> each <see cref="Mark"/> records the time
/// and how many methods the JIT compiled so far (methods ReadyToRun did not cover); <see cref="Report"/>
/// prints them to stderr at exit. Recording is buffered so the log itself does not distort the start-up
/// it measures. Off by default; when off a mark costs one branch.
/// </summary>
public static class StartupTrace
{
    public static readonly bool Enabled = Environment.GetEnvironmentVariable("SHARPY_TRACE_STARTUP") == "1";
    // In a holder class so a run without tracing never initialises (or JIT-compiles) these collections.
    private static class Log
    {
        public static readonly List<(long Ticks, long Jitted, TimeSpan JitTime, string Phase)> Marks = new();
        public static readonly Dictionary<string, (long Ticks, int Count)> Totals = new();
        public static int Exceptions;
        public static readonly HashSet<string> ExceptionTypes = new();

        static Log() => AppDomain.CurrentDomain.FirstChanceException += (_, e) =>
        {
            Interlocked.Increment(ref Exceptions);
            lock (ExceptionTypes) ExceptionTypes.Add(e.Exception.GetType().Name);
        };
    }

    public static void Mark(string phase)
    {
        if (!Enabled) return;
        lock (Log.Marks)
            Log.Marks.Add((Stopwatch.GetTimestamp(), System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime(), phase));
    }

    /// <summary>Start of a timed span for <see cref="Accumulate"/> (0 when tracing is off).</summary>
    public static long Start() => Enabled ? Stopwatch.GetTimestamp() : 0;

    /// <summary>Adds the time since <paramref name="start"/> to the total of <paramref name="phase"/> (reported at exit).</summary>
    public static void Accumulate(string phase, long start)
    {
        if (!Enabled) return;
        long elapsed = Stopwatch.GetTimestamp() - start;
        lock (Log.Totals)
        {
            Log.Totals.TryGetValue(phase, out var total);
            Log.Totals[phase] = (total.Ticks + elapsed, total.Count + 1);
        }
    }

    /// <summary>Prints the recorded marks (milliseconds since the process started) to stderr.</summary>
    public static void Report()
    {
        if (!Enabled) return;
        Mark("report");
        DateTime start = Process.GetCurrentProcess().StartTime;
        long nowTicks = Stopwatch.GetTimestamp();
        double sinceStartNow = (DateTime.Now - start).TotalMilliseconds;
        double last = 0;
        lock (Log.Marks)
        {
            foreach (var (ticks, jitted, jitTime, phase) in Log.Marks)
            {
                double at = sinceStartNow - Stopwatch.GetElapsedTime(ticks, nowTicks).TotalMilliseconds;
                Console.Error.WriteLine($"[startup] {at,8:F1} ms (+{at - last,6:F1})  jitted {jitted,5} ({jitTime.TotalMilliseconds,5:F1} ms)  {phase}");
                last = at;
            }
        }
        Console.Error.WriteLine($"[startup] GCs gen0/1/2: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, " +
            $"allocated {GC.GetTotalAllocatedBytes() / 1e6:F1} MB, pause {GC.GetTotalPauseDuration().TotalMilliseconds:F1} ms; " +
            $".NET exceptions thrown: {Log.Exceptions}" + (Log.Exceptions == 0 ? "" : $" ({string.Join(", ", Log.ExceptionTypes)})"));
        lock (Log.Totals)
        {
            foreach (var (phase, (ticks, count)) in Log.Totals)
                Console.Error.WriteLine($"[startup] total {Stopwatch.GetElapsedTime(0, ticks).TotalMilliseconds,8:F1} ms in {count,5} x {phase}");
        }
    }
}
