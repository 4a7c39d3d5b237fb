using System;

namespace SecretAnalyzers.Runtime.Tests;

public class SecretJsonTests
{
    private static readonly SecretReference Reference = new(SecretSource.SecretsManager, "prod/db");

    private static SecretJsonObject Parse(string json) => SecretJson.Parse(Reference, new SecretValue(json));

    [Fact]
    public void ReadsTypedFieldsAndNumbersWrittenAsStrings()
    {
        var json = Parse("""
            {"username":"app","port":5432,"portText":"5433","big":9000000000,"ssl":true,"sslText":"False",
             "ratio":0.5,"url":"https://db.example.com:5432/app","timeout":"00:00:30","iso":"PT5M","seconds":90,
             "nested":{"a":1},"nothing":null}
            """);

        Assert.Equal("app", json.GetString("username"));
        Assert.Equal(5432, json.GetInt32("port"));
        Assert.Equal(5433, json.GetInt32("portText"));
        Assert.Equal(9000000000L, json.GetInt64("big"));
        Assert.True(json.GetBoolean("ssl"));
        Assert.False(json.GetBoolean("sslText"));
        Assert.Equal(0.5, json.GetDouble("ratio"));
        Assert.Equal(new Uri("https://db.example.com:5432/app"), json.GetUri("url"));
        Assert.Equal(TimeSpan.FromSeconds(30), json.GetTimeSpan("timeout"));
        Assert.Equal(TimeSpan.FromMinutes(5), json.GetTimeSpan("iso"));
        Assert.Equal(TimeSpan.FromSeconds(90), json.GetTimeSpan("seconds"));
        Assert.Equal("5432", json.GetString("port"));
        Assert.Equal("{\"a\":1}", json.GetString("nested"));
        Assert.True(json.Has("username"));
        Assert.False(json.Has("nothing"));
        Assert.False(json.Has("absent"));
        Assert.Null(json.GetStringOrNull("nothing"));
    }

    [Fact]
    public void ParsesEachValueOnce()
    {
        var value = new SecretValue("{\"a\":1}");

        Assert.Same(SecretJson.Parse(Reference, value), SecretJson.Parse(Reference, value));
        Assert.NotSame(SecretJson.Parse(Reference, value), SecretJson.Parse(new SecretReference(SecretSource.SecretsManager, "other"), value));
    }

    [Fact]
    public void FieldNamesMatchIgnoringCaseWhenUnambiguous()
    {
        Assert.Equal("app", Parse("{\"UserName\":\"app\"}").GetString("username"));
        Assert.False(Parse("{\"A\":\"1\",\"a2\":\"2\",\"a\":\"3\"}").Has("b"));
        Assert.Equal("3", Parse("{\"A\":\"1\",\"a\":\"3\"}").GetString("a"));
        Assert.False(Parse("{\"A\":\"1\",\"a\":\"3\"}").Has("A ".Trim().ToLowerInvariant() + "x"));
    }

    [Theory]
    [InlineData("{\"port\":\"s3cr3t-port\"}", "port")]
    [InlineData("{\"port\":true}", "port")]
    [InlineData("{\"port\":12.5}", "port")]
    [InlineData("{\"other\":1}", "port")]
    [InlineData("{\"port\":null}", "port")]
    public void BadFieldsAreFormatErrorsNamingSecretAndFieldButNotTheValue(string json, string field)
    {
        var error = Assert.Throws<SecretFormatException>(() => Parse(json).GetInt32(field));

        Assert.Contains("prod/db", error.Message);
        Assert.Contains("'" + field + "'", error.Message);
        Assert.DoesNotContain("s3cr3t", error.ToString());
        Assert.Null(error.InnerException);
    }

    [Theory]
    [InlineData("s3cr3t-plain")]
    [InlineData("{\"a\":s3cr3t}")]
    [InlineData("[\"s3cr3t\"]")]
    public void NonObjectsAreFormatErrorsWithoutTheContent(string text)
    {
        var error = Assert.Throws<SecretFormatException>(() => Parse(text));

        Assert.DoesNotContain("s3cr3t", error.ToString());
        Assert.Equal(Reference, error.Reference);
    }

    [Fact]
    public void BadUriAndDurationAreFormatErrors()
    {
        var json = Parse("{\"url\":\"not a uri\",\"d\":\"PTxyz\",\"n\":\"later\"}");
        Assert.Throws<SecretFormatException>(() => json.GetUri("url"));
        Assert.Throws<SecretFormatException>(() => json.GetTimeSpan("d"));
        Assert.Throws<SecretFormatException>(() => json.GetTimeSpan("n"));
        Assert.Throws<SecretFormatException>(() => json.GetBoolean("n"));
    }
}
