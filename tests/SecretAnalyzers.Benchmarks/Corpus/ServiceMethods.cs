using System.Collections.Generic;

namespace SecretAnalyzers.Benchmarks.Corpus;

/// <summary>
/// Method templates for the service classes. «tokens» are filled per occurrence by the generator; «plant» is a
/// point where a secret or decoy statement may be inserted (only in async methods, which have the fields and
/// can await).
/// </summary>
internal static class ServiceMethods
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        ["GetSummary"] = """
            public async Task<«N»Summary?> GetSummaryAsync(int id, CancellationToken cancellationToken = default)
            {
                «plant»
                var cacheKey = CacheKeyPrefix + id.ToString(CultureInfo.InvariantCulture);
                if (_cache.TryGetValue(cacheKey, out var cached))
                {
                    _logger.LogDebug("Cache hit for {CacheKey}", cacheKey);
                    return cached;
                }

                var entity = await _repository.FindAsync(id, cancellationToken).ConfigureAwait(false);
                if (entity is null)
                {
                    _logger.LogWarning("«N» {«N»Id} was not found", id);
                    return null;
                }

                var summary = new «N»Summary(entity.Id, entity.Name, entity.Status, entity.Amount, entity.CreatedAt);
                _cache[cacheKey] = summary;
                return summary;
            }
            """,
        ["Search"] = """
            public async Task<IReadOnlyList<«N»Summary>> SearchAsync(string? term, int page = 1, int pageSize = 25, CancellationToken cancellationToken = default)
            {
                «plant»
                var all = await _repository.ListAsync(cancellationToken).ConfigureAwait(false);
                var query = all.Where(x => x.IsActive);
                if (!string.IsNullOrWhiteSpace(term))
                {
                    query = query.Where(x => x.Name.Contains(term, StringComparison.OrdinalIgnoreCase)
                        || x.Tags.Any(t => string.Equals(t, term, StringComparison.OrdinalIgnoreCase)));
                }

                var results = query
                    .OrderByDescending(x => x.CreatedAt)
                    .ThenBy(x => x.Name, StringComparer.OrdinalIgnoreCase)
                    .Skip((page - 1) * pageSize)
                    .Take(pageSize)
                    .Select(x => new «N»Summary(x.Id, x.Name, x.Status, x.Amount, x.CreatedAt))
                    .ToList();
                _logger.LogInformation("Search for {Term} returned {Count} «ns»", term ?? "<all>", results.Count);
                return results;
            }
            """,
        ["ExportCsv"] = """
            public async Task<string> ExportCsvAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
            {
                «plant»
                var items = await _repository.ListAsync(cancellationToken).ConfigureAwait(false);
                var builder = new StringBuilder();
                builder.AppendLine("Id,Name,Status,Amount,CreatedAt");
                foreach (var item in items.Where(i => i.CreatedAt >= from && i.CreatedAt < to).OrderBy(i => i.Id))
                {
                    var name = item.Name.Contains(',') ? $"\"{item.Name.Replace("\"", "\"\"")}\"" : item.Name;
                    builder.Append(item.Id).Append(',').Append(name).Append(',').Append(item.Status).Append(',')
                        .Append(item.Amount.ToString("F2", CultureInfo.InvariantCulture)).Append(',')
                        .AppendLine(item.CreatedAt.ToString("«datefmt»", CultureInfo.InvariantCulture));
                }

                _logger.LogInformation("«log»", items.Count, "«ns»-export");
                return builder.ToString();
            }
            """,
        ["Headers"] = """
            private static Dictionary<string, string> BuildRequestHeaders(string correlationId, string? etag)
            {
                var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
                {
                    ["Accept"] = "«ct»",
                    ["X-Correlation-Id"] = correlationId,
                    ["User-Agent"] = "Contoso.«area»/«digit».0",
                    ["Accept-Language"] = "«culture»",
                };
                if (etag is not null)
                {
                    headers["If-None-Match"] = etag;
                }

                return headers;
            }
            """,
        ["Notify"] = """
            public async Task<bool> NotifyAsync(int id, string eventName, CancellationToken cancellationToken = default)
            {
                «plant»
                var endpoint = new Uri(_configuration["«Ns»:NotificationEndpoint"] ?? "https://«host»/hooks/«ns»/notify");
                using var content = new StringContent($"{{\"«n»Id\":{id},\"event\":\"{eventName}\"}}", Encoding.UTF8, "application/json");
                using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = content };
                request.Headers.Add("X-Request-Id", Guid.NewGuid().ToString("N"));
                using var response = await _httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    _logger.LogWarning("Notification for «n» {Id} failed with {StatusCode}", id, (int)response.StatusCode);
                    return false;
                }

                return response.StatusCode != HttpStatusCode.NoContent;
            }
            """,
        ["Statistics"] = """
            public async Task<IReadOnlyDictionary<string, decimal>> GetTotalsByStatusAsync(CancellationToken cancellationToken = default)
            {
                «plant»
                var items = await _repository.ListAsync(cancellationToken).ConfigureAwait(false);
                var totals = items
                    .Where(i => i.IsActive)
                    .GroupBy(i => i.Status, StringComparer.OrdinalIgnoreCase)
                    .ToDictionary(g => g.Key, g => g.Sum(i => i.Amount), StringComparer.OrdinalIgnoreCase);
                var average = items.Count == 0 ? 0m : items.Average(i => i.Amount);
                var largest = items.OrderByDescending(i => i.Amount).Select(i => i.Name).FirstOrDefault() ?? "(none)";
                _logger.LogInformation("Totals computed for {Count} statuses; average {Average}, largest {Largest}", totals.Count, average, largest);
                return totals;
            }
            """,
        ["Archive"] = """
            public async Task<int> ArchiveAsync(TimeSpan olderThan, CancellationToken cancellationToken = default)
            {
                «plant»
                const string sql = "UPDATE «table» SET Status = 'Archived', ArchivedAt = SYSUTCDATETIME() WHERE CreatedAt < @cutoff AND Status <> 'Archived'";
                var cutoff = DateTimeOffset.UtcNow - olderThan;
                var affected = await _db.ExecuteAsync(sql, new { cutoff }, cancellationToken).ConfigureAwait(false);
                if (affected > 0)
                {
                    _logger.LogInformation("Archived {Count} «ns» created before {Cutoff}", affected, cutoff);
                    _cache.Clear();
                }

                return affected;
            }
            """,
        ["Describe"] = """
            public static string Describe(«N»Summary summary, DateTimeOffset now) => summary switch
            {
                { Status: "Cancelled" } => $"«N» {summary.Id} was cancelled.",
                { Amount: > 10000m } => $"«N» {summary.Id} needs approval ({summary.Amount:C}).",
                _ when summary.IsOverdue(now) => $"«N» {summary.Id} is overdue since {summary.CreatedAt:d}.",
                _ => $"«N» {summary.Name} is {summary.Status.ToLowerInvariant()}.",
            };
            """,
        ["Retry"] = """
            public async Task<string?> FetchRemoteAsync(string path, CancellationToken cancellationToken = default)
            {
                «plant»
                var maxAttempts = int.TryParse(_configuration["Retry:MaxAttempts"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var configured) ? configured : 3;
                for (var attempt = 1; attempt <= maxAttempts; attempt++)
                {
                    try
                    {
                        var url = $"https://«host»/api/«ns»/{Uri.EscapeDataString(path)}?attempt={attempt}";
                        return await _httpClient.GetStringAsync(url, cancellationToken).ConfigureAwait(false);
                    }
                    catch (HttpRequestException ex) when (attempt < maxAttempts)
                    {
                        _logger.LogError(ex, "Retrying operation {Operation} (attempt {Attempt})", "fetch-«n»", attempt);
                        await Task.Delay(TimeSpan.FromMilliseconds(200 * Math.Pow(2, attempt)), cancellationToken).ConfigureAwait(false);
                    }
                }

                return null;
            }
            """,
        ["QuerySyntax"] = """
            public async Task<IReadOnlyList<string>> GetLargeItemsAsync(decimal threshold, CancellationToken cancellationToken = default)
            {
                «plant»
                var all = await _repository.ListAsync(cancellationToken).ConfigureAwait(false);
                var large =
                    from e in all
                    where e.Amount > threshold && e.IsActive
                    orderby e.Amount descending, e.Name
                    let gross = e.Amount * 1.2m
                    select new { e.Id, e.Name, Gross = gross };
                return large.Select(x => $"#{x.Id} {x.Name}: {x.Gross:N2} «currency»").ToList();
            }
            """,
        ["Settings"] = """
            private (int PageSize, TimeSpan Timeout, bool ExportEnabled) ReadSettings()
            {
                var pageSize = int.TryParse(_configuration["«cfg»"], out var size) ? size : «int»;
                var timeout = TimeSpan.FromSeconds(double.TryParse(_configuration["Http:TimeoutSeconds"], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) ? seconds : 30);
                var exportEnabled = string.Equals(_configuration["Features:EnableExport"], "true", StringComparison.OrdinalIgnoreCase);
                if (!exportEnabled)
                {
                    _logger.LogDebug("Configuration value {Key} is missing; using default {Default}", "Features:EnableExport", false);
                }

                return (pageSize, timeout, exportEnabled);
            }
            """,
        ["Aggregate"] = """"
            public async Task<string> BuildDigestAsync(IEnumerable<int> ids, CancellationToken cancellationToken = default)
            {
                «plant»
                var loaded = new List<«N»Entity>();
                foreach (var id in ids.Distinct())
                {
                    var entity = await _repository.FindAsync(id, cancellationToken).ConfigureAwait(false);
                    if (entity is { IsActive: true })
                    {
                        loaded.Add(entity);
                    }
                }

                var (count, total) = Aggregate(loaded);
                var lines = loaded.Select(e => $"- {e.Name} ({e.Status}): {e.Amount:N2}");
                return $"""
                    «Ns» digest for {DateTimeOffset.UtcNow:yyyy-MM-dd}
                    {count} items, total {total:N2}
                    {string.Join(Environment.NewLine, lines)}
                    """;

                static (int Count, decimal Total) Aggregate(IReadOnlyCollection<«N»Entity> items) =>
                    (items.Count, items.Sum(i => i.Amount));
            }
            """",
        ["Tag"] = """
            public async Task TagAsync(int id, IEnumerable<string> tags, CancellationToken cancellationToken = default)
            {
                «plant»
                var entity = await _repository.FindAsync(id, cancellationToken).ConfigureAwait(false)
                    ?? throw new NotFoundException($"«N» {id} does not exist.");
                var normalized = tags
                    .Select(t => t.Trim().ToLowerInvariant())
                    .Where(t => t.Length > 0 && t != "«tag»")
                    .Distinct(StringComparer.Ordinal)
                    .ToArray();
                entity.Tags.AddRange(normalized.Except(entity.Tags, StringComparer.Ordinal).ToList());
                await _repository.SaveAsync(entity, cancellationToken).ConfigureAwait(false);
                _logger.LogInformation("Tagged «n» {Id} with {Tags}", id, string.Join(", ", normalized));
            }
            """,
        ["Ping"] = """
            public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
            {
                «plant»
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(CacheDuration);
                try
                {
                    using var response = await _httpClient.GetAsync("https://«host»/health", timeout.Token).ConfigureAwait(false);
                    return response.IsSuccessStatusCode;
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    _logger.LogWarning("Health check for {Service} timed out after {Timeout}", "«ns»", CacheDuration);
                    return false;
                }
            }
            """,
    };
}
