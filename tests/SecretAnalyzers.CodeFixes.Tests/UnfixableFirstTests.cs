using System.Linq;
using System.Threading.Tasks;
using SecretAnalyzers.CodeFixes.Tests.Verifiers;

namespace SecretAnalyzers.CodeFixes.Tests;

/// <summary>
/// <c>dotnet format</c> takes the Fix All equivalence key from whichever finding it sees first. When that finding has
/// no fix (a case label needs a constant) the key is null: every other finding must still move, and the result must
/// not depend on which finding came first.
/// </summary>
public class UnfixableFirstTests
{
    private static readonly string[] Movable = { "hunter2!", "k3y-v4lue-123", "s3cret-Pa55" };

    private static (string, string)[] Sources() => new[]
    {
        ("Service.cs", """
            public class Service
            {
                public string ApiKey { get; set; } = "k3y-v4lue-123";

                public bool IsAdmin(string password)
                {
                    switch (password)
                    {
                        case "n0t-m0vable!":
                            return true;
                        default:
                            return Login("admin", "hunter2!");
                    }
                }

                public string Connection() => "Server=db;User Id=app;Password=s3cret-Pa55;";

                private static bool Login(string user, string password) => user.Length + password.Length > 0;
            }
            """),
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task NullKeyFromAnUnfixableFinding_StillMovesEveryOtherFinding(bool unfixableFirst)
    {
        var harness = new FixAllHarness(Sources(), CSharpCodeFixVerifier.EmptyManifest, rootNamespace: "Sample");
        var original = harness.Solution;

        // As dotnet format: one Fix All per rule id, each keyed by the first finding of the run.
        foreach (var id in new[] { "SEC0001", "SEC0002", "SEC0003" })
        {
            await harness.FixAllAsync(
                ordered => ordered.OrderByDescending(d => IsUnfixable(d) == unfixableFirst).First(),
                new[] { id });
        }

        var code = (await harness.GetChangedTextsAsync(original)).Single(file => file.Name == "Service.cs").Text;
        foreach (var value in Movable)
        {
            Assert.False(code.Contains(value, System.StringComparison.Ordinal), "a movable secret was left (" + value.Length + " chars)");
        }

        Assert.Contains("case \"n0t-m0vable!\":", code, System.StringComparison.Ordinal);
        var left = await harness.GetSecretDiagnosticsAsync();
        Assert.Single(left);
        Assert.Empty(await harness.CompileWithGeneratorAsync());
    }

    private static bool IsUnfixable(Microsoft.CodeAnalysis.Diagnostic diagnostic) =>
        diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan).Contains("n0t-m0vable", System.StringComparison.Ordinal);
}
