using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace SecretAnalyzers.Runtime;

/// <summary>
/// Secrets from a local JSON file for development, samples and tests (in the spirit of <c>dotnet user-secrets</c>;
/// keep the file out of source control). Keys are secret ids; a value is a string, or a JSON object for a JSON
/// secret (returned as JSON text):
/// <code>
/// {
///   "prod/db-password": "local-dev-password",
///   "prod/db": { "username": "app", "password": "local-dev-password" },
///   "prod/db@AWSPREVIOUS": "an older value"
/// }
/// </code>
/// A reference with a version id or stage reads <c>id@version</c> when present, otherwise <c>id</c>.
/// The file is re-read when it changes; a missing file means every secret is "not found".
/// </summary>
public sealed class LocalFileSecretStore : ISecretStore, ISecretStoreLookup, ILocalSecretStore
{
    /// <summary>The default file name: <c>secrets.local.json</c>.</summary>
    public const string DefaultFileName = "secrets.local.json";

    /// <summary>Environment variable that points the default store at another file.</summary>
    public const string PathVariable = "SECRETANALYZERS_LOCAL_FILE";

    private static readonly JsonDocumentOptions s_options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private readonly object _gate = new();
    private FileStamp _stamp;
    private Dictionary<string, string>? _secrets;

    /// <summary>Reads <paramref name="path"/> (relative paths resolve against the current directory).</summary>
    public LocalFileSecretStore(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException("A file path is required.", nameof(path));
        }

