using System.Collections.Generic;
using System.IO;
using System.Linq;
using SecretAnalyzers.Manifest;

namespace SecretAnalyzers.Cli.Init;

/// <summary>
/// What to do after <c>init</c>: keep the local file out of git, fill it, and create the secrets in AWS. The AWS
/// commands carry ids and a placeholder, never a value (a value typed into a command line lands in shell history).
/// </summary>
internal static class NextSteps
{
    private const string ValuePlaceholder = "'<value>'";

    public static void Write(TextWriter output, InitializedManifest manifest, string localFileDisplayPath)
    {
        var secrets = manifest.Model?.Secrets.ToList() ?? new List<ManifestSecret>();
        output.WriteLine();
        output.WriteLine("Next steps:");
        output.WriteLine($"  1. Keep {localFileDisplayPath} out of git: it is in .gitignore; 'git status' must not list it.");
        if (secrets.Count == 0)
        {
            output.WriteLine("  2. Move the secrets the analyzers found into the manifest: apply the code fix in the IDE, or run");
            output.WriteLine("       dotnet format analyzers --diagnostics SEC0001 SEC0002 SEC0003");
            output.WriteLine("     then run 'secretanalyzers init' again to add their ids to the local file.");
        }
        else
        {
            output.WriteLine($"  2. The manifest declares {secrets.Count} secret(s); the local file has a key for each id.");
        }

        output.WriteLine($"  3. Fill {localFileDisplayPath} with development values (never production ones).");
        output.WriteLine("  4. Create the production secrets in AWS (type the values yourself; they are not printed here):");
        if (secrets.Count == 0)
        {
            var prefix = manifest.IdPrefix;
            output.WriteLine($"       aws secretsmanager create-secret --name {prefix}<name> --secret-string {ValuePlaceholder}");
            output.WriteLine($"       aws ssm put-parameter --name /{prefix}<name> --type SecureString --value {ValuePlaceholder}");
            return;
        }

        foreach (var id in secrets.Where(s => s.Source == ManifestSecretSource.SecretsManager).Select(s => s.Id).Distinct())
        {
            output.WriteLine($"       aws secretsmanager create-secret --name {Quote(id)} --secret-string {ValuePlaceholder}");
        }

        foreach (var id in secrets.Where(s => s.Source == ManifestSecretSource.ParameterStore).Select(s => s.Id).Distinct())
        {
            output.WriteLine($"       aws ssm put-parameter --name {Quote(id)} --type SecureString --value {ValuePlaceholder}");
        }
    }

    /// <summary>Ids are plain (letters, digits, / _ + = . @ -); quote anything else for the shell.</summary>
    private static string Quote(string id) =>
        id.All(c => char.IsAsciiLetterOrDigit(c) || "/_+=.@-:".Contains(c)) ? id : "'" + id.Replace("'", "'\\''") + "'";
}
