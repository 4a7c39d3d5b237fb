namespace SecretAnalyzers.Detection;

/// <summary>Observability: Datadog, New Relic, Sentry, Grafana, Honeycomb, Dynatrace, Splunk, and others.</summary>
internal static partial class TokenFormats
{
    private const string NewRelicRevocation = "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/";
    private const string GrafanaRevocation = "https://grafana.com/docs/grafana/latest/administration/service-accounts/";

    private static TokenFormat[] Observability() => new[]
    {
        InContext("datadog-api-key", "Datadog", "Datadog API key", SecretKind.ApiKey, "DatadogApiKey",
            new[] { "datadog_api", "dd_api_key", "dd-api-key", "datadogapikey", "ddapikey" }, "[a-f0-9]{32}", 32, "32 hex",
            "https://docs.datadoghq.com/account_management/api-app-keys/"),
        InContext("datadog-app-key", "Datadog", "Datadog application key", SecretKind.ApiKey, "DatadogAppKey",
            new[] { "datadog_app", "dd_app_key", "dd-application-key", "dd_application_key", "datadogappkey", "ddappkey" }, "[a-f0-9]{40}", 40, "40 hex",
            "https://docs.datadoghq.com/account_management/api-app-keys/"),
        NewRelic("new-relic-api-key", "New Relic user API key", "NewRelicApiKey", "NRAK-", "[A-Z0-9]{27}", 27, "27 capitals and digits"),
        NewRelic("new-relic-insights-insert-key", "New Relic Insights insert key", "NewRelicInsertKey", "NRII-", "[A-Za-z0-9_\\-]{32}", 32, "32 URL-safe characters"),
        NewRelic("new-relic-insights-query-key", "New Relic Insights query key", "NewRelicQueryKey", "NRIQ-", "[A-Za-z0-9_\\-]{32}", 32, "32 URL-safe characters"),
        NewRelic("new-relic-browser-key", "New Relic browser API key", "NewRelicBrowserKey", "NRJS-", "[a-f0-9]{19}", 19, "19 hex"),
        NewRelic("new-relic-rest-key", "New Relic REST API key", "NewRelicRestKey", "NRRA-", "[a-f0-9]{42}", 42, "42 hex"),
        new("new-relic-license-key", "New Relic", "New Relic ingest license key", SecretKind.ApiKey, "NewRelicLicenseKey", TokenConfidence.High,
            "36 hex + `NRAL`",
            new[] { "NRAL" }, "(?<![A-Za-z0-9])[a-f0-9]{36}NRAL(?![A-Za-z0-9])", NewRelicRevocation, minLength: 40),
        Prefixed("sentry-user-token", "Sentry", "Sentry user auth token", SecretKind.Token, "SentryToken", "sntryu_", "[a-f0-9]{64}", 64,
            "64 hex", "https://docs.sentry.io/account/auth-tokens/"),
        Prefixed("sentry-org-token", "Sentry", "Sentry organization auth token", SecretKind.Token, "SentryToken", "sntrys_",
            "eyJ[A-Za-z0-9+/=_\\-]{60,}_[A-Za-z0-9+/]{43}", 105, "base64 JSON + `_` + 43 base64 characters",
            "https://docs.sentry.io/account/auth-tokens/", TokenValidators.JsonPayload),
        Prefixed("grafana-service-account-token", "Grafana Labs", "Grafana service account token", SecretKind.Token, "GrafanaToken", "glsa_",
            "[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}", 41, "32 letters and digits + `_` + 8 hex", GrafanaRevocation),
        Prefixed("grafana-cloud-token", "Grafana Labs", "Grafana Cloud access policy token", SecretKind.Token, "GrafanaCloudToken", "glc_",
            "eyJ[A-Za-z0-9+/=_\\-]{40,}", 43, "base64 JSON", "https://grafana.com/docs/grafana-cloud/account-management/authentication-and-permissions/access-policies/",
            TokenValidators.JsonPayload),
        Prefixed("grafana-api-key", "Grafana Labs", "Grafana API key (legacy)", SecretKind.ApiKey, "GrafanaApiKey", "eyJrIjoi",
            "[A-Za-z0-9+/_\\-]{60,}={0,2}", 60, "base64 of `{\"k\":…`", GrafanaRevocation, TokenValidators.JsonPayload),
        new("honeycomb-ingest-key", "Honeycomb", "Honeycomb ingest key", SecretKind.ApiKey, "HoneycombKey", TokenConfidence.High,
            "`hcaik_` or `hcxik_` + 58 letters and digits",
            new[] { "hcaik_", "hcxik_" }, B + "hc[ax]ik_[a-z0-9]{58}" + E,
            "https://docs.honeycomb.io/configure/environments/manage-api-keys/", minLength: 64),
        InContext("honeycomb-api-key", "Honeycomb", "Honeycomb configuration key", SecretKind.ApiKey, "HoneycombKey",
            new[] { "honeycomb" }, "[A-Za-z0-9]{22}|[a-f0-9]{32}", 22, "22 letters and digits or 32 hex",
            "https://docs.honeycomb.io/configure/environments/manage-api-keys/", TokenValidators.MixedCaseAndDigit),
        Prefixed("dynatrace-token", "Dynatrace", "Dynatrace API token", SecretKind.Token, "DynatraceToken", "dt0c01.",
            "[A-Z0-9]{24}\\.[A-Z0-9]{64}", 89, "24 + `.` + 64 capitals and digits",
            "https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens"),
        InContext("splunk-hec-token", "Splunk", "Splunk HTTP Event Collector token", SecretKind.Token, "SplunkHecToken",
            new[] { "splunk" }, Uuid, 36, "a UUID", "https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector"),
        InContext("pagerduty-api-key", "PagerDuty", "PagerDuty API key", SecretKind.ApiKey, "PagerDutyApiKey",
            new[] { "pagerduty" }, "[A-Za-z0-9_+\\-]{20}", 20, "20 URL-safe characters",
            "https://support.pagerduty.com/main/docs/api-access-keys", TokenValidators.MixedCaseAndDigit),
        new("axiom-token", "Axiom", "Axiom API token", SecretKind.Token, "AxiomToken", TokenConfidence.High,
            "`xaat-` or `xapt-` + a UUID",
            new[] { "xaat-", "xapt-" }, B + "xa[ap]t-" + Uuid + E, "https://axiom.co/docs/reference/tokens", minLength: 41),
        Prefixed("postman-api-key", "Postman", "Postman API key", SecretKind.ApiKey, "PostmanApiKey", "PMAK-",
            "[a-f0-9]{24}-[a-f0-9]{34}", 59, "24 hex + `-` + 34 hex", "https://learning.postman.com/docs/developer/postman-api/authentication/"),
    };

    private static TokenFormat NewRelic(string id, string description, string suggestedName, string prefix, string body, int bodyMin, string bodyWords) =>
        Prefixed(id, "New Relic", description, SecretKind.ApiKey, suggestedName, prefix, body, bodyMin, bodyWords, NewRelicRevocation);
}
