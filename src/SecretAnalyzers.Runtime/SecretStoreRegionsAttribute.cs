using System;
using System.Collections.Generic;

namespace SecretAnalyzers.Runtime;

/// <summary>
/// The ordered AWS regions an application reads its secrets from (first = primary, the rest = failover), as written in
/// the manifest's <c>defaults.regions</c>. The source generator emits it as an assembly attribute so that the AWS
/// stores pick the list up when the code that wires them sets no regions itself.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
public sealed class SecretStoreRegionsAttribute : Attribute
{
    /// <summary>Creates the attribute with the regions in failover order.</summary>
    public SecretStoreRegionsAttribute(params string[] regions)
    {
        Regions = regions ?? Array.Empty<string>();
    }

    /// <summary>The region names in failover order (for example <c>us-east-1</c>, <c>us-west-2</c>).</summary>
    public IReadOnlyList<string> Regions { get; }
}
