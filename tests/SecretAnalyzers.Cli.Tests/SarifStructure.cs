using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace SecretAnalyzers.Cli.Tests;

/// <summary>
/// A focused check of a SARIF 2.1.0 log against the parts of the OASIS JSON schema (sarif-schema-2.1.0.json) that
/// the scanner emits: required members, member types, enumerations, numeric minimums, and no member the schema does
/// not define (the schema's objects are closed: <c>additionalProperties: false</c>). The schema itself is not
/// shipped; the rules below are transcribed from the SARIF 2.1.0 specification.
/// </summary>
internal static class SarifStructure
{
    private static readonly string[] Levels = { "none", "note", "warning", "error" };

    public static IReadOnlyList<string> Validate(JsonElement log)
    {
        var problems = new List<string>();
        var v = new Visitor(problems);
        v.Object(log, "$", required: new[] { "version", "runs" }, allowed: new[] { "$schema", "version", "runs", "inlineExternalProperties", "properties" });
        v.Equal(log, "version", "2.1.0", "$");
        v.UriString(log, "$schema", "$", absolute: true);
        foreach (var (run, path) in v.Array(log, "runs", "$", minItems: 1))
        {
            v.Object(run, path, required: new[] { "tool" }, allowed: new[] { "tool", "originalUriBaseIds", "results", "columnKind", "invocations", "artifacts", "properties", "automationDetails" });
            v.Enum(run, "columnKind", path, "utf16CodeUnits", "unicodeCodePoints");
            ValidateTool(v, run.GetProperty("tool"), path + ".tool");
            if (run.TryGetProperty("originalUriBaseIds", out var bases))
            {
                foreach (var property in bases.EnumerateObject())
                {
                    var basePath = $"{path}.originalUriBaseIds.{property.Name}";
                    v.Object(property.Value, basePath, required: Array.Empty<string>(), allowed: new[] { "uri", "uriBaseId", "index", "description", "properties" });
                    // §3.14.14: a base id without its own uriBaseId is an absolute URI, and every base URI ends with '/'.
                    v.UriString(property.Value, "uri", basePath, absolute: !property.Value.TryGetProperty("uriBaseId", out _));
                    if (!property.Value.GetProperty("uri").GetString()!.EndsWith('/'))
                    {
                        problems.Add(basePath + ".uri must end with '/'");
                    }
                }
            }

            var ruleCount = run.GetProperty("tool").GetProperty("driver").TryGetProperty("rules", out var rules) ? rules.GetArrayLength() : 0;
            foreach (var (result, resultPath) in v.Array(run, "results", path, minItems: 0))
            {
                ValidateResult(v, result, resultPath, ruleCount);
            }
        }

        return problems;
    }

