using System.Collections.Concurrent;
using Sharpy.Bytecode.Code;
using Sharpy.Bytecode.Marshal;
using Sharpy.Bytecode.Pyc;

namespace Sharpy.Bytecode.Cache;

/// <summary>
/// The only code that touches __pycache__: finds, validates, loads and writes Sharpy's pyc files with
/// CPython 3.11's semantics (SourceFileLoader.get_code, SourcelessFileLoader) plus Sharpy's guarantees:
/// a cache is never stale (nanosecond mtime + racy content hash), a damaged cache (bad checksum,
/// undecodable body) is rebuilt instead of failing the import, unwritable directories are remembered,
/// and new __pycache__ directories get a ".gitignore". Keep one instance per process.
/// </summary>
public sealed partial class BytecodeCache(CacheSettings settings)
{
    /// <summary>Directories where a write failed: not retried by this instance.</summary>
    private readonly ConcurrentDictionary<string, bool> _unwritableDirectories = new(StringComparer.Ordinal);

    public CacheSettings Settings { get; } = settings;

    /// <summary>Profiling hook (phase, Stopwatch start timestamp); set by the host's start-up trace, null otherwise.</summary>
    public static Action<string, long>? PhaseTrace { get; set; }

    private static long TraceStart() => PhaseTrace is null ? 0 : System.Diagnostics.Stopwatch.GetTimestamp();

    private static void TraceEnd(string phase, long start) => PhaseTrace?.Invoke(phase, start);

    /// <summary>
    /// The cache path for <paramref name="sourcePath"/> under the current settings (the module's
    /// <c>__cached__</c>), or null when caching is disabled (cache tag None).
    /// </summary>
    public string? CachePathFor(string sourcePath)
    {
        if (Settings.CacheTag is null) return null;
        return CacheNaming.CacheFromSource(sourcePath, pycachePrefix: Settings.PycachePrefix,
            interpreterOptimize: Settings.OptimizationLevel, cacheTag: Settings.CacheTag,
            currentDirectory: Settings.CurrentDirectory);
    }

    /// <summary>
    /// SourceFileLoader.get_code: the code for <paramref name="sourcePath"/>, from its valid cache or by
    /// calling <paramref name="compile"/> with the source bytes (and then writing the cache).
    /// Exceptions from reading the source and from <paramref name="compile"/> propagate; nothing wrong
    /// with a cache file ever does.
    /// </summary>
    /// <param name="moduleName">the module's name for messages (default: the file's stem).</param>
    // CPython 3.11: Lib/importlib/_bootstrap_external.py SourceLoader.get_code
    /// <param name="mayWrite">asked after compiling; false skips writing the cache (the main script is not
    /// cached when its compilation warned, so the warnings show on every run, as CPython shows them).</param>
    public CodeObject GetCode(string sourcePath, Func<byte[], CodeObject> compile, string? moduleName = null,
        Func<bool>? mayWrite = null)
    {
        moduleName ??= DefaultModuleName(sourcePath);
        long t = TraceStart();
        string? bytecodePath = CachePathFor(sourcePath);
        TraceEnd("cache: cache path", t); t = TraceStart();
        SourceStat? stat = TryStat(sourcePath);
        TraceEnd("cache: stat source", t); t = TraceStart();
        byte[]? sourceBytes = null;
        byte[] ReadSource() => sourceBytes ??= File.ReadAllBytes(sourcePath);

        bool rewriteAsHash = false, rewriteCheckSource = false;
        if (bytecodePath is not null && stat is SourceStat sourceStat && PooledFileBuffer.TryRead(bytecodePath) is PooledFileBuffer pyc)
        using (pyc)
        {
            ReadOnlyMemory<byte> data = pyc.Memory;
            TraceEnd("cache: read pyc", t); t = TraceStart();
            var validation = PycValidator.Validate(data.Span, moduleName, sourceStat, ReadSource, Settings.CheckHashBasedPycs);
            TraceEnd("cache: validate", t); t = TraceStart();
            rewriteAsHash = validation.FoundHashBased;
            rewriteCheckSource = validation.FoundCheckSource;
            if (validation.Freshness == PycFreshness.Fresh)
            {
                Verbose($"# {bytecodePath} matches {sourcePath}");
                try
                {
                    var cached = PycFile.ReadBody(data);
                    TraceEnd("cache: decode body (CRC + marshal)", t); t = TraceStart();
                    Verbose($"# code object from '{bytecodePath}'");
                    if (validation.ContentVerified) RefreshVerifiedCache(bytecodePath, sourceStat, cached, sourcePath, ReadSource());
                    var fixedCode = CodeFilenames.Fix(cached, sourcePath);
                    TraceEnd("cache: refresh + fix filenames", t);
                    return fixedCode;
                }
                catch (InvalidPycException e)
                {
                    // Beyond CPython (which fails the import): a damaged body means recompile.
                    Verbose($"# {e.Message} in '{bytecodePath}'; recompiling");
                }
            }
            else if (validation.LogReason)
            {
                Verbose($"# {validation.Reason}");
            }
        }

        byte[] source = ReadSource();
        CodeObject code = compile(source);
        Verbose($"# code object from {sourcePath}");
        if (!Settings.DontWriteBytecode && bytecodePath is not null && stat is SourceStat writeStat && mayWrite?.Invoke() != false)
        {
            PycHeader header = rewriteAsHash ? PycHeader.ForHash(SourceHash.ComputeValue(source), rewriteCheckSource)
                : NewHeader(writeStat, source);
            TryWrite(bytecodePath, header, code, sourcePath);
        }
        return code;
    }

