using System.Globalization;
using System.Runtime.InteropServices;

namespace Sharpy.Cli.Platform;

/// <summary>
/// Backs the managed heap with transparent huge pages, as the JVM's <c>-XX:+UseTransparentHugePages</c> does
/// for its heap.
/// Why: on the virtual machines Sharpy is measured on, the first touch of a 4 KB page costs ~14 µs (a
/// nested-paging fault; touching 64 MB takes ~220 ms with small pages and ~4-20 ms with huge ones), and an
/// import-heavy run touches thousands of fresh heap pages (a warm import of 300 modules: ~3,200 faults, a
/// third of its time).
/// How: the GC reserves one large address range up front (PROT_NONE) and commits it in small steps as it
/// allocates, so the committed part of a region never spans a whole 2 MB page and the kernel cannot use a
/// huge page there. We make the first gigabyte from the current gen0 region on readable and writable at once
/// (it is still backed only when touched) and advise it MADV_HUGEPAGE. The GC's own commits of that memory are then no-ops; its decommits map fresh PROT_NONE
/// memory over the range, which drops our advice there and nothing else.
/// Distributions default THP to "madvise", which honours only advised ranges; "never" ignores the advice.
/// SHARPY_NO_HUGEPAGES=1 opts out.
/// </summary>
internal static class HugePageHeap
{
    private const int ProtReadWrite = 0x1 | 0x2;
    private const int MadvHugepage = 14;
    // The reservation is mapped "do not dump" and the GC's commits clear that flag; clearing it on the whole
    // range too keeps one set of flags, so a 2 MB page can span memory committed by either of us.
    private const int MadvDoDump = 17;

    // Advised at most: the GC hands out regions upwards from the gen0 region, so this covers a heap of about
    // a gigabyte; beyond it memory keeps small pages. Far less than the whole reservation because a writable
    // private mapping is charged against the overcommit heuristic, which refuses one larger than RAM.
    private const ulong AdvisedBytes = 1UL << 30;

    // The GC's reservation is twice the physical memory or more; nothing else in a Sharpy process maps an
    // inaccessible range this large, so it identifies the reservation's tail.
    private const ulong MinimumReservation = 1UL << 30;

    [DllImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static extern int MAdvise(nint address, nuint length, int advice);

    [DllImport("libc", EntryPoint = "mprotect", SetLastError = true)]
    private static extern int MProtect(nint address, nuint length, int protection);

    public static void Advise()
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("SHARPY_NO_HUGEPAGES") == "1") return;
        try
        {
            if (!ReadsAs("/sys/kernel/mm/transparent_hugepage/enabled", "[madvise]", "[always]")
                // Strict overcommit would charge the writable range in full; leave such machines alone.
                || ReadsAs("/proc/sys/vm/overcommit_memory", "2")) return;
            // A fresh small object lives in the gen0 region, which the GC carved out of its reservation.
            var probe = new byte[16];
            var handle = GCHandle.Alloc(probe, GCHandleType.Pinned);
            ulong address = (ulong)handle.AddrOfPinnedObject();
            handle.Free();
            (ulong start, ulong end) = ReservationAbove(address);
            if (end <= start) return;
            nuint length = (nuint)Math.Min(end - start, AdvisedBytes);
            if (MProtect((nint)start, length, ProtReadWrite) != 0) return;
            MAdvise((nint)start, length, MadvDoDump);
            MAdvise((nint)start, length, MadvHugepage);
        }
        catch (Exception)
        {
            // Only an optimisation, and it runs before anything else: whatever goes wrong (no /proc, an
            // unexpected maps format, no libc entry point) leaves the heap with small pages and nothing else.
        }
    }

    private static bool ReadsAs(string path, params string[] markers)
    {
        if (!File.Exists(path)) return false;
        string text = File.ReadAllText(path);
        return markers.Any(marker => text.Contains(marker, StringComparison.Ordinal));
    }

    /// <summary>
    /// From the start of the mapping holding <paramref name="address"/> to the end of the GC's reservation:
    /// the contiguous anonymous mappings up to and including the first inaccessible one of at least
    /// <see cref="MinimumReservation"/> bytes. (0, 0) when the layout is not that.
    /// </summary>
    private static (ulong Start, ulong End) ReservationAbove(ulong address)
    {
        ulong start = 0, previousEnd = 0;
        foreach (string line in File.ReadLines("/proc/self/maps"))
        {
            // "start-end perms offset dev inode [path]": anonymous mappings have inode 0 and no path.
            string[] fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 5) continue;
            int dash = fields[0].IndexOf('-');
            ulong from = ulong.Parse(fields[0].AsSpan(0, dash), NumberStyles.HexNumber);
            ulong to = ulong.Parse(fields[0].AsSpan(dash + 1), NumberStyles.HexNumber);
            bool anonymous = fields[4] == "0" && (fields.Length == 5 || string.IsNullOrWhiteSpace(fields[5]));
            if (start == 0)
            {
                if (address >= from && address < to)
                {
                    if (!anonymous || !fields[1].StartsWith("rw", StringComparison.Ordinal)) return (0, 0);
                    start = from;
                    previousEnd = to;
                }
                continue;
            }
            if (!anonymous || from != previousEnd) return (0, 0);
            if (fields[1].StartsWith("---", StringComparison.Ordinal) && to - from >= MinimumReservation) return (start, to);
            previousEnd = to;
        }
        return (0, 0);
    }
}
