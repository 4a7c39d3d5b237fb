using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SecretAnalyzers.CodeFixes;

/// <summary>
/// The spans already taken by earlier plans of one pass, so that two findings never rewrite the same code (the
/// first in document order wins; the other stays reported and is fixed by the next pass).
/// </summary>
internal sealed class EditClaims
{
    private readonly Dictionary<DocumentId, List<TextSpan>> _claimed = new();

    /// <summary>Claims every span the plan rewrites, or nothing when one of them is already claimed.</summary>
    public bool TryClaim(SecretMovePlan plan)
    {
        foreach (var edit in plan.Edits)
        {
            if (_claimed.TryGetValue(edit.DocumentId, out var spans) && spans.Any(span => span.OverlapsWith(EditedSpan(edit)) || span.Contains(EditedSpan(edit))))
            {
                return false;
            }
        }

        foreach (var edit in plan.Edits)
        {
            if (!_claimed.TryGetValue(edit.DocumentId, out var spans))
            {
                _claimed[edit.DocumentId] = spans = new List<TextSpan>();
            }

            spans.Add(EditedSpan(edit));
        }

        return true;
    }

    /// <summary>The span an edit rewrites: an interpolated text piece rewrites its whole interpolated string.</summary>
    private static TextSpan EditedSpan(SecretEdit edit) => edit.Kind switch
    {
        SecretEditKind.ReplaceInterpolatedText => edit.Node.Parent!.FullSpan,

        // Appends to the call's argument list; other edits may still rewrite what is inside the call.
        SecretEditKind.AddNamedArgument => new TextSpan(edit.Node.Span.End, 0),
        _ => edit.Node.FullSpan,
    };
}
