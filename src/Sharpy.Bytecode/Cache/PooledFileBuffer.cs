using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace Sharpy.Bytecode.Cache;

/// <summary>
/// A whole cache file read into a buffer rented from <see cref="ArrayPool{T}"/>, returned on dispose.
/// A warm import reads hundreds of pycs that are decoded and then dropped (the marshal reader copies
/// what it keeps), so renting saves one array allocation per import — about a tenth of what a warm
/// import allocates. Never hand <see cref="Memory"/> to anything that outlives the dispose.
/// </summary>
internal sealed class PooledFileBuffer : IDisposable
{
    private byte[]? _buffer;

    private PooledFileBuffer(byte[] buffer, int length)
    {
        _buffer = buffer;
        Memory = buffer.AsMemory(0, length);
    }

    /// <summary>The file's bytes (valid until dispose).</summary>
    public ReadOnlyMemory<byte> Memory { get; private set; }

    /// <summary>The file's contents, or null when it is missing or cannot be read (as File.ReadAllBytes failing).</summary>
    public static PooledFileBuffer? TryRead(string path)
    {
        // No cache yet is the normal case of a first import: a stat is far cheaper than a FileNotFoundException.
        if (!File.Exists(path)) return null;
        try
        {
            using SafeFileHandle handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            long length = RandomAccess.GetLength(handle);
            if (length > Array.MaxLength) return null;
            byte[] buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(length, 1));
            int total = 0;
            try
            {
                // A file that shrinks meanwhile gives a short (invalid) pyc: rebuilt, as any damaged cache.
                while (total < length)
                {
                    int read = RandomAccess.Read(handle, buffer.AsSpan(total, (int)length - total), total);
                    if (read == 0) break;
                    total += read;
                }
            }
            catch
            {
                ArrayPool<byte>.Shared.Return(buffer);
                throw;
            }
            return new PooledFileBuffer(buffer, total);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        if (_buffer is null) return;
        Memory = ReadOnlyMemory<byte>.Empty;
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = null;
    }
}
