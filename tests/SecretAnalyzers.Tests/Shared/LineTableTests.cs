using Microsoft.CodeAnalysis.Text;
using SecretAnalyzers.Text;

namespace SecretAnalyzers.Tests.Shared;

public class LineTableTests
{
    [Theory]
    [InlineData("a\nbc", 3, 1, 1)]
    [InlineData("a\r\nbc", 4, 1, 1)]
    [InlineData("a\rbc", 3, 1, 1)]
    [InlineData("a\u2028bc", 3, 1, 1)]
    [InlineData("abc", 2, 0, 2)]
    public void PositionsAgreeWithSourceText(string text, int offset, int line, int character)
    {
        var table = new LineTable(text);

        Assert.Equal(new LinePosition(line, character), table.GetPosition(offset));
        Assert.Equal(SourceText.From(text).Lines.GetLinePosition(offset), table.GetPosition(offset));
    }

    [Theory]
    [InlineData(1, 1, 0)]
    [InlineData(2, 2, 5)]
    [InlineData(3, 1, -1)]
    [InlineData(0, 1, -1)]
    [InlineData(1, 0, -1)]
    [InlineData(2, 9, -1)]
    public void OneBasedLineAndColumnBecomeOffsets(int line, int column, int expected) =>
        Assert.Equal(expected, new LineTable("ab\r\ncd").ToOffset(line, column));

    [Fact]
    public void ClampKeepsSpansInsideTheText()
    {
        var table = new LineTable("abc");

        Assert.Equal(new TextSpan(3, 0), table.Clamp(5, 2));
        Assert.Equal(new TextSpan(1, 2), table.Clamp(1, 10));
        Assert.Equal(new TextSpan(0, 0), table.Clamp(-1, -1));
    }
}
