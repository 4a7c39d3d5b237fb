using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace SecretAnalyzers.CodeFixes.Tests;

/// <summary>Keeps the fixer catalogue honest: exported with a name, shared, sealed; stable and distinct keys; store order.</summary>
public class FixerCatalogueTests
{
    [Fact]
    public void EveryFixer_IsExportedWithItsName_Shared_AndSealed()
    {
        var fixers = typeof(MoveSecretToStoreCodeFixProvider).Assembly.GetTypes()
            .Where(type => typeof(CodeFixProvider).IsAssignableFrom(type) && !type.IsAbstract)
            .ToList();
        Assert.NotEmpty(fixers);
        foreach (var fixer in fixers)
        {
            var export = fixer.GetCustomAttribute<ExportCodeFixProviderAttribute>();
            Assert.NotNull(export);
            Assert.Equal(fixer.Name, export!.Name);
            Assert.Contains(LanguageNames.CSharp, export.Languages);
            Assert.NotNull(fixer.GetCustomAttribute<SharedAttribute>());
            Assert.True(fixer.IsSealed && fixer.IsPublic, fixer.Name);
        }
    }

    [Fact]
    public void FixesTheThreeCodeRules_WithAFixAllProvider()
    {
        var fixer = new MoveSecretToStoreCodeFixProvider();
        Assert.Equal(new[] { "SEC0001", "SEC0002", "SEC0003" }, fixer.FixableDiagnosticIds.OrderBy(id => id));
        var scopes = fixer.GetFixAllProvider().GetSupportedFixAllScopes().ToList();
        Assert.Contains(FixAllScope.Document, scopes);
        Assert.Contains(FixAllScope.Project, scopes);
        Assert.Contains(FixAllScope.Solution, scopes);
    }

    [Theory]
    [InlineData(false, "SecretAnalyzers.MoveToSecretsManager", "SecretAnalyzers.MoveToParameterStore")]
    [InlineData(true, "SecretAnalyzers.MoveToParameterStore", "SecretAnalyzers.MoveToSecretsManager")]
    public void DefaultStore_IsOfferedFirst(bool parameterStoreDefault, string first, string second)
    {
        var store = parameterStoreDefault ? SecretStoreKind.ParameterStore : SecretStoreKind.SecretsManager;
        var diagnostic = Diagnostic.Create(new DiagnosticDescriptor("SEC0003", "t", "m", "c", DiagnosticSeverity.Warning, true), Location.None,
            ImmutableDictionary<string, string?>.Empty.Add(DiagnosticPropertyKeys.CredentialStart, "1").Add(DiagnosticPropertyKeys.CredentialLength, "2"));
        var keys = MoveSecretToStoreCodeFixProvider.GetRequests(diagnostic, store).Select(r => r.EquivalenceKey).ToList();
        Assert.Equal(4, keys.Distinct().Count());
        Assert.Equal(first, keys[0]);
        Assert.Equal(second, keys[1]);
        Assert.All(keys, key => Assert.Same(key, SecretMoveRequest.FromEquivalenceKey(key)!.EquivalenceKey));
    }

    // The kebab-case table itself is in Generators.Tests (ManifestNamesKebabCaseTests): the fixes use that one.
    [Theory]
    [InlineData("DbPassword", "db-password")]
    [InlineData("AWSSecretKey", "aws-secret-key")]
    [InlineData("OAuth2Token", "o-auth2-token")]
    [InlineData("Пароль", "secret")]
    [InlineData("ПарольDb", "db")]
    public void NewIds_UseTheManifestsKebabCase(string name, string id) =>
        Assert.Equal(id, NamesFromContextTests.SecretFixOptionsFor(string.Empty).CreateId(name, SecretStoreKind.SecretsManager));
}
