using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretAnalyzers.Benchmarks.Analysis;

/// <summary>What kind of callback an analyzer registered.</summary>
internal enum ActionKind
{
    CompilationStart,
    Compilation,
    CompilationEnd,
    SemanticModel,
    Symbol,
    SymbolStart,
    CodeBlockStart,
    CodeBlock,
    SyntaxTree,
    AdditionalFile,
    SyntaxNode,
    OperationBlockStart,
    OperationBlock,
    Operation,
}

/// <summary>One registered callback: its kind and the syntax/operation/symbol kinds it was registered for.</summary>
internal sealed record RegisteredAction(
    ActionKind Kind,
    ImmutableArray<SyntaxKind> SyntaxKinds,
    ImmutableArray<OperationKind> OperationKinds,
    ImmutableArray<SymbolKind> SymbolKinds)
{
    public static RegisteredAction Of(ActionKind kind) => new(kind, ImmutableArray<SyntaxKind>.Empty, ImmutableArray<OperationKind>.Empty, ImmutableArray<SymbolKind>.Empty);

    public override string ToString()
    {
        var kinds = SyntaxKinds.Select(k => k.ToString())
            .Concat(OperationKinds.Select(k => k.ToString()))
            .Concat(SymbolKinds.Select(k => k.ToString()))
            .ToList();
        return kinds.Count == 0 ? Kind.ToString() : $"{Kind}({string.Join(", ", kinds)})";
    }
}

/// <summary>
/// Everything an analyzer registers: at Initialize and inside each compilation-start action. Nested block/symbol
/// start actions are recorded as such, but what they register inside is only known per block at run time.
/// </summary>
internal sealed class RegistrationShape
{
    public bool ConcurrentExecution { get; set; }

    public GeneratedCodeAnalysisFlags? GeneratedCode { get; set; }

    public List<RegisteredAction> Root { get; } = new();

    public List<List<RegisteredAction>> CompilationStarts { get; } = new();

    public IEnumerable<RegisteredAction> AllActions => Root.Concat(CompilationStarts.SelectMany(s => s));

    public bool HasNestedStartActions => AllActions.Any(a => a.Kind is ActionKind.SymbolStart or ActionKind.CodeBlockStart or ActionKind.OperationBlockStart);

    public string Describe()
    {
        var parts = new List<string>();
        if (Root.Count > 0)
        {
            parts.Add("Initialize: " + string.Join("; ", Root));
        }

        foreach (var start in CompilationStarts)
        {
            parts.Add("CompilationStart: " + (start.Count == 0 ? "(nothing)" : string.Join("; ", start)));
        }

        return string.Join(" | ", parts);
    }
}
