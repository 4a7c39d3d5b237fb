using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using SecretAnalyzers.Runtime.Tests.Aws;

namespace SecretAnalyzers.EndToEnd.Tests;

/// <summary>
/// Issue 9, item 9: samples/WebApp built from the packed packages, run in Production against a loopback fake SSM
/// endpoint that the real AWS SDK reaches through the standard environment (AWS_REGION, AWS_ENDPOINT_URL_SSM, keys),
/// with no local file; every secret must come from the fake AWS and no value may reach the output. Then published
/// with a developer's secrets.local.json beside the project: the file must not be published, nor read in Production.
/// </summary>
[Collection(PackagedToolchainCollection.Name)]
public sealed class WebAppTests
{
    private const string JwtBearerVersion = "10.0.15";

    // Distinct lengths, so the status page (lengths only) shows which value the app got.
    private static readonly (string Kind, string Id, string Value)[] AwsSecrets =
    {
        ("secretsmanager", "webapp/orders-db-password", "e2e-orders-db-password-from-fake-aws"),
        ("parameterstore", "/webapp/payments-api-token", "e2e-payments-token-from-fake-aws-1"),
        ("secretsmanager", "webapp/jwt-signing-key", "e2e-jwt-signing-key-from-fake-aws-0123456789abcdef0123"),
        ("parameterstore", "/webapp/smtp-password", "e2e-smtp-from-fake-aws"),
    };

    private readonly PackagedToolchainFixture _fixture;

