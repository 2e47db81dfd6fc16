using Sharpy.Bytecode.Pyc;

namespace Sharpy.Bytecode.Cache;

/// <summary>--check-hash-based-pycs (PEP 552).</summary>
public enum CheckHashBasedPycs
{
    Default,
    Always,
    Never,
}

/// <summary>
/// The switches <see cref="BytecodeCache"/> obeys. Mutable on purpose: the runtime mirrors
/// <c>sys.dont_write_bytecode</c>, <c>sys.pycache_prefix</c> and <c>_imp.check_hash_based_pycs</c>,
/// which programs may reassign at any time; each call reads the current values.
/// </summary>
public sealed class CacheSettings
{
    /// <summary>-B / PYTHONDONTWRITEBYTECODE / sys.dont_write_bytecode: valid caches are still read.</summary>
    public bool DontWriteBytecode { get; set; }

    /// <summary>sys.flags.optimize (0, 1, 2, ...): names the file (.opt-N) and is passed to the compiler.</summary>
    public int OptimizationLevel { get; set; }

    /// <summary>sys.pycache_prefix (null = use __pycache__ beside the source).</summary>
    public string? PycachePrefix { get; set; }

    public CheckHashBasedPycs CheckHashBasedPycs { get; set; } = CheckHashBasedPycs.Default;

    /// <summary>How NEW caches are written (CPython's import always writes timestamp pycs). A hash-based
    /// pyc that is found stale is rewritten hash-based with the same check bit, as CPython does.</summary>
    public PycInvalidationMode InvalidationMode { get; set; } = PycInvalidationMode.Timestamp;

    /// <summary>-v: receives complete lines in CPython's wording, e.g. "# code object from '...'".</summary>
    public Action<string>? Verbose { get; set; }

    /// <summary>sys.implementation.cache_tag; null disables reading and writing caches.</summary>
    public string? CacheTag { get; set; } = CacheNaming.CacheTag;

    /// <summary>The current directory for relative sources under a prefix (tests may fix it).</summary>
    public Func<string>? CurrentDirectory { get; set; }

    /// <summary>The clock for the racy-clean rule (tests may fix it).</summary>
    public Func<DateTime> UtcNow { get; set; } = () => DateTime.UtcNow;
}
