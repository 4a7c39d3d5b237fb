using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SecretAnalyzers.Analyzers;

/// <summary>
/// A constant composed from consts (<c>ApiUser + ":" + ApiPassword</c>, <c>$"Server=db;Password={DbPassword}"</c>):
/// the const whose value holds a finding's span. A secret already reported by its own name where the const is
/// declared is not reported a second time where it is composed.
/// </summary>
internal static class ComposedConstantPiece
{
    /// <summary>The const (field or local) read at the piece holding [start, start + length) of the composed value, or null.</summary>
    public static ISymbol? Holding(IOperation composed, int start, int length)
    {
        int offset = 0;
        return Find(composed, start, start + length, ref offset);
    }

    private static ISymbol? Find(IOperation operation, int start, int end, ref int offset)
    {
        switch (operation)
        {
            case IConversionOperation conversion:
                return Find(conversion.Operand, start, end, ref offset);

            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation:
                return Find(concatenation.LeftOperand, start, end, ref offset) ?? Find(concatenation.RightOperand, start, end, ref offset);

            case IInterpolatedStringOperation interpolated:
                foreach (IInterpolatedStringContentOperation part in interpolated.Parts)
                {
                    IOperation piece = part switch
                    {
                        IInterpolationOperation interpolation => interpolation.Expression,
                        IInterpolatedStringTextOperation literal => literal.Text,
                        _ => part,
                    };
                    if (Find(piece, start, end, ref offset) is { } found)
                    {
                        return found;
                    }
                }

                return null;
        }

        if (operation.ConstantValue.Value is not string text)
        {
            return null;
        }

        int pieceStart = offset;
        offset += text.Length;
        ISymbol? symbol = operation switch
        {
            IFieldReferenceOperation { Field.IsConst: true } field => field.Field,
            ILocalReferenceOperation { Local.IsConst: true } local => local.Local,
            _ => null,
        };

        return symbol is not null && start >= pieceStart && end <= offset ? symbol : null;
    }
}
