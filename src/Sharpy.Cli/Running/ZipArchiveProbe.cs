namespace Sharpy.Cli.Running;

/// <summary>
/// Whether a script path is a zip archive, which runs like a directory: the archive goes first on
/// sys.path and its __main__ module runs (zipapp files, possibly with a "#!" line in front).
/// </summary>
// CPython 3.11: Modules/main.c pymain_get_importer (zipimporter accepts the file)
internal static class ZipArchiveProbe
{
    private const int EndRecordSize = 22;
    private const int MaxCommentSize = 0xFFFF;

    /// <summary>True when the file ends with a zip end-of-central-directory record.</summary>
    public static bool IsZipArchive(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            long length = stream.Length;
            if (length < EndRecordSize)
                return false;
            int tail = (int)Math.Min(length, EndRecordSize + MaxCommentSize);
            var buffer = new byte[tail];
            stream.Seek(length - tail, SeekOrigin.Begin);
            stream.ReadExactly(buffer);
            for (int i = tail - EndRecordSize; i >= 0; i--)
                if (buffer[i] == 'P' && buffer[i + 1] == 'K' && buffer[i + 2] == 5 && buffer[i + 3] == 6)
                    return true;
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
