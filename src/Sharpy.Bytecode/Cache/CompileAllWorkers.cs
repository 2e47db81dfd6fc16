using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Sharpy.Bytecode.Cache;

/// <summary>
/// <c>compileall -j N</c> with worker processes, as CPython's compileall uses a ProcessPoolExecutor.
/// Why processes and not threads: compiling allocates ~1 GB per 1,000 files, and with threads every
/// collection of the (workstation) GC stops all of them; on two cores a third of the wall time went to
/// collections during which nothing compiled. Each worker process has its own heap.
/// The parent hands out one file at a time (so a few large files do not leave a worker idle), collects each
/// file's output and prints the outputs in the order of the file list, so -j output is deterministic.
/// Protocol over the worker's stdin/stdout (UTF-8; strings as "LENGTH:TEXT", null as "~"): the parent sends
/// the options once, then "F" + path per file and finally "Q"; the worker answers each file with "R",
/// "0"/"1" (failed/succeeded) and the file's output.
/// </summary>
internal static class CompileAllWorkers
{
    /// <summary>Set in a worker's environment: <c>-m compileall</c> then serves the parent instead of parsing arguments.</summary>
    public const string WorkerVariable = "SHARPY_COMPILEALL_WORKER";

    public static bool IsWorker => Environment.GetEnvironmentVariable(WorkerVariable) == "1";

    /// <summary>
    /// Compiles <paramref name="files"/> in <paramref name="degree"/> worker processes; null when no worker
    /// could be started (the caller then compiles in-process). A worker that dies mid-way has its share
    /// compiled in-process, so every file is compiled exactly once either way.
    /// </summary>
    public static bool? TryCompile(CompileHost host, CompileAll inProcess, IReadOnlyList<string> files,
        CompileAllOptions options, int degree, TextWriter stdout)
    {
        if (host.WorkerExecutable is not string executable || !File.Exists(executable)) return null;
        var workers = new List<Process>();
        try
        {
            for (int i = 0; i < degree; i++) workers.Add(Start(executable));
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException or InvalidOperationException)
        {
            foreach (var started in workers) Stop(started);
            return null;
        }

        var outputs = new string?[files.Count];
        var succeeded = new bool[files.Count];
        int next = -1;
        var gate = new object();
        var threads = workers.Select(worker => new Thread(() =>
        {
            bool alive = true;
            try
            {
                Send(worker.StandardInput, host, options);
            }
            catch (IOException)
            {
                alive = false;
            }
            int index;
            while ((index = Interlocked.Increment(ref next)) < files.Count)
            {
                string? output = null;
                bool ok = false;
                if (alive && !TryRemote(worker, files[index], out ok, out output)) alive = false;
                if (!alive)
                {
                    var buffer = new StringWriter();
                    ok = inProcess.CompileFileTo(files[index], options, buffer);
                    output = buffer.ToString();
                }
                lock (gate)
                {
                    outputs[index] = output;
                    succeeded[index] = ok;
                    Monitor.PulseAll(gate);
                }
            }
            Stop(worker);
        }) { IsBackground = true }).ToList();
        foreach (var thread in threads) thread.Start();

        bool success = true;
        for (int i = 0; i < files.Count; i++)
        {
            string output;
            lock (gate)
            {
                while (outputs[i] is null) Monitor.Wait(gate);
                output = outputs[i]!;
            }
            stdout.Write(output);
            if (!succeeded[i]) success = false;
        }
        foreach (var thread in threads) thread.Join();
        return success;
    }