        Path = System.IO.Path.GetFullPath(path);
    }

    /// <summary>The file's full path.</summary>
    public string Path { get; }

    /// <summary>
    /// The store <c>UseLocalFile()</c> and the default provider use: the file named by <c>SECRETANALYZERS_LOCAL_FILE</c>,
    /// otherwise the first <c>secrets.local.json</c> that exists in the content root (ASPNETCORE_CONTENTROOT or
    /// DOTNET_CONTENTROOT, else the current directory), the project directory (found above <c>bin/</c> when run from
    /// the build output) and the application's directory; when none exists, the one in the content root.
    /// </summary>
    public static LocalFileSecretStore CreateDefault() => CreateDefault(contentRoot: null);

    /// <summary>As <see cref="CreateDefault()"/>, looking first in <paramref name="contentRoot"/> (null: the host's default).</summary>
    public static LocalFileSecretStore CreateDefault(string? contentRoot) => new(FindDefaultPath(contentRoot));

    /// <summary>The path <see cref="CreateDefault(string?)"/> reads (see there for the order).</summary>
    public static string FindDefaultPath(string? contentRoot = null)
    {
        if (Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } configured)
        {
            return System.IO.Path.GetFullPath(configured);
        }

        var candidates = new List<string> { contentRoot ?? HostingEnvironment.CurrentContentRoot, Directory.GetCurrentDirectory() };
        if (FindProjectDirectory(AppContext.BaseDirectory) is { } projectDirectory)
        {
            candidates.Add(projectDirectory);
        }

        candidates.Add(AppContext.BaseDirectory);
        foreach (var directory in candidates)
        {
            var path = System.IO.Path.Combine(directory, DefaultFileName);
            if (File.Exists(path))
            {
                return System.IO.Path.GetFullPath(path);
            }
        }

        return System.IO.Path.GetFullPath(System.IO.Path.Combine(candidates[0], DefaultFileName));
    }

    /// <inheritdoc />
    public bool CanRead(SecretSource source) => true;

    /// <inheritdoc />
    public ValueTask<SecretValue> GetAsync(SecretReference reference, CancellationToken cancellationToken = default)
    {
        if (reference is null)
        {
            throw new ArgumentNullException(nameof(reference));
        }

        var secrets = Load(reference);
        if (secrets is null)
        {
            throw new SecretNotFoundException(reference, "local file " + Path + " (does not exist)");
        }

        if ((reference.VersionId ?? reference.VersionStage) is { } version && secrets.TryGetValue(reference.Id + "@" + version, out var versioned))
        {
            return new ValueTask<SecretValue>(new SecretValue(versioned, version));
        }

        if (secrets.TryGetValue(reference.Id, out var value))
        {
            return new ValueTask<SecretValue>(new SecretValue(value));
        }

        throw new SecretNotFoundException(reference, "local file " + Path + " (no entry '" + reference.Id + "')");
    }

    /// <inheritdoc />
    public string DescribeLocation(SecretReference reference) => "local file " + Path;

    /// <inheritdoc />
    public string DescribeFix(SecretReference reference) =>
        "add \"" + (reference ?? throw new ArgumentNullException(nameof(reference))).Id + "\" to " + Path + " (Development only; keep it out of source control)";

    /// <inheritdoc />
    public ValueTask<IReadOnlyDictionary<SecretReference, SecretValue>> GetManyAsync(
        IReadOnlyCollection<SecretReference> references,
        CancellationToken cancellationToken = default) =>
        OneByOne.GetManyAsync(this, references ?? throw new ArgumentNullException(nameof(references)), cancellationToken);

    /// <summary>
    /// The project directory when the application runs from its build output (<c>…/bin/Debug/net10.0/</c>):
    /// the nearest directory above a <c>bin</c> folder that holds a project file.
    /// </summary>
    private static string? FindProjectDirectory(string baseDirectory)
    {
        var directory = new DirectoryInfo(baseDirectory);
        for (var depth = 0; directory is not null && depth < 6; depth++, directory = directory.Parent)
        {
            if (string.Equals(directory.Name, "bin", StringComparison.OrdinalIgnoreCase)
                && directory.Parent is { } parent
                && parent.EnumerateFiles("*.*proj").Any())
            {
                return parent.FullName;
            }
        }

        return null;
    }

    private Dictionary<string, string>? Load(SecretReference reference)
    {
        lock (_gate)
        {
            var stamp = FileStamp.Of(Path);
            if (stamp.Equals(_stamp) && (_secrets is not null || !stamp.Exists))
            {
                return _secrets;
            }

            _secrets = stamp.Exists ? Parse(reference, ReadAllText()) : null;
            _stamp = stamp;
            return _secrets;
        }
    }

    private string ReadAllText()
    {
        // Editors save by truncate-then-write; share access so a read during a save does not fail.
        using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private Dictionary<string, string> Parse(SecretReference reference, string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, s_options);
        }
        catch (JsonException ex)
        {
            // Not chained: the JsonException message can quote the file's content.
            throw new SecretStoreUnavailableException(
                reference,
                "local file " + Path + " is not valid JSON (line " + (ex.LineNumber + 1) + ", position " + (ex.BytePositionInLine + 1) + ").");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new SecretStoreUnavailableException(reference, "local file " + Path + " must hold a JSON object keyed by secret id.");
            }

            var secrets = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                switch (property.Value.ValueKind)
                {
                    case JsonValueKind.String:
                        secrets[property.Name] = property.Value.GetString()!;
                        break;
                    case JsonValueKind.Null:
                        break;
                    default:
                        secrets[property.Name] = property.Value.GetRawText();
                        break;
                }
            }

            return secrets;
        }
    }

    private readonly struct FileStamp : IEquatable<FileStamp>
    {
        private FileStamp(bool exists, DateTime lastWriteUtc, long length)
        {
            Exists = exists;
            LastWriteUtc = lastWriteUtc;
            Length = length;
        }

        public bool Exists { get; }

        public DateTime LastWriteUtc { get; }

        public long Length { get; }

        public static FileStamp Of(string path)
        {
            var info = new FileInfo(path);
            return info.Exists ? new FileStamp(true, info.LastWriteTimeUtc, info.Length) : new FileStamp(false, default, 0);
        }

        public bool Equals(FileStamp other) => Exists == other.Exists && LastWriteUtc == other.LastWriteUtc && Length == other.Length;

        public override bool Equals(object? obj) => obj is FileStamp other && Equals(other);

        public override int GetHashCode() => LastWriteUtc.GetHashCode() ^ Length.GetHashCode();
    }
}
