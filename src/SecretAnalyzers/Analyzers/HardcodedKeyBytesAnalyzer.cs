using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Analyzers;

/// <summary>
/// Hardcoded cryptographic keys written as bytes (CWE-321): a constant byte array (<c>new byte[] { 0x2b, … }</c>,
/// <c>[0x2b, …]</c>) that reaches a known key parameter or property (<c>SymmetricAlgorithm.Key</c>, the HMAC and
/// AEAD constructors, <c>CreateEncryptor</c>'s key, <c>SymmetricSecurityKey</c>; see <see cref="KnownCredentialApis"/>)
/// directly, through a single-assignment local, or through a readonly/private field read in its type's declaration. Reported as
/// SEC0002 (SEC0001 when the parameter takes a password) at the array, with the sink as additional location; the
/// message shows the key's length only. IVs, nonces and salts are not keys and are not in the table. The string
/// forms (<c>Encoding.UTF8.GetBytes("…")</c>, <c>Convert.FromBase64String("…")</c>) are <see cref="HardcodedSecretAnalyzer"/>'s.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardcodedKeyBytesAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.HardcodedToken,
        DiagnosticDescriptors.HardcodedCredential);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            // A key in bytes is never a provider token: test_code = tokens (the default) and ignore leave it out.
            if (TestCodePolicy.Read(start.Compilation, start.Options.AnalyzerConfigOptionsProvider) != TestCodeMode.Report)
            {
                return;
            }

            var apis = KnownCredentialApiIndex.Create(start.Compilation);
            if (apis.IsEmpty)
            {
                return;
            }

            var analysis = new CompilationAnalysis(apis);
            start.RegisterOperationAction(analysis.AnalyzeArray, OperationKind.ArrayCreation, OperationKind.CollectionExpression);
        });
    }

    private sealed class CompilationAnalysis
    {
        private readonly KnownCredentialApiIndex _apis;

        public CompilationAnalysis(KnownCredentialApiIndex apis) => _apis = apis;

        public void AnalyzeArray(OperationAnalysisContext context)
        {
            IOperation operation = context.Operation;
            if (!IsByteSequence(operation.Type) || operation.Syntax is not ExpressionSyntax syntax
                || KeyBytesSyntax.Read(syntax) is not { } bytes || !ConstantKeyBytes.LooksLikeKey(bytes))
            {
                return;
            }

            SecretSink sink = SinkResolver.Resolve(operation, context.ContainingSymbol, _apis);
            if (sink.KnownApi is { } api)
            {
                Report(context.ReportDiagnostic, syntax.GetLocation(), null, api, sink.Target, bytes.Count);
                return;
            }

            if (sink.Holder is null || operation.SemanticModel is not { } model)
            {
                return;
            }

            // byte[] key = { … }; aes.Key = key;   static readonly byte[] Key = { … }; … new HMACSHA256(Key)
            FlowResult? flow = sink.Holder switch
            {
                ILocalSymbol local => ValueFlow.FollowLocal(local, model, context.ContainingSymbol, _apis, s => KeyFinding(s, bytes.Count), context.CancellationToken),
                IFieldSymbol field => FollowField(field, syntax, model, bytes.Count, context.CancellationToken),
                _ => null,
            };

            if (flow is not null && flow.Sink.KnownApi is { } flowApi)
            {
                Report(context.ReportDiagnostic, syntax.GetLocation(), flow.SinkLocation, flowApi, flow.Sink.Target + " via " + sink.Holder.Name, bytes.Count);
            }
        }

        /// <summary>
        /// The first read of a key field (readonly or private, one declaration) that lands in a key sink, searched in
        /// its type's declaration in this file, only for a field whose initializer is already a key candidate (rare):
        /// no per-type registration, so code without such arrays pays nothing. Null when the field is written there.
        /// </summary>
        private FlowResult? FollowField(IFieldSymbol field, ExpressionSyntax initializer, SemanticModel model, int length, CancellationToken cancellationToken)
        {
            if (field.IsConst || !(field.IsReadOnly || field.DeclaredAccessibility == Accessibility.Private) || field.DeclaringSyntaxReferences.Length != 1
                || initializer.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } type)
            {
                return null;
            }

            FlowResult? first = null;
            foreach (SyntaxNode node in type.DescendantNodes())
            {
                if (node is not IdentifierNameSyntax { Identifier.ValueText: var name } identifier || name != field.Name)
                {
                    continue;
                }

                SyntaxNode reference = identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier ? access : identifier;
                if (model.GetOperation(reference, cancellationToken) is not IFieldReferenceOperation read
                    || !SymbolEqualityComparer.Default.Equals(read.Field.OriginalDefinition, field))
                {
                    continue;
                }

                if (ValueFlow.IsWrite(read))
                {
                    return null; // _key = next: the field may hold another key where it is read
                }

                first ??= ValueFlow.Follow(read, model, model.GetEnclosingSymbol(reference.SpanStart, cancellationToken), _apis, s => KeyFinding(s, length), cancellationToken);
            }

            return first;
        }
    }

    /// <summary>Only a known key (or password) parameter decides about bytes: a name such as <c>key</c> alone does not.</summary>
    private static SecretFinding? KeyFinding(SecretSink sink, int length) =>
        sink.KnownApi is { } api
            ? new SecretFinding(RuleFor(api), api.Kind, api.Description, ConstantKeyBytes.Mask(length), 0, 0, api.SuggestedName, isDocumentedExample: false)
            : null;

    private static string RuleFor(KnownCredentialApi api) =>
        api.Kind == SecretKind.Password ? RuleIdentifiers.HardcodedCredential : RuleIdentifiers.HardcodedToken;

    /// <summary>byte[], or the span a collection expression can target (<c>new AesGcm([…])</c>).</summary>
    private static bool IsByteSequence(ITypeSymbol? type) => type switch
    {
        IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Byte } => true,
        INamedTypeSymbol { Name: "ReadOnlySpan" or "Span", TypeArguments: [{ SpecialType: SpecialType.System_Byte }] } => true,
        _ => false,
    };

    private static void Report(System.Action<Diagnostic> report, Location location, Location? additional, KnownCredentialApi api, string? target, int length)
    {
        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
            .Add(DiagnosticPropertyKeys.SecretKind, api.Kind.ToString())
            .Add(DiagnosticPropertyKeys.SuggestedName, api.SuggestedName)
            .Add(DiagnosticPropertyKeys.ValueForm, DiagnosticPropertyKeys.ValueFormBytes);
        string masked = ConstantKeyBytes.Mask(length);
        Diagnostic diagnostic = api.Kind == SecretKind.Password
            ? Diagnostic.Create(DiagnosticDescriptors.HardcodedCredential, location, additional is null ? null : new[] { additional }, properties, api.Description, target ?? "a variable", masked)
            : Diagnostic.Create(DiagnosticDescriptors.HardcodedToken, location, additional is null ? null : new[] { additional }, properties, api.Description, masked);
        report(diagnostic);
    }
}
