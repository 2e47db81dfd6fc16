namespace Sharpy.Runtime.Tests;

/// <summary>code objects' location and exception tables as Python sees them (co_lines, co_positions, ...).</summary>
public class CodeObjectAttributeTests
{
    private const string Program = """
        def f(a):
            x = a + 1
            try:
                y = (x *
                     2)
            except ValueError:
                y = 0
            return y
        c = f.__code__
        units = len(c.co_code) // 2
        lines = list(c.co_lines())
        print(type(c.co_linetable).__name__, type(c.co_exceptiontable).__name__, len(c.co_exceptiontable) > 0)
        print(lines[0][0] == 0, lines[-1][1] == 2 * units, all(a[1] == b[0] for a, b in zip(lines, lines[1:])))
        print({2, 4, 5, 6, 7, 8} <= {line for _, _, line in lines}, all(line is None or 1 <= line <= 8 for _, _, line in lines))
        positions = list(c.co_positions())
        print(len(positions) == units, (4, 5, 13, 14) in positions)
        print(all(len(p) == 4 for p in positions), c.co_positions is not None)
        """;

    [Fact]
    public void LinesAndPositionsDescribeEveryCodeUnit()
    {
        var r = PythonRunner.Run(Program);
        Assert.Equal("", r.Stderr);
        Assert.Equal(
            "bytes bytes True\n" +
            "True True True\n" +
            "True True\n" +
            "True True\n" +
            "True True\n", r.Stdout);
    }
}
