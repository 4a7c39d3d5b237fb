using Microsoft.CodeAnalysis;

namespace SecretAnalyzers.CodeFixes;

internal enum SecretEditKind
{
    /// <summary>Replace the node (a literal or a reference to the symbol that held it) by a call to the accessor.</summary>
    ReplaceWithAccessor,

    /// <summary>Replace a string literal by an interpolated string that keeps the text around the credential.</summary>
    ReplaceCredential,

    /// <summary>
    /// Replace a text piece of an interpolated string by the text around the credential and an interpolation reading
    /// it (<c>$"Server={host};Password={Secrets.DbPassword};"</c>).
    /// </summary>
    ReplaceInterpolatedText,

    /// <summary>Remove the declarator of a const or field that only held the secret and is no longer used.</summary>
    RemoveDeclarator,

    /// <summary>Turn the const declaration holding the literal into a <c>static readonly</c> field or a plain local.</summary>
    DropConst,

    /// <summary>Remove the default value of a parameter (<c>string password = "…"</c> → <c>string password</c>).</summary>
    RemoveParameterDefault,

    /// <summary>Pass the accessor by name at a call that relied on the removed default (<c>M(x, password: Secrets.Password)</c>).</summary>
    AddNamedArgument,
}

/// <summary>One syntax edit of a move, in the document that holds <see cref="Node"/>.</summary>
internal sealed class SecretEdit
{
    public SecretEdit(DocumentId documentId, SyntaxNode node, SecretEditKind kind, AccessContext context, string? prefix = null, string? suffix = null, string? parameterName = null)
    {
        ParameterName = parameterName;
        DocumentId = documentId;
        Node = node;
        Kind = kind;
        Context = context;
        Prefix = prefix;
        Suffix = suffix;
    }

    public DocumentId DocumentId { get; }

    public SyntaxNode Node { get; }

    public SecretEditKind Kind { get; }

    public AccessContext Context { get; }

    /// <summary>For <see cref="SecretEditKind.ReplaceCredential"/> and <see cref="SecretEditKind.ReplaceInterpolatedText"/>: the text before the credential.</summary>
    public string? Prefix { get; }

    /// <summary>For <see cref="SecretEditKind.ReplaceCredential"/> and <see cref="SecretEditKind.ReplaceInterpolatedText"/>: the text after the credential.</summary>
    public string? Suffix { get; }

    /// <summary>For <see cref="SecretEditKind.AddNamedArgument"/>: the parameter to name.</summary>
    public string? ParameterName { get; }
}
