using Microsoft.CodeAnalysis;

namespace SecretAnalyzers.Analyzers;

/// <summary>Where a constant string ends up: the name that decides whether it is a credential, and what holds it.</summary>
internal readonly struct SecretSink
{
    public static readonly SecretSink None = default;

    public SecretSink(string? name, string? holdingSymbol, KnownCredentialApi? knownApi, string? target, ISymbol? holder = null)
    {
        Name = name;
        HoldingSymbol = holdingSymbol;
        KnownApi = knownApi;
        Target = target;
        Holder = holder;
    }

    /// <summary>Symbol, parameter or dictionary-key name used to classify the value; null when nothing names it.</summary>
    public string? Name { get; }

    /// <summary>The const, field, property or local whose initializer is the value.</summary>
    public string? HoldingSymbol { get; }

    /// <summary>The symbol behind <see cref="HoldingSymbol"/>, when the value is its initializer: where value flow starts.</summary>
    public ISymbol? Holder { get; }

    /// <summary>Set when the value flows into a known credential parameter or property.</summary>
    public KnownCredentialApi? KnownApi { get; }

    /// <summary>Text for the message: where the value flows.</summary>
    public string? Target { get; }

    /// <summary>True when a name or a known API decides about the value.</summary>
    public bool IsNamed => Name is not null || KnownApi is not null;

    public static SecretSink Named(string? name) => name is null ? None : new SecretSink(name, null, null, name);

    public static SecretSink Holding(ISymbol holder) => new(holder.Name, holder.Name, null, holder.Name, holder);

    public static SecretSink Known(KnownCredentialApi api, string target) => new(null, null, api, target);
}
