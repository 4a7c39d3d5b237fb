using System.Threading.Tasks;
using SecretAnalyzers.Tests.Rules;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.Analyzers.HardcodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Flow;

/// <summary>
/// Names that a value is stored under without an assignment: tuple element names, and the member that a
/// <c>[DefaultValue]</c> / <c>[DefaultSettingValue]</c> attribute gives its value.
/// </summary>
public class TupleAndDefaultValueTests
{
    private const string Attributes = """
        namespace System.Configuration
        {
            [AttributeUsage(AttributeTargets.Property)]
            public sealed class DefaultSettingValueAttribute : Attribute { public DefaultSettingValueAttribute(string value) { } }
        }

        """;

    private static Task Reported(string statements) =>
        Verify.VerifyAsync(RuleTestSources.InMethod(statements), Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0));

    private static Task InClass(string members, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected) =>
        Verify.VerifyAsync(RuleTestSources.InClass(members) + Attributes, expected);

    [Theory]
    [InlineData("""var t = (user: "admin", password: {|#0:"Vq3!rTz8"|});""")]
    [InlineData("""(string user, string pwd) t = ("admin", {|#0:"Vq3!rTz8"|});""")]
    [InlineData("""(string Host, string DbPassword) t = (input, {|#0:"Vq3!rTz8"|});""")]
    [InlineData("""var list = new List<(string Name, string Secret)> { ("db", {|#0:"Vq3!rTz8"|}) };""")]
    [InlineData("""var v = {|#0:"Vq3!rTz8"|}; var t = (user: "admin", password: {|#1:v|});""")]
    public Task CredentialNamedTupleElement_IsReported(string statements) =>
        statements.Contains("#1")
            ? Verify.VerifyAsync(RuleTestSources.InMethod(statements), Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0).WithLocation(1))
            : Reported(statements);

    [Theory]
    [InlineData("""var t = (user: "admin", label: "Vq3!rTz8");""")]
    [InlineData("""var t = ("admin", "Vq3!rTz8");""")]
    [InlineData("""(string user, string passwordLabel) t = ("admin", "Vq3!rTz8");""")]
    [InlineData("""var t = (user: "Vq3!rTz8", password: input);""")]
    public Task TupleElementWithoutACredentialName_IsClean(string statements) => Verify.VerifyAsync(RuleTestSources.InMethod(statements));

    [Fact]
    public Task KeyValueTuple_KeepsItsKeyRule() =>
        Reported("""var t = ("password", {|#0:"Vq3!rTz8"|});""");

    [Theory]
    [InlineData("""[System.ComponentModel.DefaultValue({|#0:"Vq3!rTz8"|})] public string Password { get; set; }""")]
    [InlineData("""[System.ComponentModel.DefaultValue({|#0:"Vq3!rTz8"|})] public string SmtpPassword;""")]
    [InlineData("""[System.Configuration.DefaultSettingValue({|#0:"Vq3!rTz8"|})] public string DbPassword { get; set; }""")]
    [InlineData("""void M([System.ComponentModel.DefaultValue({|#0:"Vq3!rTz8"|})] string password) { }""")]
    public Task DefaultValueOfACredential_IsReported(string member) =>
        InClass(member, Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0));

    [Theory]
    [InlineData("""[System.ComponentModel.DefaultValue("Vq3!rTz8")] public string Name { get; set; }""")]
    [InlineData("""[System.ComponentModel.DefaultValue("")] public string Password { get; set; }""")]
    [InlineData("""[System.ComponentModel.DefaultValue("password")] public string Password { get; set; }""")]
    [InlineData("""[System.ComponentModel.Description("Vq3!rTz8")] public string Password { get; set; }""")]
    [InlineData("""[System.ComponentModel.DefaultValue("Vq3!rTz8")] public string PasswordLabel { get; set; }""")]
    public Task DefaultValueOfAnythingElse_IsClean(string member) => InClass(member);
}
