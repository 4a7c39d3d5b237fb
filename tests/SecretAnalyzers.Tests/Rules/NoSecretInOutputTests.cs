using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretAnalyzers.Analyzers;
using SecretAnalyzers.Tests.Detection;
using SecretAnalyzers.Tests.Verifiers;
using SecretAnalyzers.Testing;

namespace SecretAnalyzers.Tests.Rules;

/// <summary>
/// For every rule and many inputs: the diagnostic message, its properties and every string that ends up in SARIF
/// (rule id, title, description, help link, message) never contain the secret.
/// </summary>
public class NoSecretInOutputTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();

        // SEC0002: every token format, in a neutral variable.
        foreach (object[] row in TokenFormatTests.Tokens())
        {
            string token = (string)row[1];
            data.Add("var value = @\"" + token.Replace("\"", "\"\"") + "\";", token);
        }

        // SEC0003: the password part of connection strings and URIs.
        foreach (object[] row in ConnectionStringCases())
        {
            data.Add("var value = @\"" + (string)row[0] + "\";", (string)row[1]);
        }

        // SEC0001: credential-named symbols of different lengths (masking shows less for short values).
        foreach (string secret in new[] { "hunter2!", "P@ssw0rd123", "Sup3rS3cretValue!", "correct-horse-battery-staple-42" })
        {
            data.Add("string password = \"" + secret + "\";", secret);
            data.Add("var d = new Dictionary<string, string> { [\"DB_PASSWORD\"] = \"" + secret + "\" };", secret);
            data.Add("var c = new System.Net.NetworkCredential(\"admin\", \"" + secret + "\");", secret);
        }

        // Known-API shapes: a Basic user:password pair, a tool's command-line password, a key as bytes.
        data.Add("var h = \"Basic \" + Convert.ToBase64String(Encoding.UTF8.GetBytes(\"svc:B4sic-pa55\"));", "B4sic-pa55");
        data.Add("var cmd = \"mysqldump -u root -pDumpS3cret app\";", "DumpS3cret");
        data.Add("using var aes = System.Security.Cryptography.Aes.Create(); aes.Key = new byte[] { 0x3c, 0x91, 0x0e, 0xa7, 0x52, 0xd8, 0x6b, 0x14 };", "0x3c, 0x91");

        // SEC0002 by entropy under a key name.
        data.Add("var apiKey = \"" + FakeTokens.RandomBase64(40, 21) + "\";", FakeTokens.RandomBase64(40, 21));
        return data;
    }

    private static IEnumerable<object[]> ConnectionStringCases()
    {
        yield return new object[] { "Server=db;User Id=sa;Password=S3cr3t!Pa55;", "S3cr3t!Pa55" };
        yield return new object[] { "Host=db;Username=app;Password=pgPa55word;Database=orders", "pgPa55word" };
        yield return new object[] { "postgres://app:pgPa55word@db/orders", "pgPa55word" };
        yield return new object[] { "redis://:r3d1sPa55word@cache:6379", "r3d1sPa55word" };
        yield return new object[] { "cache:6379,password=r3d1sPa55word,ssl=true", "r3d1sPa55word" };
        yield return new object[] { "Endpoint=sb://ns/;SharedAccessKeyName=Root;SharedAccessKey=abcDEF123ghiJKL456mnoPQR789", "abcDEF123ghiJKL456mnoPQR789" };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task DiagnosticOutputNeverContainsTheSecret(string statement, string secret)
    {
        ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(RuleTestSources.InMethod(statement));

        Diagnostic diagnostic = Assert.Single(diagnostics);
        foreach (string text in OutputStrings(diagnostic))
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }

        // Even a quarter of a long secret must not leak.
        if (secret.Length >= 20)
        {
            string quarter = secret.Substring(secret.Length / 2, secret.Length / 4);
            Assert.DoesNotContain(quarter, diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PropertiesCarryKindNameAndSpanButNotTheValue()
    {
        ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(RuleTestSources.InClass(
            "const string OrdersConnectionString = \"Server=db;User Id=sa;Password=S3cr3t!Pa55\";"));

        Diagnostic diagnostic = Assert.Single(diagnostics);
        Assert.Equal("ConnectionString", diagnostic.Properties[DiagnosticPropertyKeys.SecretKind]);
        Assert.Equal("OrdersPassword", diagnostic.Properties[DiagnosticPropertyKeys.SuggestedName]);
        Assert.Equal("OrdersConnectionString", diagnostic.Properties[DiagnosticPropertyKeys.HoldingSymbol]);
        Assert.Equal("30", diagnostic.Properties[DiagnosticPropertyKeys.CredentialStart]);
        Assert.Equal("11", diagnostic.Properties[DiagnosticPropertyKeys.CredentialLength]);
    }

    private static IEnumerable<string> OutputStrings(Diagnostic diagnostic)
    {
        yield return diagnostic.GetMessage(CultureInfo.InvariantCulture);
        yield return diagnostic.ToString();
        yield return diagnostic.Id;
        yield return diagnostic.Descriptor.Title.ToString(CultureInfo.InvariantCulture);
        yield return diagnostic.Descriptor.Description.ToString(CultureInfo.InvariantCulture);
        yield return diagnostic.Descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);
        yield return diagnostic.Descriptor.HelpLinkUri;
        foreach (KeyValuePair<string, string?> property in diagnostic.Properties)
        {
            yield return property.Key + "=" + property.Value;
        }
    }

    internal static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source, string assemblyName = "App", IEnumerable<MetadataReference>? extraReferences = null, AnalyzerOptions? options = null)
    {
        var compilation = CSharpCompilation.Create(
            assemblyName,
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview), path: "/0/Test0.cs") },
            TestReferences.Framework.Concat(extraReferences ?? Enumerable.Empty<MetadataReference>()),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new HardcodedSecretAnalyzer(), new HardcodedKeyBytesAnalyzer());
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        return await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    }
}
