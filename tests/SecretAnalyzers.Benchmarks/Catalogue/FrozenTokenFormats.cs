using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Benchmarks.Catalogue;

/// <summary>
/// FROZEN COPY of the 52-format catalogue as it stood before issue 11, kept only so the benchmark can compare
/// the old and the new scanner side by side in one run (--catalogue). Not used by the analyzers; do not extend.
/// </summary>
/// <remarks>
/// The table of known token / key formats (SEC0002). Order matters: the first format that matches wins, so more
/// specific formats come before looser ones (Anthropic before OpenAI, fine-grained GitHub before classic).
/// Boundaries (?&lt;![…]) / (?![…]) keep a format from matching inside a longer random string.
/// </remarks>
internal static class FrozenTokenFormats
{
    private const string B = "(?<![A-Za-z0-9_])";
    private const string E = "(?![A-Za-z0-9_])";

    public static readonly FrozenTokenFormat[] All = Create();

    private static FrozenTokenFormat[] Create()
    {
        var formats = new List<FrozenTokenFormat>
        {
            Pem(),
            new("putty-private-key", "PuTTY private key", SecretKind.PrivateKey, "PrivateKey",
                new[] { "PuTTY-User-Key-File-" },
                @"PuTTY-User-Key-File-[23]:[\s\S]*?Private-Lines:\s*[0-9]+\s+[A-Za-z0-9+/=\s]{40,}", minLength: 60),
            new("age-secret-key", "age secret key", SecretKind.PrivateKey, "AgeSecretKey",
                new[] { "AGE-SECRET-KEY-1" }, "AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}" + E, minLength: 74),
            new("aws-access-key-id", "AWS access key ID", SecretKind.ApiKey, "AwsAccessKeyId",
                new[] { "AKIA", "ASIA", "ABIA", "ACCA", "A3T" },
                "(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16}(?![A-Za-z0-9])", minLength: 20),
            new("aws-secret-access-key", "AWS secret access key", SecretKind.ApiKey, "AwsSecretAccessKey",
                new[] { "secret_access_key", "secretaccesskey", "secret-access-key", "aws_secret", "awssecret" },
                @"(?i:secret_?-?access_?-?key|aws_?secret(?:_?key)?)[""']?\s*(?:=|:|=>)\s*[""']?(?<s>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])",
                markersIgnoreCase: true, minLength: 50),
            new("github-fine-grained-pat", "GitHub fine-grained personal access token", SecretKind.Token, "GitHubToken",
                new[] { "github_pat_" }, B + "github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}" + E, minLength: 93),
            GitHub("ghp_", "github-pat-classic", "GitHub personal access token"),
            GitHub("gho_", "github-oauth-token", "GitHub OAuth access token"),
            GitHub("ghu_", "github-user-to-server-token", "GitHub user-to-server token"),
            GitHub("ghs_", "github-server-to-server-token", "GitHub server-to-server token"),
            GitHub("ghr_", "github-refresh-token", "GitHub refresh token"),
            new("gitlab-pat", "GitLab personal access token", SecretKind.Token, "GitLabToken",
                new[] { "glpat-" }, B + "glpat-[A-Za-z0-9_\\-]{20,}" + E, minLength: 26),
            new("gitlab-runner-token", "GitLab runner token", SecretKind.Token, "GitLabRunnerToken",
                new[] { "glrt-" }, B + "glrt-[A-Za-z0-9_\\-]{20,}" + E, minLength: 25),
            new("slack-token", "Slack token", SecretKind.Token, "SlackToken",
                new[] { "xoxb-", "xoxa-", "xoxp-", "xoxr-", "xoxs-", "xoxo-" },
                "(?<![A-Za-z0-9])xox[abposr]-[0-9]{6,}-[0-9A-Za-z\\-]{8,}" + E, minLength: 20),
            new("slack-app-token", "Slack app-level token", SecretKind.Token, "SlackAppToken",
                new[] { "xapp-" }, "(?<![A-Za-z0-9])xapp-[0-9]-[A-Z0-9]+-[0-9]+-[a-z0-9]{20,}" + E, minLength: 30),
            new("slack-webhook", "Slack webhook URL", SecretKind.Token, "SlackWebhookUrl",
                new[] { "hooks.slack.com/" },
                "https://hooks\\.slack\\.com/(?:services|workflows)/[A-Za-z0-9+/_\\-]{30,}", minLength: 50),
            new("stripe-live-key", "Stripe live secret key", SecretKind.ApiKey, "StripeSecretKey",
                new[] { "sk_live_", "rk_live_" }, B + "(?:sk|rk)_live_[0-9A-Za-z]{20,}" + E, minLength: 28),
            new("google-api-key", "Google API key", SecretKind.ApiKey, "GoogleApiKey",
                new[] { "AIza" }, "(?<![A-Za-z0-9_\\-])AIza[0-9A-Za-z_\\-]{35}(?![A-Za-z0-9_\\-])", minLength: 39),
            new("google-oauth-client-secret", "Google OAuth client secret", SecretKind.ApiKey, "GoogleClientSecret",
                new[] { "GOCSPX-" }, "GOCSPX-[A-Za-z0-9_\\-]{28}(?![A-Za-z0-9_\\-])", minLength: 35),
            new("sendgrid-api-key", "SendGrid API key", SecretKind.ApiKey, "SendGridApiKey",
                new[] { "SG." }, B + "SG\\.[A-Za-z0-9_\\-]{22}\\.[A-Za-z0-9_\\-]{43}(?![A-Za-z0-9_\\-])", minLength: 69),
            new("twilio-api-key", "Twilio API key", SecretKind.ApiKey, "TwilioApiKey",
                new[] { "SK" }, "(?<![A-Za-z0-9])SK[0-9a-f]{32}(?![A-Za-z0-9])", minLength: 34),
            new("twilio-account-sid", "Twilio account SID", SecretKind.ApiKey, "TwilioAccountSid",
                new[] { "AC" }, "(?<![A-Za-z0-9])AC[0-9a-f]{32}(?![A-Za-z0-9])", minLength: 34),
            new("npm-token", "npm access token", SecretKind.Token, "NpmToken",
                new[] { "npm_" }, B + "npm_[A-Za-z0-9]{36}" + E, (_, m) => TokenChecksums.HasValidBase62Crc32(m.Value, 4), minLength: 40),
            new("nuget-api-key", "NuGet API key", SecretKind.ApiKey, "NuGetApiKey",
                new[] { "oy2" }, "(?<![A-Za-z0-9])oy2[a-z0-9]{43}(?![A-Za-z0-9])", minLength: 46),
            new("anthropic-api-key", "Anthropic API key", SecretKind.ApiKey, "AnthropicApiKey",
                new[] { "sk-ant-" }, B + "sk-ant-[a-z]+[0-9]*-[A-Za-z0-9_\\-]{32,}" + E, minLength: 40),
            new("openai-api-key", "OpenAI API key", SecretKind.ApiKey, "OpenAiApiKey",
                new[] { "sk-proj-", "sk-svcacct-", "sk-admin-", "T3BlbkFJ" },
                B + "sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_\\-]{40,}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})" + E, minLength: 48),
            new("azure-storage-account-key", "Azure storage account key", SecretKind.ApiKey, "StorageAccountKey",
                new[] { "accountkey=" }, "(?i:AccountKey)\\s*=\\s*(?<s>[A-Za-z0-9+/]{86}==)", markersIgnoreCase: true, minLength: 99),
            new("azure-sas-signature", "Azure shared access signature", SecretKind.Token, "SharedAccessSignature",
                new[] { "sig=" }, "(?<![A-Za-z0-9])sig=(?<s>[A-Za-z0-9%+/=]{40,})",
                (value, _) => value.IndexOf("sv=", StringComparison.Ordinal) >= 0 || value.IndexOf("se=", StringComparison.Ordinal) >= 0,
                minLength: 45),
            new("azure-ad-client-secret", "Microsoft Entra ID client secret", SecretKind.ApiKey, "AzureClientSecret",
                new[] { "Q~" }, "(?<![A-Za-z0-9_~.\\-])[A-Za-z0-9_~.\\-]{3}[0-9]Q~[A-Za-z0-9_~.\\-]{31,34}(?![A-Za-z0-9_~.\\-])", minLength: 37),
            new("jwt", "JSON Web Token", SecretKind.Token, "JwtToken",
                new[] { "eyJ" },
                "(?<![A-Za-z0-9_\\-])eyJ[A-Za-z0-9_\\-]{10,}\\.eyJ[A-Za-z0-9_\\-]{10,}\\.[A-Za-z0-9_\\-]{16,}(?![A-Za-z0-9_\\-])",
                (_, m) => TokenChecksums.IsJwtHeader(m.Value), minLength: 45),
            new("shopify-token", "Shopify access token", SecretKind.Token, "ShopifyToken",
                new[] { "shpat_", "shpca_", "shppa_", "shpss_" }, B + "shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}" + E, minLength: 38),
            new("square-access-token", "Square access token", SecretKind.Token, "SquareToken",
                new[] { "sq0atp-" }, B + "sq0atp-[0-9A-Za-z_\\-]{22}(?![A-Za-z0-9_\\-])", minLength: 29),
            new("square-oauth-secret", "Square OAuth secret", SecretKind.ApiKey, "SquareOAuthSecret",
                new[] { "sq0csp-" }, B + "sq0csp-[0-9A-Za-z_\\-]{43}(?![A-Za-z0-9_\\-])", minLength: 50),
            new("mailgun-api-key", "Mailgun API key", SecretKind.ApiKey, "MailgunApiKey",
                new[] { "key-" }, "(?<![A-Za-z0-9_\\-])key-[0-9a-zA-Z]{32}" + E, minLength: 36),
            new("mailchimp-api-key", "Mailchimp API key", SecretKind.ApiKey, "MailchimpApiKey",
                new[] { "-us" }, "(?<![A-Za-z0-9])[0-9a-f]{32}-us[0-9]{1,2}(?![A-Za-z0-9])", minLength: 35),
            new("discord-bot-token", "Discord bot token", SecretKind.Token, "DiscordBotToken",
                new[] { "." },
                "(?<![A-Za-z0-9_\\-])[MNO][A-Za-z0-9_\\-]{23,25}\\.[A-Za-z0-9_\\-]{6}\\.[A-Za-z0-9_\\-]{27,38}(?![A-Za-z0-9_\\-])",
                (_, m) => HasDigitAndCase(m.Value), minLength: 59),
            new("discord-webhook", "Discord webhook URL", SecretKind.Token, "DiscordWebhookUrl",
                new[] { "/api/webhooks/" },
                "https://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/[0-9]+/[A-Za-z0-9_\\-]{60,}", minLength: 90),
            new("telegram-bot-token", "Telegram bot token", SecretKind.Token, "TelegramBotToken",
                new[] { ":AA" }, "(?<![0-9])[0-9]{8,10}:AA[0-9A-Za-z_\\-]{33}(?![A-Za-z0-9_\\-])", minLength: 43),
            new("heroku-api-key", "Heroku API key", SecretKind.ApiKey, "HerokuApiKey",
                new[] { "HRKU-" }, B + "HRKU-[0-9A-Za-z_\\-]{30,}(?![A-Za-z0-9_\\-])", minLength: 35),
            new("digitalocean-token", "DigitalOcean token", SecretKind.Token, "DigitalOceanToken",
                new[] { "dop_v1_", "doo_v1_", "dor_v1_" }, B + "do[opr]_v1_[a-f0-9]{64}" + E, minLength: 71),
            new("huggingface-token", "Hugging Face access token", SecretKind.Token, "HuggingFaceToken",
                new[] { "hf_", "api_org_" }, B + "(?:hf_|api_org_)[A-Za-z]{34}" + E,
                (_, m) => HasUpperAndLower(m.Value), minLength: 37),
            new("databricks-token", "Databricks access token", SecretKind.Token, "DatabricksToken",
                new[] { "dapi" }, B + "dapi[a-f0-9]{32}(?:-[0-9])?" + E, minLength: 36),
            new("pypi-token", "PyPI upload token", SecretKind.Token, "PyPiToken",
                new[] { "pypi-AgEIcHlwaS5vcmc" }, "pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\\-]{50,}", minLength: 70),
            new("atlassian-api-token", "Atlassian API token", SecretKind.Token, "AtlassianApiToken",
                new[] { "ATATT3" }, B + "ATATT3[A-Za-z0-9_\\-=]{50,}", minLength: 56),
            new("grafana-service-account-token", "Grafana service account token", SecretKind.Token, "GrafanaToken",
                new[] { "glsa_" }, B + "glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}" + E, minLength: 46),
            new("new-relic-api-key", "New Relic user API key", SecretKind.ApiKey, "NewRelicApiKey",
                new[] { "NRAK-" }, B + "NRAK-[A-Z0-9]{27}" + E, minLength: 32),
            new("postman-api-key", "Postman API key", SecretKind.ApiKey, "PostmanApiKey",
                new[] { "PMAK-" }, B + "PMAK-[a-f0-9]{24}-[a-f0-9]{34}" + E, minLength: 64),
            new("linear-api-key", "Linear API key", SecretKind.ApiKey, "LinearApiKey",
                new[] { "lin_api_" }, B + "lin_api_[A-Za-z0-9]{40}" + E, minLength: 48),
            new("doppler-token", "Doppler token", SecretKind.Token, "DopplerToken",
                new[] { "dp.pt." }, B + "dp\\.pt\\.[A-Za-z0-9]{43}" + E, minLength: 49),
            new("pulumi-token", "Pulumi access token", SecretKind.Token, "PulumiToken",
                new[] { "pul-" }, B + "pul-[a-f0-9]{40}" + E, minLength: 44),
            new("terraform-cloud-token", "Terraform Cloud token", SecretKind.Token, "TerraformToken",
                new[] { ".atlasv1." }, B + "[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_\\-]{60,}", minLength: 83),
            new("dynatrace-token", "Dynatrace API token", SecretKind.Token, "DynatraceToken",
                new[] { "dt0c01." }, B + "dt0c01\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}" + E, minLength: 96),
        };

        return formats.ToArray();
    }

