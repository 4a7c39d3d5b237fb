using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.Analyzers.HardcodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Flow;

/// <summary>
/// Function-pointer calls: their parameters belong to a signature with no containing type and no names (issue 10,
/// item 9: this threw AD0001). The verifier fails on any analyzer exception.
/// </summary>
public class FunctionPointerTests
{
    private static Task VerifyUnsafe(string source, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected)
    {
        var test = new Verify.Test(source, expected);
        test.SolutionTransforms.Add((solution, projectId) =>
            solution.WithProjectCompilationOptions(
                projectId,
                ((CSharpCompilationOptions)solution.GetProject(projectId)!.CompilationOptions!).WithAllowUnsafe(true)));
        return test.RunAsync();
    }

    [Fact]
    public Task LiteralPassedToAFunctionPointer_DoesNotCrashAndIsNotNamed() =>
        VerifyUnsafe("""
            unsafe class C
            {
                void M(delegate*<string, void> f, delegate* unmanaged<int, void> g)
                {
                    f("hunter2!");
                    g(42);
                    var v = "hunter2!";
                    f(v);
                }
            }
            """);

    [Fact]
    public Task ConnectionStringPassedToAFunctionPointer_IsStillReportedByItsValue() =>
        VerifyUnsafe(
            """
            unsafe class C
            {
                void M(delegate*<string, void> f) => f({|#0:"Server=db;User Id=app;Password=Hunt3r-2x;"|});
            }
            """,
            Verify.Diagnostic(RuleIdentifiers.ConnectionStringWithCredentials).WithLocation(0));
}
