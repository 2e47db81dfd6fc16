using Sharpy.Bytecode.Marshal;
using Sharpy.Bytecode.Pyc;
using Sharpy.Bytecode.Text;

namespace Sharpy.Bytecode.Cache;

/// <summary>The stat data of a source file the way the cache compares it.</summary>
public readonly record struct SourceStat(long MtimeNs, long Size)
{
    public static SourceStat Of(FileInfo file) => new(ToUnixNanoseconds(file.LastWriteTimeUtc), file.Length);

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
public sealed record PycValidation(PycFreshness Freshness, string? Reason, bool FoundHashBased, bool FoundCheckSource,
    bool LogReason = true);

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
            uint flags = BitConverter.ToUInt32(pyc[4..8]);
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
        // Beyond CPython: sub-second edits, and same-size edits within the timestamp's granularity.
        if (header.SourceMtimeNs != stat.MtimeNs)
            return Stale($"bytecode is stale for {PyRepr.Str(moduleName)} (mtime_ns)", header);
        if (header.HasRacyContentHash && SourceHash.ComputeValue(readSource()) != header.RacyContentHash)
            return Stale($"bytecode is stale for {PyRepr.Str(moduleName)} (racy content hash)", header);
        return new PycValidation(PycFreshness.Fresh, null, false, false);
    }

    private static PycValidation Stale(string reason, PycHeader header, bool log = true) =>
        new(PycFreshness.Stale, reason, header.IsHashBased, header.CheckSource, log);

    /// <summary>Git's "racily clean" rule: a source modified less than 2 seconds before (or after) the
    /// cache is written could change again without a visible mtime change, so its content hash is recorded.</summary>
    public static bool IsRacy(long sourceMtimeNs, DateTime utcNow) =>
        sourceMtimeNs >= SourceStat.ToUnixNanoseconds(utcNow) - RacyWindowNs;

    public const long RacyWindowNs = 2_000_000_000L;
}
