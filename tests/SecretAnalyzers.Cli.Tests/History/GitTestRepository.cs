using System;
using System.IO;
using System.Linq;
using LibGit2Sharp;

namespace SecretAnalyzers.Cli.Tests.History;

/// <summary>A real git repository in a temp folder, committed through LibGit2Sharp.</summary>
internal sealed class GitTestRepository : IDisposable
{
    private readonly TempFolder _folder = new();
    private int _clock;

    public GitTestRepository()
    {
        Repository.Init(_folder.Path);
        Repo = new Repository(_folder.Path);
    }

    public Repository Repo { get; }

    public string Path => _folder.Path;

    /// <summary>A connection-string password made at run time (no secret-looking literal in the test sources).</summary>
    public static string NewPassword() => "Pw" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>
    /// A random value made at run time (well above the entropy threshold: 24 base64 letters and digits), with no
    /// key=value shape or provider prefix, so only a credential name makes it a secret.
    /// </summary>
    public static string NewRandomValue() =>
        new string(Convert.ToBase64String(Guid.NewGuid().ToByteArray().Concat(Guid.NewGuid().ToByteArray()).ToArray()).Where(char.IsLetterOrDigit).Take(24).ToArray());

    public static string ConnectionLine(string password) =>
        $"    const string Db = \"Server=db;Database=app;User Id=app;Password={password};\";";

    public string Write(string relativePath, string content) => _folder.Write(relativePath, content);

    public void WriteBytes(string relativePath, byte[] content)
    {
        var full = _folder.Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
    }

    public void Stage(string relativePath) => Commands.Stage(Repo, relativePath);

    public Commit Commit(string message, params (string Path, string Content)[] files)
    {
        foreach (var (path, content) in files)
        {
            Write(path, content);
        }

        Commands.Stage(Repo, "*");
        var when = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(++_clock);
        var signature = new Signature("Test", "test@example.invalid", when);
        return Repo.Commit(message, signature, signature, new CommitOptions { AllowEmptyCommit = true });
    }

    public Signature Signature() =>
        new("Test", "test@example.invalid", new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(++_clock));

    public void Dispose()
    {
        Repo.Dispose();
        _folder.Dispose();
    }
}
