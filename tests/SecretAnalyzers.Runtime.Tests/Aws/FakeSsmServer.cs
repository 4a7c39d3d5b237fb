using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.SimpleSystemsManagement;

namespace SecretAnalyzers.Runtime.Tests.Aws;

/// <summary>
/// Speaks enough of the SSM JSON 1.1 protocol (GetParameter, GetParameters, GetParametersByPath, the Secrets Manager
/// reference path, version selectors, AWS error shapes) for the real AWS SDK client to talk to it. Rejects requests
/// that are not SigV4-signed with the fake access key.
/// </summary>
internal sealed partial class FakeSsmServer : IDisposable
{
    public const string AccessKey = "AKIDFAKEEXAMPLE00001";
    public const string SecretKey = "fake-secret-access-key-for-tests-only";
    public const string ReferencePath = "/aws/reference/secretsmanager/";

    private readonly MiniHttpServer _http;
    private readonly ConcurrentDictionary<string, List<ParameterVersion>> _parameters = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, List<SecretVersion>> _secrets = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<HttpRequestRecord> _requests = new();
    private readonly ConcurrentQueue<string> _signatureProblems = new();

    public FakeSsmServer()
    {
        _http = new MiniHttpServer(HandleAsync);
    }

    public string Url => _http.Url;

    /// <summary>Answers a request instead of the normal logic when it returns a response (fault injection).</summary>
    public Func<string, JsonObject, HttpResponseRecord?>? Intercept { get; set; }

    /// <summary>Delays every answer (for single-flight tests).</summary>
    public Task? Gate { get; set; }

    public IReadOnlyList<HttpRequestRecord> Requests => _requests.ToArray();

    public IReadOnlyList<string> SignatureProblems => _signatureProblems.ToArray();

    public int CountOf(string operation) => _requests.Count(r => r.Header("X-Amz-Target") == "AmazonSSM." + operation);

    public void ClearRequests() => _requests.Clear();

    public AmazonSimpleSystemsManagementClient CreateClient(int maxErrorRetry = 0, TimeSpan? timeout = null) =>
        new(
            new BasicAWSCredentials(AccessKey, SecretKey),
            new AmazonSimpleSystemsManagementConfig
            {
                ServiceURL = Url,
                AuthenticationRegion = "us-east-1",
                MaxErrorRetry = maxErrorRetry,
                Timeout = timeout ?? TimeSpan.FromSeconds(10),
            });

    public void PutParameter(string name, string value, params string[] labels)
    {
        var versions = _parameters.GetOrAdd(name, _ => new List<ParameterVersion>());
        lock (versions)
        {
            versions.Add(new ParameterVersion(value, versions.Count + 1, labels));
        }
    }

    public void PutSecret(string id, string value, string versionId)
    {
        var versions = _secrets.GetOrAdd(id, _ => new List<SecretVersion>());
        lock (versions)
        {
            // Rotation: the new version becomes AWSCURRENT, the old one AWSPREVIOUS.
            for (var i = 0; i < versions.Count; i++)
            {
                versions[i] = versions[i] with { Stages = i == versions.Count - 1 ? new[] { "AWSPREVIOUS" } : Array.Empty<string>() };
            }

            versions.Add(new SecretVersion(value, versionId, new[] { "AWSCURRENT" }));
        }
    }

    public void PutPendingSecret(string id, string value, string versionId)
    {
        var versions = _secrets.GetOrAdd(id, _ => new List<SecretVersion>());
        lock (versions)
        {
            versions.Add(new SecretVersion(value, versionId, new[] { "AWSPENDING" }));
        }
    }

    public void Dispose() => _http.Dispose();

    public static HttpResponseRecord Error(int status, string type, string message) =>
        new(status, new JsonObject { ["__type"] = type, ["message"] = message }.ToJsonString());

