namespace Sharpy.Cli;

/// <summary>Entry point of the <c>sharpy</c> command (CPython's command line).</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("sharpy: not yet implemented");
        return 2;
    }
}
