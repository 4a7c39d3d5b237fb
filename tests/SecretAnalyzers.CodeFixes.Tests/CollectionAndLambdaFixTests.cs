using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using static SecretAnalyzers.CodeFixes.Tests.Verifiers.ExpectedManifest;
using Verify = SecretAnalyzers.CodeFixes.Tests.Verifiers.CSharpCodeFixVerifier;

namespace SecretAnalyzers.CodeFixes.Tests;

/// <summary>An element of a credential collection and a lambda's returned literal move like any other literal.</summary>
public class CollectionAndLambdaFixTests
{
    private static readonly DiagnosticResult[] One = { Verify.Diagnostic("SEC0001").WithLocation(0) };

    [Fact]
    public Task CollectionElement_BecomesAnAccessorReadNamedInTheSingular() => Verify.VerifyAsync(
        """
        using System.Collections.Generic;

        class C
        {
            void M()
            {
                List<string> passwords = [string.Empty, {|#0:"hunter2!"|}];
                System.Console.WriteLine(passwords.Count);
            }
        }
        """,
        One,
        """
        using System.Collections.Generic;

        class C
        {
            void M()
            {
                List<string> passwords = [string.Empty, Secrets.Password];
                System.Console.WriteLine(passwords.Count);
            }
        }
        """,
        Verify.EmptyManifest,
        With(SecretsManager("Password", "password")));

    [Fact]
    public Task LambdaReturn_BecomesAnAccessorRead() => Verify.VerifyAsync(
        """
        class C
        {
            public System.Func<string> PasswordProvider { get; set; }

            void M()
            {
                PasswordProvider = () => {|#0:"hunter2!"|};
            }
        }
        """,
        One,
        """
        class C
        {
            public System.Func<string> PasswordProvider { get; set; }

            void M()
            {
                PasswordProvider = () => Secrets.Password;
            }
        }
        """,
        Verify.EmptyManifest,
        With(SecretsManager("Password", "password")));
}
