using SecretAnalyzers.Manifest;

namespace SecretAnalyzers.CodeFixes.Tests.Verifiers;

/// <summary>Expected manifest texts: the empty manifest <c>init</c> writes, with entries appended in order.</summary>
internal static class ExpectedManifest
{
    public static string With(params ManifestSecretEntryToAdd[] entries) => Append(CSharpCodeFixVerifier.EmptyManifest, entries);

    public static string Append(string manifest, params ManifestSecretEntryToAdd[] entries)
    {
        foreach (var entry in entries)
        {
            manifest = ManifestWriter.AddSecret(manifest, entry);
        }

        return manifest;
    }

    public static ManifestSecretEntryToAdd SecretsManager(string name, string id, string rule = "SEC0001", string file = "Test0.cs") =>
        new(name, "secretsmanager", id, Description: "Moved out of " + file + " by the " + rule + " code fix.");

    public static ManifestSecretEntryToAdd ParameterStore(string name, string id, string rule = "SEC0001", string file = "Test0.cs") =>
        new(name, "parameterstore", id, Description: "Moved out of " + file + " by the " + rule + " code fix.");
}