    private static FrozenTokenFormat GitHub(string prefix, string id, string description) =>
        new(id, description, SecretKind.Token, "GitHubToken", new[] { prefix },
            B + prefix + "[A-Za-z0-9]{36}" + E,
            (_, m) => TokenChecksums.HasValidBase62Crc32(m.Value, 4),
            minLength: 40);

    private static FrozenTokenFormat Pem() =>
        new("pem-private-key", "private key (PEM)", SecretKind.PrivateKey, "PrivateKey",
            new[] { "PRIVATE KEY-----" },
            @"-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----(?<body>[\s\S]*?)(?:-----END [A-Z ]*PRIVATE KEY(?: BLOCK)?-----|$)",
            (_, m) => CountBase64(m.Groups["body"]) >= 40,
            minLength: 60);

    private static int CountBase64(Group group)
    {
        if (!group.Success)
        {
            return 0;
        }

        string value = group.Value;
        int count = 0;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/')
            {
                count++;
            }
        }

        return count;
    }

    private static bool HasDigitAndCase(string value)
    {
        bool digit = false, upper = false, lower = false;
        foreach (char c in value)
        {
            digit |= char.IsDigit(c);
            upper |= char.IsUpper(c);
            lower |= char.IsLower(c);
        }

        return digit && upper && lower;
    }

    private static bool HasUpperAndLower(string value)
    {
        bool upper = false, lower = false;
        for (int i = 3; i < value.Length; i++)
        {
            upper |= char.IsUpper(value[i]);
            lower |= char.IsLower(value[i]);
        }

        return upper && lower;
    }
}