    private async Task<HttpResponseRecord> HandleAsync(HttpRequestRecord request)
    {
        _requests.Enqueue(request);
        if (CheckSignature(request) is { } problem)
        {
            _signatureProblems.Enqueue(problem);
            return Error(400, problem.StartsWith("signature does not match", StringComparison.Ordinal) ? "InvalidSignatureException" : "IncompleteSignatureException", problem);
        }

        if (Gate is { } gate)
        {
            await gate;
        }

        var target = request.Header("X-Amz-Target") ?? string.Empty;
        var operation = target.StartsWith("AmazonSSM.", StringComparison.Ordinal) ? target.Substring("AmazonSSM.".Length) : target;
        var body = JsonNode.Parse(request.Body.Length == 0 ? "{}" : request.Body) as JsonObject ?? new JsonObject();
        if (Intercept?.Invoke(operation, body) is { } intercepted)
        {
            return intercepted;
        }

        return operation switch
        {
            "GetParameter" => GetParameter(body),
            "GetParameters" => GetParameters(body),
            "GetParametersByPath" => GetParametersByPath(body),
            _ => Error(400, "UnknownOperationException", "Unknown operation " + operation),
        };
    }

    private static string? CheckSignature(HttpRequestRecord request)
    {
        var authorization = request.Header("Authorization");
        if (authorization is null || !SignaturePattern().IsMatch(authorization))
        {
            return "Authorization header is not a SigV4 signature with the test key: " + (authorization ?? "(none)");
        }

        if (request.Header("X-Amz-Date") is null)
        {
            return "X-Amz-Date is missing";
        }

        if (request.Header("Content-Type")?.StartsWith("application/x-amz-json-1.1", StringComparison.Ordinal) != true)
        {
            return "Content-Type is " + request.Header("Content-Type");
        }

        return SigV4Verifier.Verify(request, AccessKey, SecretKey, "us-east-1", "ssm");
    }

    [GeneratedRegex(@"^AWS4-HMAC-SHA256 Credential=AKIDFAKEEXAMPLE00001/\d{8}/us-east-1/ssm/aws4_request, ?SignedHeaders=[a-z0-9;-]*x-amz-date[a-z0-9;-]*, ?Signature=[0-9a-f]{64}$")]
    private static partial Regex SignaturePattern();

    private HttpResponseRecord GetParameter(JsonObject body)
    {
        var name = (string?)body["Name"] ?? string.Empty;
        var found = Resolve(name, (bool?)body["WithDecryption"] ?? false);
        return found.Parameter is { } parameter
            ? new HttpResponseRecord(200, new JsonObject { ["Parameter"] = parameter }.ToJsonString())
            : Error(400, found.ErrorType!, "Parameter " + name + " not found.");
    }

    private HttpResponseRecord GetParameters(JsonObject body)
    {
        var names = body["Names"]?.AsArray().Select(n => (string)n!).ToList() ?? new List<string>();
        if (names.Count is 0 or > 10)
        {
            return Error(400, "ValidationException", "1 validation error detected: Value at 'names' failed to satisfy constraint: Member must have length less than or equal to 10");
        }

        var parameters = new JsonArray();
        var invalid = new JsonArray();
        foreach (var name in names.Distinct())
        {
            var found = Resolve(name, (bool?)body["WithDecryption"] ?? false);
            if (found.Parameter is { } parameter)
            {
                parameters.Add(parameter);
            }
            else
            {
                invalid.Add(name);
            }
        }

        return new HttpResponseRecord(200, new JsonObject { ["Parameters"] = parameters, ["InvalidParameters"] = invalid }.ToJsonString());
    }

    private HttpResponseRecord GetParametersByPath(JsonObject body)
    {
        var path = (string?)body["Path"] ?? "/";
        if (path.StartsWith(ReferencePath, StringComparison.Ordinal))
        {
            return Error(400, "ValidationException", "GetParametersByPath does not support the Secrets Manager reference path.");
        }

        var prefix = path.EndsWith('/') ? path : path + "/";
        var recursive = (bool?)body["Recursive"] ?? false;
        var max = (int?)body["MaxResults"] ?? 10;
        var start = int.TryParse((string?)body["NextToken"], out var token) ? token : 0;
        var names = _parameters.Keys
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && (recursive || n.IndexOf('/', prefix.Length) < 0))
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();
        var page = new JsonArray();
        foreach (var name in names.Skip(start).Take(max))
        {
            page.Add(Resolve(name, (bool?)body["WithDecryption"] ?? false).Parameter);
        }

