using Sharpy.PycFuzz;

namespace Sharpy.Bytecode.Tests.Fuzz;

public sealed class PycFuzzTests
{
    /// <summary>A fixed-seed sample of the fuzzer (tools/Sharpy.PycFuzz runs 100,000+ cases).</summary>
    [Fact]
    public void MutatedPycsAreReadBackExactlyOrRejected()
    {
        var fuzzer = new PycFuzzer(seed: 20261201);
        var failures = fuzzer.Run(3000);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(5).Select(f => $"case {f.Case} {f.Kind}: {f.Problem} {Convert.ToHexString(f.Input)}")));
        Assert.True(fuzzer.Accepted > 100, "the sample must exercise the accepting path too");
        Assert.True(fuzzer.Rejected > 1000);
    }
}
