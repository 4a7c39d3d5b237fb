namespace SecretAnalyzers.Cli.Scanning;

/// <summary>How targets are turned into compilations.</summary>
/// <param name="FollowSymlinks">Follow symbolic links that lead outside the scanned folder (cycles are never followed).</param>
/// <param name="UseMSBuild">Load projects and solutions with MSBuild; false: every project is parsed as loose files.</param>
internal sealed record ScanSettings(bool FollowSymlinks, bool UseMSBuild)
{
    public static ScanSettings Default { get; } = new(FollowSymlinks: false, UseMSBuild: true);
}
