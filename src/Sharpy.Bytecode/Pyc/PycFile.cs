using System.Buffers.Binary;
using Sharpy.Bytecode.Code;
using Sharpy.Bytecode.Marshal;
using Sharpy.Bytecode.Text;

namespace Sharpy.Bytecode.Pyc;

/// <summary>
/// Encodes and decodes whole Sharpy pyc files: CPython 3.11's 16-byte header, Sharpy's 36-byte
/// extension, then the marshalled code object. Layout (all integers little-endian):
/// <code>
///  0  4  magic (uint16) + "\r\n"
///  4  4  flags (PEP 552: bit0 hash-based, bit1 check_source)
///  8  8  mtime uint32 + size uint32, or the 8-byte source hash
/// 16  8  source mtime in nanoseconds (int64; 0 when hash-based)
/// 24  8  content hash (SourceHash of the source; 0 when hash-based)
/// 32  8  source inode change time in nanoseconds (int64; 0 = unknown or hash-based)
/// 40  4  Sharpy flags (bit0: racy, check the content hash on every load; other bits invalid)
/// 44  4  body length
/// 48  4  CRC-32C of bytes [0, 48) followed by the body
/// 52  …  body: MarshalWriter.Serialize(code)
/// </code>
/// </summary>
public static class PycFile
{
    /// <summary>CPython's part of the header.</summary>
    public const int CPythonHeaderSize = 16;
    /// <summary>Full header size including Sharpy's extension.</summary>
    public const int HeaderSize = 52;

    public const int ChecksumOffset = 48;
    private const int SharpyFlagsOffset = 40;
    private const int BodyLengthOffset = 44;

    /// <summary>Serialises <paramref name="code"/> behind <paramref name="header"/>.</summary>
    /// <exception cref="MarshalWriteException">the code object holds values outside the constant model.</exception>
    public static byte[] Encode(PycHeader header, CodeObject code)
    {
        byte[] data = MarshalWriter.Serialize(code, HeaderSize);
        int bodyLength = data.Length - HeaderSize;
        var span = data.AsSpan();
        PycMagic.Bytes.CopyTo(span);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], header.Flags);
        if (header.IsHashBased)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(span[8..], header.SourceHashValue);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span[8..], header.SourceMtime);
            BinaryPrimitives.WriteUInt32LittleEndian(span[12..], header.SourceSize);
        }
        BinaryPrimitives.WriteInt64LittleEndian(span[16..], header.SourceMtimeNs);
        BinaryPrimitives.WriteUInt64LittleEndian(span[24..], header.ContentHash);
        BinaryPrimitives.WriteInt64LittleEndian(span[32..], header.SourceCtimeNs);
        BinaryPrimitives.WriteUInt32LittleEndian(span[SharpyFlagsOffset..], header.SharpyFlags);
        BinaryPrimitives.WriteInt32LittleEndian(span[BodyLengthOffset..], bodyLength);
        BinaryPrimitives.WriteUInt32LittleEndian(span[ChecksumOffset..], Checksum(span));
        return data;
    }

    /// <summary>
    /// CPython's _classify_pyc (magic, length, flags; messages name the module as <paramref name="name"/>)
    /// followed by Sharpy's checks (extension present, known Sharpy flags, body length, checksum).
    /// Does not validate against a source.
    /// </summary>
    /// <exception cref="InvalidPycException">with CPython's wording and exception type.</exception>
    // CPython 3.11: Lib/importlib/_bootstrap_external.py _classify_pyc
    public static PycHeader ReadHeader(ReadOnlySpan<byte> data, string name)
    {
        var magic = data[..Math.Min(4, data.Length)];
        if (!magic.SequenceEqual(PycMagic.Bytes))
            throw new InvalidPycException($"bad magic number in {PyRepr.Str(name)}: {PyRepr.Bytes(magic)}", "ImportError");
        if (data.Length < CPythonHeaderSize)
            throw new InvalidPycException($"reached EOF while reading pyc header of {PyRepr.Str(name)}", "EOFError");
        uint flags = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
        if ((flags & ~0b11u) != 0)
            throw new InvalidPycException($"invalid flags {flags} in {PyRepr.Str(name)}", "ImportError");
        // Past CPython's 16 bytes CPython would unmarshal the body, so a file cut inside Sharpy's extension
        // fails as a truncated body does there.
        if (data.Length < HeaderSize)
            throw new InvalidPycException(
                data.Length == CPythonHeaderSize ? "EOF read where object expected" : "marshal data too short", "EOFError");
        uint sharpyFlags = BinaryPrimitives.ReadUInt32LittleEndian(data[SharpyFlagsOffset..]);
        if ((sharpyFlags & ~PycHeader.SharpyFlagRacy) != 0)
            throw new InvalidPycException($"invalid Sharpy flags {sharpyFlags} in {PyRepr.Str(name)}", "ImportError");
        int bodyLength = BinaryPrimitives.ReadInt32LittleEndian(data[BodyLengthOffset..]);
        if (bodyLength != data.Length - HeaderSize)
            throw new InvalidPycException($"bad pyc data in {PyRepr.Str(name)} (body length mismatch)", "EOFError");
        if (BinaryPrimitives.ReadUInt32LittleEndian(data[ChecksumOffset..]) != Checksum(data))
            throw new InvalidPycException($"bad pyc data in {PyRepr.Str(name)} (checksum mismatch)");
        bool hashBased = (flags & PycHeader.FlagHashBased) != 0;
        return new PycHeader
        {
            Flags = flags,
            SourceMtime = hashBased ? 0 : BinaryPrimitives.ReadUInt32LittleEndian(data[8..]),
            SourceSize = hashBased ? 0 : BinaryPrimitives.ReadUInt32LittleEndian(data[12..]),
            SourceHashValue = hashBased ? BinaryPrimitives.ReadUInt64LittleEndian(data[8..]) : 0,
            SourceMtimeNs = BinaryPrimitives.ReadInt64LittleEndian(data[16..]),
            ContentHash = BinaryPrimitives.ReadUInt64LittleEndian(data[24..]),
            SourceCtimeNs = BinaryPrimitives.ReadInt64LittleEndian(data[32..]),
            SharpyFlags = sharpyFlags,
        };
    }

    /// <summary>Decodes the body of a file whose header <see cref="ReadHeader"/> accepted.</summary>
    public static CodeObject ReadBody(ReadOnlyMemory<byte> data) =>
        MarshalReader.DeserializeCode(data[Math.Min(HeaderSize, data.Length)..]);

    /// <summary>Header and body in one call.</summary>
    public static (PycHeader Header, CodeObject Code) Decode(ReadOnlyMemory<byte> data, string name)
    {
        var header = ReadHeader(data.Span, name);
        return (header, ReadBody(data));
    }

    /// <summary>True when the file has Sharpy's full header, a matching body length and checksum.</summary>
    public static bool HasIntactBody(ReadOnlySpan<byte> data) =>
        data.Length >= HeaderSize
        && BinaryPrimitives.ReadInt32LittleEndian(data[BodyLengthOffset..]) == data.Length - HeaderSize
        && BinaryPrimitives.ReadUInt32LittleEndian(data[ChecksumOffset..]) == Checksum(data);

    private static uint Checksum(ReadOnlySpan<byte> file) =>
        Crc32C.Compute(file[HeaderSize..], Crc32C.Compute(file[..ChecksumOffset]));
}
