namespace SecretAnalyzers.Generators.Tests;

/// <summary>The writer the emitter's templates go through: indentation per line, and <c>\n</c> whatever the checkout.</summary>
public sealed class SourceWriterTests
{
    [Fact]
    public void MultiLineText_IsIndentedLineByLine_AndBlankLinesStayEmpty()
    {
        var writer = new SourceWriter();
        using (writer.Braces())
        {
            writer.WriteLine("a\n\nb");
        }

        Assert.Equal("{\n    a\n\n    b\n}\n", writer.ToString());
    }

    [Fact]
    public void TemplateWithCrLfLineEndings_IsWrittenWithLf()
    {
        var writer = new SourceWriter();
        writer.WriteLine("a\r\n\r\nb\r\n");

        Assert.Equal("a\n\nb\n\n", writer.ToString());
    }
}
