using Sharpy.Cli.Tests.Infrastructure;

namespace Sharpy.Cli.Tests;

/// <summary>
/// The CLI backs the managed heap with transparent huge pages (src/Sharpy.Cli/Platform/HugePageHeap.cs):
/// observed from inside a Sharpy process through /proc/self/smaps, where an advised range carries the
/// "hg" flag.
/// </summary>
public sealed class HugePageHeapTests
{
    // Counts the writable anonymous mappings of at least 512 MB advised MADV_HUGEPAGE, then allocates and
    // drops a few hundred megabytes so the GC commits, collects and decommits inside the advised range.
    private const string Probe = """
        advised = 0
        size = 0
        anonymous = writable = False
        for line in open('/proc/self/smaps'):
            fields = line.split()
            if '-' in fields[0] and len(fields) >= 5 and not fields[0].endswith(':'):
                start, end = (int(x, 16) for x in fields[0].split('-'))
                size = end - start
                writable = fields[1].startswith('rw')
                anonymous = len(fields) == 5
            elif fields[0] == 'VmFlags:' and 'hg' in fields[1:] and anonymous and writable and size >= 512 << 20:
                advised += 1
        total = 0
        for round in range(20):
            chunk = [bytearray(1000) for _ in range(20000)]
            total += sum(len(b) for b in chunk)
            del chunk
        print(advised, total)
        """;

    private static bool HugePagesAvailable =>
        OperatingSystem.IsLinux()
        && File.Exists("/sys/kernel/mm/transparent_hugepage/enabled")
        && !File.ReadAllText("/sys/kernel/mm/transparent_hugepage/enabled").Contains("[never]")
        && File.ReadAllText("/proc/sys/vm/overcommit_memory").Trim() != "2";

    [Fact]
    public void TheHeapIsAdvisedAndAllocationHeavyCodeRuns()
    {
        if (!HugePagesAvailable) return; // nothing to observe on this machine
        using var tmp = new TempDir();
        var result = SharpyProcess.Run(["-c", Probe], tmp.Dir);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("1 400000000\n", result.Stdout);
    }

    [Fact]
    public void TheOptOutLeavesTheHeapAlone()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var tmp = new TempDir();
        var result = SharpyProcess.Run(["-c", Probe], tmp.Dir, new Dictionary<string, string> { ["SHARPY_NO_HUGEPAGES"] = "1" });
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("0 400000000\n", result.Stdout);
    }
}