    /// <summary>
    /// SourcelessFileLoader.get_code: a legacy NAME.pyc where NAME.py would be. Only the header's form
    /// is checked (no source to compare with); errors are CPython's, as <see cref="PycImportException"/>.
    /// </summary>
    /// <exception cref="IOException">the file cannot be read (an OSError for the runtime).</exception>
    // CPython 3.11: Lib/importlib/_bootstrap_external.py SourcelessFileLoader.get_code
    public CodeObject LoadSourceless(string pycPath, string moduleName)
    {
        byte[] data = File.ReadAllBytes(pycPath);
        try
        {
            PycFile.ReadHeader(data, moduleName);
            var code = PycFile.ReadBody(data);
            Verbose($"# code object from '{pycPath}'");
            return code;
        }
        catch (InvalidPycException e)
        {
            throw new PycImportException(e.Message, moduleName, pycPath, e.PythonType);
        }
    }

    /// <summary>True when <paramref name="start"/> begins with Sharpy's magic (CPython runs a file as a
    /// pyc when its name ends in .pyc or its first two bytes are the magic).</summary>
    public static bool LooksLikePyc(ReadOnlySpan<byte> start) => start.Length >= 2 && start[..2].SequenceEqual(PycMagic.Bytes[..2]);

    /// <summary>
    /// Running a pyc directly (<c>sharpy file.pyc</c>): CPython's C path checks only the magic; Sharpy
    /// also requires a valid checksum and body. Errors as CPython words them (RuntimeError / EOFError).
    /// </summary>
    // CPython 3.11: Python/pythonrun.c run_pyc_file
    public static CodeObject LoadForExecution(byte[] data)
    {
        // CPython reads the magic first (a file too short for it has a bad magic too), then the rest of
        // the 16-byte header (EOFError when short), then the code object.
        if (data.Length < 4 || !data.AsSpan(0, 4).SequenceEqual(PycMagic.Bytes))
            throw new PycImportException("Bad magic number in .pyc file", null, null, "RuntimeError");
        if (data.Length < PycFile.CPythonHeaderSize)
            throw new PycImportException("EOF read where not expected", null, null, "EOFError");
        // Flags and source fields are deliberately not validated here (as in CPython); the checksum is.
        if (!PycFile.HasIntactBody(data))
            throw new PycImportException("Bad code object in .pyc file", null, null, "RuntimeError");
        try
        {
            return PycFile.ReadBody(data);
        }
        catch (InvalidPycException)
        {
            throw new PycImportException("Bad code object in .pyc file", null, null, "RuntimeError");
        }
    }

    /// <summary>
    /// A cache whose content hash had to be checked (written while the source was racily clean, or the
    /// source's ctime changed, e.g. after a copy or archive extraction) costs a source read on every load.
    /// Once the source is outside the racy window, rewrite the cache with the current stat (content just
    /// verified), as git refreshes racily clean index entries.
    /// </summary>
    private void RefreshVerifiedCache(string bytecodePath, SourceStat stat, CodeObject code, string sourcePath, byte[] source)
    {
        if (Settings.DontWriteBytecode || PycValidator.IsRacy(stat, Settings.UtcNow())) return;
        var header = TimestampHeader(stat, source, Settings.UtcNow());
        TryWrite(bytecodePath, header, code, sourcePath);
    }

    private PycHeader NewHeader(SourceStat stat, byte[] source) => Settings.InvalidationMode switch
    {
        PycInvalidationMode.CheckedHash => PycHeader.ForHash(SourceHash.ComputeValue(source), checkSource: true),
        PycInvalidationMode.UncheckedHash => PycHeader.ForHash(SourceHash.ComputeValue(source), checkSource: false),
        _ => TimestampHeader(stat, source, Settings.UtcNow()),
    };

    /// <summary>A timestamp header: CPython's fields plus ns mtime, ctime, content hash and the racy flag.</summary>
    public static PycHeader TimestampHeader(SourceStat stat, byte[] source, DateTime utcNow) =>
        // Size as CPython's importer records it: the number of bytes actually read.
        PycHeader.ForTimestamp(stat.MtimeNs, source.Length, PycValidator.IsRacy(stat, utcNow),
            SourceHash.ComputeValue(source), stat.CtimeNs);

    internal static string DefaultModuleName(string sourcePath)
    {
        string file = Path.GetFileName(sourcePath);
        int dot = file.IndexOf('.');
        return dot < 0 ? file : file[..dot];
    }

    private static SourceStat? TryStat(string path)
    {
        try
        {
            return SourceStat.TryOf(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private void Verbose(string line) => Settings.Verbose?.Invoke(line);
}
