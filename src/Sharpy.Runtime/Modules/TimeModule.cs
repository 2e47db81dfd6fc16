using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Sharpy.Runtime.Modules.Os;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules;

/// <summary>
/// The <c>time</c> module. Clocks come from .NET and clock_gettime; calendar conversions use libc's
/// localtime_r/gmtime_r/mktime (so the local zone, DST and tzname are exactly the C library's, as in
/// CPython); strftime is implemented here for the C locale.
/// </summary>
public static class TimeModule
{
    private const string Mod = "time";
    private static readonly System.Diagnostics.Stopwatch Clock = System.Diagnostics.Stopwatch.StartNew();
    private const int ClockProcessCpuTime = 2, ClockThreadCpuTime = 3;

    private static readonly string[] Fields = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];

    /// <summary>tm_zone / tm_gmtoff: attributes of struct_time that are not part of the 9-tuple.</summary>
    private sealed record Extra(PyObject Zone, PyObject GmtOff);
    private static readonly ConditionalWeakTable<PyTuple, Extra> Extras = new();

    public static readonly PyType StructTime = CreateStructTime();

    [DllImport("libc", EntryPoint = "localtime_r", SetLastError = true)]
    private static extern IntPtr LocalTimeR(long[] t, byte[] tm);

    [DllImport("libc", EntryPoint = "gmtime_r", SetLastError = true)]
    private static extern IntPtr GmTimeR(long[] t, byte[] tm);

    [DllImport("libc", EntryPoint = "mktime", SetLastError = true)]
    private static extern long MkTime(byte[] tm);

    [DllImport("libc", EntryPoint = "tzset")]
    private static extern void TzSet();

    private static PyType CreateStructTime()
    {
        var t = PyTypes.NewBuiltin("struct_time", PyTypes.Tuple, Mod);
        t.Def("__repr__", a =>
        {
            var items = ((PyTuple)a).Items;
            return new PyStr("time.struct_time(" + string.Join(", ", Fields.Select((f, i) => $"{f}={Ops.ReprString(items[i])}")) + ")");
        });
        for (int i = 0; i < Fields.Length; i++)
        {
            int idx = i;
            t.Prop(Fields[i], a => ((PyTuple)a).Items[idx]);
        }
        t.Prop("tm_zone", a => Extras.TryGetValue((PyTuple)a, out var e) ? e.Zone : PyNone.Instance);
        t.Prop("tm_gmtoff", a => Extras.TryGetValue((PyTuple)a, out var e) ? e.GmtOff : PyNone.Instance);
        t.Dict.SetItem("n_fields", PyInt.From(11));
        t.Dict.SetItem("n_sequence_fields", PyInt.From(9));
        t.Dict.SetItem("n_unnamed_fields", PyInt.From(0));
        t.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            if (args.Length < 2) throw new PythonException(PyExc.TypeError("structseq() missing required argument 'sequence' (pos 1)"));
            var items = Ops.ToArray(args[1]);
            if (items.Length < 9) throw new PythonException(PyExc.TypeError($"time.struct_time() takes an at least 9-sequence ({items.Length}-sequence given)"));
            if (items.Length > 11) throw new PythonException(PyExc.TypeError($"time.struct_time() takes an at most 11-sequence ({items.Length}-sequence given)"));
            var tuple = new PyTuple((PyType)args[0], items[..9]);
            Extras.Add(tuple, new Extra(items.Length > 9 ? items[9] : PyNone.Instance, items.Length > 10 ? items[10] : PyNone.Instance));
            return tuple;
        })));
        return t;
    }

    public static PyModule Create()
    {
        var m = new PyModule(Mod);
        var d = m.Dict!;
        d.SetItem("struct_time", StructTime);
        d.DefFunction("time", (a, k) => new PyFloat(UnixNs() / 1e9), Mod);
        d.DefFunction("time_ns", (a, k) => PyInt.From(UnixNs()), Mod);
        d.DefFunction("perf_counter", (a, k) => new PyFloat(Clock.Elapsed.TotalSeconds), Mod);
        d.DefFunction("perf_counter_ns", (a, k) => PyInt.From(Clock.Elapsed.Ticks * 100), Mod);
        d.DefFunction("monotonic", (a, k) => new PyFloat(Clock.Elapsed.TotalSeconds), Mod);
        d.DefFunction("monotonic_ns", (a, k) => PyInt.From(Clock.Elapsed.Ticks * 100), Mod);
        d.DefFunction("process_time", (a, k) => new PyFloat(CpuNs(ClockProcessCpuTime) / 1e9), Mod);
        d.DefFunction("process_time_ns", (a, k) => PyInt.From(CpuNs(ClockProcessCpuTime)), Mod);
        d.DefFunction("thread_time", (a, k) => new PyFloat(CpuNs(ClockThreadCpuTime) / 1e9), Mod);
        d.DefFunction("thread_time_ns", (a, k) => PyInt.From(CpuNs(ClockThreadCpuTime)), Mod);
        d.DefFunction("sleep", (a, k) =>
        {
            if (a.Length != 1) throw new PythonException(PyExc.TypeError($"time.sleep() takes exactly one argument ({a.Length} given)"));
            double s = Ops.ToDouble(a[0]);
            if (s < 0) throw new PythonException(PyExc.ValueError("sleep length must be non-negative"));
            if (s == 0) Threads.GilReleased.YieldNow();
            else Signal.PendingSignals.Sleep(s);   // wakes for signal handlers, as CPython's sleep does
            return PyNone.Instance;
        }, Mod);
        d.DefFunction("gmtime", (a, k) => Convert(Seconds(a, "gmtime"), local: false), Mod);
        d.DefFunction("localtime", (a, k) => Convert(Seconds(a, "localtime"), local: true), Mod);
        d.DefFunction("mktime", (a, k) => MakeTime(a), Mod);
        d.DefFunction("asctime", (a, k) => new PyStr(AscTime(a.Length == 0 ? Convert(UnixNs() / 1_000_000_000, true) : a[0], "asctime")), Mod);
        d.DefFunction("ctime", (a, k) => new PyStr(AscTime(Convert(Seconds(a, "ctime"), true), "asctime")), Mod);
        d.DefFunction("strftime", (a, k) =>
        {
            if (a.Length < 1 || a.Length > 2) throw new PythonException(PyExc.TypeError($"strftime expected at least 1 argument, got {a.Length}"));
            if (a[0] is not PyStr fmt) throw new PythonException(PyExc.TypeError($"strftime() argument 1 must be str, not {a[0].Type.Name}"));
            var tm = a.Length == 2 ? a[1] : Convert(UnixNs() / 1_000_000_000, true);
            var fields = CheckedFields(tm, "strftime");
            var (zone, gmtoff) = ZoneOf(tm, fields[8]);
            return new PyStr(TimeFormat.Format(fmt.Value, fields, zone, gmtoff));
        }, Mod);
        // CPython 3.11: time_strptime delegates to _strptime._strptime_time (Python code, lib/_strptime.py).
        d.DefFunction("strptime", (a, k) =>
        {
            var importer = Hosting.PythonRuntime.Current.Importer ?? throw new PythonException(PyExc.RuntimeError("no import system"));
            var module = importer.Import("_strptime", new PyDict(), PyNone.Instance, 0);
            return Ops.Call(Ops.GetAttr(module, "_strptime_time"), a, k);
        }, Mod);
        d.DefFunction("get_clock_info", (a, k) => ClockInfo(a), Mod);
        d.DefFunction("tzset", (a, k) => { TzSet(); SetZoneGlobals(d); return PyNone.Instance; }, Mod);
        SetZoneGlobals(d);
        return m;
    }

    private static long UnixNs() => (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100;

    private static long CpuNs(int clock)
    {
        var ts = new long[2];
        if (LibC.ClockGetTime(clock, ts) != 0)
            return (long)(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.Ticks * 100);
        return ts[0] * 1_000_000_000 + ts[1];
    }

    /// <summary>The optional "seconds" argument of gmtime/localtime/ctime (None or missing = now).</summary>
    private static long Seconds(ReadOnlySpan<PyObject> a, string fn)
    {
        if (a.Length > 1) throw new PythonException(PyExc.TypeError($"{fn} expected at most 1 argument, got {a.Length}"));
        if (a.Length == 0 || a[0] is PyNone) return UnixNs() / 1_000_000_000;
        if (a[0] is PyFloat f)
        {
            double v = f.Value;
            if (double.IsNaN(v)) throw new PythonException(PyExc.ValueError("Invalid value NaN (not a number)"));
            if (double.IsInfinity(v) || Math.Abs(v) >= 9.2e18) throw new PythonException(PyExc.OverflowError("timestamp out of range for platform time_t"));
            return (long)Math.Truncate(v); // CPython rounds towards zero (_PyTime_ROUND_FLOOR for negatives is not applied here)
        }
        if (a[0] is PyInt i)
        {
            if (i.IsBig) throw new PythonException(PyExc.OverflowError("timestamp out of range for platform time_t"));
            return i.Value;
        }
        throw new PythonException(PyExc.TypeError($"'{a[0].Type.Name}' object cannot be interpreted as an integer"));
    }

    // struct tm on Linux x86-64: 9 ints, 4 bytes padding, long tm_gmtoff (40), char* tm_zone (48).
    private static int I(byte[] tm, int field) => BinaryPrimitives.ReadInt32LittleEndian(tm.AsSpan(field * 4));

    private static PyTuple Convert(long seconds, bool local)
    {
        var tm = new byte[64];
        var t = new[] { seconds };
        if ((local ? LocalTimeR(t, tm) : GmTimeR(t, tm)) == IntPtr.Zero)
            throw PosixModule.Error(Marshal.GetLastPInvokeError());
        long gmtoff = BinaryPrimitives.ReadInt64LittleEndian(tm.AsSpan(40));
        var zonePtr = (IntPtr)BinaryPrimitives.ReadInt64LittleEndian(tm.AsSpan(48));
        string zone = zonePtr == IntPtr.Zero ? (local ? "" : "GMT") : Marshal.PtrToStringUTF8(zonePtr) ?? "";
        return Make(new long[]
        {
            I(tm, 5) + 1900L, I(tm, 4) + 1, I(tm, 3), I(tm, 2), I(tm, 1), I(tm, 0), (I(tm, 6) + 6) % 7, I(tm, 7) + 1, I(tm, 8),
        }, new PyStr(zone), PyInt.From(gmtoff));
    }

    internal static PyTuple Make(long[] f, PyObject zone, PyObject gmtoff)
    {
        var tuple = new PyTuple(StructTime, f.Select(v => (PyObject)PyInt.From(v)).ToArray());
        Extras.Add(tuple, new Extra(zone, gmtoff));
        return tuple;
    }

    private static string[] _tzname = ["UTC", "UTC"];

    /// <summary>%Z/%z sources: a struct_time's own zone, else (plain tuple) tzname[isdst] with offset 0, as CPython's gettmarg leaves it.</summary>
    private static (string Zone, long GmtOff) ZoneOf(PyObject tm, long isdst)
    {
        if (tm is PyTuple t && Extras.TryGetValue(t, out var e) && e.Zone is PyStr s)
            return (s.Value, e.GmtOff is PyInt g ? g.Value : 0);
        return (_tzname[isdst > 0 ? 1 : 0], 0);
    }

    /// <summary>The 9 fields of a struct_time or 9-tuple, checked as CPython's gettmarg/checktm do.</summary>
    private static long[] Fields9(PyObject tm, string fn)
    {
        if (tm is not PyTuple tuple)
            throw new PythonException(PyExc.TypeError("Tuple or struct_time argument required"));
        if (tuple.Items.Length != 9)
            throw new PythonException(PyExc.TypeError($"{fn}(): illegal time tuple argument"));
        var f = new long[9];
        for (int i = 0; i < 9; i++)
        {
            if (tuple.Items[i] is PyFloat) throw new PythonException(PyExc.TypeError("'float' object cannot be interpreted as an integer"));
            f[i] = Ops.ToLong(tuple.Items[i]);
        }
        return f;
    }

    // CPython 3.11: timemodule.c checktm plus the strftime-specific normalisation of time_strftime.
    private static long[] CheckedFields(PyObject tm, string fn)
    {
        var f = Fields9(tm, fn);
        if (f[1] == 0) f[1] = 1;
        if (f[2] == 0) f[2] = 1;
        if (f[7] == 0) f[7] = 1;
        if (f[1] < 1 || f[1] > 12) throw new PythonException(PyExc.ValueError("month out of range"));
        if (f[2] < 1 || f[2] > 31) throw new PythonException(PyExc.ValueError("day of month out of range"));
        if (f[3] < 0 || f[3] > 23) throw new PythonException(PyExc.ValueError("hour out of range"));
        if (f[4] < 0 || f[4] > 59) throw new PythonException(PyExc.ValueError("minute out of range"));
        if (f[5] < 0 || f[5] > 61) throw new PythonException(PyExc.ValueError("seconds out of range"));
        if (f[6] < 0) throw new PythonException(PyExc.ValueError("day of week out of range"));
        f[6] = f[6] % 7;
        if (f[7] < 1 || f[7] > 366) throw new PythonException(PyExc.ValueError("day of year out of range"));
        if (f[8] < -1) f[8] = -1; else if (f[8] > 1) f[8] = 1;
        return f;
    }

    private static PyObject MakeTime(ReadOnlySpan<PyObject> a)
    {
        if (a.Length != 1) throw new PythonException(PyExc.TypeError($"time.mktime() takes exactly one argument ({a.Length} given)"));
        var f = Fields9(a[0], "mktime");
        var tm = new byte[64];
        void W(int field, long v)
        {
            if (v < int.MinValue || v > int.MaxValue) throw new PythonException(PyExc.OverflowError("Python int too large to convert to C int"));
            BinaryPrimitives.WriteInt32LittleEndian(tm.AsSpan(field * 4), (int)v);
        }
        W(5, f[0] - 1900); W(4, f[1] - 1); W(3, f[2]); W(2, f[3]); W(1, f[4]); W(0, f[5]);
        W(6, (f[6] + 1) % 7); W(7, f[7] - 1); W(8, f[8]);
        // CPython 3.11: time_mktime uses tm_wday = -1 as the error sentinel (mktime may return -1 legitimately).
        BinaryPrimitives.WriteInt32LittleEndian(tm.AsSpan(6 * 4), -1);
        long r = MkTime(tm);
        if (r == -1 && I(tm, 6) == -1) throw new PythonException(PyExc.OverflowError("mktime argument out of range"));
        return new PyFloat(r);
    }

    private static readonly string[] Days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    // CPython 3.11: timemodule.c _asctime — "%s %s%3d %.2d:%.2d:%.2d %d".
    private static string AscTime(PyObject tm, string fn)
    {
        var f = CheckedFields(tm, fn);
        return $"{Days[f[6]]} {Months[f[1] - 1]}{f[2],3} {f[3]:00}:{f[4]:00}:{f[5]:00} {f[0]}";
    }

    private static PyObject ClockInfo(ReadOnlySpan<PyObject> a)
    {
        if (a.Length != 1 || a[0] is not PyStr name) throw new PythonException(PyExc.TypeError("get_clock_info() argument must be str"));
        (string impl, bool mono, bool adj, double res) = name.Value switch
        {
            "time" => ("clock_gettime(CLOCK_REALTIME)", false, true, 1e-09),
            "monotonic" or "perf_counter" => ("clock_gettime(CLOCK_MONOTONIC)", true, false, 1e-09),
            "process_time" => ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false, 1e-09),
            "thread_time" => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false, 1e-09),
            _ => throw new PythonException(PyExc.ValueError("unknown clock")),
        };
        return new PyTuple(ClockInfoType.Value, [new PyStr(impl), Py.Bool(mono), Py.Bool(adj), new PyFloat(res)]);
    }

    private static readonly string[] ClockInfoFields = ["implementation", "monotonic", "adjustable", "resolution"];

    /// <summary>get_clock_info's result: read-only attributes with types.SimpleNamespace's repr.</summary>
    private static readonly Lazy<PyType> ClockInfoType = new(() =>
    {
        var t = PyTypes.NewBuiltin("SimpleNamespace", PyTypes.Tuple, "types");
        t.Def("__repr__", self => new PyStr("namespace(" + string.Join(", ",
            ClockInfoFields.Select((f, i) => $"{f}={Ops.ReprString(((PyTuple)self).Items[i])}")) + ")"));
        for (int i = 0; i < ClockInfoFields.Length; i++)
        {
            int idx = i;
            t.Prop(ClockInfoFields[i], a => ((PyTuple)a).Items[idx]);
        }
        return t;
    });

    // CPython 3.11: timemodule.c init_timezone — probe January and July of the current year.
    private static void SetZoneGlobals(PyDict d)
    {
        int year = DateTime.UtcNow.Year;
        long jan = (long)(new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc) - DateTime.UnixEpoch).TotalSeconds;
        long jul = jan + 182 * 86400L;
        var a = Convert(jan, true); var b = Convert(jul, true);
        Extras.TryGetValue(a, out var ea); Extras.TryGetValue(b, out var eb);
        long janoff = Ops.ToLong(ea!.GmtOff), juloff = Ops.ToLong(eb!.GmtOff);
        PyObject janname = ea.Zone, julname = eb.Zone;
        if (janoff < juloff)
        {
            d.SetItem("timezone", PyInt.From(-janoff)); d.SetItem("altzone", PyInt.From(-juloff));
            d.SetItem("tzname", PyTuple.Of(janname, julname));
            _tzname = [((PyStr)janname).Value, ((PyStr)julname).Value];
        }
        else
        {
            d.SetItem("timezone", PyInt.From(-juloff)); d.SetItem("altzone", PyInt.From(-janoff));
            d.SetItem("tzname", PyTuple.Of(julname, janname));
            _tzname = [((PyStr)julname).Value, ((PyStr)janname).Value];
        }
        d.SetItem("daylight", PyInt.From(janoff != juloff ? 1 : 0));
    }
}
