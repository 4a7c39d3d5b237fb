using System;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using SecretAnalyzers.Generators.Tests.TestHelpers;
using SecretAnalyzers.Runtime;

namespace SecretAnalyzers.Generators.Tests;

/// <summary>
/// Compiles the generated accessors with a small program against the real SecretAnalyzers.Runtime, loads the result
/// and calls the accessors against an in-memory store.
/// </summary>
public sealed class CompileAndRunTests
{
    private const string BasicProgram = """
        using System.Threading.Tasks;
        using SecretAnalyzers.Runtime;

        namespace MyApp;

        internal static class Program
        {
            public static async Task<string> RunAsync(ISecretProvider provider)
            {
                Secrets.Provider = provider;
                var password = await Secrets.GetDbPasswordAsync();
                var stripe = await Secrets.GetStripeApiKeyAsync();
                var smtp = await Secrets.GetSmtpPasswordAsync();
                return password + "|" + stripe + "|" + smtp + "|" + Secrets.DbPassword + "|" + Secrets.LegacyToken;
            }

            public static async Task<string> PreloadThenReadAsync(ISecretProvider provider)
            {
                Secrets.Provider = provider;
                await Secrets.PreloadAsync();
                return Secrets.StripeApiKey + "|" + Secrets.SmtpPassword;
            }

            public static Task<string> ThroughAccessorAsync(ISecretProvider provider) =>
                new SecretsAccessor(provider).GetDbPasswordAsync().AsTask();

            public static string ThroughDependencyInjection(System.IServiceProvider services) =>
                services.UseSecrets() is null ? "" : Secrets.DbPassword;
        }
        """;

    private const string RdsProgram = """
        using System.Threading.Tasks;
        using SecretAnalyzers.Runtime;

        namespace MyApp;

        internal static class Program
        {
            public static async Task<string> RunAsync(ISecretProvider provider)
            {
                AppSecrets.Provider = provider;
                DbCredentials db = await AppSecrets.GetDatabaseAsync();
                var limits = AppSecrets.Limits;
                return db.Username + "@" + db.Host + ":" + db.Port + "/" + (db.Dbname ?? "<none>") + " " + db.EngineName
                    + " | " + limits.MaxConnections + " " + limits.Ratio.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + " " + limits.Enabled + " " + limits.Endpoint.Host + " " + limits.Timeout.TotalSeconds + " " + (limits.RetryAfter is null)
                    + " | " + db;
            }
        }
        """;

    [Fact]
    public async Task PlainSecrets_AreReadFromTheStore()
    {
        var store = new InMemorySecretStore();
        store.Set(SecretSource.SecretsManager, "myapp/prod/db", "{\"username\":\"app\",\"password\":\"db-pass\"}");
        store.Set(SecretSource.SecretsManager, "myapp/prod/stripe", "sk-test");
        store.Set(SecretSource.ParameterStore, "/myapp/prod/smtp-password", "smtp-pass", versionId: "3");
        store.Set(SecretSource.SecretsManager, "arn:aws:secretsmanager:eu-west-1:123456789012:secret:legacy-AbCdEf", "legacy");
        using var assembly = Compile(Manifests.Basic, BasicProgram);

        var result = await (Task<string>)assembly.InvokeStatic("MyApp.Program", "RunAsync", new SecretCache(store))!;

        Assert.Equal("db-pass|sk-test|smtp-pass|db-pass|legacy", result);
    }

    [Fact]
    public async Task PreloadAsync_BatchesAndThenSynchronousReadsUseTheCache()
    {
        var store = new InMemorySecretStore();
        store.Set(SecretSource.SecretsManager, "myapp/prod/db", "{\"password\":\"db-pass\"}");
        store.Set(SecretSource.SecretsManager, "myapp/prod/stripe", "sk-test");
        store.Set(SecretSource.ParameterStore, "/myapp/prod/smtp-password", "smtp-pass", versionId: "3");
        store.Set(SecretSource.SecretsManager, "arn:aws:secretsmanager:eu-west-1:123456789012:secret:legacy-AbCdEf", "legacy");
        using var assembly = Compile(Manifests.Basic, BasicProgram);

        var result = await (Task<string>)assembly.InvokeStatic("MyApp.Program", "PreloadThenReadAsync", new SecretCache(store))!;

        Assert.Equal("sk-test|smtp-pass", result);
        Assert.True(store.BatchCallCount >= 1, "PreloadAsync should use the store's batch call.");
        Assert.Equal(0, store.GetCallCount);
    }

