using System.Security.Cryptography;
using System.Text;
using Sharpy.Bytecode.Opcodes;

namespace Sharpy.Bytecode.Pyc;

/// <summary>
/// Sharpy's magic number: derived from the instruction-set fingerprint and <see cref="SerializerVersion"/>,
/// so any change to the opcode table or the marshal/header format gives a different magic and old
/// caches are rebuilt instead of misread. Values live in [<see cref="RangeStart"/>, <see cref="RangeEnd"/>),
/// far above CPython's magics (below 4000 until at least 3.14), so CPython and Sharpy can never accept
/// each other's files. Every value ever shipped is recorded in <see cref="MagicLedger"/>.
/// </summary>
public static class PycMagic
{
    /// <summary>Bump when the marshal encoding or the pyc header layout changes.</summary>
    public const int SerializerVersion = 2;

    public const int RangeStart = 20000;
    public const int RangeEnd = 60000;

    /// <summary>Lowercase hex SHA-256 of <see cref="FingerprintText"/>.</summary>
    public static string Fingerprint { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(FingerprintText())));

    /// <summary>The 16-bit magic (stored little-endian in bytes 0-1 of every pyc).</summary>
    public static ushort Number { get; } = Derive(Fingerprint, SerializerVersion);

    /// <summary>The first four bytes of every Sharpy pyc: magic LE + "\r\n".</summary>
    public static ReadOnlySpan<byte> Bytes => MagicBytes;

    private static readonly byte[] MagicBytes = [(byte)(Number & 0xFF), (byte)(Number >> 8), (byte)'\r', (byte)'\n'];

    /// <summary>The four magic bytes read as a little-endian uint32 (CPython's _RAW_MAGIC_NUMBER); keys <see cref="SourceHash"/>.</summary>
    public static uint RawNumber { get; } = (uint)Number | ((uint)'\r' << 16) | ((uint)'\n' << 24);

    /// <summary>Maps a fingerprint and serializer version into the reserved range (deterministic).</summary>
    public static ushort Derive(string fingerprint, int serializerVersion)
    {
        byte[] digest = SHA256.HashData(Encoding.UTF8.GetBytes($"sharpy-magic:{serializerVersion}:{fingerprint}"));
        uint folded = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(digest);
        return (ushort)(RangeStart + folded % (RangeEnd - RangeStart));
    }

    /// <summary>Canonical text of the instruction set: every defined opcode's number, name, argument
    /// kind, plus the argument-value tables (COMPARE_OP, BINARY_OP) and the HAVE_ARGUMENT boundary.</summary>
    internal static string FingerprintText()
    {
        var text = new StringBuilder();
        text.Append("have_argument=").Append(OpcodeTable.HaveArgument).Append('\n');
        for (int value = 0; value < 256; value++)
        {
            if (!OpcodeTable.IsDefined((byte)value)) continue;
            var op = (Opcode)value;
            text.Append(value).Append(' ').Append(OpcodeTable.NameOf(op)).Append(' ')
                .Append(OpcodeTable.KindOf(op)).Append('\n');
        }
        text.Append("compare=").AppendJoin(',', OpcodeTable.CompareOps).Append('\n');
        text.Append("binary=").AppendJoin(',', OpcodeTable.BinaryOps).Append('\n');
        return text.ToString();
    }
}
