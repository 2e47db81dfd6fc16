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

    /// <summary>Lowercase hex SHA-256 of <see cref="FingerprintText"/> (computed on first use).</summary>
    public static string Fingerprint => s_fingerprint ??= ManagedSha256.HexDigest(Encoding.UTF8.GetBytes(FingerprintText()));

    /// <summary>
    /// The magic derived from the current instruction set and <see cref="SerializerVersion"/> (computed on
    /// first use: it walks the opcode table with enum reflection, ~10 ms, so start-up does not pay for it).
    /// A unit test requires it to equal the last <see cref="MagicLedger"/> entry, the value every pyc carries.
    /// </summary>
    public static ushort Number => s_number ??= Derive(Fingerprint, SerializerVersion);

    /// <summary>The magic written to and required in every pyc: the last ledger entry, which the test above
    /// keeps equal to <see cref="Number"/> (so a format change cannot ship without a new magic).</summary>
    public static ushort Current => MagicLedger.CurrentMagic;

    /// <summary>The first four bytes of every Sharpy pyc: magic LE + "\r\n".</summary>
    public static ReadOnlySpan<byte> Bytes => MagicBytes;

    private static readonly byte[] MagicBytes = [(byte)(Current & 0xFF), (byte)(Current >> 8), (byte)'\r', (byte)'\n'];

    /// <summary>The four magic bytes read as a little-endian uint32 (CPython's _RAW_MAGIC_NUMBER); keys <see cref="SourceHash"/>.</summary>
    public static uint RawNumber { get; } = (uint)Current | ((uint)'\r' << 16) | ((uint)'\n' << 24);

    // Computed on first use; a race computes the same value twice, harmlessly.
    private static string? s_fingerprint;
    private static ushort? s_number;

    /// <summary>Maps a fingerprint and serializer version into the reserved range (deterministic).</summary>
    public static ushort Derive(string fingerprint, int serializerVersion)
    {
        byte[] digest = ManagedSha256.HashData(Encoding.UTF8.GetBytes($"sharpy-magic:{serializerVersion}:{fingerprint}"));
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
