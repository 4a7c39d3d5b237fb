using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SecretAnalyzers.Benchmarks.Corpus;

/// <summary>
/// Generates a line-of-business C# code base (one feature per file: entity, record, options, UI messages,
/// repository with SQL, services with async/LINQ/interpolation/dictionaries, controller, validator, mapper)
/// and plants secrets and decoys in it at a low, fixed rate. Same seed and size, same corpus.
/// </summary>
internal sealed class CorpusGenerator
{
    private readonly Random _random;
    private readonly PlantCatalog _plants;
    private readonly List<PlantedValue> _planted = new();
    private readonly int _linesPerSecret;
    private readonly int _linesPerDecoy;
    private int _linesInEarlierFiles;
    private int _nextSecretAt;
    private int _nextDecoyAt;
    private FeatureNames _names = null!;

    private CorpusGenerator(int seed, int linesPerSecret, int linesPerDecoy)
    {
        _random = new Random(seed);
        _plants = new PlantCatalog(_random);
        _linesPerSecret = linesPerSecret;
        _linesPerDecoy = linesPerDecoy;
        _nextSecretAt = Gap(linesPerSecret);
        _nextDecoyAt = Gap(linesPerDecoy);
    }

    public static GeneratedCorpus Generate(int targetLines, int seed, int linesPerSecret = 2000, int linesPerDecoy = 800)
    {
        var generator = new CorpusGenerator(seed, linesPerSecret, linesPerDecoy);
        var common = CommonSource.Text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var files = new List<CorpusFile> { new(CommonSource.Path, common, common.Count(c => c == '\n')) };
        generator._linesInEarlierFiles = files[0].LineCount;
        for (var index = 1; generator._linesInEarlierFiles < targetLines; index++)
        {
            var file = generator.Feature(index);
            files.Add(file);
            generator._linesInEarlierFiles += file.LineCount;
        }

        return new GeneratedCorpus(files, generator._planted);
    }

    private CorpusFile Feature(int index)
    {
        var noun = Pick(Vocabulary.Nouns);
        var area = Pick(Vocabulary.Areas);
        _names = new FeatureNames(noun, area, index);
        var path = $"src/Contoso.{area}/{_names.Plural}/{noun}Feature{index.ToString("D4", CultureInfo.InvariantCulture)}.cs";
        var w = new CodeWriter(path, _planted);

        Emit(w, """
            using System;
            using System.Collections.Generic;
            using System.ComponentModel.DataAnnotations;
            using System.ComponentModel.DataAnnotations.Schema;
            using System.Globalization;
            using System.Linq;
            using System.Net;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            using System.Text.Json.Serialization;
            using System.Text.RegularExpressions;
            using System.Threading;
            using System.Threading.Tasks;
            using Contoso.Common;

            """);
        w.Line($"namespace Contoso.{area}.{_names.Plural}.F{index.ToString("D4", CultureInfo.InvariantCulture)};");
        w.Line();

        Entity(w);
        SummaryRecord(w);
        Options(w);
        Messages(w);
        Repository(w);
        var serviceKinds = new[] { "Service", "ImportService", "SyncJob", "NotificationHandler", "ReportBuilder", "Exporter", "Reconciler" };
        Service(w, _names.Noun + "Service", primary: true);
        foreach (var kind in Shuffle(serviceKinds.Skip(1)).Take(_random.Next(1, 4)))
        {
            Service(w, _names.Noun + kind, primary: false);
        }

        Controller(w);
        Validator(w);
        Mapper(w);
        return w.ToFile();
    }

