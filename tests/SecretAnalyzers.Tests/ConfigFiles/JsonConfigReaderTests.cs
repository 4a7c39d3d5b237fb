using System.Linq;
using SecretAnalyzers.ConfigFiles;

namespace SecretAnalyzers.Tests.ConfigFiles;

public class JsonConfigReaderTests
{
    [Fact]
    public void FlattensNestedKeysLikeIConfiguration()
    {
        const string json = """
            {
              "ConnectionStrings": { "Default": "Server=db;Password=hunter2x" },
              "Services": [ { "ApiKey": "k1" }, { "ApiKey": "k2" } ],
              "Port": 5432, "Enabled": true, "Nothing": null
            }
            """;

        var entries = JsonConfigReader.Read(json);

        Assert.Equal(
            new[] { "ConnectionStrings:Default", "Services:0:ApiKey", "Services:1:ApiKey" },
            entries.Select(e => e.Key));
        Assert.Equal("k2", entries[2].Value);
    }

    [Fact]
    public void SpanPointsAtTheValueInsideTheQuotes()
    {
        const string json = "{\n  \"Password\": \"s3cr3t-value\"\n}";

        var entry = Assert.Single(JsonConfigReader.Read(json));

        Assert.Equal("s3cr3t-value", json.Substring(entry.RawStart, entry.RawLength));
        Assert.True(entry.RawIsVerbatim);
    }

    [Fact]
    public void AcceptsCommentsAndTrailingCommas()
    {
        const string json = """
            // development settings
            {
              /* the key */ "ApiKey": "abc", // trailing comment
              "List": [ "a", ],
            }
            """;

        var entries = JsonConfigReader.Read(json);

        Assert.Equal(new[] { "ApiKey", "List:0" }, entries.Select(e => e.Key));
    }

    [Fact]
    public void DecodesEscapesAndMarksTheValueAsNotVerbatim()
    {
        const string json = "{ \"Password\": \"a\\\"b\\u0041\" }";

        var entry = Assert.Single(JsonConfigReader.Read(json));

        Assert.Equal("a\"bA", entry.Value);
        Assert.False(entry.RawIsVerbatim);
        Assert.Equal((entry.RawStart, entry.RawLength), entry.MapToFile(1, 2));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{ \"a\": ")]
    [InlineData("{ \"a\": \"unterminated }")]
    [InlineData("{ \"a\" \"b\" }")]
    [InlineData("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[")]
    [InlineData("not json at all")]
    [InlineData("{ \"a\": \"\\u12\" }")]
    [InlineData("/* never closed")]
    public void MalformedInputNeverThrows(string json) => JsonConfigReader.Read(json);

    [Fact]
    public void KeepsValuesReadBeforeASyntaxError()
    {
        var entries = JsonConfigReader.Read("{ \"ApiKey\": \"first\", \"Broken\": ");

        Assert.Equal("ApiKey", Assert.Single(entries).Key);
    }
}
