using System.Threading.Tasks;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.Analyzers.HardcodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Rules;

/// <summary>A SecureString filled from a literal, one character at a time.</summary>
public class SecureStringTests
{
    private static string InMethod(string statements) => """
        using System;
        using System.Security;
        using System.Text;
        class C
        {
            void M(string input, StringBuilder builder)
            {
                var secure = new SecureString();
        """ + statements + """

            }
        }
        """;

    [Theory]
    [InlineData("""foreach (char c in {|#0:"S3cure-pa55"|}) secure.AppendChar(c);""")]
    [InlineData("""foreach (var c in {|#0:"S3cure-pa55"|}.ToCharArray()) { secure.AppendChar(c); }""")]
    [InlineData("""foreach (char ch in {|#0:"S3cure-pa55"|}) { if (ch != ' ') { secure.AppendChar(ch); } }""")]
    public Task LiteralAppendedToASecureString_IsReported(string statements) =>
        Verify.VerifyAsync(InMethod(statements), Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0));

    [Theory]
    [InlineData("""foreach (char c in input) secure.AppendChar(c);""")]
    [InlineData("""foreach (char c in "S3cure-pa55") builder.Append(c);""")] // not a SecureString
    [InlineData("""foreach (char c in "S3cure-pa55") secure.AppendChar('x');""")] // not the loop's character
    [InlineData("""foreach (char c in "") secure.AppendChar(c);""")]
    [InlineData("""foreach (char c in "<password>") secure.AppendChar(c);""")]
    public Task NotALiteralIntoASecureString_IsClean(string statements) => Verify.VerifyAsync(InMethod(statements));
}
