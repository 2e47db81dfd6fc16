namespace Sharpy.Cli.Tests.Infrastructure;

/// <summary>A fresh directory under /tmp, deleted on dispose.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Dir = Path.Combine("/tmp", "sharpy-cli-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Dir);
    }

    /// <summary>Absolute path of the directory.</summary>
    public string Dir { get; }

    public string this[string relative] => Path.Combine(Dir, relative);

    public string Write(string relative, string content)
    {
        string full = this[relative];
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public void Dispose()
    {
        try
        {
            // Tests make directories read-only on purpose; restore access so they can be removed.
            foreach (string d in Directory.EnumerateDirectories(Dir, "*", SearchOption.AllDirectories))
                File.SetUnixFileMode(d, (UnixFileMode)0b111_111_101);
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