    private static void ValidateTool(Visitor v, JsonElement tool, string path)
    {
        v.Object(tool, path, required: new[] { "driver" }, allowed: new[] { "driver", "extensions", "properties" });
        var driver = tool.GetProperty("driver");
        var driverPath = path + ".driver";
        v.Object(driver, driverPath, required: new[] { "name" }, allowed: new[] { "name", "fullName", "version", "semanticVersion", "informationUri", "rules", "organization", "product", "properties", "notifications", "guid" });
        v.String(driver, "name", driverPath);
        v.String(driver, "version", driverPath);
        v.String(driver, "semanticVersion", driverPath);
        v.UriString(driver, "informationUri", driverPath, absolute: true);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (rule, rulePath) in v.Array(driver, "rules", driverPath, minItems: 0))
        {
            v.Object(rule, rulePath, required: new[] { "id" }, allowed: new[] { "id", "name", "shortDescription", "fullDescription", "help", "helpUri", "defaultConfiguration", "properties", "guid", "messageStrings" });
            if (!ids.Add(rule.GetProperty("id").GetString()!))
            {
                v.Problems.Add(rulePath + ".id is not unique");
            }

            foreach (var text in new[] { "shortDescription", "fullDescription" })
            {
                if (rule.TryGetProperty(text, out var message))
                {
                    v.Object(message, rulePath + "." + text, required: new[] { "text" }, allowed: new[] { "text", "markdown", "properties" });
                }
            }

            v.UriString(rule, "helpUri", rulePath, absolute: true);
            if (rule.TryGetProperty("defaultConfiguration", out var configuration))
            {
                v.Object(configuration, rulePath + ".defaultConfiguration", required: Array.Empty<string>(), allowed: new[] { "enabled", "level", "rank", "parameters", "properties" });
                v.Enum(configuration, "level", rulePath + ".defaultConfiguration", Levels);
            }

            if (rule.TryGetProperty("properties", out var bag))
            {
                ValidateTags(v, bag, rulePath + ".properties");
            }
        }
    }

    private static void ValidateResult(Visitor v, JsonElement result, string path, int ruleCount)
    {
        v.Object(result, path, required: new[] { "message" }, allowed: new[] { "ruleId", "ruleIndex", "level", "message", "locations", "partialFingerprints", "fingerprints", "baselineState", "kind", "properties", "suppressions" });
        v.Object(result.GetProperty("message"), path + ".message", required: Array.Empty<string>(), allowed: new[] { "text", "markdown", "id", "arguments", "properties" });
        if (!result.GetProperty("message").TryGetProperty("text", out _) && !result.GetProperty("message").TryGetProperty("id", out _))
        {
            v.Problems.Add(path + ".message needs text or id");
        }

        v.Enum(result, "level", path, Levels);
        if (result.TryGetProperty("ruleIndex", out var index) && (index.GetInt32() < -1 || index.GetInt32() >= ruleCount))
        {
            v.Problems.Add(path + ".ruleIndex is out of range");
        }

        if (result.TryGetProperty("partialFingerprints", out var fingerprints))
        {
            foreach (var fingerprint in fingerprints.EnumerateObject())
            {
                if (fingerprint.Value.ValueKind != JsonValueKind.String)
                {
                    v.Problems.Add($"{path}.partialFingerprints.{fingerprint.Name} must be a string");
                }
            }
        }

        foreach (var (location, locationPath) in v.Array(result, "locations", path, minItems: 0))
        {
            v.Object(location, locationPath, required: Array.Empty<string>(), allowed: new[] { "id", "physicalLocation", "logicalLocations", "message", "properties" });
            var physical = location.GetProperty("physicalLocation");
            var physicalPath = locationPath + ".physicalLocation";
            v.Object(physical, physicalPath, required: Array.Empty<string>(), allowed: new[] { "artifactLocation", "region", "contextRegion", "address", "properties" });
            var artifact = physical.GetProperty("artifactLocation");
            v.Object(artifact, physicalPath + ".artifactLocation", required: Array.Empty<string>(), allowed: new[] { "uri", "uriBaseId", "index", "description", "properties" });
            v.UriString(artifact, "uri", physicalPath + ".artifactLocation", absolute: !artifact.TryGetProperty("uriBaseId", out _));
            var region = physical.GetProperty("region");
            var regionPath = physicalPath + ".region";
            v.Object(region, regionPath, required: Array.Empty<string>(), allowed: new[] { "startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength", "snippet", "message", "properties" });
            foreach (var member in new[] { "startLine", "startColumn", "endLine", "endColumn" })
            {
                if (region.TryGetProperty(member, out var number) && number.GetInt32() < 1)
                {
                    v.Problems.Add($"{regionPath}.{member} must be at least 1");
                }
            }
        }
    }

    private static void ValidateTags(Visitor v, JsonElement bag, string path)
    {
        if (bag.TryGetProperty("tags", out var tags))
        {
            var values = tags.EnumerateArray().Select(t => t.GetString()).ToList();
            if (values.Distinct().Count() != values.Count)
            {
                v.Problems.Add(path + ".tags must be unique");
            }
        }

        // GitHub code scanning: security-severity is a string holding a number from 0.0 to 10.0.
        if (bag.TryGetProperty("security-severity", out var severity)
            && (severity.ValueKind != JsonValueKind.String
                || !double.TryParse(severity.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var score)
                || score < 0 || score > 10))
        {
            v.Problems.Add(path + ".security-severity must be a string with a number from 0 to 10");
        }
    }

    private sealed class Visitor
    {
        public Visitor(List<string> problems) => Problems = problems;

        public List<string> Problems { get; }

        public void Object(JsonElement element, string path, string[] required, string[] allowed)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                Problems.Add(path + " must be an object");
                return;
            }

            foreach (var name in required.Where(name => !element.TryGetProperty(name, out _)))
            {
                Problems.Add($"{path}.{name} is required");
            }

            foreach (var property in element.EnumerateObject().Where(p => !allowed.Contains(p.Name)))
            {
                Problems.Add($"{path}.{property.Name} is not defined by the schema");
            }
        }

        public IEnumerable<(JsonElement Item, string Path)> Array(JsonElement owner, string name, string path, int minItems)
        {
            if (!owner.TryGetProperty(name, out var array))
            {
                return Enumerable.Empty<(JsonElement, string)>();
            }

            if (array.ValueKind != JsonValueKind.Array)
            {
                Problems.Add($"{path}.{name} must be an array");
                return Enumerable.Empty<(JsonElement, string)>();
            }

            if (array.GetArrayLength() < minItems)
            {
                Problems.Add($"{path}.{name} needs at least {minItems} item(s)");
            }

            return array.EnumerateArray().Select((item, i) => (item, $"{path}.{name}[{i}]")).ToList();
        }

        public void String(JsonElement owner, string name, string path)
        {
            if (owner.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.String)
            {
                Problems.Add($"{path}.{name} must be a string");
            }
        }

        public void Equal(JsonElement owner, string name, string expected, string path)
        {
            if (owner.TryGetProperty(name, out var value) && value.GetString() != expected)
            {
                Problems.Add($"{path}.{name} must be '{expected}'");
            }
        }

        public void Enum(JsonElement owner, string name, string path, params string[] values)
        {
            if (owner.TryGetProperty(name, out var value) && !values.Contains(value.GetString()))
            {
                Problems.Add($"{path}.{name} must be one of {string.Join(", ", values)}");
            }
        }

        public void UriString(JsonElement owner, string name, string path, bool absolute)
        {
            if (!owner.TryGetProperty(name, out var value))
            {
                return;
            }

            if (value.ValueKind != JsonValueKind.String || !Uri.TryCreate(value.GetString(), absolute ? UriKind.Absolute : UriKind.RelativeOrAbsolute, out _))
            {
                Problems.Add($"{path}.{name} must be {(absolute ? "an absolute" : "a")} URI");
            }
        }
    }
}