    private void Entity(CodeWriter w)
    {
        w.Line($"[Table(\"{_names.Plural}\", Schema = \"{Pick("dbo", "sales", "core", "app")}\")]");
        w.Open($"public sealed class {_names.Noun}Entity");
        Emit(w, """
            [Key]
            public int Id { get; set; }

            [Required(ErrorMessage = "«ui»")]
            [StringLength(200)]
            public string Name { get; set; } = string.Empty;

            public string Status { get; set; } = "«status»";

            [Range(typeof(decimal), "0", "1000000")]
            public decimal Amount { get; set; }

            public DateTimeOffset CreatedAt { get; set; }

            public bool IsActive { get; set; } = true;

            public List<string> Tags { get; set; } = new();
            """);
        var extras = new[]
        {
            "[StringLength(500)]\npublic string? Description { get; set; }",
            "[EmailAddress(ErrorMessage = \"«ui»\")]\npublic string? ContactEmail { get; set; }",
            "[Phone]\npublic string? PhoneNumber { get; set; }",
            "[Url]\npublic string? WebsiteUrl { get; set; }",
            "public string Currency { get; set; } = \"«currency»\";",
            "public string Region { get; set; } = \"eu-west-1\";",
            "[ConcurrencyCheck]\npublic int Version { get; set; }",
            "public Guid ExternalId { get; set; } = Guid.NewGuid();",
            "public DateTimeOffset? UpdatedAt { get; set; }",
            "[Column(\"owner_id\")]\npublic int OwnerId { get; set; }",
            "public string CreatedBy { get; set; } = \"system\";",
            "[JsonPropertyName(\"display_name\")]\npublic string? DisplayName { get; set; }",
            "public IDictionary<string, string> Metadata { get; set; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);",
        };
        foreach (var extra in Shuffle(extras).Take(_random.Next(2, 7)))
        {
            w.Line();
            Emit(w, extra);
        }

        MemberPlantPoint(w);
        w.Close();
        w.Line();
    }

    private void SummaryRecord(CodeWriter w)
    {
        w.Line($"public sealed record {_names.Noun}Summary(int Id, string Name, string Status, decimal Amount, DateTimeOffset CreatedAt)");
        w.Line("{");
        Emit(w, """
                public bool IsOverdue(DateTimeOffset now) => Status == "«status»" && now - CreatedAt > TimeSpan.FromDays(«int»);

                public string DisplayAmount => Amount.ToString("C", CultureInfo.GetCultureInfo("«culture»"));
            """);
        w.Line("}");
        w.Line();
        w.Line($"public readonly record struct {_names.Noun}Key(int TenantId, int Id);");
        w.Line();
    }

    private void Options(CodeWriter w)
    {
        w.Line($"[ConfigurationSection(\"{_names.Plural}\")]");
        w.Open($"public sealed class {_names.Noun}Options");
        Emit(w, """
            public const string SectionName = "«Ns»";

            public string BaseUrl { get; set; } = "https://«host»/«ns»/v«digit»/";

            public string StorageContainer { get; set; } = "«ns»-exports";

            public int PageSize { get; set; } = «int»;

            public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(«int»);

            public string ExportPath { get; set; } = @"exports\«ns»\daily";

            public string QueueName { get; set; } = "«ns»-«queue»";

            public string[] AllowedOrigins { get; set; } = { "https://portal.contoso.com", "https://admin.contoso.com" };
            """);
        MemberPlantPoint(w);
        w.Close();
        w.Line();
    }

    private void Messages(CodeWriter w)
    {
        w.Open($"public static class {_names.Noun}Messages");
        var names = new[] { "Saved", "DeleteConfirmation", "LoadFailed", "EmptyResult", "Forbidden", "Title", "Subtitle", "ExportLabel", "Updated", "Help", "Archived", "Restored" };
        foreach (var name in Shuffle(names).Take(_random.Next(4, 10)))
        {
            w.Line($"public const string {name} = \"{Pick(Vocabulary.UiTexts)}\";");
            w.Line();
        }

        Emit(w, """
            public const string ResourceKey = "«res»";

            public static string NotFound(int id) => string.Format(CultureInfo.CurrentCulture, "«N» {0} was not found.", id);

            public static string Summary(int count, decimal total) => $"{count} «ns» totalling {total:N2}";
            """);
        w.Close();
        w.Line();
    }