    [Fact]
    public async Task TypedJsonSecret_IsReadIntoARecordThatHidesItsValues()
    {
        var store = new InMemorySecretStore();
        store.Set(SecretSource.SecretsManager, "rds/main", """
            {"username":"app","password":"p@ss-w0rd","host":"db.internal","port":"5432","engine":"postgres"}
            """);
        store.Set(SecretSource.ParameterStore, "/myapp/limits", """
            {"max_connections": 10000000000, "ratio": 0.75, "enabled": true, "endpoint": "https://api.example.com/v1", "timeout": "00:00:30"}
            """);
        using var assembly = Compile(Manifests.RdsCredentials, RdsProgram);

        var result = await (Task<string>)assembly.InvokeStatic("MyApp.Program", "RunAsync", new SecretCache(store))!;

        Assert.Equal("app@db.internal:5432/<none> postgres | 10000000000 0.75 True api.example.com 30 True | DbCredentials { 6 fields, values hidden }", result);
        Assert.DoesNotContain("p@ss-w0rd", result);
    }

    [Fact]
    public async Task TypedJsonSecret_MissingRequiredField_ThrowsAFormatErrorNamingTheField()
    {
        var store = new InMemorySecretStore();
        store.Set(SecretSource.SecretsManager, "rds/main", "{\"username\":\"app\",\"password\":\"p@ss-w0rd\",\"port\":5432,\"engine\":\"postgres\"}");
        store.Set(SecretSource.ParameterStore, "/myapp/limits", "{}");
        using var assembly = Compile(Manifests.RdsCredentials, RdsProgram);

        var exception = await Assert.ThrowsAsync<SecretFormatException>(
            () => (Task<string>)assembly.InvokeStatic("MyApp.Program", "RunAsync", new SecretCache(store))!);

        Assert.Contains("host", exception.Message);
        Assert.DoesNotContain("p@ss-w0rd", exception.Message);
    }

    [Fact]
    public async Task MissingSecret_ThrowsSecretNotFound()
    {
        using var assembly = Compile(Manifests.Basic, BasicProgram);

        await Assert.ThrowsAsync<SecretNotFoundException>(
            () => (Task<string>)assembly.InvokeStatic("MyApp.Program", "RunAsync", new SecretCache(new InMemorySecretStore()))!);
    }

    [Fact]
    public async Task InstanceAccessor_ReadsThroughItsOwnProvider()
    {
        var store = new InMemorySecretStore();
        store.Set(SecretSource.SecretsManager, "myapp/prod/db", "{\"password\":\"from-accessor\"}");
        using var assembly = Compile(Manifests.Basic, BasicProgram);

        var result = await (Task<string>)assembly.InvokeStatic("MyApp.Program", "ThroughAccessorAsync", new SecretCache(store))!;

        Assert.Equal("from-accessor", result);
    }

    [Fact]
    public void DependencyInjection_AddAndUseWireTheContainersProvider()
    {
        var store = new InMemorySecretStore();
        store.Set(SecretSource.SecretsManager, "myapp/prod/db", "{\"password\":\"from-container\"}");
        using var assembly = Compile(Manifests.Basic, BasicProgram);
        var services = new ServiceCollection();
        services.AddSingleton<ISecretProvider>(new SecretCache(store));
        var secretsType = assembly.Assembly.GetType("MyApp.Secrets", throwOnError: true)!;
        secretsType.GetMethod("AddSecrets")!.Invoke(null, new object[] { services });
        using var container = services.BuildServiceProvider();

        var accessor = container.GetRequiredService(assembly.Assembly.GetType("MyApp.SecretsAccessor", throwOnError: true)!);
        var result = (string)assembly.InvokeStatic("MyApp.Program", "ThroughDependencyInjection", container)!;

        Assert.NotNull(accessor);
        Assert.Equal("from-container", result);
    }

    [Fact]
    public void GeneratedCode_CompilesWithCSharp9AndNoWarnings()
    {
        var output = GeneratorTestRunner.Run(Manifests.RdsCredentials, version: Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp9);
        Assert.Empty(output.Diagnostics);
        Assert.Empty(output.CompilationDiagnostics);
    }

    private static CompiledAssembly Compile(string manifest, string program)
    {
        var output = GeneratorTestRunner.Run(manifest, sources: new[] { program });
        Assert.Empty(output.Diagnostics);
        Assert.Empty(output.CompilationDiagnostics);
        return CompiledAssembly.Load(output.Compilation);
    }
}
