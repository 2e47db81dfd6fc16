using System.Diagnostics;
using System.Text;

namespace Sharpy.Cli.Tests.Infrastructure;

internal sealed record ProcessResult(string Stdout, string Stderr, int ExitCode)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>
/// Runs the sharpy binary as a separate process with a fully explicit environment: the machine
/// exports PYTHONDONTWRITEBYTECODE=1 and PYTHONUNBUFFERED=1, which must never leak into a test.
/// </summary>
internal static class SharpyProcess
{
    public static ProcessResult Run(IEnumerable<string> args, string workingDirectory,
        IReadOnlyDictionary<string, string>? env = null, string? stdin = null, string? exe = null,
        int timeoutMs = 120_000)
    {
        var psi = new ProcessStartInfo(exe ?? RepoPaths.SharpyExe)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string arg in args)
            psi.ArgumentList.Add(arg);
        psi.Environment.Clear();
        psi.Environment["PATH"] = "/usr/bin:/bin";
        psi.Environment["HOME"] = "/nonexistent";
        psi.Environment["LC_ALL"] = "C.UTF-8";
        foreach (string name in new[] { "DOTNET_ROOT" })
            if (Environment.GetEnvironmentVariable(name) is string value)
                psi.Environment[name] = value;
        if (env is not null)
            foreach (var (key, value) in env)
                psi.Environment[key] = value;

        using var process = Process.Start(psi) ?? throw new InvalidOperationException("cannot start " + psi.FileName);
        Task<string> stdoutTask = process.StandardOutput.ReadToEndAsync();
        Task<string> stderrTask = process.StandardError.ReadToEndAsync();
        try
        {
            if (stdin is not null)
                process.StandardInput.Write(stdin);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The program exited without reading its input; that is its business.
        }
        if (!process.WaitForExit(timeoutMs))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"sharpy {string.Join(' ', args)} did not finish in {timeoutMs} ms");
        }
        process.WaitForExit();
        return new ProcessResult(stdoutTask.Result, stderrTask.Result, process.ExitCode);
    }
}
