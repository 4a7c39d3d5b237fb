using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SecretAnalyzers.Analyzers;

/// <summary>
/// Whether a literal is the value something is compared with (<c>==</c>, <c>!=</c>, <c>Equals</c>, <c>Compare</c>,
/// <c>is</c> patterns, <c>case</c> labels) rather than stored: the shapes <see cref="SinkResolver"/> names by the
/// other side of the comparison.
/// </summary>
internal static class ComparedValue
{
    public static bool IsCompared(IOperation literal)
    {
        IOperation current = literal;
        while (current.Parent is IConversionOperation conversion)
        {
            current = conversion;
        }

        return current.Parent switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } => true,
            IInvocationOperation call => call.Instance == current && IsComparisonName(call.TargetMethod.Name),
            IArgumentOperation { Parent: IInvocationOperation call } => IsComparisonName(call.TargetMethod.Name),
            IConstantPatternOperation or ISingleValueCaseClauseOperation => true,
            _ => false,
        };
    }

    private static bool IsComparisonName(string name) =>
        name is "Equals" or "CompareTo" or "Compare" or "CompareOrdinal" or "SequenceEqual" or "FixedTimeEquals";
}
