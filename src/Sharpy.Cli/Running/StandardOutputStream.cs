using System.Runtime.InteropServices;

namespace Sharpy.Cli.Running;

/// <summary>
/// sys.stdout / sys.stderr's raw stream on Linux: write(2) on file descriptor 1 or 2, as CPython's
/// FileIO does. .NET's console stream initialises the whole console subsystem (terminfo, signal
/// handling, encoding lookup; several milliseconds of every start-up) on its first write; a FileStream
/// would keep its own file offset and overwrite output that a child process wrote to the same file.
/// A failed write (EPIPE when the reader went away) throws an IOException whose HResult is the errno,
/// which the io layer raises as the matching OSError (BrokenPipeError), as CPython does.
/// </summary>
internal sealed class StandardOutputStream : Stream
{
    private const int EINTR = 4, EAGAIN = 11; // Linux values (all architectures)
    private readonly int _fd;

    private StandardOutputStream(int fd) => _fd = fd;

    /// <summary>The raw stream for descriptor 1 or 2: this class on Linux, the console stream elsewhere.</summary>
    public static Stream Open(int fd)
    {
        if (OperatingSystem.IsLinux())
            return new StandardOutputStream(fd);
        return fd == 1 ? Console.OpenStandardOutput() : Console.OpenStandardError();
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            nint written = write(_fd, ref MemoryMarshal.GetReference(buffer), buffer.Length);
            if (written >= 0)
            {
                buffer = buffer[(int)written..];
                continue;
            }
            int errno = Marshal.GetLastPInvokeError();
            if (errno == EINTR) continue;
            if (errno == EAGAIN)
            {
                // A non-blocking descriptor that is full: wait for the reader, as .NET's console stream does.
                Thread.Sleep(1);
                continue;
            }
            throw new IOException(Marshal.GetPInvokeErrorMessage(errno), errno);
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    [DllImport("libc", SetLastError = true)]
#pragma warning disable SYSLIB1054 // a source-generated import would need unsafe code
    private static extern nint write(int fd, ref byte buffer, nint count);
#pragma warning restore SYSLIB1054
}
