using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using SecretAnalyzers.Analyzers;
using SecretAnalyzers.CodeFixes.Tests.Verifiers;
using SecretAnalyzers.Testing;

namespace SecretAnalyzers.CodeFixes.Tests;

/// <summary>SEC0004's fix: the secret leaves the comment, a note to rotate it takes its place, nothing else changes.</summary>
public class SEC0004RemoveFromCommentTests
{
    [Fact]
    public Task TokenInALineComment_IsReplacedByTheNote()
    {
        string token = FakeSecrets.GitLab();
        return Verify(
            "class C\n{\n    // old token: {|#0:" + token + "|} (do not use)\n}\n",
            "class C\n{\n    // old token: [secret removed: rotate it] (do not use)\n}\n");
    }

    [Fact]
    public Task PasswordInXmlDoc_IsReplacedByTheNote() =>
        Verify(
            "/// <summary>postgres://app:{|#0:Tr0ub4dor3|}@db/app</summary>\nclass C { }\n",
            "/// <summary>postgres://app:[secret removed: rotate it]@db/app</summary>\nclass C { }\n");

    [Fact]
    public Task CommentedOutAssignment_KeepsTheCodeAroundTheNote() =>
        Verify(
            "class C\n{\n    // private const string AdminPassword = \"{|#0:Harbor#Light42|}\";\n}\n",
            "class C\n{\n    // private const string AdminPassword = \"[secret removed: rotate it]\";\n}\n");

    [Fact]
    public Task PasswordNote_OnlyTheValueIsReplaced() =>
        Verify(
            "class C\n{\n    // login: ops, password: {|#0:Glacier!2031|} (staging)\n}\n",
            "class C\n{\n    // login: ops, password: [secret removed: rotate it] (staging)\n}\n");

    [Fact]
    public Task InitializerInDisabledCode_IsReplacedByTheNote() =>
        Verify(
            "class C\n{\n#if false\n    Options o = new() { ApiKey = \"{|#0:x7Lq2Vm9Rt4Wn8Kp3Zs6Yd1B|}\" };\n#endif\n}\n",
            "class C\n{\n#if false\n    Options o = new() { ApiKey = \"[secret removed: rotate it]\" };\n#endif\n}\n");

    [Fact]
    public Task CommentedOutCredentialCall_OnlyThePasswordIsReplaced() =>
        Verify(
            "class C\n{\n    // client.Credentials = new NetworkCredential(\"deploy\", \"{|#0:Sh1pIt#Now|}\");\n}\n",
            "class C\n{\n    // client.Credentials = new NetworkCredential(\"deploy\", \"[secret removed: rotate it]\");\n}\n");

    [Fact]
    public Task FixAll_RemovesEverySecretOfTheDocument()
    {
        string first = FakeSecrets.GitLab();
        string second = FakeSecrets.GitLab(2);
        var test = new Test
        {
            TestCode = "// a {|#0:" + first + "|}\nclass C\n{\n    /* b {|#1:" + second + "|} */\n}\n",
            FixedCode = "// a [secret removed: rotate it]\nclass C\n{\n    /* b [secret removed: rotate it] */\n}\n",
            NumberOfFixAllIterations = 1,
        };
        test.ExpectedDiagnostics.Add(CSharpCodeFixVerifier.Diagnostic("SEC0004").WithLocation(0));
        test.ExpectedDiagnostics.Add(CSharpCodeFixVerifier.Diagnostic("SEC0004").WithLocation(1));
        return test.RunAsync(CancellationToken.None);
    }

    private static Task Verify(string source, string fixedSource)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.Add(CSharpCodeFixVerifier.Diagnostic("SEC0004").WithLocation(0));
        return test.RunAsync(CancellationToken.None);
    }

    private sealed class Test : CSharpCodeFixTest<CommentSecretAnalyzer, RemoveSecretFromCommentCodeFixProvider, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.None;
            TestState.AdditionalReferences.AddRange(TestReferences.Framework);
        }
    }
}
