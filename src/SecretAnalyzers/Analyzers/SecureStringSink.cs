using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Analyzers;

/// <summary>
/// A <c>SecureString</c> filled from a constant, character by character: <c>foreach (char c in "…") s.AppendChar(c);</c>.
/// The constant is the password the SecureString was meant to protect. (<c>new SecureString(char*, int)</c> is not
/// followed: its pointer is not a constant.)
/// </summary>
internal static class SecureStringSink
{
    public static readonly KnownCredentialApi Api = new(
        "System.Security.SecureString", "AppendChar", "c", SecretKind.Password, "password", "SecureStringPassword");

    /// <summary>The SecureString sink when the loop's body appends its iteration variable to a SecureString.</summary>
    public static SecretSink Resolve(IForEachLoopOperation loop)
    {
        if (loop.Locals.Length != 1 || loop.Body is null)
        {
            return SecretSink.None;
        }

        ILocalSymbol character = loop.Locals[0];
        foreach (IOperation operation in loop.Body.DescendantsAndSelf())
        {
            if (operation is IInvocationOperation
                {
                    TargetMethod: { Name: "AppendChar", ContainingType: { Name: "SecureString", ContainingNamespace: { Name: "Security", ContainingNamespace.Name: "System" } } },
                    Arguments: [{ Value: ILocalReferenceOperation appended }],
                }
                && SymbolEqualityComparer.Default.Equals(appended.Local, character))
            {
                return SecretSink.Known(Api, "SecureString.AppendChar");
            }
        }

        return SecretSink.None;
    }
}