    private void Repository(CodeWriter w)
    {
        w.Open($"public sealed class {_names.Noun}Repository : IRepository<{_names.Noun}Entity>");
        Emit(w, """
            private const string SelectByIdSql = "SELECT Id, Name, Status, Amount, CreatedAt, IsActive FROM «table» WHERE Id = @id AND IsDeleted = 0";

            private const string SelectAllSql = @"SELECT Id, Name, Status, Amount, CreatedAt, IsActive
            FROM «table»
            WHERE IsDeleted = 0
            ORDER BY CreatedAt DESC";

            private const string UpsertSql = "MERGE «table» AS target USING (SELECT @Id AS Id) AS source ON target.Id = source.Id "
                + "WHEN MATCHED THEN UPDATE SET Name = @Name, Status = @Status, Amount = @Amount "
                + "WHEN NOT MATCHED THEN INSERT (Name, Status, Amount) VALUES (@Name, @Status, @Amount);";

            private readonly IDbExecutor _db;

            public «N»Repository(IDbExecutor db) => _db = db;

            public async Task<«N»Entity?> FindAsync(int id, CancellationToken cancellationToken = default)
            {
                var rows = await _db.QueryAsync<«N»Entity>(SelectByIdSql, new { id }, cancellationToken).ConfigureAwait(false);
                return rows.FirstOrDefault();
            }

            public Task<IReadOnlyList<«N»Entity>> ListAsync(CancellationToken cancellationToken = default) =>
                _db.QueryAsync<«N»Entity>(SelectAllSql, null, cancellationToken);

            public Task SaveAsync(«N»Entity entity, CancellationToken cancellationToken = default) =>
                _db.ExecuteAsync(UpsertSql, new { entity.Id, entity.Name, entity.Status, entity.Amount }, cancellationToken);

            public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
                _db.ExecuteAsync("UPDATE «table» SET IsDeleted = 1, DeletedAt = SYSUTCDATETIME() WHERE CreatedAt < @cutoff", new { cutoff }, cancellationToken);
            """);
        w.Close();
        w.Line();
    }

    private void Service(CodeWriter w, string className, bool primary)
    {
        w.Open($"public sealed class {className}");
        Emit(w, """
            private const string CacheKeyPrefix = "«ns»:";
            private static readonly TimeSpan CacheDuration = TimeSpan.FromMinutes(«int»);
            private readonly IRepository<«N»Entity> _repository;
            private readonly IDbExecutor _db;
            private readonly ILogger _logger;
            private readonly IAppConfiguration _configuration;
            private readonly HttpClient _httpClient;
            private readonly Dictionary<string, «N»Summary> _cache = new(StringComparer.Ordinal);
            """);
        MemberPlantPoint(w);
        w.Line();
        w.Line($"public {className}(IRepository<{_names.Noun}Entity> repository, IDbExecutor db, ILogger logger, IAppConfiguration configuration, HttpClient httpClient)");
        Emit(w, """
            {
                _repository = repository;
                _db = db;
                _logger = logger;
                _configuration = configuration;
                _httpClient = httpClient;
            }
            """);

        var methods = new List<string>(ServiceMethods.All.Keys);
        var chosen = primary
            ? new[] { "GetSummary", "Search" }.Concat(Shuffle(methods.Where(m => m is not ("GetSummary" or "Search"))).Take(_random.Next(3, 7)))
            : Shuffle(methods).Take(_random.Next(3, 7));
        foreach (var method in chosen)
        {
            w.Line();
            Emit(w, ServiceMethods.All[method]);
        }

        w.Close();
        w.Line();
    }

    private void Controller(CodeWriter w)
    {
        w.Line("[ApiController]");
        w.Line($"[Route(\"api/{_names.PluralLower}\")]");
        w.Line($"[Authorize(Policy = \"{_names.Plural}.Read\")]");
        w.Open($"public sealed class {_names.Plural}Controller");
        Emit(w, """
            private readonly «N»Service _service;
            private readonly ILogger _logger;

            public «Ns»Controller(«N»Service service, ILogger logger)
            {
                _service = service;
                _logger = logger;
            }

            [HttpGet("{id:int}", Name = "Get«N»")]
            public async Task<ApiResponse<«N»Summary>> GetAsync(int id, CancellationToken cancellationToken)
            {
                var summary = await _service.GetSummaryAsync(id, cancellationToken).ConfigureAwait(false);
                return summary is null
                    ? ApiResponse<«N»Summary>.NotFound($"«N» {id} was not found.")
                    : ApiResponse<«N»Summary>.Ok(summary);
            }

            [HttpGet("")]
            public async Task<ApiResponse<PagedResult<«N»Summary>>> ListAsync(string? q, int page = 1, int pageSize = «int», CancellationToken cancellationToken = default)
            {
                if (page < 1 || pageSize is < 1 or > 500)
                {
                    return ApiResponse<PagedResult<«N»Summary>>.BadRequest(new ValidationProblem(new[] { "«ui»" }));
                }

                var items = await _service.SearchAsync(q, page, pageSize, cancellationToken).ConfigureAwait(false);
                _logger.LogDebug("«log»", items.Count, q ?? string.Empty);
                return ApiResponse<PagedResult<«N»Summary>>.Ok(new PagedResult<«N»Summary>(items, page, pageSize, items.Count));
            }

            [HttpDelete("{id:int}")]
            [Authorize(Roles = "Admin,«N»Manager")]
            public Task<ApiResponse<bool>> DeleteAsync(int id)
            {
                _logger.LogWarning("«N» {Id} deletion requested by {User}", id, Environment.UserName);
                return Task.FromResult(ApiResponse<bool>.Ok(true));
            }
            """);
        w.Close();
        w.Line();
    }

