namespace SecretAnalyzers.Tests;

public class RuleIdentifiersTests
{
    [Fact]
    public void HelpUriPointsAtRulePage() =>
        Assert.EndsWith("/docs/rules/SEC0001.md", RuleIdentifiers.GetHelpUri(RuleIdentifiers.HardcodedCredential));
}
