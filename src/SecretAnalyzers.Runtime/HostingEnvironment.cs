using System;
using System.IO;

namespace SecretAnalyzers.Runtime;

/// <summary>
/// What the runtime knows of the host without the host: the environment name and content root as the .NET hosts
/// read them from the process environment, so that secrets read before <c>builder.Build()</c> follow the same rules.
/// </summary>
internal static class HostingEnvironment
{
    public const string Development = "Development";

    /// <summary>ASPNETCORE_ENVIRONMENT, else DOTNET_ENVIRONMENT, else Production (the hosts' default).</summary>
    public static string CurrentName =>
        Read("ASPNETCORE_ENVIRONMENT") ?? Read("DOTNET_ENVIRONMENT") ?? "Production";

    /// <summary>ASPNETCORE_CONTENTROOT, else DOTNET_CONTENTROOT, else the current directory (the hosts' default).</summary>
    public static string CurrentContentRoot =>
        Read("ASPNETCORE_CONTENTROOT") ?? Read("DOTNET_CONTENTROOT") ?? Directory.GetCurrentDirectory();

    /// <summary>
    /// Whether the application references SecretAnalyzers.Runtime.Aws (probed by name: the runtime must not depend on it).
    /// Asked only on the error path.
    /// </summary>
    public static bool AwsPackageReferenced =>
        Type.GetType("SecretAnalyzers.Runtime.AwsSecretProviderBuilderExtensions, SecretAnalyzers.Runtime.Aws", throwOnError: false) is not null;

    public static bool IsDevelopment(string? environmentName) =>
        string.Equals(environmentName, Development, StringComparison.OrdinalIgnoreCase);

    private static string? Read(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}
