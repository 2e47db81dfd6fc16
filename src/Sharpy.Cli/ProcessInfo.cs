namespace Sharpy.Cli;

/// <summary>Facts about this process that CPython takes from the C runtime.</summary>
internal static class ProcessInfo
{
    /// <summary>
    /// argv[0] exactly as the caller typed it (CPython's program_name, used in usage and
    /// "can't open file" messages). .NET does not expose it, so read it from /proc; elsewhere the
    /// executable's path is the closest substitute.
    /// </summary>
    public static string ProgramName()
    {
        try
        {
            byte[] cmdline = File.ReadAllBytes("/proc/self/cmdline");
            int end = cmdline.AsSpan().IndexOf((byte)0);
            if (end > 0)
                return System.Text.Encoding.UTF8.GetString(cmdline, 0, end);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return Environment.ProcessPath ?? "sharpy";
    }

    /// <summary>sys.executable: the absolute path of the running program.</summary>
    public static string Executable() => Environment.ProcessPath ?? "sharpy";
}
