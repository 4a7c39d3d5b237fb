using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace SecretAnalyzers.CodeFixes;

/// <summary>
/// Fixes SEC0001, SEC0002 and SEC0003 by moving the secret to AWS Secrets Manager or Parameter Store: the literal
/// becomes a call to the accessor generated from <c>secrets.manifest.json</c>, and the manifest gets an entry (never
/// the value). The store named by <c>secret_analyzers.default_store</c> is offered first. See docs/codefixes.md.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MoveSecretToStoreCodeFixProvider)), Shared]
public sealed class MoveSecretToStoreCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleIdentifiers.HardcodedCredential,
        RuleIdentifiers.HardcodedToken,
        RuleIdentifiers.ConnectionStringWithCredentials);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => MoveSecretFixAllProvider.Instance;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        var cancellationToken = context.CancellationToken;
        var manifest = await ManifestTarget.ResolveAsync(document.Project, cancellationToken).ConfigureAwait(false);
        if (manifest is null)
        {
            // No manifest and a workspace that cannot add one (dotnet format): a fix would leave code that cannot compile.
            return;
        }

        var options = SecretFixOptions.Read(document, context.Diagnostics[0].Location.SourceTree);
        foreach (var diagnostic in context.Diagnostics)
        {
            // Offer only what can be done: a dry plan rules out constant contexts and consts other constants need.
            // The store does not change what is possible; moving the whole value or only the credential may.
            var possible = new Dictionary<bool, bool>();
            foreach (var request in GetRequests(diagnostic, options.DefaultStore))
            {
                if (!possible.TryGetValue(request.WholeValue, out var canMove))
                {
                    canMove = await SecretMovePlanner.PlanAsync(document, diagnostic, request, cancellationToken).ConfigureAwait(false) is not null;
                    possible[request.WholeValue] = canMove;
                }

                if (!canMove)
                {
                    continue;
                }

                var solution = document.Project.Solution;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        request.Title,
                        token => SecretMover.MoveAsync(solution, new[] { diagnostic }, request, token),
                        request.EquivalenceKey),
                    diagnostic);
            }
        }
    }

    internal static IEnumerable<SecretMoveRequest> GetRequests(Diagnostic diagnostic, SecretStoreKind defaultStore)
    {
        var parameterStoreFirst = defaultStore == SecretStoreKind.ParameterStore;
        yield return parameterStoreFirst ? SecretMoveRequest.ToParameterStore : SecretMoveRequest.ToSecretsManager;
        yield return parameterStoreFirst ? SecretMoveRequest.ToSecretsManager : SecretMoveRequest.ToParameterStore;
        if (diagnostic.Id == RuleIdentifiers.ConnectionStringWithCredentials && HasCredentialSpan(diagnostic))
        {
            yield return parameterStoreFirst ? SecretMoveRequest.WholeToParameterStore : SecretMoveRequest.WholeToSecretsManager;
            yield return parameterStoreFirst ? SecretMoveRequest.WholeToSecretsManager : SecretMoveRequest.WholeToParameterStore;
        }
    }

    private static bool HasCredentialSpan(Diagnostic diagnostic) =>
        diagnostic.Properties.ContainsKey(DiagnosticPropertyKeys.CredentialStart)
        && diagnostic.Properties.ContainsKey(DiagnosticPropertyKeys.CredentialLength);
}
