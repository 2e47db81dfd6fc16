using Sharpy.Bytecode.Marshal;
using Sharpy.Bytecode.Pyc;
using Sharpy.Bytecode.Text;

namespace Sharpy.Bytecode.Cache;

/// <summary>The stat data of a source file the way the cache compares it.</summary>
/// <param name="CtimeNs">inode change time in nanoseconds, 0 when the platform cannot tell.</param>
public readonly record struct SourceStat(long MtimeNs, long Size, long CtimeNs = 0)
{
    /// <exception cref="FileNotFoundException">the file does not exist (as FileInfo.Length throws).</exception>
    public static SourceStat Of(FileInfo file)
    {
        if (InodeChangeTime.TryStat(file.FullName, out SourceStat? fast))
            return fast ?? throw new FileNotFoundException($"Could not find file '{file.FullName}'.", file.FullName);
        return new(ToUnixNanoseconds(file.LastWriteTimeUtc), file.Length, InodeChangeTime.Get(file.FullName));
    }

    /// <summary>The stat of a source file, or null when it does not exist (or is a directory).</summary>
    public static SourceStat? TryOf(string path)
    {
        if (InodeChangeTime.TryStat(path, out SourceStat? fast))
            return fast;
        var info = new FileInfo(path);
        return info.Exists ? new(ToUnixNanoseconds(info.LastWriteTimeUtc), info.Length, InodeChangeTime.Get(info.FullName)) : null;
    }

    public static long ToUnixNanoseconds(DateTime utc) => (utc.Ticks - DateTime.UnixEpoch.Ticks) * 100;
}

/// <summary>Result of checking a pyc's header against its source (the body is not decoded here).</summary>
public enum PycFreshness
{
    /// <summary>The header is valid and matches the source.</summary>
    Fresh,
    /// <summary>The header is valid but the source changed (or the racy check failed).</summary>
    Stale,
    /// <summary>Not a valid Sharpy pyc (bad magic, short, bad flags, checksum, ...).</summary>
    Invalid,
}

/// <summary>Outcome of <see cref="PycValidator.Validate"/>; the hash-based facts decide how a rewrite is done.</summary>
/// <param name="LogReason">false where CPython prints nothing under -v (invalid flags, size or hash mismatch).</param>
/// <param name="ContentVerified">a timestamp pyc was accepted after comparing its content hash with the source
/// (it was racy, or the source's ctime changed); the cache may be refreshed so later loads need not hash.</param>
public sealed record PycValidation(PycFreshness Freshness, string? Reason, bool FoundHashBased, bool FoundCheckSource,
    bool LogReason = true, bool ContentVerified = false);

/// <summary>
/// CPython's header validation (_classify_pyc, _validate_timestamp_pyc, _validate_hash_pyc) plus
/// Sharpy's never-stale checks: exact nanosecond mtime, and the source's content hash when the pyc was
/// written while the source was "racily clean". Shared by <see cref="BytecodeCache"/> and the pycache tool.
/// </summary>
// CPython 3.11: Lib/importlib/_bootstrap_external.py SourceLoader.get_code (validation part)
public static class PycValidator
{
    /// <param name="readSource">reads the source bytes; called only when a hash must be checked.</param>
    /// <exception cref="IOException">reading the source for a hash check failed (propagates, as in CPython).</exception>
    public static PycValidation Validate(ReadOnlySpan<byte> pyc, string moduleName, SourceStat stat,
        Func<byte[]> readSource, CheckHashBasedPycs checkHashBasedPycs)
    {
        bool foundHashBased = false, foundCheckSource = false;
        if (pyc.Length >= 8 && pyc[..4].SequenceEqual(PycMagic.Bytes))
        {
            uint flags = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(pyc[4..8]);
            if ((flags & ~0b11u) == 0)
            {
                foundHashBased = (flags & PycHeader.FlagHashBased) != 0;
                foundCheckSource = (flags & PycHeader.FlagCheckSource) != 0;
            }
        }
        PycHeader header;
        try
        {
            header = PycFile.ReadHeader(pyc, moduleName);
        }
        catch (InvalidPycException e)
        {
            bool cpythonSilent = e.Message.StartsWith("invalid flags", StringComparison.Ordinal);
            return new PycValidation(PycFreshness.Invalid, e.Message, foundHashBased, foundCheckSource, !cpythonSilent);
        }

        if (header.IsHashBased)
        {
            if (checkHashBasedPycs != CheckHashBasedPycs.Never && (header.CheckSource || checkHashBasedPycs == CheckHashBasedPycs.Always))
            {
                if (SourceHash.ComputeValue(readSource()) != header.SourceHashValue)
                    return Stale($"hash mismatch for {PyRepr.Str(moduleName)}", header, log: false);
            }
            return new PycValidation(PycFreshness.Fresh, null, true, header.CheckSource);
        }

        if (header.SourceMtime != (uint)(stat.MtimeNs / 1_000_000_000L))
            return Stale($"bytecode is stale for {PyRepr.Str(moduleName)}", header);
        if (header.SourceSize != (uint)stat.Size)
            return Stale($"size mismatch for {PyRepr.Str(moduleName)}", header, log: false);
        // Beyond CPython: sub-second edits, and same-size edits hidden from the mtime (same clock tick, or
        // the mtime restored). The ctime cannot be restored by programs, so a changed ctime (or a pyc written
        // while the source was racily clean) means: compare the content itself.
        if (header.SourceMtimeNs != stat.MtimeNs)
            return Stale($"bytecode is stale for {PyRepr.Str(moduleName)} (mtime_ns)", header);
        bool checkContent = header.IsRacy || (header.SourceCtimeNs != 0 && header.SourceCtimeNs != stat.CtimeNs);
        bool? contentMatches = checkContent ? ContentMatches(header, readSource) : null;
        if (contentMatches == false)
            return Stale($"bytecode is stale for {PyRepr.Str(moduleName)} (content changed)", header);
        return new PycValidation(PycFreshness.Fresh, null, false, false, ContentVerified: contentMatches == true);
    }

    private static PycValidation Stale(string reason, PycHeader header, bool log = true) =>
        new(PycFreshness.Stale, reason, header.IsHashBased, header.CheckSource, log);

    /// <summary>Git's "racily clean" rule: a source modified (or whose inode changed) less than 2 seconds
    /// before the cache is written, or in the future, could change again without a visible timestamp change.</summary>
    public static bool IsRacy(SourceStat stat, DateTime utcNow) =>
        IsRacy(stat.MtimeNs, utcNow) || (stat.CtimeNs != 0 && IsRacy(stat.CtimeNs, utcNow));

    public static bool IsRacy(long timestampNs, DateTime utcNow) =>
        timestampNs >= SourceStat.ToUnixNanoseconds(utcNow) - RacyWindowNs;

    public const long RacyWindowNs = 2_000_000_000L;

    /// <summary>An unreadable source (stat worked) cannot be compiled either; like CPython, trust the cache then.</summary>
    private static bool? ContentMatches(PycHeader header, Func<byte[]> readSource)
    {
        try
        {
            return SourceHash.ComputeValue(readSource()) == header.ContentHash;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
