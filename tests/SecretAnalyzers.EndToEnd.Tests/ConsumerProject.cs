using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SecretAnalyzers.EndToEnd.Tests;

/// <summary>A fresh project in the fixture's work folder that consumes the packed packages like a user's would.</summary>
internal sealed class ConsumerProject
{
    private ConsumerProject(string directory)
    {
        Directory = directory;
    }

    public string Directory { get; }

    /// <param name="properties">Extra MSBuild properties written into the project file (e.g. <c>SecretAnalyzersIgnoredValues</c>).</param>
    public static ConsumerProject Create(
        PackagedToolchainFixture fixture,
        string name,
        IReadOnlyDictionary<string, string> files,
        bool withRuntime = false,
        IReadOnlyDictionary<string, string>? properties = null)
    {
        var directory = Path.Combine(fixture.WorkRoot, name);
        System.IO.Directory.CreateDirectory(directory);
        var runtimeReference = withRuntime
            ? $"""<PackageReference Include="SecretAnalyzers.Runtime" Version="{fixture.Version}" />"""
            : string.Empty;
        var extraProperties = string.Concat((properties ?? new Dictionary<string, string>())
            .Select(p => "\n    <" + p.Key + ">" + System.Security.SecurityElement.Escape(p.Value) + "</" + p.Key + ">"));
        File.WriteAllText(
            Path.Combine(directory, name + ".csproj"),
            $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <RootNamespace>{name}</RootNamespace>{extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SecretAnalyzers" Version="{fixture.Version}" PrivateAssets="all" />
                {runtimeReference}
              </ItemGroup>
            </Project>
            """);
        foreach (var (path, content) in files)
        {
            var fullPath = Path.Combine(directory, path);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
            File.WriteAllText(fullPath, content);
        }

        return new ConsumerProject(directory);
    }

    public CommandResult Build(params string[] extraArguments)
    {
        var arguments = new List<string> { "build", "-c", "Release", "--disable-build-servers", "-v:minimal", "-clp:NoSummary" };
        arguments.AddRange(extraArguments);
        return DotNetCli.Run(Directory, arguments.ToArray());
    }

    public string PathOf(string relative) => Path.Combine(Directory, relative);
}