    private void Validator(CodeWriter w)
    {
        w.Open($"public static class {_names.Noun}Validator");
        Emit(w, """
            private static readonly Regex CodePattern = new(@"«regex»", RegexOptions.Compiled | RegexOptions.CultureInvariant);

            public static ValidationProblem Validate(«N»Entity entity)
            {
                var errors = new List<string>();
                if (string.IsNullOrWhiteSpace(entity.Name))
                {
                    errors.Add("«ui»");
                }
                else if (entity.Name.Length > 200)
                {
                    errors.Add($"Name must be at most 200 characters (was {entity.Name.Length}).");
                }

                if (entity.Amount < 0)
                {
                    errors.Add("Amount cannot be negative.");
                }

                if (!CodePattern.IsMatch(entity.Name))
                {
                    errors.Add(string.Format(CultureInfo.InvariantCulture, "'{0}' is not a valid «n» code.", entity.Name));
                }

                if (entity.Tags.Any(t => t.Length == 0))
                {
                    errors.Add("Tags cannot be empty.");
                }

                return new ValidationProblem(errors);
            }
            """);
        w.Close();
        w.Line();
    }

    private void Mapper(CodeWriter w)
    {
        w.Open($"internal static class {_names.Noun}Mappings");
        Emit(w, """
            public static «N»Summary ToSummary(this «N»Entity entity) =>
                new(entity.Id, entity.Name, entity.Status, entity.Amount, entity.CreatedAt);

            public static string ToDisplayStatus(this string status) => status switch
            {
                "Pending" => "Awaiting confirmation",
                "Active" => "In progress",
                "Suspended" => "Temporarily suspended",
                "Archived" => "Archived",
                "Cancelled" => "Cancelled by the customer",
                _ => "Unknown",
            };

            public static IReadOnlyDictionary<string, string> ToAuditFields(this «N»Entity entity) => new Dictionary<string, string>
            {
                ["entity"] = "«n»",
                ["id"] = entity.Id.ToString(CultureInfo.InvariantCulture),
                ["status"] = entity.Status,
                ["createdAt"] = entity.CreatedAt.ToString("«datefmt»", CultureInfo.InvariantCulture),
            };
            """);
        w.Close();
    }

