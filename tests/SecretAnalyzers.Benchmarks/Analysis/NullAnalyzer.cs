using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretAnalyzers.Benchmarks.Analysis;

/// <summary>
/// The floor: registers exactly what one of our analyzers registers (same action kinds, syntax kinds, operation
/// kinds, symbol kinds, same compilation-start nesting, concurrency and generated-code settings) and does
/// nothing in the callbacks. What the driver spends on it (binding, building operation trees, dispatching
/// callbacks) any analyzer with those registrations pays; the rest of our time is ours.
/// </summary>
// Built by the harness from recorded registrations, never loaded by a host (RS1001); its block/symbol starts are
// empty on purpose: they mirror ours without doing anything (RS1012).
#pragma warning disable RS1001, RS1012
internal sealed class NullAnalyzer : DiagnosticAnalyzer
{
    private readonly RegistrationShape _shape;
    private readonly DiagnosticDescriptor _rule;

    public NullAnalyzer(string mirrors, int index, RegistrationShape shape, bool enabledByDefault)
    {
        Mirrors = mirrors;
        _shape = shape;
        _rule = new DiagnosticDescriptor(
            "NULL" + index.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
            "Never reported",
            "Never reported",
            "Benchmark",
            DiagnosticSeverity.Warning,
            enabledByDefault);
    }

    public string Mirrors { get; }

    /// <summary>When set (profiling only), operation callbacks count invocations per operation kind instead of doing nothing.</summary>
    public static ConcurrentDictionary<OperationKind, long>? OperationCounts { get; set; }

    private static Action<OperationAnalysisContext> OperationCallback =>
        OperationCounts is { } counts ? c => counts.AddOrUpdate(c.Operation.Kind, 1, static (_, n) => n + 1) : static _ => { };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(_rule);

    public override void Initialize(AnalysisContext context)
    {
        if (_shape.ConcurrentExecution)
        {
            context.EnableConcurrentExecution();
        }

        if (_shape.GeneratedCode is { } flags)
        {
            context.ConfigureGeneratedCodeAnalysis(flags);
        }

        foreach (var action in _shape.Root)
        {
            RegisterAtRoot(context, action);
        }

        foreach (var start in _shape.CompilationStarts)
        {
            var actions = start;
            context.RegisterCompilationStartAction(c => RegisterAtStart(c, actions));
        }
    }

    private static void RegisterAtRoot(AnalysisContext context, RegisteredAction action)
    {
        switch (action.Kind)
        {
            case ActionKind.Compilation: context.RegisterCompilationAction(static _ => { }); break;
            case ActionKind.SemanticModel: context.RegisterSemanticModelAction(static _ => { }); break;
            case ActionKind.Symbol: context.RegisterSymbolAction(static _ => { }, action.SymbolKinds); break;
            case ActionKind.SymbolStart: context.RegisterSymbolStartAction(static _ => { }, action.SymbolKinds[0]); break;
            case ActionKind.CodeBlockStart: context.RegisterCodeBlockStartAction<SyntaxKind>(static _ => { }); break;
            case ActionKind.CodeBlock: context.RegisterCodeBlockAction(static _ => { }); break;
            case ActionKind.SyntaxTree: context.RegisterSyntaxTreeAction(static _ => { }); break;
            case ActionKind.AdditionalFile: context.RegisterAdditionalFileAction(static _ => { }); break;
            case ActionKind.SyntaxNode: context.RegisterSyntaxNodeAction(static _ => { }, action.SyntaxKinds); break;
            case ActionKind.OperationBlockStart: context.RegisterOperationBlockStartAction(static _ => { }); break;
            case ActionKind.OperationBlock: context.RegisterOperationBlockAction(static _ => { }); break;
            case ActionKind.Operation: context.RegisterOperationAction(OperationCallback, action.OperationKinds); break;
            default: throw new InvalidOperationException("Not a root action: " + action.Kind);
        }
    }

    private static void RegisterAtStart(CompilationStartAnalysisContext context, IReadOnlyList<RegisteredAction> actions)
    {
        foreach (var action in actions)
        {
            switch (action.Kind)
            {
                case ActionKind.CompilationEnd: context.RegisterCompilationEndAction(static _ => { }); break;
                case ActionKind.SemanticModel: context.RegisterSemanticModelAction(static _ => { }); break;
                case ActionKind.Symbol: context.RegisterSymbolAction(static _ => { }, action.SymbolKinds); break;
                case ActionKind.SymbolStart: context.RegisterSymbolStartAction(static _ => { }, action.SymbolKinds[0]); break;
                case ActionKind.CodeBlockStart: context.RegisterCodeBlockStartAction<SyntaxKind>(static _ => { }); break;
                case ActionKind.CodeBlock: context.RegisterCodeBlockAction(static _ => { }); break;
                case ActionKind.SyntaxTree: context.RegisterSyntaxTreeAction(static _ => { }); break;
                case ActionKind.AdditionalFile: context.RegisterAdditionalFileAction(static _ => { }); break;
                case ActionKind.SyntaxNode: context.RegisterSyntaxNodeAction(static _ => { }, action.SyntaxKinds); break;
                case ActionKind.OperationBlockStart: context.RegisterOperationBlockStartAction(static _ => { }); break;
                case ActionKind.OperationBlock: context.RegisterOperationBlockAction(static _ => { }); break;
                case ActionKind.Operation: context.RegisterOperationAction(OperationCallback, action.OperationKinds); break;
                default: throw new InvalidOperationException("Not a compilation-start action: " + action.Kind);
            }
        }
    }
}
#pragma warning restore RS1001, RS1012
