using Sharpy.Syntax.Text;

namespace Sharpy.Syntax.Tests.Text;

public sealed class LineIndexTests
{
    [Fact]
    public void MapsCharIndexesToUtf8Positions()
    {
        var index = new LineIndex("ab\né😀x\n\nz");
        Assert.Equal(4, index.LineCount);
        Assert.Equal((1, 0), index.GetPosition(0));
        Assert.Equal((2, 0), index.GetPosition(3));
        Assert.Equal((2, 2), index.GetPosition(4));   // after 'é'
        Assert.Equal((2, 6), index.GetPosition(6));   // after the surrogate pair
        Assert.Equal((4, 0), index.GetPosition(9));
        Assert.Equal((4, 1), index.GetPosition(10));
        Assert.Equal(6, index.GetIndex(2, 6));
        Assert.Equal("é😀x\n", index.GetLine(2));
        Assert.Equal("é😀x", index.GetLine(2, includeNewline: false));
        Assert.Equal("", index.GetLine(9));
    }

    [Fact]
    public void ConvertsByteColumnsLikeCPython()
    {
        Assert.Equal(7, LineIndex.Utf8Length("é😀x"));
        Assert.Equal(3, LineIndex.Utf8ColToCharCol("é😀x", 6));
        Assert.Equal(1, LineIndex.Utf8ColToCharCol("é😀x", 1));   // inside 'é' rounds up past it
        // _PyPegen_byte_offset_to_character_offset: partly covered characters count.
        Assert.Equal(1, LineIndex.ByteOffsetToCharacterOffset("é😀x", 1));
        Assert.Equal(2, LineIndex.ByteOffsetToCharacterOffset("é😀x", 3));
        Assert.Equal(3, LineIndex.ByteOffsetToCharacterOffset("é😀x", 7));
        Assert.Equal(4, LineIndex.ByteOffsetToCharacterOffset("é😀x", 8)); // the C string's NUL
        Assert.Equal(4, LineIndex.ByteOffsetToCharacterOffset("é😀x", 50));
    }
}
