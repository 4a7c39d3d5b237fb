using System.Linq;
using SecretAnalyzers.ConfigFiles;

namespace SecretAnalyzers.Tests.ConfigFiles;

public class XmlConfigReaderTests
{
    private const string WebConfig = """
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <connectionStrings>
            <add name="Default" connectionString="Server=db;User Id=app;Password=Tr0ub4dor;" providerName="System.Data.SqlClient" />
          </connectionStrings>
          <appSettings>
            <add key="ApiKey" value='abc123' />
          </appSettings>
          <system.net>
            <mailSettings><smtp><network host="smtp.example.com" password="mail-pass" /></smtp></mailSettings>
          </system.net>
          <secret>  leaf-value  </secret>
        </configuration>
        """;

    [Fact]
    public void ReadsConnectionStringsAppSettingsAndOtherAttributes()
    {
        var entries = XmlConfigReader.Read(WebConfig);
        var keys = entries.Select(e => e.Key).ToList();

        Assert.Contains("ConnectionStrings:Default", keys);
        Assert.Contains("ApiKey", keys);
        Assert.Contains("network:password", keys);
        Assert.Contains("secret", keys);
        Assert.DoesNotContain("add:name", keys);
        Assert.DoesNotContain("add:key", keys);
    }

    [Theory]
    [InlineData("ConnectionStrings:Default", "Server=db;User Id=app;Password=Tr0ub4dor;")]
    [InlineData("ApiKey", "abc123")]
    [InlineData("network:password", "mail-pass")]
    [InlineData("secret", "leaf-value")]
    public void SpanPointsAtTheRawValue(string key, string expected)
    {
        var entry = XmlConfigReader.Read(WebConfig).Single(e => e.Key == key);

        Assert.Equal(expected, entry.Value);
        Assert.Equal(expected, WebConfig.Substring(entry.RawStart, entry.RawLength));
        Assert.True(entry.RawIsVerbatim);
    }

    [Fact]
    public void EntitiesAreDecodedAndLocatedAsAWhole()
    {
        const string xml = "<c><add key=\"Password\" value=\"a&amp;b-secret\" /></c>";

        var entry = XmlConfigReader.Read(xml).Single(e => e.Key == "Password");

        Assert.Equal("a&b-secret", entry.Value);
        Assert.False(entry.RawIsVerbatim);
        Assert.Equal("a&amp;b-secret", xml.Substring(entry.RawStart, entry.RawLength));
    }

    [Fact]
    public void CrLfLineEndingsKeepOffsetsRight()
    {
        var xml = "<configuration>\r\n  <appSettings>\r\n    <add key=\"Token\" value=\"tok-123\" />\r\n  </appSettings>\r\n</configuration>";

        var entry = XmlConfigReader.Read(xml).Single(e => e.Key == "Token");

        Assert.Equal("tok-123", xml.Substring(entry.RawStart, entry.RawLength));
    }

    [Fact]
    public void CDataTextIsLocated()
    {
        const string xml = "<c><password><![CDATA[p@ss<word>]]></password></c>";

        var entry = Assert.Single(XmlConfigReader.Read(xml));

        Assert.Equal("p@ss<word>", xml.Substring(entry.RawStart, entry.RawLength));
    }

    [Theory]
    [InlineData("")]
    [InlineData("<configuration>")]
    [InlineData("<a b=\"unterminated></a>")]
    [InlineData("not xml")]
    [InlineData("<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]><a v=\"&lol2;\"/>")]
    public void MalformedOrHostileInputNeverThrows(string xml) => XmlConfigReader.Read(xml);
}
