using SecretAnalyzers.Json;

namespace SecretAnalyzers.Tests.Shared;

/// <summary>The one JSON-with-comments reader: strict for the manifest, tolerant for configuration files.</summary>
public class JsonDocumentReaderTests
{
    [Fact]
    public void TolerantModeKeepsTheMembersReadBeforeAnError()
    {
        const string text = "{ \"A\": \"1\", \"B\": [ \"2\", { \"C\": \"3\", \"D\": ";

        JsonTolerantResult result = JsonDocumentReader.ParseTolerant(text);

        var root = Assert.IsType<JsonObject>(result.Root);
        Assert.Equal(new[] { "A", "B" }, System.Linq.Enumerable.Select(root.Properties, p => p.Name));
        var array = Assert.IsType<JsonArray>(root.Find("B")!.Value);
        var inner = Assert.IsType<JsonObject>(array.Items[1]);
        Assert.Equal("3", Assert.IsType<JsonString>(inner.Find("C")!.Value).Value);
        Assert.Null(inner.Find("D"));
        Assert.NotNull(result.Error);
        Assert.Equal(text.Length, result.Error!.Position);
    }

    [Fact]
    public void TolerantModeReportsTheSameErrorAsStrictMode()
    {
        const string text = "{ \"A\": 'single' }";

        var strict = Assert.Throws<JsonSyntaxException>(() => JsonDocumentReader.Parse(text));
        JsonTolerantResult tolerant = JsonDocumentReader.ParseTolerant(text);

        Assert.Equal(strict.Message, tolerant.Error!.Message);
        Assert.Equal(strict.Position, tolerant.Error.Position);
        Assert.Empty(Assert.IsType<JsonObject>(tolerant.Root).Properties);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   // only a comment")]
    [InlineData("not json")]
    public void TolerantModeGivesNoRootWhenNothingIsReadable(string text) =>
        Assert.Null(JsonDocumentReader.ParseTolerant(text).Root);

    [Fact]
    public void ValidDocumentHasNoErrorInEitherMode()
    {
        const string text = "\uFEFF/* c */ { \"k\": [1, true, null, \"v\",], } // end";

        Assert.IsType<JsonObject>(JsonDocumentReader.Parse(text));
        Assert.Null(JsonDocumentReader.ParseTolerant(text).Error);
    }

    [Fact]
    public void StringsKnowWhetherTheirRawTextIsVerbatim()
    {
        var root = (JsonObject)JsonDocumentReader.Parse("{ \"a\": \"plain\", \"b\": \"esc\\u0041\" }");

        var plain = (JsonString)root.Find("a")!.Value;
        var escaped = (JsonString)root.Find("b")!.Value;
        Assert.True(plain.IsVerbatim);
        Assert.Equal(5, plain.ContentLength);
        Assert.False(escaped.IsVerbatim);
        Assert.Equal("escA", escaped.Value);
        Assert.Equal(9, escaped.ContentLength);
    }
}
