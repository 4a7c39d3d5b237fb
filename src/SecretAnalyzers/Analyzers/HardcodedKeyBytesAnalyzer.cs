using System.Collections.Generic;
using System.Collections.Immutable;
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
/// directly, through a single-assignment local, or through a readonly/private field of the same type. Reported as
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
            start.RegisterSymbolStartAction(analysis.StartType, SymbolKind.NamedType);
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

            if (sink.Holder is ILocalSymbol local && operation.SemanticModel is { } model)
            {
                // byte[] key = { … }; aes.Key = key;
                FlowResult? flow = ValueFlow.FollowLocal(local, model, context.ContainingSymbol, _apis, s => KeyFinding(s, bytes.Count), context.CancellationToken);
                if (flow is not null && flow.Sink.KnownApi is { } flowApi)
                {
                    Report(context.ReportDiagnostic, syntax.GetLocation(), flow.SinkLocation, flowApi, flow.Sink.Target + " via " + local.Name, bytes.Count);
                }
            }
        }

        /// <summary>Follows the type's constant byte-array fields into their reads, only when it has any.</summary>
        public void StartType(SymbolStartAnalysisContext context)
        {
            Dictionary<IFieldSymbol, (ExpressionSyntax Initializer, int Length)>? fields = null;
            foreach (ISymbol member in ((INamedTypeSymbol)context.Symbol).GetMembers())
            {
                if (member is IFieldSymbol { IsConst: false, IsImplicitlyDeclared: false } field && (field.IsReadOnly || field.DeclaredAccessibility == Accessibility.Private)
                    && IsByteSequence(field.Type) && field.DeclaringSyntaxReferences.Length == 1
                    && field.DeclaringSyntaxReferences[0].GetSyntax(context.CancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } initializer }
                    && KeyBytesSyntax.Read(initializer) is { } bytes && ConstantKeyBytes.LooksLikeKey(bytes))
                {
                    (fields ??= new Dictionary<IFieldSymbol, (ExpressionSyntax Initializer, int Length)>(SymbolEqualityComparer.Default)).Add(field, (initializer, bytes.Count));
                }
            }

            if (fields is null)
            {
                return;
            }

            var flow = new KeyFieldFlow(fields, _apis);
            context.RegisterOperationAction(flow.AnalyzeReference, OperationKind.FieldReference);
            context.RegisterSymbolEndAction(flow.ReportFindings);
        }
    }

    /// <summary>Collects, per key field, the first read that lands in a key sink and any write that disqualifies it.</summary>
    private sealed class KeyFieldFlow
    {
        private readonly Dictionary<IFieldSymbol, (ExpressionSyntax Initializer, int Length)> _fields;
        private readonly KnownCredentialApiIndex _apis;
        private readonly Dictionary<IFieldSymbol, FlowResult> _found = new(SymbolEqualityComparer.Default);
        private readonly HashSet<IFieldSymbol> _written = new(SymbolEqualityComparer.Default);

        public KeyFieldFlow(Dictionary<IFieldSymbol, (ExpressionSyntax Initializer, int Length)> fields, KnownCredentialApiIndex apis)
        {
            _fields = fields;
            _apis = apis;
        }

        public void AnalyzeReference(OperationAnalysisContext context)
        {
            if (context.Operation is not IFieldReferenceOperation { Field: var field } || !_fields.TryGetValue(field.OriginalDefinition, out (ExpressionSyntax Initializer, int Length) key))
            {
                return;
            }

            if (ValueFlow.IsWrite(context.Operation))
            {
                lock (_found)
                {
                    _written.Add(field.OriginalDefinition);
                }

                return;
            }

            if (context.Operation.SemanticModel is not { } model)
            {
                return;
            }

            FlowResult? result = ValueFlow.Follow(context.Operation, model, context.ContainingSymbol, _apis, s => KeyFinding(s, key.Length), context.CancellationToken);
            if (result is null)
            {
                return;
            }

            lock (_found)
            {
                // Callbacks run concurrently: keep the first read in source order, so the report does not depend on timing.
                if (!_found.TryGetValue(field.OriginalDefinition, out FlowResult? earlier) || MemberFlow.IsBefore(result.SinkLocation, earlier.SinkLocation))
                {
                    _found[field.OriginalDefinition] = result;
                }
            }
        }

        public void ReportFindings(SymbolAnalysisContext context)
        {
            foreach (KeyValuePair<IFieldSymbol, FlowResult> found in _found)
            {
                if (!_written.Contains(found.Key) && found.Value.Sink.KnownApi is { } api)
                {
                    (ExpressionSyntax Initializer, int Length) key = _fields[found.Key];
                    Report(context.ReportDiagnostic, key.Initializer.GetLocation(), found.Value.SinkLocation, api, found.Value.Sink.Target + " via " + found.Key.Name, key.Length);
                }
            }
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
