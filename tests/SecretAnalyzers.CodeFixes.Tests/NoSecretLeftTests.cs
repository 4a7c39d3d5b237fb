using System.Linq;
using System.Threading.Tasks;
using SecretAnalyzers.CodeFixes.Tests.Verifiers;

namespace SecretAnalyzers.CodeFixes.Tests;

/// <summary>
/// After Fix All over a project full of secrets in every supported context: no changed file and not the manifest
/// holds any of the original values, no finding is left, and the project compiles with the generated accessors.
/// </summary>
public class NoSecretLeftTests
{
    private static readonly string GitLab = FakeSecrets.GitLab(7);
    private static readonly string Stripe = FakeSecrets.Stripe(3);

    private static readonly string[] Values = { "hunter2!", "Sup3r-s3cret", "s3cret-Pa55", "k3y-v4lue-123", GitLab, Stripe };

    private static (string, string)[] Sources() => new[]
    {
        ("Repository.cs", """
            using System;
            using System.Threading;
            using System.Threading.Tasks;

            namespace Sample.Data;

            public partial class Repository
            {
                private const string AdminPassword = "hunter2!";
                private static readonly string s_apiKey = "k3y-v4lue-123";
                public const string ServiceConnection = "Server=db;User Id=svc;Password=Sup3r-s3cret;";

                public string Password { get; set; } = "hunter2!";

                public Repository()
                {
                    Connect("Server=db;User Id=app;Password=s3cret-Pa55;");
                }

                public async Task<string> LoadAsync(CancellationToken ct)
                {
                    await Task.Yield();
                    Login("admin", AdminPassword);
                    var token = "GITLAB";
                    Func<Task<string>> later = async () => { await Task.Yield(); return "STRIPE"; };
                    return token + s_apiKey + await later();
                }

                public string Describe(int environment) => environment switch
                {
                    0 => "STRIPE",
                    _ => ServiceConnection,
                };

                private static void Login(string user, string password) { }

                private static void Connect(string connectionString) { }

                public sealed class Nested
                {
                    public string Secret() => Login2(password: "Sup3r-s3cret");

                    private static string Login2(string password) => password;
                }
            }
            """.Replace("GITLAB", GitLab).Replace("STRIPE", Stripe)),
        ("Repository.Part2.cs", """
            namespace Sample.Data;

            public partial class Repository
            {
                public void Again() => Login("root", AdminPassword);
            }
            """),
        ("Global.cs", """
            public record Settings
            {
                public string ApiKey { get; init; } = "k3y-v4lue-123";

                public static string Build()
                {
                    string password = "hunter2!";
                    return password;
                }
            }
            """),
    };

    [Fact]
    public async Task FixAll_LeavesNoValue_NoFinding_AndCompiles()
    {
        var harness = new FixAllHarness(Sources(), CSharpCodeFixVerifier.EmptyManifest, rootNamespace: "Sample");
        var before = await harness.GetSecretDiagnosticsAsync();
        Assert.True(before.Length >= 10, "expected the sample to be full of findings, got " + before.Length);
        var original = harness.Solution;

        // dotnet format applies Fix All once per rule id; do the same until nothing is left to fix.
        for (var pass = 0; pass < 3 && await harness.FixAllAsync(); pass++)
        {
        }

        var changed = await harness.GetChangedTextsAsync(original);

        Assert.Contains(changed, file => file.Name == "secrets.manifest.json");
        Assert.Equal(3, changed.Count(file => file.Name.EndsWith(".cs", System.StringComparison.Ordinal)));
        foreach (var (name, text) in changed)
        {
            foreach (var value in Values)
            {
                Assert.False(text.Contains(value, System.StringComparison.Ordinal), name + " still holds a secret value (" + value.Length + " chars)");
            }
        }

        var after = await harness.GetSecretDiagnosticsAsync();
        Assert.Empty(after);

        var errors = await harness.CompileWithGeneratorAsync();
        Assert.True(errors.IsEmpty, string.Join("\n", errors));
    }

    [Fact]
    public async Task WorkspaceThatCannotAddFiles_WithoutManifest_ChangesNothing()
    {
        var harness = new FixAllHarness(Sources(), manifest: null, canAddFiles: false);
        var original = harness.Solution;
        Assert.NotEmpty(await harness.GetSecretDiagnosticsAsync());

        Assert.False(await harness.FixAllAsync(), "no fix may be offered when the manifest cannot be created");
        Assert.Empty(await harness.GetChangedTextsAsync(original));
    }

    [Fact]
    public async Task WorkspaceThatCannotAddFiles_WithManifest_Fixes()
    {
        var harness = new FixAllHarness(Sources(), CSharpCodeFixVerifier.EmptyManifest, rootNamespace: "Sample", canAddFiles: false);
        Assert.True(await harness.FixAllAsync());
        Assert.Empty(await harness.CompileWithGeneratorAsync());
    }

    [Fact]
    public async Task WorkspaceThatCanAddFiles_WithoutManifest_CreatesOne()
    {
        var harness = new FixAllHarness(Sources(), manifest: null, rootNamespace: "Sample");
        Assert.True(await harness.FixAllAsync());
        var manifest = Assert.Single(harness.Project.AdditionalDocuments);
        Assert.Equal("secrets.manifest.json", manifest.Name);
        Assert.Contains("\"StripeSecretKey\"", (await manifest.GetTextAsync()).ToString(), System.StringComparison.Ordinal);
        Assert.Empty(await harness.CompileWithGeneratorAsync());
    }
}
