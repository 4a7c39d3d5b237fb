namespace SecretAnalyzers.Generators.Tests;

/// <summary>Representative manifests shared by the baseline, compile-and-run and caching tests.</summary>
internal static class Manifests
{
    /// <summary>Plain string secrets from both stores, with defaults, TTLs, versions and a JSON key.</summary>
    public const string Basic = """
        {
          "$schema": "../../schema/secrets.manifest.schema.json",
          // Comments and trailing commas are allowed.
          "className": "Secrets",
          "namespace": "MyApp",
          "defaults": {
            "source": "secretsmanager",
            "ttl": "5m",
            "idPrefix": "myapp/prod/",
          },
          "secrets": {
            "DbPassword": {
              "id": "db",
              "jsonKey": "password",
              "description": "Password of the <main> database & replicas.",
            },
            "StripeApiKey": { "id": "stripe", "versionStage": "AWSCURRENT", "ttl": "00:01:30" },
            "SmtpPassword": { "source": "parameterstore", "id": "/myapp/prod/smtp-password", "versionId": 3, "ttl": "1h30m" },
            "LegacyToken": { "id": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:legacy-AbCdEf" },
          },
        }
        """;

    /// <summary>An RDS-style JSON secret read into a record, with optional and typed fields.</summary>
    public const string RdsCredentials = """
        {
          "className": "AppSecrets",
          "secrets": {
            "Database": {
              "id": "rds/main",
              "typeName": "DbCredentials",
              "fields": {
                "username": "string",
                "password": "string",
                "host": "string",
                "port": "int",
                "dbname": "string?",
                "engine": { "type": "string", "name": "EngineName", "description": "postgres or mysql" }
              }
            },
            "Limits": {
              "source": "parameterstore",
              "id": "/myapp/limits",
              "fields": {
                "max_connections": "long",
                "ratio": "double",
                "enabled": "bool",
                "endpoint": "Uri",
                "timeout": "TimeSpan",
                "retry_after": "TimeSpan?"
              }
            }
          }
        }
        """;

    /// <summary>Internal accessibility and no namespace anywhere (global namespace).</summary>
    public const string InternalGlobal = """
        { "className": "Vault", "accessibility": "internal", "secrets": {
          "Token": { "source": "parameterstore", "id": "/app/token" },
          "Smtp": { "id": "smtp", "fields": { "user": "string", "password": "string", "port": "int?" } } } }
        """;

    /// <summary>A manifest with nothing in it yet, as the code fixes create it.</summary>
    public const string Empty = "{ \"secrets\": {} }";

    /// <summary>A primary region and a failover region in <c>defaults.regions</c>.</summary>
    public const string Regions = """
        {
          "defaults": { "regions": ["us-east-1", "us-west-2"] },
          "secrets": { "DbPassword": { "id": "db-password" } },
        }
        """;
}
