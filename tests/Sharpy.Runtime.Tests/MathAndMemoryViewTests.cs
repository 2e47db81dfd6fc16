using System.Numerics;
using Sharpy.Runtime.Modules.MathSupport;

namespace Sharpy.Runtime.Tests;

/// <summary>math module exactness, int-to-float rounding, memoryview and unstarted-frame line numbers.
/// Expected values come from CPython 3.11.</summary>
public class MathAndMemoryViewTests
{
    [Theory]
    [InlineData("2000000000000000000000000000000000000000000000000000000000", "44721359549995793928183473374")]
    [InlineData("0", "0")]
    [InlineData("24", "4")]
    [InlineData("25", "5")]
    [InlineData("4503599627370495", "67108863")]
    public void ISqrtIsExactForAnySize(string n, string expected) =>
        Assert.Equal(BigInteger.Parse(expected), MathInteger.ISqrt(BigInteger.Parse(n)));

    [Fact]
    public void ISqrtOfHugeValuesBracketsTheRoot()
    {
        var n = BigInteger.Pow(7, 2001) + 12345;
        var r = MathInteger.ISqrt(n);
        Assert.True(r * r <= n && (r + 1) * (r + 1) > n);
    }

    [Theory]
    [InlineData("10000000000000000000000000", 1e25)]
    [InlineData("18446744073709553664", 1.8446744073709552e19)] // 2**64 + 2**11: tie, rounds to even
    [InlineData("18446744073709553665", 1.8446744073709556e19)] // just above the tie rounds up
    [InlineData("-1000000000000000000000000000007", -1e30)]
    public void BigIntToDoubleRoundsToNearest(string n, double expected) =>
        Assert.Equal(expected, MathInteger.ToDouble(BigInteger.Parse(n)));

    [Fact]
    public void MathFunctionsMatchCPython()
    {
        var r = PythonRunner.Run(
            "import math\n" +
            "print(repr(math.log1p(1e-20)), repr(math.expm1(1e-10)), repr(math.hypot(1e200, 1e200)), repr(math.hypot(3, 4, 12)))\n" +
            "print(repr(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])), repr(math.log(10**1000)))\n" +
            "print(math.comb(10**20, 3) % 1000003, math.perm(50, 10), math.factorial(10000).bit_length())\n" +
            "print(repr(2.0**-25), math.isqrt(2 * 10**57))\n");
        Assert.Equal("", r.Stderr);
        Assert.Equal(
            "1e-20 1.00000000005e-10 1.414213562373095e+200 13.0\n" +
            "1e-100 2302.585092994045\n" +
            "863955 37276043023296000 118459\n" +
            "2.9802322387695312e-08 44721359549995793928183473374\n", r.Stdout);
    }

    [Fact]
    public void MemoryViewWritesThroughAndReportsReleasedUse()
    {
        var r = PythonRunner.Run(
            "ba = bytearray(b'abcdef')\nm = memoryview(ba)\nm[1:3] = b'XY'\nm[0] = 65\n" +
            "print(ba, m[::2].tobytes(), m.cast('H').tolist()[0], m == b'AXYdef')\n" +
            "m.release()\ntry:\n    len(m)\nexcept ValueError as e:\n    print(e)\n" +
            "try:\n    memoryview(b'x')[0] = 1\nexcept TypeError as e:\n    print(e)\n");
        Assert.Equal("", r.Stderr);
        Assert.Equal("bytearray(b'AXYdef') b'AYe' 22593 True\noperation forbidden on released memoryview object\ncannot modify read-only memory\n", r.Stdout);
    }

    [Fact]
    public void UnstartedGeneratorFrameReportsDefLine()
    {
        var r = PythonRunner.Run("def g():\n    x = 1\n    yield x\ngen = g()\nprint(gen.gi_frame.f_lineno, gen.gi_frame.f_lasti)\nnext(gen)\nprint(gen.gi_frame.f_lineno)\n");
        Assert.Equal("1 0\n3\n", r.Stdout);
    }
}
