using System;
using System.IO;
using System.Linq;
using System.Text;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Tests.Detection;

/// <summary>
/// docs/rules/token-formats.md is generated from <see cref="TokenFormats.All"/>; this test fails when they differ.
/// Run the tests with UPDATE_BASELINES=1 to rewrite the page, then review the diff.
/// </summary>
public class TokenFormatsPageTests
{
    [Fact]
    public void ReferencePageMatchesTheCatalogue()
    {
        string path = Path.Combine(CatalogTests.RepositoryRoot(), "docs", "rules", "token-formats.md");
        string expected = Render();
        if (Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(path, expected);
            return;
        }

        Assert.True(File.Exists(path), "Missing " + path + "; run the tests with UPDATE_BASELINES=1 to create it.");
        string actual = File.ReadAllText(path).Replace("\r\n", "\n");
        Assert.True(expected == actual, "docs/rules/token-formats.md differs from TokenFormats.All; run the tests with UPDATE_BASELINES=1 to regenerate it.");
    }

    internal static string Render()
    {
        TokenFormat[] formats = TokenFormats.All;
        var page = new StringBuilder();
        page.Append("# Token formats\n\n");
        page.Append("<!-- Generated from src/SecretAnalyzers/Detection/TokenFormats*.cs by TokenFormatsPageTests; do not edit by hand.\n");
        page.Append("     Regenerate: UPDATE_BASELINES=1 dotnet test tests/SecretAnalyzers.Tests -c Release --filter TokenFormatsPageTests -->\n\n");
        page.Append("The provider formats that [SEC0002](SEC0002.md) reports in C# strings and [SEC0005](SEC0005.md) reports in configuration files: ");
        page.Append(formats.Length).Append(" formats from ").Append(formats.Select(f => f.Vendor).Distinct(StringComparer.Ordinal).Count()).Append(" vendors (");
        page.Append(string.Join(", ", new[] { TokenConfidence.High, TokenConfidence.Medium, TokenConfidence.Low }
            .Select(c => formats.Count(f => f.Confidence == c) + " " + c.ToString().ToLowerInvariant())));
        page.Append(" confidence).\n\n");
        page.Append("- **Confidence**: *high* = a checksum or a prefix no other text carries; *medium* = a structure that needs context ");
        page.Append("(a vendor word in the key or name next to the value); *low* = generic.\n");
        page.Append("- **Validator**: a local check run on every match (nothing leaves the machine); a match that fails it is not reported.\n");
        page.Append("- Rows are in match order: the first format that matches a value wins.\n");
        page.Append("- Values are also decoded (percent-encoding, `\\u` escapes, base64, to depth ").Append(TokenScanner.MaxDecodeDepth);
        page.Append(") and scanned again; the finding spans the encoded text.\n");
        page.Append("- Revoke first, then move the value to a store: the code fix moves it, it does not make a leaked token safe.\n\n");
        page.Append("| Id | Vendor | What it matches | Validator | Confidence | Revoke or rotate |\n");
        page.Append("|---|---|---|---|---|---|\n");
        foreach (TokenFormat format in formats)
        {
            page.Append("| `").Append(format.Id).Append("` | ").Append(format.Vendor).Append(" | ").Append(format.Description).Append(": ").Append(format.Matches)
                .Append(" | ").Append(format.Validator?.Name ?? "—").Append(" | ").Append(format.Confidence.ToString().ToLowerInvariant()).Append(" | ")
                .Append(format.Revocation.StartsWith("https://", StringComparison.Ordinal) ? "[" + Host(format.Revocation) + "](" + format.Revocation + ")" : format.Revocation)
                .Append(" |\n");
        }

        return page.ToString();
    }

    private static string Host(string url) => new Uri(url).Host;
}
