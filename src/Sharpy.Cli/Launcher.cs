using Sharpy.Cli.CommandLine;

namespace Sharpy.Cli;

/// <summary>Parses the command line and runs what it asks for.</summary>
internal static class Launcher
{
    public static int Run(string[] args)
    {
        Runtime.Hosting.StartupTrace.Mark("Main entered");
        Running.StandardStreams.Initialize();
        Platform.HugePageHeap.Advise();
        Runtime.Hosting.StartupTrace.Mark("heap advised");
        var stdout = new StreamWriter(Running.StandardStreams.OpenConsoleOrNull(1)) { AutoFlush = true };
        var stderr = new StreamWriter(Running.StandardStreams.OpenConsoleOrNull(2)) { AutoFlush = true };
        string program = ProcessInfo.ProgramName();
        Runtime.Hosting.StartupTrace.Mark("program name read");
        ParseOutcome outcome = CommandLineParser.Parse(args, Environment.GetEnvironmentVariable, program, stdout, stderr);
        if (outcome.Options is not CommandLineOptions options)
            return outcome.ExitCode;
        Runtime.Hosting.StartupTrace.Mark("command line parsed");
        int exitCode = new Running.ProgramRunner(options, program, stderr).Run();
        Runtime.Hosting.StartupTrace.Mark("finished");
        Runtime.Hosting.StartupTrace.Report();
        return exitCode;
    }
}