    private static Process Start(string executable)
    {
        var utf8 = new UTF8Encoding(false);
        var psi = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            StandardInputEncoding = utf8,
            StandardOutputEncoding = utf8,
        };
        psi.ArgumentList.Add("-m");
        psi.ArgumentList.Add("compileall");
        psi.Environment[WorkerVariable] = "1";
        return Process.Start(psi) ?? throw new InvalidOperationException("worker did not start");
    }

    private static void Stop(Process worker)
    {
        try
        {
            worker.StandardInput.Write('Q');
            worker.StandardInput.Close();
            if (!worker.WaitForExit(10_000)) worker.Kill();
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone: its files were compiled in-process.
        }
        worker.Dispose();
    }

    private static bool TryRemote(Process worker, string file, out bool ok, out string? output)
    {
        ok = false;
        output = null;
        try
        {
            var input = worker.StandardInput;
            input.Write('F');
            WriteString(input, file);
            input.Flush();
            var reply = worker.StandardOutput;
            if (reply.Read() != 'R') return false;
            int status = reply.Read();
            if (status is not ('0' or '1')) return false;
            ok = status == '1';
            output = ReadString(reply);
            return output is not null;
        }
        catch (Exception e) when (e is IOException or FormatException)
        {
            return false;
        }
    }

    private static void Send(TextWriter input, CompileHost host, CompileAllOptions options)
    {
        WriteInt(input, host.InterpreterOptimize);
        WriteString(input, host.PycachePrefix);
        WriteString(input, host.SourceDateEpoch);
        WriteInt(input, options.Force ? 1 : 0);
        WriteInt(input, options.Quiet);
        WriteInt(input, options.Legacy ? 1 : 0);
        WriteInt(input, options.Optimize.Count);
        foreach (int level in options.Optimize) WriteInt(input, level);
        WriteInt(input, options.InvalidationMode is { } mode ? (int)mode : -1);
        WriteString(input, options.StripDir);
        WriteString(input, options.PrependDir);
        WriteString(input, options.LimitSymlinkDestination);
        WriteInt(input, options.HardlinkDupes ? 1 : 0);
        WriteString(input, options.Rx?.ToString());
        WriteInt(input, options.Rx is null ? 0 : (int)options.Rx.Options);
    }

    /// <summary>The worker's side: reads the options, then compiles files until told to stop. Exit code 0.</summary>
    public static int Serve(CompileHost parentHost, TextReader input, TextWriter output)
    {
        var host = new CompileHost
        {
            Compile = parentHost.Compile,
            FormatCompileError = parentHost.FormatCompileError,
            InterpreterOptimize = ReadInt(input),
            PycachePrefix = ReadString(input),
            SourceDateEpoch = ReadString(input),
            CurrentDirectory = parentHost.CurrentDirectory,
            UtcNow = parentHost.UtcNow,
        };
        bool force = ReadInt(input) == 1;
        int quiet = ReadInt(input);
        bool legacy = ReadInt(input) == 1;
        var levels = new List<int>();
        for (int count = ReadInt(input); count > 0; count--) levels.Add(ReadInt(input));
        int mode = ReadInt(input);
        string? stripDir = ReadString(input), prependDir = ReadString(input), limit = ReadString(input);
        bool hardlink = ReadInt(input) == 1;
        string? pattern = ReadString(input);
        var regexOptions = (RegexOptions)ReadInt(input);
        var options = new CompileAllOptions
        {
            Force = force, Quiet = quiet, Legacy = legacy, Optimize = levels,
            InvalidationMode = mode < 0 ? null : (Pyc.PycInvalidationMode)mode,
            StripDir = stripDir, PrependDir = prependDir, LimitSymlinkDestination = limit, HardlinkDupes = hardlink,
            Rx = pattern is null ? null : new Regex(pattern, regexOptions),
        };
        var compiler = new CompileAll(host, TextWriter.Null);
        while (input.Read() == 'F')
        {
            string file = ReadString(input) ?? throw new FormatException("worker: missing file name");
            var buffer = new StringWriter();
            bool ok = compiler.CompileFileTo(file, options, buffer);
            output.Write('R');
            output.Write(ok ? '1' : '0');
            WriteString(output, buffer.ToString());
            output.Flush();
        }
        return 0;
    }

    private static void WriteInt(TextWriter writer, int value) => WriteString(writer, value.ToString(CultureInfo.InvariantCulture));

    private static int ReadInt(TextReader reader) =>
        int.Parse(ReadString(reader) ?? throw new FormatException("worker: missing number"), CultureInfo.InvariantCulture);

    private static void WriteString(TextWriter writer, string? value)
    {
        if (value is null)
        {
            writer.Write('~');
            return;
        }
        writer.Write(value.Length.ToString(CultureInfo.InvariantCulture));
        writer.Write(':');
        writer.Write(value);
    }

    private static string? ReadString(TextReader reader)
    {
        int length = 0, c = reader.Read();
        if (c == '~') return null;
        for (; c is >= '0' and <= '9'; c = reader.Read())
            length = checked(length * 10 + (c - '0'));
        if (c != ':') throw new FormatException("worker: malformed message");
        var chars = new char[length];
        if (reader.ReadBlock(chars, 0, length) != length) throw new FormatException("worker: truncated message");
        return new string(chars);
    }
}
