using System.Threading.Tasks;
using SecretAnalyzers.Tests.Rules;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.Analyzers.HardcodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Flow;

/// <summary>
/// Audit of issue 10 items 1 and 2 together: a literal under a neutral name (local, readonly field, get-only
/// auto-property) that is compared with a credential, in every comparison form. Reported once at the literal (#0),
/// with the comparison's read (#1).
/// </summary>
public class FlowIntoComparisonTests
{
    private static Task Flows(string statements) =>
        Verify.VerifyAsync(
            RuleTestSources.InMethod(statements),
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0).WithLocation(1));

    [Theory]
    [InlineData("""var expected = {|#0:"Eq1!zXc4Vb"|}; bool ok = string.Equals(password, {|#1:expected|}, StringComparison.Ordinal);""")]
    [InlineData("""var expected = {|#0:"Eq1!zXc4Vb"|}; bool ok = string.Compare({|#1:expected|}, password) == 0;""")]
    [InlineData("""var expected = {|#0:"Eq1!zXc4Vb"|}; bool ok = StringComparer.Ordinal.Equals(password, {|#1:expected|});""")]
    [InlineData("""var expected = {|#0:"Eq1!zXc4Vb"|}; bool ok = EqualityComparer<string>.Default.Equals({|#1:expected|}, password);""")]
    [InlineData("""var expected = {|#0:"Eq1!zXc4Vb"|}; bool ok = password.Equals({|#1:expected|});""")]
    [InlineData("""var expected = {|#0:"Eq1!zXc4Vb"|}; bool ok = {|#1:expected|}.Equals(password);""")]
    [InlineData("""var expected = {|#0:"Eq1!zXc4Vb"|}; bool ok = System.Linq.Enumerable.SequenceEqual(Encoding.UTF8.GetBytes(password), Encoding.UTF8.GetBytes({|#1:expected|}));""")]
    [InlineData("""var expected = {|#0:"Eq1!zXc4Vb"|}; bool ok = System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(password), Encoding.UTF8.GetBytes({|#1:expected|}));""")]
    [InlineData("""var expected = Encoding.UTF8.GetBytes({|#0:"Eq1!zXc4Vb"|}); bool ok = System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(password), {|#1:expected|});""")]
    [InlineData("""var (who, expected) = ("admin", {|#0:"Eq1!zXc4Vb"|}); bool ok = password == {|#1:expected|};""")]
    [InlineData("""var expected = input ?? {|#0:"Eq1!zXc4Vb"|}; bool ok = password == {|#1:expected|};""")]
    [InlineData("""var expected = input.Length > 3 ? {|#0:"Eq1!zXc4Vb"|} : null; bool ok = password == {|#1:expected|};""")]
    [InlineData("""var expected = input switch { "prod" => {|#0:"Eq1!zXc4Vb"|}, _ => "" }; bool ok = password == {|#1:expected|};""")]
    public Task NeutralLocalComparedWithACredential_IsReported(string statements) => Flows(statements);

    [Theory]
    [InlineData("""var expected = "Eq1!zXc4Vb"; bool ok = string.Equals(input, expected, StringComparison.Ordinal);""")] // input is no credential
    [InlineData("""var expected = "Eq1!zXc4Vb"; bool ok = expected.Length == password.Length;""")]
    [InlineData("""var expected = "Eq1!zXc4Vb"; expected = input; bool ok = password == expected;""")] // written again
    [InlineData("""var expected = "none-configured"; bool ok = password == expected;""")] // a word slug through flow
    [InlineData("""var userName = "Eq1!zXc4Vb"; bool ok = StringComparer.Ordinal.Equals(input, userName);""")]
    public Task NotComparedWithACredential_IsClean(string statements) => Verify.VerifyAsync(RuleTestSources.InMethod(statements));

    [Theory]
    [InlineData("""private readonly string _expected = {|#0:"Eq1!zXc4Vb"|}; bool Check(string password) => string.Equals(password, {|#1:_expected|}, StringComparison.Ordinal);""")]
    [InlineData("""string Expected { get; } = {|#0:"Eq1!zXc4Vb"|}; bool Check(string password) => StringComparer.Ordinal.Equals({|#1:Expected|}, password);""")]
    public Task NeutralMemberComparedWithACredential_IsReported(string members) =>
        Verify.VerifyAsync(
            RuleTestSources.InClass(members),
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0).WithLocation(1));
}
