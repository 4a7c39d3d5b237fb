using SecretAnalyzers.Manifest;

namespace SecretAnalyzers.Cli.Init;

/// <summary>The manifest <c>init</c> created or found.</summary>
/// <param name="ProjectDirectory">The folder of the project (or of the manifest when there is no project).</param>
/// <param name="Path">The manifest's full path.</param>
/// <param name="Created">Whether <c>init</c> wrote it (false: an existing manifest was kept).</param>
/// <param name="Model">The valid secrets it declares; null when it cannot be read (the build reports why).</param>
/// <param name="IdPrefix"><c>defaults.idPrefix</c>, empty when none.</param>
internal sealed record InitializedManifest(string ProjectDirectory, string Path, bool Created, ManifestModel? Model, string IdPrefix);