    public WebAppTests(PackagedToolchainFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task WebAppReadsEverySecretFromAwsInProductionAndNeverPublishesTheLocalFile()
    {
        var project = CreateProject();
        var build = DotNetCli.Run(project, "build", "-c", "Release", "--disable-build-servers", "-v:minimal", "-clp:NoSummary");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain("warning", build.Output, StringComparison.OrdinalIgnoreCase);

        using var server = NewFakeAws();
        var output = Path.Combine(project, "bin", "Release", "net10.0");
        Assert.False(File.Exists(Path.Combine(project, "secrets.local.json")));
        var run = await RunAsync(server, Path.Combine(output, "WebApp.dll"), workingDirectory: project);
        AssertEverySecretCameFromAws(server, run);

        // A developer's local file beside the project: not copied by build or publish, and not read in Production.
        File.WriteAllText(Path.Combine(project, "secrets.local.json"), """
            {
              "webapp/orders-db-password": "local-decoy",
              "/webapp/payments-api-token": "local-decoy",
              "webapp/jwt-signing-key": "local-decoy-signing-key-0123456789abcdef0123456789abcdef",
              "/webapp/smtp-password": "local-decoy"
            }
            """);
        var publishDirectory = Path.Combine(_fixture.WorkRoot, "webapp-publish");
        var publish = DotNetCli.Run(project, "publish", "-c", "Release", "-o", publishDirectory, "--disable-build-servers", "-v:minimal", "-clp:NoSummary");
        Assert.True(publish.ExitCode == 0, publish.ToString());
        Assert.True(File.Exists(Path.Combine(publishDirectory, "WebApp.dll")), publish.ToString());
        Assert.True(File.Exists(Path.Combine(publishDirectory, "appsettings.json")), "the publish output lacks appsettings.json: the assert below would prove nothing");
        Assert.Empty(Directory.GetFiles(publishDirectory, "secrets.local.json", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(output, "secrets.local.json", SearchOption.AllDirectories));

        using var secondServer = NewFakeAws();
        var published = await RunAsync(secondServer, Path.Combine(publishDirectory, "WebApp.dll"), workingDirectory: project);
        AssertEverySecretCameFromAws(secondServer, published);
        Assert.DoesNotContain("local-decoy", published.Output);
    }

    private static FakeSsmServer NewFakeAws()
    {
        var server = new FakeSsmServer();
        foreach (var (kind, id, value) in AwsSecrets)
        {
            if (kind == "secretsmanager")
            {
                server.PutSecret(id, value, "v1");
            }
            else
            {
                server.PutParameter(id, value);
            }
        }

        return server;
    }

    private static void AssertEverySecretCameFromAws(FakeSsmServer server, AppRun run)
    {
        var status = run.Status;
        Assert.Equal("Production", status["environment"]!.GetValue<string>());
        Assert.Equal(AwsSecrets[0].Value.Length, status["ordersPasswordLength"]!.GetValue<int>());
        Assert.Equal("Host=orders-db.internal;Database=orders", status["ordersDatabase"]!.GetValue<string>());
        Assert.Equal("Bearer", status["paymentsScheme"]!.GetValue<string>());
        Assert.Equal(AwsSecrets[1].Value.Length, status["paymentsTokenLength"]!.GetValue<int>());
        Assert.Equal(AwsSecrets[2].Value.Length * 8, status["jwtSigningKeyBits"]!.GetValue<int>());
        Assert.Equal(AwsSecrets[3].Value.Length, status["smtpPasswordLength"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, run.OrdersWithAwsKey);
        Assert.Equal(HttpStatusCode.Unauthorized, run.OrdersWithOtherKey);

        // Every secret was asked of AWS, once, in batched GetParameters calls, all signed with the fake key.
        Assert.Empty(server.SignatureProblems);
        var requested = server.Requests
            .Where(r => r.Header("X-Amz-Target") == "AmazonSSM.GetParameters")
            .SelectMany(r => JsonNode.Parse(r.Body)!["Names"]!.AsArray().Select(n => n!.GetValue<string>()))
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();
        var expected = AwsSecrets
            .Select(s => s.Kind == "secretsmanager" ? FakeSsmServer.ReferencePath + s.Id : s.Id)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(expected, requested);
        Assert.Equal(server.Requests.Count, server.CountOf("GetParameters"));

        foreach (var (_, id, value) in AwsSecrets)
        {
            Assert.False(run.Output.Contains(value, StringComparison.Ordinal), "the value of " + id + " appeared in the app's output");
            Assert.False(run.StatusText.Contains(value, StringComparison.Ordinal), "the value of " + id + " appeared on the status page");
        }
    }

    private string CreateProject()
    {
        var sample = Path.Combine(_fixture.RepositoryRoot, "samples", "WebApp");
        var project = Path.Combine(_fixture.WorkRoot, "WebApp");
        Directory.CreateDirectory(project);
        foreach (var file in Directory.GetFiles(sample, "*.cs").Concat(Directory.GetFiles(sample, "*.json")))
        {
            if (!string.Equals(Path.GetFileName(file), "secrets.local.json", StringComparison.OrdinalIgnoreCase))
            {
                File.Copy(file, Path.Combine(project, Path.GetFileName(file)));
            }
        }

        // The sample's own project file references the repository's projects; a user's references the packages.
        File.WriteAllText(
            Path.Combine(project, "WebApp.csproj"),
            $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <RootNamespace>WebApp</RootNamespace>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SecretAnalyzers" Version="{_fixture.Version}" PrivateAssets="all" />
                <PackageReference Include="SecretAnalyzers.Runtime.Aws" Version="{_fixture.Version}" />
                <PackageReference Include="Microsoft.AspNetCore.Authentication.JwtBearer" Version="{JwtBearerVersion}" />
              </ItemGroup>
            </Project>
            """);
        return project;
    }

    private static async Task<AppRun> RunAsync(FakeSsmServer server, string dll, string workingDirectory)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(dll);
        startInfo.ArgumentList.Add("--urls");
        startInfo.ArgumentList.Add("http://127.0.0.1:0");
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            var name = (string)variable.Key;
            if (name.StartsWith("AWS_", StringComparison.OrdinalIgnoreCase) || name.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("DOTNET_ENVIRONMENT", StringComparison.OrdinalIgnoreCase) || name == "SECRETANALYZERS_LOCAL_FILE")
            {
                startInfo.Environment.Remove(name);
            }
        }

        // What a container in production would have, pointed at the loopback fake: the SDK's standard variables only.
        var nowhere = Path.Combine(Path.GetTempPath(), "secretanalyzers-e2e-no-aws-config");
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        startInfo.Environment["AWS_REGION"] = "us-east-1";
        startInfo.Environment["AWS_ENDPOINT_URL_SSM"] = server.Url.TrimEnd('/');
        startInfo.Environment["AWS_ACCESS_KEY_ID"] = FakeSsmServer.AccessKey;
        startInfo.Environment["AWS_SECRET_ACCESS_KEY"] = FakeSsmServer.SecretKey;
        startInfo.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        startInfo.Environment["AWS_CONFIG_FILE"] = nowhere;
        startInfo.Environment["AWS_SHARED_CREDENTIALS_FILE"] = nowhere;
        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        var output = new StringBuilder();
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var process = new Process { StartInfo = startInfo };
        void OnLine(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
            }

            if (Regex.Match(line, @"Now listening on: (http://127\.0\.0\.1:\d+)") is { Success: true } match)
            {
                listening.TrySetResult(match.Groups[1].Value);
            }
        }

        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("WebApp exited with " + process.ExitCode));
        process.EnableRaisingEvents = true;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            string url;
            try
            {
                url = await listening.Task.WaitAsync(TimeSpan.FromMinutes(2));
            }
            catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
            {
                lock (output)
                {
                    throw new Xunit.Sdk.XunitException("WebApp did not start listening (" + ex.Message + "):\n" + output);
                }
            }

            using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
            var statusText = await http.GetStringAsync("/status");
            var withAwsKey = await GetOrdersAsync(http, AwsSecrets[2].Value);
            var withOtherKey = await GetOrdersAsync(http, "another-signing-key-0123456789abcdef0123456789abcdef");
            lock (output)
            {
                return new AppRun(JsonNode.Parse(statusText)!.AsObject(), statusText, withAwsKey, withOtherKey, output.ToString());
            }
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit(30_000);
        }
    }

    private static async Task<HttpStatusCode> GetOrdersAsync(HttpClient http, string signingKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/orders");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AccessToken(signingKey));
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>An HS256 JWT for the sample's issuer and audience, signed with <paramref name="signingKey"/>.</summary>
    private static string AccessToken(string signingKey)
    {
        static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { alg = "HS256", typ = "JWT" }));
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new
        {
            iss = "webapp",
            aud = "webapp-api",
            sub = "e2e",
            exp = DateTimeOffset.UtcNow.AddMinutes(10).ToUnixTimeSeconds(),
        }));
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingKey), Encoding.ASCII.GetBytes(header + "." + payload));
        return header + "." + payload + "." + Base64Url(signature);
    }

    private sealed record AppRun(JsonObject Status, string StatusText, HttpStatusCode OrdersWithAwsKey, HttpStatusCode OrdersWithOtherKey, string Output);
}
