using System;
using System.IO;
using SecretAnalyzers.Cli.CommandLine;
using SecretAnalyzers.Manifest;

namespace SecretAnalyzers.Cli.Init;

/// <summary>
/// The manifest's <c>defaults.idPrefix</c>: one application's secrets share a prefix (<c>shop/db-password</c>) so that
/// ids of different applications never collide in one AWS account and IAM policies can grant <c>shop/*</c>.
/// </summary>
internal static class IdPrefixes
{
    /// <summary>The project (or folder) name in kebab case: <c>OrderService.csproj</c> → <c>order-service</c>.</summary>
    public static string Default(string projectOrFolder) =>
        ManifestNames.ToKebabCase(Path.GetFileNameWithoutExtension(Path.TrimEndingDirectorySeparator(projectOrFolder)));

    /// <summary>
    /// <c>shop</c> → <c>shop/</c> (the manifest puts the prefix in front of ids as written); empty stays empty.
    /// Only characters both Secrets Manager and Parameter Store accept in names are allowed.
    /// </summary>
    public static string Normalize(string prefix)
    {
        var trimmed = prefix.Trim().Trim('/');
        if (trimmed.Length == 0)
        {
            return string.Empty;
        }

        foreach (var c in trimmed)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/'))
            {
                throw new UsageException($"The id prefix '{prefix}' may hold only letters, digits and - _ . /.");
            }
        }

        return trimmed + "/";
    }
}
