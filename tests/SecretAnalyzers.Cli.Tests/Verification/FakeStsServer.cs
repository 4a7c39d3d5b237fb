using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using SecretAnalyzers.Runtime.Tests.Aws;

namespace SecretAnalyzers.Cli.Tests.Verification;

/// <summary>
/// STS GetCallerIdentity on 127.0.0.1: answers by the access key id in the SigV4 Authorization header (live keys get
/// an identity, unknown keys InvalidClientTokenId, one key a server error). Speaks the query protocol (XML) and the
/// JSON protocol, whichever the SDK uses. Records every request, so a test can assert none was made.
/// </summary>
internal sealed class FakeStsServer : IDisposable
{
    private static readonly Regex Credential = new("Credential=([A-Z0-9]+)/", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private readonly MiniHttpServer server;
    private readonly Dictionary<string, (string Account, string Arn)> live = new(StringComparer.Ordinal);

    public FakeStsServer()
    {
        server = new MiniHttpServer(request => Task.FromResult(Handle(request)));
    }

    public string Url => server.Url;

    public ConcurrentQueue<HttpRequestRecord> Requests { get; } = new();

    public string? FailingKeyId { get; set; }

    public void AddLiveKey(string accessKeyId, string account, string arn) => live[accessKeyId] = (account, arn);

    public void Dispose() => server.Dispose();

    private HttpResponseRecord Handle(HttpRequestRecord request)
    {
        Requests.Enqueue(request);
        bool json = request.Header("X-Amz-Target") is not null;
        string keyId = Credential.Match(request.Header("Authorization") ?? string.Empty).Groups[1].Value;
        if (!json && !request.Body.Contains("Action=GetCallerIdentity", StringComparison.Ordinal))
        {
            return Error(json, 400, "InvalidAction");
        }

        if (keyId == FailingKeyId)
        {
            return Error(json, 500, "InternalFailure");
        }

        if (!live.TryGetValue(keyId, out var identity))
        {
            return Error(json, 403, "InvalidClientTokenId");
        }

        return json
            ? new HttpResponseRecord(200, "{\"Account\":\"" + identity.Account + "\",\"Arn\":\"" + identity.Arn + "\",\"UserId\":\"AIDAFAKEUSERID\"}", "application/x-amz-json-1.0")
            : new HttpResponseRecord(200,
                "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult>"
                + "<Arn>" + identity.Arn + "</Arn><UserId>AIDAFAKEUSERID</UserId><Account>" + identity.Account + "</Account>"
                + "</GetCallerIdentityResult><ResponseMetadata><RequestId>fake-1</RequestId></ResponseMetadata></GetCallerIdentityResponse>",
                "text/xml");
    }

    private static HttpResponseRecord Error(bool json, int status, string code) => json
        ? new HttpResponseRecord(status, "{\"__type\":\"" + code + "\",\"message\":\"fake " + code + "\"}", "application/x-amz-json-1.0")
        : new HttpResponseRecord(status,
            "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>Sender</Type><Code>" + code
            + "</Code><Message>fake " + code + "</Message></Error><RequestId>fake-2</RequestId></ErrorResponse>",
            "text/xml");
}
