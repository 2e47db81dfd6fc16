using System.Diagnostics;

namespace Sharpy.Conformance.Tests;

internal sealed record ProcessResult(string Stdout, string Stderr, int ExitCode, bool TimedOut);

/// <summary>Runs a program with a pinned environment (the machine's PYTHON* variables removed).</summary>
internal static class ProcessRunner
{
    public static ProcessResult Run(string exe, IEnumerable<string> args, string cwd, TimeSpan timeout,
        IDictionary<string, string>? env = null)
    {
        var psi = new ProcessStartInfo(exe)
        {
            WorkingDirectory = cwd,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var key in psi.Environment.Keys.Where(k => k.StartsWith("PYTHON", StringComparison.Ordinal)).ToList())
            psi.Environment.Remove(key);
        psi.Environment["PYTHONHASHSEED"] = "0";
        psi.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        psi.Environment["LC_ALL"] = "C.UTF-8";
        if (env != null)
            foreach (var (k, v) in env) psi.Environment[k] = v;

        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        bool exited = p.WaitForExit(timeout);
        if (!exited)
        {
            try { p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            p.WaitForExit();
        }
        return new ProcessResult(stdout.Result, stderr.Result, exited ? p.ExitCode : -1, !exited);
    }
}
