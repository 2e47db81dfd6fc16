namespace Sharpy.Bytecode.Pyc;

/// <summary>How a pyc is checked against its source (PEP 552); numbered as CPython's py_compile.PycInvalidationMode.</summary>
public enum PycInvalidationMode
{
    Timestamp = 1,
    CheckedHash = 2,
    UncheckedHash = 3,
}

/// <summary>
/// The decoded header of a Sharpy pyc: CPython 3.11's 16 bytes (magic, flags, mtime+size or source
/// hash) plus Sharpy's extension (see docs/pyc-format.md). Checksum and body length are not stored
/// here: <see cref="PycFile"/> computes and checks them.
/// </summary>
public sealed record PycHeader
{
    /// <summary>PEP 552 flag: the pyc is hash-based.</summary>
    public const uint FlagHashBased = 0b01;
    /// <summary>PEP 552 flag: a hash-based pyc should be checked against its source.</summary>
    public const uint FlagCheckSource = 0b10;

    /// <summary>Sharpy flag: the source was "racily clean" when the pyc was written, so
    /// <see cref="ContentHash"/> must be checked on every load.</summary>
    public const uint SharpyFlagRacy = 0b01;

    /// <summary>CPython's flags word: 0 (timestamp), 1 (unchecked hash), 3 (checked hash); 2 reads as timestamp.</summary>
    public uint Flags { get; init; }

    /// <summary>Timestamp pycs: <c>int(st_mtime) &amp; 0xFFFFFFFF</c>.</summary>
    public uint SourceMtime { get; init; }

    /// <summary>Timestamp pycs: source size &amp; 0xFFFFFFFF.</summary>
    public uint SourceSize { get; init; }

    /// <summary>Hash-based pycs: <see cref="SourceHash"/> of the source (8 bytes little-endian, as a number).</summary>
    public ulong SourceHashValue { get; init; }

    /// <summary>Sharpy, timestamp pycs: the source's mtime in nanoseconds since the Unix epoch.</summary>
    public long SourceMtimeNs { get; init; }

    /// <summary>Sharpy, timestamp pycs: <see cref="SourceHash"/> of the source bytes compiled.</summary>
    public ulong ContentHash { get; init; }

    /// <summary>Sharpy, timestamp pycs: the source's inode change time in nanoseconds (0 = unknown).</summary>
    public long SourceCtimeNs { get; init; }

    /// <summary>Sharpy's own flags (bit 0: <see cref="SharpyFlagRacy"/>); other bits make the pyc invalid.</summary>
    public uint SharpyFlags { get; init; }

    public bool IsHashBased => (Flags & FlagHashBased) != 0;
    public bool CheckSource => (Flags & FlagCheckSource) != 0;
    public bool IsRacy => (SharpyFlags & SharpyFlagRacy) != 0;

    public PycInvalidationMode Mode => !IsHashBased ? PycInvalidationMode.Timestamp
        : CheckSource ? PycInvalidationMode.CheckedHash : PycInvalidationMode.UncheckedHash;

    /// <summary>A timestamp header from the source's stat data (mtime truncated toward zero, as CPython's int()).</summary>
    public static PycHeader ForTimestamp(long mtimeNs, long size, bool racy, ulong contentHash, long ctimeNs = 0) => new()
    {
        Flags = 0,
        SourceMtime = (uint)(mtimeNs / 1_000_000_000L),
        SourceSize = (uint)size,
        SourceMtimeNs = mtimeNs,
        SourceCtimeNs = ctimeNs,
        SharpyFlags = racy ? SharpyFlagRacy : 0,
        ContentHash = contentHash,
    };

    /// <summary>A hash-based header (flags 3 when checked, 1 when unchecked).</summary>
    public static PycHeader ForHash(ulong sourceHash, bool checkSource) => new()
    {
        Flags = FlagHashBased | (checkSource ? FlagCheckSource : 0),
        SourceHashValue = sourceHash,
    };
}
