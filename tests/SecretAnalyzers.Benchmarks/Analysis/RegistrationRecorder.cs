using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretAnalyzers.Benchmarks.Analysis;

/// <summary>
/// Reads an analyzer's registrations by calling its Initialize (and its compilation-start actions, against the
/// real corpus compilation) with recording contexts. This keeps the null analyzer an exact mirror of the
/// current analyzers without copying their Initialize methods by hand.
/// </summary>
internal static class RegistrationRecorder
{
    public static RegistrationShape Record(DiagnosticAnalyzer analyzer, Compilation compilation, AnalyzerOptions options)
    {
        var shape = new RegistrationShape();
        var root = new RootContext(shape);
        analyzer.Initialize(root);
        foreach (var start in root.StartActions)
        {
            var actions = new List<RegisteredAction>();
            start(new StartContext(compilation, options, actions));
            shape.CompilationStarts.Add(actions);
        }

        return shape;
    }

    private static ImmutableArray<SyntaxKind> AsSyntaxKinds<TLanguageKindEnum>(ImmutableArray<TLanguageKindEnum> kinds)
        where TLanguageKindEnum : struct =>
        kinds.Select(k => (SyntaxKind)(object)k).ToImmutableArray();

    private sealed class RootContext : AnalysisContext
    {
        private readonly RegistrationShape _shape;

        public RootContext(RegistrationShape shape) => _shape = shape;

        public List<Action<CompilationStartAnalysisContext>> StartActions { get; } = new();

        private List<RegisteredAction> Actions => _shape.Root;

        public override void EnableConcurrentExecution() => _shape.ConcurrentExecution = true;

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => _shape.GeneratedCode = analysisMode;

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => StartActions.Add(action);

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => Actions.Add(RegisteredAction.Of(ActionKind.Compilation));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => Actions.Add(RegisteredAction.Of(ActionKind.SemanticModel));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) =>
            Actions.Add(RegisteredAction.Of(ActionKind.Symbol) with { SymbolKinds = symbolKinds });

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) =>
            Actions.Add(RegisteredAction.Of(ActionKind.SymbolStart) with { SymbolKinds = ImmutableArray.Create(symbolKind) });

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) =>
            Actions.Add(RegisteredAction.Of(ActionKind.CodeBlockStart));

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => Actions.Add(RegisteredAction.Of(ActionKind.CodeBlock));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => Actions.Add(RegisteredAction.Of(ActionKind.SyntaxTree));

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => Actions.Add(RegisteredAction.Of(ActionKind.AdditionalFile));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
            Actions.Add(RegisteredAction.Of(ActionKind.SyntaxNode) with { SyntaxKinds = AsSyntaxKinds(syntaxKinds) });

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => Actions.Add(RegisteredAction.Of(ActionKind.OperationBlockStart));

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => Actions.Add(RegisteredAction.Of(ActionKind.OperationBlock));

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            Actions.Add(RegisteredAction.Of(ActionKind.Operation) with { OperationKinds = operationKinds });
    }

    private sealed class StartContext : CompilationStartAnalysisContext
    {
        private readonly List<RegisteredAction> _actions;

        public StartContext(Compilation compilation, AnalyzerOptions options, List<RegisteredAction> actions)
            : base(compilation, options, CancellationToken.None) => _actions = actions;

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => _actions.Add(RegisteredAction.Of(ActionKind.CompilationEnd));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _actions.Add(RegisteredAction.Of(ActionKind.SemanticModel));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) =>
            _actions.Add(RegisteredAction.Of(ActionKind.Symbol) with { SymbolKinds = symbolKinds });

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) =>
            _actions.Add(RegisteredAction.Of(ActionKind.SymbolStart) with { SymbolKinds = ImmutableArray.Create(symbolKind) });

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) =>
            _actions.Add(RegisteredAction.Of(ActionKind.CodeBlockStart));

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _actions.Add(RegisteredAction.Of(ActionKind.CodeBlock));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _actions.Add(RegisteredAction.Of(ActionKind.SyntaxTree));

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => _actions.Add(RegisteredAction.Of(ActionKind.AdditionalFile));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
            _actions.Add(RegisteredAction.Of(ActionKind.SyntaxNode) with { SyntaxKinds = AsSyntaxKinds(syntaxKinds) });

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => _actions.Add(RegisteredAction.Of(ActionKind.OperationBlockStart));

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => _actions.Add(RegisteredAction.Of(ActionKind.OperationBlock));

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            _actions.Add(RegisteredAction.Of(ActionKind.Operation) with { OperationKinds = operationKinds });
    }
}
