using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Analyzers;

/// <summary>
/// Reports hardcoded secrets in C# code: SEC0001 (a constant flowing into a credential-named symbol or a known
/// credential parameter), SEC0002 (a known token / key format, or a random value under a key/token name) and
/// SEC0003 (a connection string or URI with a password). One analyzer serves the three rules so every constant is
/// examined once and gets at most one of them (SEC0002 over SEC0003 over SEC0001).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardcodedSecretAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.HardcodedCredential,
        DiagnosticDescriptors.HardcodedToken,
        DiagnosticDescriptors.ConnectionStringWithCredentials);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            bool isTestCode = TestCodePolicy.IsTestProject(start.Compilation, start.Options.AnalyzerConfigOptionsProvider);
            if (isTestCode && TestCodePolicy.Read(start.Compilation, start.Options.AnalyzerConfigOptionsProvider) == TestCodeMode.Ignore)
            {
                return;
            }

            var analysis = new CompilationAnalysis(start.Compilation, start.Options.AnalyzerConfigOptionsProvider, isTestCode);
            start.RegisterOperationAction(
                analysis.AnalyzeStringConstant,
                OperationKind.Literal,
                OperationKind.InterpolatedString,
                OperationKind.Binary);
            start.RegisterOperationAction(analysis.AnalyzeUtf8String, OperationKind.Utf8String);
            start.RegisterOperationAction(
                analysis.AnalyzeReference, OperationKind.FieldReference, OperationKind.LocalReference, OperationKind.PropertyReference);
            start.RegisterSymbolStartAction(analysis.StartType, SymbolKind.NamedType);
        });
    }

    /// <summary>Per-compilation state: known APIs resolved once, options per syntax tree.</summary>
    private sealed class CompilationAnalysis
    {
        private const int MaxChain = 4;
        private readonly Compilation _compilation;
        private readonly KnownCredentialApiIndex _apis;
        private readonly bool _isTestCode;
        private readonly DetectionOptionsCache _options;
        private readonly ConcurrentDictionary<ISymbol, MemberSource?> _memberSources = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ISymbol, bool> _writtenMembers = new(SymbolEqualityComparer.Default);

        public CompilationAnalysis(Compilation compilation, AnalyzerConfigOptionsProvider optionsProvider, bool isTestCode)
        {
            _compilation = compilation;
            _apis = KnownCredentialApiIndex.Create(compilation);
            _options = new DetectionOptionsCache(optionsProvider);
            _isTestCode = isTestCode;
        }

        public void AnalyzeStringConstant(OperationAnalysisContext context)
        {
            IOperation operation = context.Operation;
            Optional<object?> constant = operation.ConstantValue;
            if (!constant.HasValue || constant.Value is not string value || value.Length < SecretScanner.MinValueLength)
            {
                return;
            }

            if (SinkResolver.IsDefaultArgumentValue(operation))
            {
                return; // a call site that relies on a default parameter value: reported once, at the literal
            }

            bool partOfLargerValue = false;
            switch (operation.Parent)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation:
                    if (concatenation.ConstantValue.HasValue)
                    {
                        return; // the whole constant concatenation is analysed once, at its top
                    }

                    partOfLargerValue = true;
                    break;

                case IInterpolatedStringTextOperation or IInterpolationOperation:
                    if (operation.Parent.Parent?.ConstantValue.HasValue == true)
                    {
                        return;
                    }

                    partOfLargerValue = true;
                    break;
            }

            // A piece of a non-constant string is never reported by name (the value is not a constant), but may
            // still hold a token or a connection-string password.
            Analyze(context, operation, value, partOfLargerValue);
        }

        public void AnalyzeUtf8String(OperationAnalysisContext context)
        {
            if (context.Operation is IUtf8StringOperation utf8 && utf8.Value is { Length: >= SecretScanner.MinValueLength } value)
            {
                Analyze(context, utf8, value, freeOnly: false);
            }
        }

        /// <summary>
        /// Every field, local and property read, once: only a string member or local can carry a value, and its symbol
        /// says whether it is a const (<see cref="AnalyzeConstantReference"/>) or a single-value member of another
        /// type (<see cref="AnalyzeMemberOfAnotherType"/>) without asking the operation for anything. One callback
        /// rather than one per kind of read: a project reads fields and properties hundreds of thousands of times.
        /// </summary>
        public void AnalyzeReference(OperationAnalysisContext context)
        {
            switch (context.Operation)
            {
                case IFieldReferenceOperation { Field: { Type.SpecialType: SpecialType.System_String } field }:
                    if (field.IsConst)
                    {
                        AnalyzeConstantReference(context, field);
                    }
                    else
                    {
                        AnalyzeMemberOfAnotherType(context, field.OriginalDefinition);
                    }

                    break;

                case ILocalReferenceOperation { Local: { IsConst: true, Type.SpecialType: SpecialType.System_String } local }:
                    AnalyzeConstantReference(context, local);
                    break;

                case IPropertyReferenceOperation { Property: { IsIndexer: false, Type.SpecialType: SpecialType.System_String } property }:
                    AnalyzeMemberOfAnotherType(context, property.OriginalDefinition);
                    break;
            }
        }

        /// <summary>
        /// A const with a neutral name (const string DefaultValue = "…") that flows into a credential: reported at the
        /// reference, with the const's literal as additional location. Consts whose own declaration is reported are skipped.
        /// </summary>
        private void AnalyzeConstantReference(OperationAnalysisContext context, ISymbol symbol)
        {
            IOperation operation = context.Operation;
            if (operation.Parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, ConstantValue.HasValue: true }
                || IsFollowedFromItsValue(symbol, context.ContainingSymbol, context.CancellationToken))
            {
                return;
            }

            Optional<object?> constant = operation.ConstantValue;
            if (!constant.HasValue || constant.Value is not string value || value.Length < SecretScanner.MinValueLength
                || IsItsOwnName(value, symbol.Name) || WordLikeValues.NamesANonSecret(symbol.Name))
            {
                return;
            }

            DetectionOptions options = GetOptions(operation.Syntax.SyntaxTree);
            if (!ShouldReport(options) || WordLikeValues.IsWordSlug(value) || SecretScanner.Analyze(symbol.Name, value, options) is not null)
            {
                return;
            }

            SecretSink sink = SinkResolver.Resolve(operation, context.ContainingSymbol, _apis);
            SecretFinding? finding = sink.IsNamed ? Detect(sink, value, options) : null;
            Location? further = null;
            if (finding is null && operation.SemanticModel is { } model)
            {
                // var x = Defaults.Value; Login(user, x) or $"…;Password={Defaults.Value}": followed like a member of this type.
                FlowResult? flow = ValueFlow.Follow(operation, model, context.ContainingSymbol, _apis, s => DetectAtSink(s, value, options), context.CancellationToken);
                if (flow is null)
                {
                    return;
                }

                (finding, sink, further) = (flow.Finding, flow.Sink, flow.SinkLocation);
            }

            if (finding is null || finding.IsDocumentedExample || (finding.RuleId == RuleIdentifiers.HardcodedCredential
                && sink.KnownApi is null && SinkResolver.IsInAttribute(operation.Syntax)))
            {
                return;
            }

            if (!KeepInTestCode(finding, value, options))
            {
                return;
            }

            // A const declared in another project (or used outside its own type) is reported where it is used; the
            // message names it, and its literal is an additional location only when it lies in this compilation.
            Location? declaration = DeclarationValueLocation(symbol);
            string target = (sink.Target ?? "a variable") + " via " + (symbol is IFieldSymbol constField ? constField.ContainingType.Name + "." : string.Empty) + symbol.Name;
            Location read = operation.Syntax.GetLocation();
            Report(
                context.ReportDiagnostic,
                read,
                declaration,
                finding,
                new SecretSink(sink.Name, symbol.Name, sink.KnownApi, target),
                further is null || further.Equals(read) ? null : further);
        }

        /// <summary>
        /// A single-value member of another type (<c>Defaults.Fallback</c>, a <c>static readonly</c> field or get-only
        /// auto-property holding a literal) read where a credential goes: reported at the read, like a const of another
        /// type, with the member's literal (and the sink, when the value travels further) as additional locations.
        /// Reads inside the member's own type are followed by <see cref="MemberFlow"/>.
        /// </summary>
        private void AnalyzeMemberOfAnotherType(OperationAnalysisContext context, ISymbol member)
        {
            IOperation operation = context.Operation;

            // A member from metadata has no literal to follow; one of the reading type is MemberFlow's.
            if (member.DeclaringSyntaxReferences.Length != 1
                || SymbolEqualityComparer.Default.Equals(context.ContainingSymbol?.ContainingType, member.ContainingType)
                || ValueFlow.IsWrite(operation) || operation.SemanticModel is not { } model
                || SourceOf(member, context.CancellationToken) is not { } source
                || WordLikeValues.NamesANonSecret(member.Name) || IsItsOwnName(source.Value, member.Name))
            {
                return;
            }

            DetectionOptions options = GetOptions(operation.Syntax.SyntaxTree);
            FlowResult? flow = ValueFlow.Follow(
                operation, model, context.ContainingSymbol, _apis, sink => DetectAtSink(sink, source.Value, options), context.CancellationToken);
            if (flow is null || IsWritten(member, context.CancellationToken))
            {
                return;
            }

            Location read = operation.Syntax.GetLocation();
            string target = (flow.Sink.Target ?? "a variable") + " via " + member.ContainingType.Name + "." + member.Name;
            Report(
                context.ReportDiagnostic,
                read,
                source.Initializer.GetLocation(),
                flow.Finding,
                new SecretSink(flow.Sink.Name, member.Name, flow.Sink.KnownApi, target),
                flow.SinkLocation.Equals(read) ? null : flow.SinkLocation);
        }

        /// <summary>
        /// Registers value flow for the type's single-value members (see <see cref="MemberSource"/>), only when it has
        /// any: a type without string fields or auto-properties costs one pass over its member list.
        /// </summary>
        public void StartType(SymbolStartAnalysisContext context)
        {
            Dictionary<ISymbol, MemberSource>? sources = null;
            foreach (ISymbol member in ((INamedTypeSymbol)context.Symbol).GetMembers())
            {
                if (member is IFieldSymbol or IPropertySymbol && SourceOf(member, context.CancellationToken) is { } source)
                {
                    (sources ??= new Dictionary<ISymbol, MemberSource>(SymbolEqualityComparer.Default)).Add(member, source);
                }
            }

            if (sources is null)
            {
                return;
            }

            var flow = new MemberFlow(
                sources,
                _apis,
                (source, sink) => WordLikeValues.NamesANonSecret(source.Member.Name) ? null : DetectAtSink(sink, source.Value, GetOptions(source.Initializer.SyntaxTree)),
                ReportFlow);
            context.RegisterOperationAction(flow.AnalyzeReference, OperationKind.FieldReference, OperationKind.PropertyReference);
            context.RegisterSymbolEndAction(flow.ReportFindings);
        }

        /// <summary>
        /// <c>const string AuthorizationCode = "authorization_code"</c>: a constant whose value spells its own name is
        /// a protocol word (a grant type, a claim, a header), whatever collection or credential-named member it ends up in.
        /// </summary>
        private static bool IsItsOwnName(string value, string name) =>
            value.Length <= 64 && Placeholders.Normalize(value, 0, value.Length) is { Length: > 0 } normalized
            && string.Equals(normalized, Placeholders.Normalize(name, 0, name.Length), StringComparison.Ordinal);

        /// <summary>A member or local whose value is followed from its initializer, so its reads are not reported one by one.</summary>
        private bool IsFollowedFromItsValue(ISymbol symbol, ISymbol? readFrom, System.Threading.CancellationToken cancellationToken)
        {
            if (symbol is ILocalSymbol)
            {
                return symbol.DeclaringSyntaxReferences.Length == 1
                    && symbol.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } value }
                    && value is not (IdentifierNameSyntax or MemberAccessExpressionSyntax);
            }

            return SourceOf(symbol, cancellationToken) is not null
                && SymbolEqualityComparer.Default.Equals(readFrom?.ContainingType, symbol.ContainingType);
        }

        /// <summary>
        /// The member's source when its value is followed (a neutral name the definition is not reported by), also
        /// through <c>B = A</c> initializers up to <see cref="MaxChain"/> members deep (a cycle ends there).
        /// </summary>
        private MemberSource? SourceOf(ISymbol member, System.Threading.CancellationToken cancellationToken, int depth = 0)
        {
            if (_memberSources.TryGetValue(member, out MemberSource? cached))
            {
                return cached;
            }

            MemberSource? source = MemberSource.TryCreate(member, cancellationToken);
            if (source is null && depth < MaxChain && MemberSource.NameInitializer(member, cancellationToken) is { } name
                && InitializerName.Resolve(member, name, _compilation) is { } read
                && !SymbolEqualityComparer.Default.Equals(read, member)
                && SourceOf(read.OriginalDefinition, cancellationToken, depth + 1) is { } root
                && !IsWritten(read.OriginalDefinition, cancellationToken))
            {
                source = MemberSource.Through(member, name, root);
            }

            if (source is not null)
            {
                DetectionOptions options = GetOptions(source.Initializer.SyntaxTree);
                if (!ShouldReport(options) || Detect(SecretSink.Holding(member), source.Value, options) is not null)
                {
                    source = null; // reported (or not) at its definition, by its own name or value
                }
            }

            // Deeper in a chain the depth limit may have cut the answer short: only a whole answer is kept.
            return depth == 0 ? _memberSources.GetOrAdd(member, source) : source;
        }

        private bool IsWritten(ISymbol member, System.Threading.CancellationToken cancellationToken) =>
            _writtenMembers.GetOrAdd(member, m => MemberWrites.IsWrittenInItsType(m, cancellationToken, MemberSource.TryCreate(m, cancellationToken)?.ConstructorWrite));

        /// <summary>
        /// A value that reaches a credential through flow: a lowercase word slug ("no-encryption",
        /// "--allow-insecure-datafolder") is a mode or switch there, for every kind of credential.
        /// </summary>
        private SecretFinding? DetectAtSink(SecretSink sink, string value, DetectionOptions options) =>
            !WordLikeValues.IsWordSlug(value) && Detect(sink, value, options) is { IsDocumentedExample: false } finding
            && KeepInTestCode(finding, value, options) ? finding : null;

        private static void ReportFlow(Action<Diagnostic> report, MemberSource source, FlowResult flow) =>
            Report(report, source.Initializer.GetLocation(), flow.SinkLocation, flow.Finding, Through(flow.Sink, source.Member), source.Origin);

        private static SecretSink Through(SecretSink sink, ISymbol holder) =>
            new(sink.Name, holder.Name, sink.KnownApi, (sink.Target ?? "a variable") + " via " + holder.Name);

        private void Analyze(OperationAnalysisContext context, IOperation operation, string value, bool freeOnly)
        {
            DetectionOptions options = GetOptions(operation.Syntax.SyntaxTree);
            if (!ShouldReport(options))
            {
                return;
            }

            SecretSink sink = freeOnly ? SecretSink.None : SinkResolver.Resolve(operation, context.ContainingSymbol, _apis);
            string? defaultOf = freeOnly ? null : DefaultValueAttributeSink.MemberName(operation);
            if (defaultOf is not null)
            {
                sink = SecretSink.Named(defaultOf); // [DefaultValue("…")] string Password: the attribute gives the value
            }

            SecretFinding? finding = Detect(sink, value, options);
            if (finding is null && ValueFlow.KeyBefore(operation) is { } key)
            {
                // string.Concat("Password=", "…"): the piece is named by the key before it, as in a constant concatenation.
                sink = SecretSink.Named(key);
                finding = DetectAtSink(sink, value, options);
            }

            if (finding is null && BasicPasswordPart.Resolve(operation, context.ContainingSymbol, _apis) is { IsNamed: true } basic)
            {
                (sink, finding) = (basic, Detect(basic, value, options)); // GetBytes(user + ":" + "…") into a Basic header
            }

            if (finding is null && sink.Holder is ILocalSymbol local && operation.SemanticModel is { } model)
            {
                // var fallback = "…"; Login(user, fallback): reported once, here, with the read as additional location.
                // A word slug is never a finding at a followed sink (DetectAtSink), so its scope is not walked at all.
                FlowResult? flow = WordLikeValues.NamesANonSecret(local.Name) || WordLikeValues.IsWordSlug(value) ? null : ValueFlow.FollowLocal(
                    local, model, context.ContainingSymbol, _apis, s => DetectAtSink(s, value, options), context.CancellationToken);
                if (flow is not null)
                {
                    Report(context.ReportDiagnostic, operation.Syntax.GetLocation(), flow.SinkLocation, flow.Finding, Through(flow.Sink, local));
                }

                return;
            }

            if (finding is null || finding.IsDocumentedExample || IsProductDefault(finding, value, context.ContainingSymbol)
                || IsComparedSentinel(finding, operation, value) || IsDemoAccount(finding, operation, value))
            {
                return;
            }

            if (sink.Name is not null && sink.KnownApi is null && defaultOf is null && SinkResolver.IsInAttribute(operation.Syntax))
            {
                // [Display(Name = "Password")], [InlineData("password", "x")]: names in attributes describe, they do not store.
                finding = SecretScanner.Analyze(null, value, options);
                if (finding is null || finding.IsDocumentedExample)
                {
                    return;
                }

                sink = SecretSink.None;
            }

            if (!KeepInTestCode(finding, value, options) || IsReportedAtItsDeclaration(operation, finding, options))
            {
                return;
            }

            Report(context.ReportDiagnostic, operation.Syntax.GetLocation(), null, finding, sink);
        }

        /// <summary>
        /// <c>class DelugeSettings { Password = "deluge"; }</c>: a password that is a word of its own type's name is the
        /// product's documented default (a settings default users are told to change), not a secret of this code.
        /// </summary>
        private static bool IsProductDefault(SecretFinding finding, string value, ISymbol? containingSymbol)
        {
            if (finding.RuleId != RuleIdentifiers.HardcodedCredential || value.Length < 4 || containingSymbol?.ContainingType is not { } type)
            {
                return false;
            }

            return ValueShape.IsSingleWord(value) && NameWords.Split(type.Name).Contains(value.ToLowerInvariant());
        }

        /// <summary>
        /// <c>passphrase == "no-encryption"</c>, <c>token != "none"</c>: a credential compared with a keyword or a word
        /// slug is tested for a mode, not checked against a secret. Stored there (<c>passphrase = "no-encryption"</c>) the
        /// same slug is still reported: weak passwords look the same.
        /// </summary>
        private static bool IsComparedSentinel(SecretFinding finding, IOperation operation, string value) =>
            finding.RuleId == RuleIdentifiers.HardcodedCredential && WordLikeValues.IsComparedSentinel(value)
            && ComparedValue.IsCompared(operation);

        /// <summary>
        /// <c>ApiUser + ":" + ApiPassword</c>, <c>"…;Password=" + DbPassword</c>: the secret sits in a const that is
        /// reported by its own name where it is declared; one secret, one finding.
        /// </summary>
        private static bool IsReportedAtItsDeclaration(IOperation operation, SecretFinding finding, DetectionOptions options) =>
            operation is IBinaryOperation or IInterpolatedStringOperation
            && ComposedConstantPiece.Holding(operation, finding.Start, finding.Length) is { } piece
            && (piece switch { IFieldSymbol field => field.ConstantValue, ILocalSymbol local => local.ConstantValue, _ => null }) is string value
            && SecretScanner.Analyze(piece.Name, value, options) is { IsDocumentedExample: false };

        private static bool IsDemoAccount(SecretFinding finding, IOperation operation, string value) =>
            finding.RuleId == RuleIdentifiers.HardcodedCredential && finding.Kind == SecretKind.Password
            && DemoAccount.IsDemoPassword(operation.Syntax, value);

        /// <summary>test_code = tokens (the default): in test projects only provider tokens and private keys count.</summary>
        private bool KeepInTestCode(SecretFinding finding, string value, DetectionOptions options) =>
            !_isTestCode || options.TestCode != TestCodeMode.Tokens
            || finding.Kind == SecretKind.PrivateKey || HighConfidenceSecrets.ContainsToken(value);

        private static SecretFinding? Detect(SecretSink sink, string value, DetectionOptions options) =>
            sink.KnownApi is { } api ? api.Analyze(value, options) : SecretScanner.Analyze(sink.Name, value, options);

        private bool ShouldReport(DetectionOptions options) => !_isTestCode || options.ReportTestCode;

        private DetectionOptions GetOptions(SyntaxTree tree) => _options.For(tree);

        private static Location? DeclarationValueLocation(ISymbol symbol)
        {
            ImmutableArray<SyntaxReference> references = symbol.DeclaringSyntaxReferences;
            if (references.Length == 0)
            {
                return null;
            }

            return references[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } initializer }
                ? initializer.GetLocation()
                : null;
        }

        private static Location[]? AdditionalLocations(Location? first, Location? second) =>
            first is null ? (second is null ? null : new[] { second }) : second is null ? new[] { first } : new[] { first, second };

        private static void Report(Action<Diagnostic> report, Location location, Location? additional, SecretFinding finding, SecretSink sink, Location? further = null)
        {
            ImmutableDictionary<string, string?>.Builder properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties.Add(DiagnosticPropertyKeys.SecretKind, finding.Kind.ToString());
            if (finding.SuggestedName is not null)
            {
                properties.Add(DiagnosticPropertyKeys.SuggestedName, finding.SuggestedName);
            }

            if (sink.HoldingSymbol is not null)
            {
                properties.Add(DiagnosticPropertyKeys.HoldingSymbol, sink.HoldingSymbol);
            }

            DiagnosticDescriptor descriptor;
            object[] arguments;
            switch (finding.RuleId)
            {
                case RuleIdentifiers.HardcodedCredential:
                    descriptor = DiagnosticDescriptors.HardcodedCredential;
                    arguments = new object[] { finding.Description, sink.Target ?? "a variable", finding.MaskedValue };
                    break;
                case RuleIdentifiers.ConnectionStringWithCredentials:
                    descriptor = DiagnosticDescriptors.ConnectionStringWithCredentials;
                    arguments = new object[] { finding.Description, finding.MaskedValue, finding.InGenericString ? "String" : "Connection string" };
                    properties.Add(DiagnosticPropertyKeys.CredentialStart, finding.Start.ToString(CultureInfo.InvariantCulture));
                    properties.Add(DiagnosticPropertyKeys.CredentialLength, finding.Length.ToString(CultureInfo.InvariantCulture));
                    break;
                default:
                    descriptor = DiagnosticDescriptors.HardcodedToken;
                    arguments = new object[] { finding.Description, finding.MaskedValue };
                    break;
            }

            report(Diagnostic.Create(
                descriptor,
                location,
                AdditionalLocations(additional, further),
                properties.ToImmutable(),
                arguments));
        }
    }
}
