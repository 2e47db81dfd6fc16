using Sharpy.Cli.CommandLine;

namespace Sharpy.Cli;

/// <summary>Parses the command line and runs what it asks for.</summary>
internal static class Launcher
{
    public static int Run(string[] args)
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true };
        var stderr = new StreamWriter(Console.OpenStandardError()) { AutoFlush = true };
        string program = ProcessInfo.ProgramName();
        ParseOutcome outcome = CommandLineParser.Parse(args, Environment.GetEnvironmentVariable, program, stdout, stderr);
        if (outcome.Options is not CommandLineOptions options)
            return outcome.ExitCode;
        return new Running.ProgramRunner(options, program, stderr).Run();
    }
}
