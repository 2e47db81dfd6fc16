using System.Diagnostics;
using Sharpy.PycFuzz;

// Usage: Sharpy.PycFuzz [--cases N] [--seed S]
int cases = 100_000;
int seed = Environment.TickCount;
for (int i = 0; i + 1 < args.Length; i += 2)
{
    if (args[i] == "--cases") cases = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
    else if (args[i] == "--seed") seed = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
}
var clock = Stopwatch.StartNew();
var fuzzer = new PycFuzzer(seed);
var failures = fuzzer.Run(cases);
Console.WriteLine($"seed {seed}: {cases} cases in {clock.Elapsed.TotalSeconds:0.0} s, {fuzzer.Accepted} accepted (re-encoded exactly), {fuzzer.Rejected} rejected, {failures.Count} failures");
foreach (var failure in failures.Take(20))
    Console.WriteLine($"case {failure.Case} ({failure.Kind}): {failure.Problem}\n  {Convert.ToHexString(failure.Input)}");
return failures.Count == 0 ? 0 : 1;
