using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Analyzers;

/// <summary>
/// Value flow for the single-value members of one type (<see cref="MemberSource"/>): collects, while the type's code
/// is analysed, the first read of each member that lands in a credential sink, and any write that disqualifies it;
/// at the type's end reports each secret once, at its initializer, with that read as additional location.
/// </summary>
internal sealed class MemberFlow
{
    private readonly Dictionary<ISymbol, MemberSource> _sources;
    private readonly KnownCredentialApiIndex _apis;
    private readonly Func<MemberSource, SecretSink, SecretFinding?> _detect;
    private readonly Action<Action<Diagnostic>, MemberSource, FlowResult> _report;
    private readonly Dictionary<ISymbol, FlowResult> _found = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> _written = new(SymbolEqualityComparer.Default);

    public MemberFlow(
        Dictionary<ISymbol, MemberSource> sources,
        KnownCredentialApiIndex apis,
        Func<MemberSource, SecretSink, SecretFinding?> detect,
        Action<Action<Diagnostic>, MemberSource, FlowResult> report)
    {
        _sources = sources;
        _apis = apis;
        _detect = detect;
        _report = report;
    }

    public void AnalyzeReference(OperationAnalysisContext context)
    {
        ISymbol? member = context.Operation switch
        {
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation property => property.Property,
            _ => null,
        };

        if (member is null || !_sources.TryGetValue(member.OriginalDefinition, out MemberSource? source))
        {
            return;
        }

        if (ValueFlow.IsWrite(context.Operation))
        {
            // The constructor assignment that gives a member without an initializer its value is its source.
            if (source.ConstructorWrite?.Left.Span.Contains(context.Operation.Syntax.Span) != true)
            {
                lock (_written)
                {
                    _written.Add(source.Member);
                }
            }

            return;
        }

        if (context.Operation.SemanticModel is not { } model)
        {
            return;
        }

        FlowResult? result = ValueFlow.Follow(context.Operation, model, context.ContainingSymbol, _apis, sink => _detect(source, sink), context.CancellationToken);
        if (result is null)
        {
            return;
        }

        lock (_found)
        {
            // Callbacks run concurrently: keep the first read in source order, so the report does not depend on timing.
            if (!_found.TryGetValue(source.Member, out FlowResult? earlier) || IsBefore(result.SinkLocation, earlier.SinkLocation))
            {
                _found[source.Member] = result;
            }
        }
    }

    public void ReportFindings(SymbolAnalysisContext context)
    {
        // B = A: both carry A's literal; it is reported once, with the first read that made it a secret.
        var byLiteral = new Dictionary<SyntaxNode, KeyValuePair<MemberSource, FlowResult>>();
        foreach (KeyValuePair<ISymbol, FlowResult> found in _found)
        {
            MemberSource source = _sources[found.Key];
            if (!_written.Contains(found.Key)
                && (!byLiteral.TryGetValue(source.Initializer, out KeyValuePair<MemberSource, FlowResult> other)
                    || IsBefore(found.Value.SinkLocation, other.Value.SinkLocation)))
            {
                byLiteral[source.Initializer] = new KeyValuePair<MemberSource, FlowResult>(source, found.Value);
            }
        }

        foreach (KeyValuePair<MemberSource, FlowResult> report in byLiteral.Values)
        {
            _report(context.ReportDiagnostic, report.Key, report.Value);
        }
    }

    private static bool IsBefore(Location a, Location b)
    {
        int byPath = string.CompareOrdinal(a.SourceTree?.FilePath, b.SourceTree?.FilePath);
        return byPath != 0 ? byPath < 0 : a.SourceSpan.Start < b.SourceSpan.Start;
    }
}
