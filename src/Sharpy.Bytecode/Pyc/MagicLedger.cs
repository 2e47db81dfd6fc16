namespace Sharpy.Bytecode.Pyc;

/// <summary>
/// Every magic number Sharpy has used, oldest first (also listed in docs/pyc-format.md). A unit test
/// fails when the opcode table or <see cref="PycMagic.SerializerVersion"/> changes without a new
/// entry here, so a format change is always a deliberate, recorded event.
/// </summary>
public static class MagicLedger
{
    /// <summary>The magic of the last entry: what Sharpy writes and accepts (see <see cref="PycMagic.Current"/>).
    /// A constant so start-up neither derives it nor builds the ledger; MagicTests check that it equals both the
    /// last entry and the derivation (PycMagic.Number), so a new entry needs this constant updated too.</summary>
    public const ushort CurrentMagic = 22404;

    public sealed record Entry(ushort Magic, int SerializerVersion, string FingerprintPrefix, string Note);

    public static IReadOnlyList<Entry> Entries { get; } =
    [
        new(57375, 1, "fd17cdf13dbd8f81", "first format: CPython 3.11 opcodes, absolute jumps, no CACHE entries; 44-byte header"),
        new(53722, 2, "fd17cdf13dbd8f81", "52-byte header: content hash always, source ctime (never-stale rule)"),
        new(22404, 2, "9d0827ca5484739a", "POP_ITER (3): a for loop left early closes the generator it owns"),
    ];
}
