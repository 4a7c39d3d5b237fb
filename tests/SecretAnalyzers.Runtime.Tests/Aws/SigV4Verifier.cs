using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace SecretAnalyzers.Runtime.Tests.Aws;

/// <summary>Recomputes an AWS Signature Version 4 for a received request, to check the SDK really signed it with the test key.</summary>
internal static class SigV4Verifier
{
    public static string? Verify(HttpRequestRecord request, string accessKey, string secretKey, string region, string service)
    {
        var authorization = request.Header("Authorization") ?? string.Empty;
        var parts = authorization.Substring(authorization.IndexOf(' ') + 1)
            .Split(',')
            .Select(p => p.Trim().Split('=', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1]);
        if (!parts.TryGetValue("Credential", out var credential) || !parts.TryGetValue("SignedHeaders", out var signedHeaders) || !parts.TryGetValue("Signature", out var signature))
        {
            return "Authorization lacks Credential, SignedHeaders or Signature";
        }

        var scope = credential.Split('/');
        if (scope.Length != 5 || scope[0] != accessKey || scope[2] != region || scope[3] != service || scope[4] != "aws4_request")
        {
            return "unexpected credential scope " + credential;
        }

        var amzDate = request.Header("X-Amz-Date") ?? string.Empty;
        var headerNames = signedHeaders.Split(';');
        var canonicalHeaders = new StringBuilder();
        foreach (var name in headerNames)
        {
            var value = request.Header(name);
            if (value is null)
            {
                return "signed header " + name + " is missing";
            }

            canonicalHeaders.Append(name).Append(':').Append(string.Join(" ", value.Split(' ', StringSplitOptions.RemoveEmptyEntries))).Append('\n');
        }

        var payloadHash = Hex(SHA256.HashData(Encoding.UTF8.GetBytes(request.Body)));
        if (request.Header("X-Amz-Content-SHA256") is { } declared && declared != payloadHash)
        {
            return "X-Amz-Content-SHA256 does not match the body";
        }

        var pathAndQuery = request.Path.Split('?', 2);
        var canonicalRequest = string.Join(
            "\n",
            request.Method,
            pathAndQuery[0],
            pathAndQuery.Length > 1 ? CanonicalQuery(pathAndQuery[1]) : string.Empty,
            canonicalHeaders.ToString(),
            signedHeaders,
            payloadHash);
        var stringToSign = string.Join(
            "\n",
            "AWS4-HMAC-SHA256",
            amzDate,
            string.Join("/", scope.Skip(1)),
            Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest))));

        var key = Encoding.UTF8.GetBytes("AWS4" + secretKey);
        foreach (var part in new[] { scope[1], region, service, "aws4_request" })
        {
            key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(part));
        }

        var expected = Hex(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
        return expected == signature ? null : "signature does not match the request";
    }

    private static string CanonicalQuery(string query) =>
        string.Join("&", query.Split('&', StringSplitOptions.RemoveEmptyEntries).OrderBy(p => p, StringComparer.Ordinal));

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();
}