        var result = new JsonObject { ["Parameters"] = page };
        if (start + max < names.Count)
        {
            result["NextToken"] = (start + max).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return new HttpResponseRecord(200, result.ToJsonString());
    }

    private (JsonObject? Parameter, string? ErrorType) Resolve(string requested, bool withDecryption)
    {
        if (requested.StartsWith(ReferencePath, StringComparison.Ordinal))
        {
            var rest = requested.Substring(ReferencePath.Length);
            string id;
            string? selector;
            if (rest.StartsWith("arn:", StringComparison.Ordinal))
            {
                // arn:aws:secretsmanager:<region>:<account>:secret:<name>-<6 characters>[:<selector>]
                var parts = rest.Split(':');
                if (parts.Length < 7 || parts[2] != "secretsmanager" || parts[6].Length < 8)
                {
                    return (null, "ValidationException");
                }

                id = parts[6].Substring(0, parts[6].Length - 7);
                selector = parts.Length > 7 ? parts[7] : null;
            }
            else
            {
                var colon = rest.IndexOf(':');
                id = colon < 0 ? rest : rest.Substring(0, colon);
                selector = colon < 0 ? null : rest.Substring(colon + 1);
            }

            if (!withDecryption)
            {
                return (null, "ValidationException");
            }

            if (!_secrets.TryGetValue(id, out var secretVersions))
            {
                return (null, "ParameterNotFound");
            }

            SecretVersion? version;
            lock (secretVersions)
            {
                version = secretVersions.LastOrDefault(v => selector is null ? v.Stages.Contains("AWSCURRENT") : v.VersionId == selector || v.Stages.Contains(selector));
            }

            if (version is null)
            {
                return (null, "ParameterVersionNotFound");
            }

            var sourceResult = new JsonObject
            {
                ["Name"] = id,
                ["VersionId"] = version.VersionId,
                ["SecretString"] = version.Value,
                ["VersionStages"] = new JsonArray(version.Stages.Select(s => (JsonNode)s!).ToArray()),
                ["ARN"] = "arn:aws:secretsmanager:us-east-1:123456789012:secret:" + id + "-AbCdEf",
            };
            var parameter = new JsonObject
            {
                ["Name"] = ReferencePath + id,
                ["Type"] = "SecureString",
                ["Value"] = version.Value,
                ["Version"] = 0,
                ["ARN"] = "arn:aws:secretsmanager:us-east-1:123456789012:secret:" + id + "-AbCdEf",
                ["LastModifiedDate"] = 1.7e9,
                ["SourceResult"] = sourceResult.ToJsonString(),
            };
            if (selector is not null)
            {
                parameter["Selector"] = ":" + selector;
            }

            return (parameter, null);
        }

        var lastColon = requested.LastIndexOf(':');
        var parameterName = lastColon < 0 ? requested : requested.Substring(0, lastColon);
        var parameterSelector = lastColon < 0 ? null : requested.Substring(lastColon + 1);
        if (!_parameters.TryGetValue(parameterName, out var versions))
        {
            return (null, "ParameterNotFound");
        }

        ParameterVersion? match;
        lock (versions)
        {
            match = parameterSelector is null ? versions.LastOrDefault()
                : long.TryParse(parameterSelector, out var number) ? versions.FirstOrDefault(v => v.Version == number)
                : versions.FirstOrDefault(v => v.Labels.Contains(parameterSelector));
        }

        if (match is null)
        {
            return (null, "ParameterVersionNotFound");
        }

        var result = new JsonObject
        {
            ["Name"] = parameterName,
            ["Type"] = "SecureString",
            ["Value"] = withDecryption ? match.Value : "AQICAHencrypted-blob",
            ["Version"] = match.Version,
            ["ARN"] = "arn:aws:ssm:us-east-1:123456789012:parameter" + parameterName,
            ["LastModifiedDate"] = 1.7e9,
            ["DataType"] = "text",
        };
        if (parameterSelector is not null)
        {
            result["Selector"] = ":" + parameterSelector;
        }

        return (result, null);
    }

    private sealed record ParameterVersion(string Value, long Version, string[] Labels);

    private sealed record SecretVersion(string Value, string VersionId, string[] Stages);
}
