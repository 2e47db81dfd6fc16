namespace Sharpy.Bytecode.Cache;

/// <summary>
/// _write_atomic: the data goes to a uniquely named temporary file in the same directory (created
/// exclusively, with the requested mode minus umask), which then replaces the target with one rename,
/// so readers see the old file or the complete new one, never a partial one.
/// </summary>
// CPython 3.11: Lib/importlib/_bootstrap_external.py _write_atomic
public static class AtomicFile
{
    /// <exception cref="IOException">or <see cref="UnauthorizedAccessException"/>: nothing is left behind.</exception>
    public static void Write(string path, byte[] data, UnixFileMode mode)
    {
        // CPython names it "<path>.<id(path)>"; random decimal digits keep the same shape. Not a
        // cryptographic random: uniqueness only matters among writers, and CreateNew fails rather than share
        // a name (System.Security.Cryptography would load OpenSSL, ~15 ms per process).
        string temporary = $"{path}.{Random.Shared.Next(1, int.MaxValue)}{Environment.ProcessId}";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = mode & (UnixFileMode)0b110_110_110;
        try
        {
            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(data);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort, as CPython's _write_atomic.
        }
    }
}
