using System.Linq;
using SecretAnalyzers.ConfigFiles;

namespace SecretAnalyzers.Tests.ConfigFiles;

public class DotEnvReaderTests
{
    [Fact]
    public void ReadsAssignmentsWithExportQuotesAndComments()
    {
        const string env = """
            # database
            DB_HOST=localhost
            export DB_PASSWORD=hunter2-long   # inline comment
            API_KEY="quoted value"
            SINGLE='it''s'
            EMPTY=
            HASH_IN_VALUE=abc#def
              INDENTED = spaced
            not an assignment
            """;

        var entries = DotEnvReader.Read(env).ToDictionary(e => e.Key, e => e.Value);

        Assert.Equal("localhost", entries["DB_HOST"]);
        Assert.Equal("hunter2-long", entries["DB_PASSWORD"]);
        Assert.Equal("quoted value", entries["API_KEY"]);
        Assert.Equal("it", entries["SINGLE"]);
        Assert.Equal("abc#def", entries["HASH_IN_VALUE"]);
        Assert.Equal("spaced", entries["INDENTED"]);
        Assert.False(entries.ContainsKey("EMPTY"));
        Assert.Equal(6, entries.Count);
    }

    [Fact]
    public void SpansPointAtTheValue()
    {
        const string env = "A=1\r\nexport TOKEN=\"tok-abc\"\r\nB='x y'\r\n";

        foreach (var entry in DotEnvReader.Read(env))
        {
            Assert.Equal(entry.Value, env.Substring(entry.RawStart, entry.RawLength));
        }
    }

    [Fact]
    public void DoubleQuotedEscapesAreDecodedAndMayContinueOverLines()
    {
        const string env = "KEY=\"line1\\nline2\"\nPEM=\"-----BEGIN\nabc\n-----END\"\nNEXT=1\n";

        var entries = DotEnvReader.Read(env).ToDictionary(e => e.Key);

        Assert.Equal("line1\nline2", entries["KEY"].Value);
        Assert.False(entries["KEY"].RawIsVerbatim);
        Assert.Equal("-----BEGIN\nabc\n-----END", entries["PEM"].Value);
        Assert.Equal("1", entries["NEXT"].Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("=")]
    [InlineData("KEY=\"unterminated")]
    [InlineData("KEY='unterminated")]
    [InlineData("export")]
    [InlineData("\\")]
    public void MalformedInputNeverThrows(string env) => DotEnvReader.Read(env);
}
