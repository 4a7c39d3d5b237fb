using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.Analyzers.HardcodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Rules;

/// <summary>
/// Records with positional credential parameters and <c>init</c> accessors, declared in this project or in a
/// referenced one: the parameter or property name decides, wherever the type comes from.
/// </summary>
public class PositionalRecordTests
{
    private const string Records = """
        namespace Lib
        {
            public record Login(string User, string Password);
            public record Pair(string Name, string Label);
            public class Cfg { public string Pwd { get; init; } public string Label { get; init; } }
        }
        """;

    private static Task VerifyWithReferencedLibrary(string source, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected)
    {
        var test = new Verify.Test(source, expected);
        test.TestState.AdditionalReferences.Add(LibraryImage.Value);
        return test.RunAsync();
    }

    /// <summary>The records compiled into an assembly of their own: the test project sees them as metadata only.</summary>
    private static readonly System.Lazy<MetadataReference> LibraryImage = new(() =>
    {
        var compilation = CSharpCompilation.Create(
            "Lib",
            new[] { CSharpSyntaxTree.ParseText(Records, new CSharpParseOptions(LanguageVersion.Latest)) },
            SecretAnalyzers.Testing.TestReferences.Framework,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new System.IO.MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    });

    [Fact]
    public Task RecordFromAReferencedProject_IsJudgedByItsParameterName() =>
        VerifyWithReferencedLibrary(
            """
            class Use
            {
                Lib.Login A() => new Lib.Login("admin", {|#0:"Rp5%eRt8Yu"|});
                Lib.Login B() => new("admin", Password: {|#1:"Rp6^iOp9As"|});
                Lib.Cfg C() => new Lib.Cfg { Pwd = {|#2:"Rp7&dFg1Hj"|} };
            }
            """,
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0),
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(1),
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(2));

    [Fact]
    public Task NeutralParametersAndInitProperties_AreClean() =>
        VerifyWithReferencedLibrary(
            """
            class Use
            {
                Lib.Pair A() => new Lib.Pair("admin", "Rp5%eRt8Yu");
                Lib.Cfg B() => new Lib.Cfg { Label = "Rp7&dFg1Hj" };
                Lib.Login C() => new Lib.Login("Rp8*kLz2Xc", "<password>");
            }
            """);

    [Fact]
    public Task InitPropertyGivenAValueInItsConstructor_IsReportedByName() =>
        Verify.VerifyAsync(
            """
            class Cfg
            {
                public string Pwd { get; init; }
                public string Label { get; init; }
                public Cfg() { Pwd = {|#0:"Rp9!vBn3Mq"|}; Label = "Rp1@gHj5Kl"; }
            }
            """,
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0));
}
