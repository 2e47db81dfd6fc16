using Sharpy.Syntax.Tokens;

namespace Sharpy.Syntax.Tests.Tokens;

/// <summary>str.isalpha()/isdecimal()/isdigit()/isnumeric()/isspace()/isprintable() per code point; expected values
/// printed by python3.11 (Unicode 14.0), astral and unassigned code points included.</summary>
public class UnicodeClassesTests
{
    [Theory]
    [InlineData(0x41, true, false, false, false, false, true)]
    [InlineData(0x31, false, true, true, true, false, true)]
    [InlineData(0xB2, false, false, true, true, false, true)]
    [InlineData(0xBD, false, false, false, true, false, true)]
    [InlineData(0x663, false, true, true, true, false, true)]
    [InlineData(0x216B, false, false, false, true, false, true)]
    [InlineData(0x1D7D9, false, true, true, true, false, true)]
    [InlineData(0x1F600, false, false, false, false, false, true)]
    [InlineData(0x10400, true, false, false, false, false, true)]
    [InlineData(0x2028, false, false, false, false, true, false)]
    [InlineData(0x1C, false, false, false, false, true, false)]
    [InlineData(0x85, false, false, false, false, true, false)]
    [InlineData(0xA0, false, false, false, false, true, false)]
    [InlineData(0x3000, false, false, false, false, true, false)]
    [InlineData(0x4E00, true, false, false, true, false, true)]
    [InlineData(0x1E9E, true, false, false, false, false, true)]
    [InlineData(0xE0001, false, false, false, false, false, false)]
    [InlineData(0x12400, false, false, false, true, false, true)]
    [InlineData(0x378, false, false, false, false, false, false)]
    [InlineData(0xAD, false, false, false, false, false, false)]
    public void MatchesCPython(int cp, bool alpha, bool decimalDigit, bool digit, bool numeric, bool space, bool printable)
    {
        Assert.Equal(alpha, UnicodeClasses.IsAlpha(cp));
        Assert.Equal(decimalDigit, UnicodeClasses.IsDecimal(cp));
        Assert.Equal(digit, UnicodeClasses.IsDigit(cp));
        Assert.Equal(numeric, UnicodeClasses.IsNumeric(cp));
        Assert.Equal(space, UnicodeClasses.IsSpace(cp));
        Assert.Equal(printable, UnicodeClasses.IsPrintable(cp));
    }
}