    /// <summary>Writes a template: «tokens» are filled per occurrence and «plant» marks a statement plant point.</summary>
    private void Emit(CodeWriter w, string template)
    {
        foreach (var line in template.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.Trim() == "«plant»")
            {
                StatementPlantPoint(w, line.Length - line.TrimStart().Length);
            }
            else
            {
                w.Line(Fill(line));
            }
        }
    }

    private string Fill(string line)
    {
        if (!line.Contains('«', StringComparison.Ordinal))
        {
            return line;
        }

        var result = new StringBuilder(line.Length + 32);
        var i = 0;
        while (i < line.Length)
        {
            var start = line.IndexOf('«', i);
            if (start < 0)
            {
                result.Append(line, i, line.Length - i);
                break;
            }

            var end = line.IndexOf('»', start);
            result.Append(line, i, start - i).Append(Token(line.Substring(start + 1, end - start - 1)));
            i = end + 1;
        }

        return result.ToString();
    }

    private string Token(string name) => name switch
    {
        "N" => _names.Noun,
        "Ns" => _names.Plural,
        "n" => _names.Lower,
        "ns" => _names.PluralLower,
        "table" => "dbo." + _names.Plural,
        "ui" => Pick(Vocabulary.UiTexts),
        "log" => Pick(Vocabulary.LogTemplates),
        "cfg" => Pick(Vocabulary.ConfigKeys),
        "host" => Pick(Vocabulary.Hosts),
        "res" => Pick(Vocabulary.ResourceNames),
        "ct" => Pick(Vocabulary.ContentTypes),
        "hdr" => Pick(Vocabulary.Headers),
        "queue" => Pick(Vocabulary.Queues),
        "regex" => Pick(Vocabulary.Regexes),
        "datefmt" => Pick(Vocabulary.DateFormats),
        "status" => Pick(Vocabulary.Statuses),
        "tag" => Pick(Vocabulary.Tags),
        "currency" => Pick("EUR", "USD", "GBP", "CHF"),
        "culture" => Pick("en-US", "de-DE", "fr-FR", "en-GB"),
        "int" => _random.Next(2, 120).ToString(CultureInfo.InvariantCulture),
        "digit" => _random.Next(1, 4).ToString(CultureInfo.InvariantCulture),
        "area" => _names.Area,
        _ => throw new InvalidOperationException("Unknown template token «" + name + "»."),
    };

    private int TotalLines(CodeWriter w) => _linesInEarlierFiles + w.CurrentLine;

    /// <summary>At most one planted member per class, so planted names never collide.</summary>
    private void MemberPlantPoint(CodeWriter w)
    {
        if (TotalLines(w) >= _nextSecretAt)
        {
            _nextSecretAt = TotalLines(w) + Gap(_linesPerSecret);
            w.Line();
            _plants.SecretMember(w);
        }
        else if (TotalLines(w) >= _nextDecoyAt)
        {
            _nextDecoyAt = TotalLines(w) + Gap(_linesPerDecoy);
            w.Line();
            _plants.DecoyMember(w);
        }
    }

    private void StatementPlantPoint(CodeWriter w, int indent)
    {
        var pad = new string(' ', indent);
        if (TotalLines(w) >= _nextSecretAt)
        {
            _nextSecretAt = TotalLines(w) + Gap(_linesPerSecret);
            PlantIndented(w, pad, _plants.SecretStatement);
        }
        else if (TotalLines(w) >= _nextDecoyAt)
        {
            _nextDecoyAt = TotalLines(w) + Gap(_linesPerDecoy);
            PlantIndented(w, pad, _plants.DecoyStatement);
        }
    }

    /// <summary>Lets a snippet write into a scratch writer, then copies it with the template's indentation.</summary>
    private void PlantIndented(CodeWriter w, string pad, Action<CodeWriter> snippet)
    {
        var scratchPlanted = new List<PlantedValue>();
        var scratch = new CodeWriter(w.Path, scratchPlanted);
        snippet(scratch);
        var lines = scratch.ToFile().Text.TrimEnd('\n').Split('\n');
        var planted = scratchPlanted.ToDictionary(p => p.Line);
        for (var i = 0; i < lines.Length; i++)
        {
            if (planted.TryGetValue(i + 1, out var p))
            {
                w.Plant(pad + lines[i], p.Category, p.IsSecret, p.ExpectedRule, p.SecretPart);
            }
            else
            {
                w.Line(pad + lines[i]);
            }
        }
    }

    private int Gap(int mean) => _random.Next(mean / 2, mean + mean / 2 + 1);

    private string Pick(params string[] options) => options[_random.Next(options.Length)];

    private List<T> Shuffle<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }

    private sealed record FeatureNames(string Noun, string Area, int Index)
    {
        public string Plural => Noun.EndsWith('y') && !Noun.EndsWith("ey", StringComparison.Ordinal) ? Noun[..^1] + "ies" : Noun + "s";

        public string Lower => char.ToLowerInvariant(Noun[0]) + Noun[1..];

        public string PluralLower => Plural.ToLowerInvariant();
    }
}
