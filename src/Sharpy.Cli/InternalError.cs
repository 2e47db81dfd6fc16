namespace Sharpy.Cli;

/// <summary>Reports a failure of Sharpy itself (a bug, not a Python error) without a .NET stack trace.</summary>
internal static class InternalError
{
    public static int Report(Exception e)
    {
        try
        {
            var stderr = new StreamWriter(Console.OpenStandardError()) { AutoFlush = true };
            stderr.Write($"Fatal Python error: internal error in Sharpy: {e.GetType().Name}: {e.Message}\n");
            stderr.Write("Please report this as a Sharpy bug.\n");
            if (Environment.GetEnvironmentVariable("SHARPY_DEBUG") == "1")
                stderr.Write(e.ToString() + "\n");
        }
        catch (Exception)
        {
            // Nothing else can be done if stderr itself is gone.
        }
        return 1;
    }
}
