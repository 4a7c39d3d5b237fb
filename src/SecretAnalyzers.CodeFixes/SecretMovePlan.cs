using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace SecretAnalyzers.CodeFixes;

/// <summary>
/// What moving one finding takes: the edits and the name wanted for the manifest entry. <see cref="Value"/> is the
/// secret itself; it only lives in memory to merge identical secrets in Fix All and is never written anywhere.
/// </summary>
internal sealed class SecretMovePlan
{
    public SecretMovePlan(ProjectId projectId, string value, string desiredName, IReadOnlyList<string> contextNames, string ruleId, string fileName, IReadOnlyList<SecretEdit> edits)
    {
        ContextNames = contextNames;
        ProjectId = projectId;
        Value = value;
        DesiredName = desiredName;
        RuleId = ruleId;
        FileName = fileName;
        Edits = edits;
    }

    public ProjectId ProjectId { get; }

    public string Value { get; }

    public string DesiredName { get; }

    /// <summary>Names around the secret, nearest first, to qualify <see cref="DesiredName"/> when it is taken.</summary>
    public IReadOnlyList<string> ContextNames { get; }

    public string RuleId { get; }

    /// <summary>The file the secret came from, for the entry's description.</summary>
    public string FileName { get; }

    public IReadOnlyList<SecretEdit> Edits { get; }
}
