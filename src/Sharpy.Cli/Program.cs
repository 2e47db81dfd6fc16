namespace Sharpy.Cli;

/// <summary>Entry point of the <c>sharpy</c> command (CPython's command line).</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        try
        {
            return Launcher.Run(args);
        }
        catch (Exception e)
        {
            // Last line of defence: never a .NET stack trace, always a Python-style report.
            return InternalError.Report(e);
        }
    }
}
