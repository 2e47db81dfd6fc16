using System.ComponentModel;
using System.Diagnostics;
using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Importing;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Subprocess;

/// <summary>
/// <c>_sharpy_subprocess</c>: child processes for <c>lib/subprocess.py</c>, over .NET's
/// <see cref="Process"/> (which forks and execs safely from a multi-threaded runtime). Processes are
/// referred to by integer handles; the Python side builds CPython's Popen API on top.
/// Stream modes: 0 inherit, 1 pipe, 2 discard (DEVNULL). stderr can be merged into stdout.
/// </summary>
public static class SubprocessNativeModule
{
    private const string ModuleName = "_sharpy_subprocess";
    private const int Inherit = 0, Pipe = 1, Discard = 2;

    private sealed class Child(Process process)
    {
        public readonly Process Process = process;
        public Task<byte[]>? StdoutDrain, StderrDrain;
        public int? KilledBySignal;
    }

    private static readonly Dictionary<long, Child> s_children = new();
    private static long s_nextHandle;

    public static PyModule Create()
    {
        var m = new PyModule(ModuleName);
        var d = m.Dict!;
        d.DefFunction("spawn", (args, kw) =>
        {
            var a = ArgParser.Parse("spawn", args, kw, ["args", "executable", "cwd", "env", "stdin", "stdout", "stderr", "merge_stderr"], [], required: 8);
            // A child reads the files this process wrote: flush the writers nothing holds any more, as
            // CPython's reference counting would have closed them (open(p, 'w').write(s); run(...p...)).
            OpenFiles.FlushBeforeOpen();
            return Spawn(a);
        }, ModuleName);
        d.DefFunction("write", (args, kw) =>
        {
            var a = ArgParser.Parse("write", args, kw, ["handle", "data"], [], required: 2);
            var child = Get(a[0]!);
            byte[] data = a[1] is PyBytes b ? b.Value : throw new PythonException(PyExc.TypeError("write() argument must be bytes"));
            try
            {
                var stream = child.Process.StandardInput.BaseStream;
                stream.Write(data);
                stream.Flush();
            }
            catch (IOException)
            {
                throw new PythonException(new PyBaseException(PyExc.ByName["BrokenPipeError"], PyInt.From(32), new PyStr("Broken pipe")));
            }
            return PyInt.From(data.Length);
        }, ModuleName);
        d.DefFunction("close_stdin", (args, kw) =>
        {
            var a = ArgParser.Parse("close_stdin", args, kw, ["handle"], [], required: 1);
            try { Get(a[0]!).Process.StandardInput.Close(); } catch (IOException) { }
            return PyNone.Instance;
        }, ModuleName);
        d.DefFunction("read", (args, kw) =>
        {
            // read(handle, which (1 stdout, 2 stderr), size (-1: to the end))
            var a = ArgParser.Parse("read", args, kw, ["handle", "which", "size"], [], required: 3);
            var stream = OutputStream(Get(a[0]!), (int)Ops.AsIndex(a[1]!));
            long size = Ops.AsIndex(a[2]!);
            using var released = Threads.GilReleased.Begin();
            if (size < 0)
            {
                var all = new MemoryStream();
                stream.CopyTo(all);
                return new PyBytes(all.ToArray());
            }
            var buffer = new byte[size];
            int total = 0;
            while (total < size)
            {
                int n = stream.Read(buffer, total, (int)size - total);
                if (n == 0) break;
                total += n;
            }
            return new PyBytes(buffer.AsSpan(0, total).ToArray());
        }, ModuleName);
        d.DefFunction("readline", (args, kw) =>
        {
            var a = ArgParser.Parse("readline", args, kw, ["handle", "which"], [], required: 2);
            var stream = OutputStream(Get(a[0]!), (int)Ops.AsIndex(a[1]!));
            using var released = Threads.GilReleased.Begin();
            var line = new MemoryStream();
            int c;
            while ((c = stream.ReadByte()) >= 0)
            {
                line.WriteByte((byte)c);
                if (c == '\n') break;
            }
            return new PyBytes(line.ToArray());
        }, ModuleName);
        d.DefFunction("communicate", (args, kw) =>
        {
            // communicate(handle, input or None, timeout or None) -> (stdout or None, stderr or None), or None on timeout
            var a = ArgParser.Parse("communicate", args, kw, ["handle", "input", "timeout"], [], required: 3);
            var child = Get(a[0]!);
            byte[]? input = a[1] is PyBytes bytes ? bytes.Value : null;
            int? timeout = Timeout(a[2]!);
            (byte[]? Out, byte[]? Err)? result;
            using (Threads.GilReleased.Begin()) result = Communicate(child, input, timeout);
            if (result is not { } r) return PyNone.Instance;
            static PyObject Bytes(byte[]? b) => b is null ? PyNone.Instance : new PyBytes(b);
            return PyTuple.Create([Bytes(r.Out), Bytes(r.Err)]);
        }, ModuleName);
        d.DefFunction("wait", (args, kw) =>
        {
            var a = ArgParser.Parse("wait", args, kw, ["handle", "timeout"], [], required: 2);
            var child = Get(a[0]!);
            int? ms = Timeout(a[1]!);
            bool exited;
            using (Threads.GilReleased.Begin())
                exited = ms is int t ? child.Process.WaitForExit(t) : WaitForever(child.Process);
            return exited ? PyInt.From(ReturnCode(child)) : PyNone.Instance;
        }, ModuleName);
        d.DefFunction("poll", (args, kw) =>
        {
            var a = ArgParser.Parse("poll", args, kw, ["handle"], [], required: 1);
            var child = Get(a[0]!);
            return child.Process.HasExited ? PyInt.From(ReturnCode(child)) : PyNone.Instance;
        }, ModuleName);
        d.DefFunction("kill", (args, kw) =>
        {
            // kill(handle, signal): SIGKILL kills the process; other signals through libc kill().
            var a = ArgParser.Parse("kill", args, kw, ["handle", "signal"], [], required: 2);
            var child = Get(a[0]!);
            int signal = (int)Ops.AsIndex(a[1]!);
            if (child.Process.HasExited) return PyNone.Instance;
            child.KilledBySignal = signal;
            if (signal == 9) child.Process.Kill();
            else SendSignal(child.Process.Id, signal);
            return PyNone.Instance;
        }, ModuleName);
        d.DefFunction("release", (args, kw) =>
        {
            var a = ArgParser.Parse("release", args, kw, ["handle"], [], required: 1);
            lock (s_children)
            {
                if (s_children.Remove(Ops.AsIndex(a[0]!), out var child)) child.Process.Dispose();
            }
            return PyNone.Instance;
        }, ModuleName);
        return m;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    private static bool WaitForever(Process p)
    {
        p.WaitForExit();
        return true;
    }

    private static int? Timeout(PyObject timeout)
    {
        if (timeout is PyNone) return null;
        double seconds = Ops.ToDouble(timeout);
        return (int)Math.Clamp(Math.Ceiling(seconds * 1000), 0, int.MaxValue);
    }

    private static Child Get(PyObject handle)
    {
        lock (s_children)
        {
            if (s_children.TryGetValue(Ops.AsIndex(handle), out var child)) return child;
        }
        throw new PythonException(PyExc.ValueError("invalid process handle"));
    }

    private static Stream OutputStream(Child child, int which) => which == 1
        ? child.Process.StandardOutput.BaseStream
        : child.Process.StandardError.BaseStream;

    /// <summary>CPython's returncode: -N when the process died of signal N that we sent.</summary>
    private static int ReturnCode(Child child)
    {
        int code = child.Process.ExitCode;
        if (child.KilledBySignal is int signal && code == 128 + signal) return -signal;
        return code;
    }

    private static PyObject Spawn(PyObject?[] a)
    {
        var argv = Ops.ToList(a[0]!).Select(Ops.StrString).ToList();
        string? executable = a[1] is PyStr e ? e.Value : null;
        int stdinMode = (int)Ops.AsIndex(a[4]!), stdoutMode = (int)Ops.AsIndex(a[5]!), stderrMode = (int)Ops.AsIndex(a[6]!);
        bool merge = Ops.IsTrue(a[7]!);
        string program = executable ?? argv[0];
        var psi = new ProcessStartInfo { UseShellExecute = false };
        if (merge)
        {
            // .NET cannot point a child's stderr at its stdout pipe: let a shell do the dup2.
            psi.FileName = "/bin/sh";
            psi.ArgumentList.Add("-c");
            psi.ArgumentList.Add("exec \"$@\" 2>&1");
            psi.ArgumentList.Add(argv[0]);
            psi.ArgumentList.Add(program);
            foreach (string arg in argv.Skip(1)) psi.ArgumentList.Add(arg);
        }
        else
        {
            psi.FileName = program;
            foreach (string arg in argv.Skip(1)) psi.ArgumentList.Add(arg);
        }
        if (a[2] is PyStr cwd) psi.WorkingDirectory = cwd.Value;
        if (a[3] is PyObject env && env is not PyNone)
        {
            psi.Environment.Clear();
            foreach (var key in Ops.ToList(env))
                psi.Environment[Ops.StrString(key)] = Ops.StrString(Ops.GetItem(env, key));
        }
        psi.RedirectStandardInput = stdinMode != Inherit;
        psi.RedirectStandardOutput = stdoutMode != Inherit;
        psi.RedirectStandardError = stderrMode != Inherit && !merge;
        if (a[2] is PyStr dir && !Directory.Exists(dir.Value))
            throw ImportErrors.FromIO(new DirectoryNotFoundException(), dir.Value);
        Process process;
        try
        {
            process = Process.Start(psi) ?? throw new Win32Exception(2);
        }
        catch (Win32Exception ex)
        {
            int errno = ex.NativeErrorCode is 13 ? 13 : 2;
            string strerror = errno == 13 ? "Permission denied" : "No such file or directory";
            var type = errno == 13 ? PyExc.ByName["PermissionError"] : PyExc.ByName["FileNotFoundError"];
            throw new PythonException(new PyBaseException(type, PyInt.From(errno), new PyStr(strerror), new PyStr(program)));
        }
        var child = new Child(process);
        if (stdinMode == Discard) process.StandardInput.Close();
        if (stdoutMode == Discard) child.StdoutDrain = Drain(process.StandardOutput.BaseStream);
        if (stderrMode == Discard && !merge) child.StderrDrain = Drain(process.StandardError.BaseStream);
        long handle;
        lock (s_children)
        {
            handle = ++s_nextHandle;
            s_children[handle] = child;
        }
        return PyTuple.Create([PyInt.From(handle), PyInt.From(process.Id)]);
    }

    private static Task<byte[]> Drain(Stream stream) => Task.Run(() =>
    {
        var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    });

    /// <summary>Feeds stdin, collects stdout/stderr, waits; null on timeout. Touches no Python object
    /// (it runs with the GIL released).</summary>
    private static (byte[]? Out, byte[]? Err)? Communicate(Child child, byte[]? input, int? timeoutMs)
    {
        var p = child.Process;
        var psi = p.StartInfo;
        Task<byte[]>? stdout = psi.RedirectStandardOutput ? child.StdoutDrain ??= Drain(p.StandardOutput.BaseStream) : null;
        Task<byte[]>? stderr = psi.RedirectStandardError ? child.StderrDrain ??= Drain(p.StandardError.BaseStream) : null;
        if (psi.RedirectStandardInput)
        {
            var writer = Task.Run(() =>
            {
                try
                {
                    if (input is { Length: > 0 }) p.StandardInput.BaseStream.Write(input);
                    p.StandardInput.Close();
                }
                catch (IOException) { } // the child closed its stdin early: CPython ignores EPIPE here
                catch (ObjectDisposedException) { }
            });
            writer.Wait();
        }
        var pending = new List<Task>();
        if (stdout is not null) pending.Add(stdout);
        if (stderr is not null) pending.Add(stderr);
        bool done = timeoutMs is int ms
            ? Task.WaitAll([.. pending], ms) && p.WaitForExit(Math.Max(0, ms))
            : WaitAll(pending, p);
        if (!done) return null;
        return (stdout?.Result, stderr?.Result);
    }

    private static bool WaitAll(List<Task> tasks, Process p)
    {
        Task.WaitAll([.. tasks]);
        p.WaitForExit();
        return true;
    }
}
