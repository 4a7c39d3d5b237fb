using System;
using System.Collections.Generic;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Tests.Detection;

/// <summary>
/// One positive and one near miss per catalogue format, built at test time from the vendor's documented shape
/// (prefix, alphabet, length, checksum) with a seeded generator, so no live-looking token sits in the repository.
/// A near miss keeps the shape but breaks one documented rule: a length, a prefix, a checksum or the context word.
/// </summary>
internal static class CatalogueSamples
{
    private const string Alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const string Lower36 = "abcdefghijklmnopqrstuvwxyz0123456789";
    private const string Upper36 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private const string Upper32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private const string Hex = "0123456789abcdef";
    private const string Digits = "0123456789";
    private const string Base64 = Alnum + "+/";
    private const string UrlSafe = Alnum + "-_";
    private const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private const string Bech32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

    private static int seed = 100;

    public sealed record Sample(string Id, string Positive, string NearMiss);

    public static IReadOnlyList<Sample> All { get; } = Create();

    private static string R(string alphabet, int length) => FakeTokens.Random(alphabet, length, ++seed);

    private static string Uuid() => R(Hex, 8) + "-" + R(Hex, 4) + "-" + R(Hex, 4) + "-" + R(Hex, 4) + "-" + R(Hex, 12);

    /// <summary>Prefix + n random characters; the near miss is four characters short.</summary>
    private static Sample P(string id, string prefix, string alphabet, int n) =>
        new(id, prefix + R(alphabet, n), prefix + R(alphabet, n - 4));

    /// <summary>A value after a key naming the vendor; the near miss puts it under a neutral key.</summary>
    private static Sample C(string id, string key, string value) =>
        new(id, key + "=" + value, "display_label=" + value);

    private static Sample S(string id, string positive, string nearMiss) => new(id, positive, nearMiss);

    private static string Pem(string type) =>
        "-----BEGIN " + type + "PRIVATE" + " KEY-----\n" + (type == "OPENSSH " ? FakeTokens.OpenSshMagic : string.Empty) + R(Base64, 64) + "\n" + R(Base64, 64)
        + "\n-----END " + type + "PRIVATE KEY-----";

    // 12 characters: a body shorter than a key can be (16) between the markers is an excerpt in documentation.
    private static string PemHeaderOnly(string type) => "-----BEGIN " + type + "PRIVATE" + " KEY-----\n" + R(Base64, 12) + "\n-----END " + type + "PRIVATE KEY-----";

    private static string GitHub(string prefix)
    {
        string body = R(Alnum, 30);
        return prefix + body + TokenChecksums.Base62Crc32(body);
    }

    private static string BadChecksum(string prefix) => prefix + R(Alnum, 30) + "zzzzzz";

    private static string Age()
    {
        // Bech32 data with its checksum computed here: hrp "age-secret-key-", 58 data characters incl. 6 checksum.
        string data = R(Bech32, 52);
        string hrp = "age-secret-key-";
        uint checksum = 1;
        foreach (char c in hrp) checksum = TokenValidators.Bech32Step(checksum) ^ (uint)(c >> 5);
        checksum = TokenValidators.Bech32Step(checksum);
        foreach (char c in hrp) checksum = TokenValidators.Bech32Step(checksum) ^ (uint)(c & 31);
        foreach (char c in data) checksum = TokenValidators.Bech32Step(checksum) ^ (uint)Bech32.IndexOf(c);
        for (int i = 0; i < 6; i++) checksum = TokenValidators.Bech32Step(checksum);
        checksum ^= 1;
        var tail = new char[6];
        for (int i = 0; i < 6; i++) tail[i] = Bech32[(int)((checksum >> (5 * (5 - i))) & 31)];
        return ("AGE-SECRET-KEY-1" + data + new string(tail)).ToUpperInvariant();
    }

    private static string Jwt(string headerJson) =>
        FakeTokens.B64Url(headerJson) + "." + FakeTokens.B64Url("{\"sub\":\"" + R(Alnum, 10) + "\",\"iat\":1700000000}") + "." + R(UrlSafe, 43);

    private static string Json(string json) => FakeTokens.B64Url(json);

    private static string Identifiable(int before, string signature, int after, string padding) =>
        R(Base64.Replace("+", string.Empty), before) + signature + R(Alnum, after) + padding;

    private static IReadOnlyList<Sample> Create()
    {
        string awsSecret = R(Base64, 39) + "7";
        string storageKey = R(Base64, 86) + "==";
        var list = new List<Sample>
        {
            // Keys
            S("openssh-private-key", Pem("OPENSSH "), Pem("OPENSSH ").Replace(FakeTokens.OpenSshMagic, "AAAAB3NzaC1yc2EAAAAD")),
            S("rsa-private-key", Pem("RSA "), PemHeaderOnly("RSA ")),
            S("ec-private-key", Pem("EC "), PemHeaderOnly("EC ")),
            S("dsa-private-key", Pem("DSA "), PemHeaderOnly("DSA ")),
            S("encrypted-private-key", Pem("ENCRYPTED "), PemHeaderOnly("ENCRYPTED ")),
            S("pem-private-key", Pem(string.Empty), PemHeaderOnly(string.Empty)),
            S("pgp-private-key-block", "-----BEGIN PGP PRIVATE" + " KEY BLOCK-----\n\n" + R(Base64, 64) + "\n" + R(Base64, 64) + "\n-----END PGP PRIVATE KEY BLOCK-----",
                "-----BEGIN PGP PRIVATE" + " KEY BLOCK-----\n\n" + R(Base64, 12) + "\n-----END PGP PRIVATE KEY BLOCK-----"),
            S("ssh2-private-key", "---- BEGIN SSH2 ENCRYPTED PRIVATE" + " KEY ----\n" + R(Base64, 64) + "\n" + R(Base64, 64) + "\n---- END SSH2 ENCRYPTED PRIVATE KEY ----",
                "---- BEGIN SSH2 ENCRYPTED PRIVATE" + " KEY ----\n" + R(Base64, 12) + "\n---- END SSH2 ENCRYPTED PRIVATE KEY ----"),
            S("putty-private-key", "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nPublic-Lines: 2\n" + R(Base64, 64) + "\nPrivate-Lines: 1\n" + R(Base64, 64),
                "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nPublic-Lines: 2\n" + R(Base64, 64)),
            S("age-secret-key", Age(), Age().Substring(0, 73) + (Age()[73] == 'Q' ? "P" : "Q")),
            S("jwt", Jwt("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"), Jwt("{\"typ\":\"JWT\",\"kid\":\"k1\"}")),

            // Cloud
            S("aws-access-key-id", "AK" + "IA" + R(Upper32, 16), "AK" + "IA" + R(Upper32, 12)),
            S("aws-session-token", "IQoJb3JpZ2luX2Vj" + R(Base64, 200), "IQoJb3JpZ2luX2Vj" + R(Base64, 40)),
            S("aws-bedrock-api-key", "ABSKQmVkcm9ja0FQSUtleS" + R(Base64, 100), "ABSKQmVkcm9ja0FQSUtleS" + R(Base64, 20)),
            S("aws-mws-auth-token", "amzn.mws." + Uuid(), "amzn.mws." + Uuid().Substring(0, 30)),
            S("aws-secret-access-key", "aws_secret_access_key = " + awsSecret, "aws_region_name = " + awsSecret),
            S("gcp-service-account-key", "{\"type\": \"service_account\", \"private_key\": \"-----BEGIN PRIVATE" + " KEY-----\\n" + R(Base64, 64) + "\\n" + R(Base64, 64) + "\\n-----END PRIVATE KEY-----\\n\"}",
                "{\"type\": \"service_account\", \"private_key\": \"-----BEGIN PRIVATE" + " KEY-----\\n-----END PRIVATE KEY-----\\n\"}"),
            P("google-api-key", "AI" + "za", UrlSafe, 35),
            P("google-oauth-client-secret", "GOC" + "SPX-", UrlSafe, 28),
            P("google-oauth-access-token", "ya" + "29.", UrlSafe, 80).WithNearMiss("ya" + "29." + R(UrlSafe, 30)),
            S("google-oauth-refresh-token", "1//0" + R(UrlSafe, 60), "1//0" + R(UrlSafe, 20)),
            S("firebase-cloud-messaging-key", "AAAA" + R(UrlSafe, 7) + ":APA91b" + R(UrlSafe, 134), "AAAA" + R(UrlSafe, 7) + ":APA91b" + R(UrlSafe, 100)),
            C("firebase-database-secret", "FIREBASE_DB_SECRET", R(Alnum, 38) + "a1"),
            S("azure-storage-account-key", "DefaultEndpointsProtocol=https;AccountName=acct;Account" + "Key=" + storageKey + ";EndpointSuffix=core.windows.net",
                "DefaultEndpointsProtocol=https;AccountName=acct;Account" + "Key=" + R(Base64, 40) + "==;EndpointSuffix=core.windows.net"),
            S("azure-cosmosdb-key", "AccountEndpoint=https://acct.documents.azure.com:443/;Account" + "Key=" + R(Base64, 86) + "==;",
                "AccountEndpoint=https://acct.documents.azure.com:443/;Account" + "Key=" + R(Base64, 30) + "==;"),
            S("azure-storage-identifiable-key", Identifiable(76, "+ASt", 6, "=="), Identifiable(76, "+ASx", 6, "==")),
            S("azure-cosmosdb-identifiable-key", Identifiable(76, "ACDb", 6, "=="), Identifiable(70, "ACDb", 6, "==")),
            S("azure-service-bus-identifiable-key", Identifiable(33, "+ASb", 6, "="), Identifiable(30, "+ASb", 6, "=")),
            S("azure-event-hubs-identifiable-key", Identifiable(33, "+AEh", 6, "="), Identifiable(30, "+AEh", 6, "=")),
            S("azure-relay-identifiable-key", Identifiable(33, "+ARm", 6, "="), Identifiable(30, "+ARm", 6, "=")),
            S("azure-container-registry-key", Identifiable(42, "+ACR", 6, string.Empty), Identifiable(40, "+ACR", 6, string.Empty)),
            S("azure-identifiable-key", R(Alnum, 52) + "JQQJ99" + R(Alnum, 26), R(Alnum, 52) + "JQQJ97" + R(Alnum, 26)),
            S("azure-devops-pat", R(Alnum, 52) + "JQQJ99" + R(Alnum, 18) + "AZDO" + R(Alnum, 4), R(Alnum, 40) + "AZDO" + R(Alnum, 4)),
            C("azure-devops-pat-legacy", "AZURE_DEVOPS_PAT", R("abcdefghijklmnopqrstuvwxyz234567", 52)),
            S("azure-sas-signature", FakeTokens.AzureSas(7), "https://acct.blob.core.windows.net/c?comp=list&si" + "g=" + R(Alnum, 43) + "%3D"),
            S("azure-ad-client-secret", R(Alnum, 3) + "8Q" + "~" + R(UrlSafe, 34), R(Alnum, 3) + "8Q" + "~" + R(UrlSafe, 20)),
            S("azure-app-configuration-secret", "Endpoint=https://cfg.azconfig.io;Id=" + R(Alnum, 20) + ";Secret=" + R(Base64, 43) + "=",
                "Endpoint=https://cfg.azconfig.io;Id=" + R(Alnum, 20) + ";Secret=" + R(Base64, 20) + "="),
            P("alibaba-access-key-id", "LT" + "AI", Alnum, 20).WithNearMiss("LT" + "AI" + R(Alnum, 8)),
            P("tencent-secret-id", "AK" + "ID", Alnum, 32),
            P("yandex-api-key", "AQ" + "VN", UrlSafe, 36).WithNearMiss("AQ" + "VN" + R(UrlSafe, 30)),
            S("yandex-iam-token", "t1." + R(Alnum, 40) + "." + R(UrlSafe, 86), "t1." + R(Alnum, 40) + "." + R(UrlSafe, 60)),

            // Code and CI
            S("github-fine-grained-pat", "github" + "_pat_" + R(Alnum, 22) + "_" + R(Alnum, 59), "github" + "_pat_" + R(Alnum, 22) + "_" + R(Alnum, 40)),
            S("github-pat-classic", GitHub("gh" + "p_"), BadChecksum("gh" + "p_")),
            S("github-oauth-token", GitHub("gh" + "o_"), BadChecksum("gh" + "o_")),
            S("github-user-to-server-token", GitHub("gh" + "u_"), BadChecksum("gh" + "u_")),
            S("github-server-to-server-token", GitHub("gh" + "s_"), BadChecksum("gh" + "s_")),
            S("github-refresh-token", GitHub("gh" + "r_"), BadChecksum("gh" + "r_")),
            P("gitlab-pat", "gl" + "pat-", UrlSafe, 20),
            P("gitlab-deploy-token", "gl" + "dt-", UrlSafe, 20),
            P("gitlab-runner-token", "gl" + "rt-", UrlSafe, 20),
            P("gitlab-runner-registration-token", "GR13" + "48941", UrlSafe, 20),
            P("gitlab-pipeline-trigger-token", "gl" + "ptt-", UrlSafe, 20),
            P("gitlab-feed-token", "gl" + "ft-", UrlSafe, 20),
            P("gitlab-incoming-mail-token", "gl" + "imt-", UrlSafe, 20),
            P("gitlab-agent-token", "gl" + "agent-", UrlSafe, 20),
            P("gitlab-oauth-secret", "gl" + "oas-", UrlSafe, 20),
            P("gitlab-scim-token", "gl" + "soat-", UrlSafe, 20),
            P("gitlab-ci-build-token", "gl" + "cbt-", UrlSafe, 20),
            P("gitlab-feature-flag-token", "gl" + "ffct-", UrlSafe, 20),
            P("bitbucket-app-password", "AT" + "BB", Alnum, 32).WithNearMiss("AT" + "BB" + R(Alnum, 20)),
            P("bitbucket-access-token", "ATC" + "TT3", UrlSafe, 60).WithNearMiss("ATC" + "TT3" + R(UrlSafe, 30)),
            S("circleci-personal-token", "CCI" + "PAT_" + R(Alnum, 22) + "_" + R(Hex, 40), "CCI" + "PAT_" + R(Alnum, 22) + "_" + R(Hex, 30)),
            S("circleci-project-token", "CCI" + "PRJ_" + R(Alnum, 22) + "_" + R(Hex, 40), "CCI" + "PRJ_" + R(Alnum, 22) + "_" + R(Hex, 30)),
            P("buildkite-api-token", "bk" + "ua_", Hex, 40),
            P("buildkite-agent-token", "bk" + "ct_", Alnum, 40),
            C("jenkins-api-token", "JENKINS_API_TOKEN", "11" + R(Hex, 32)),
            P("sonarqube-user-token", "sq" + "u_", Hex, 40),
            P("sonarqube-project-token", "sq" + "p_", Hex, 40),
            P("sonarqube-global-token", "sq" + "a_", Hex, 40),
            C("codecov-token", "CODECOV_TOKEN", Uuid()),
            C("snyk-token", "SNYK_TOKEN", Uuid()),
            S("harness-pat", "pat." + R(UrlSafe, 22) + "." + R(Hex, 24) + "." + R(Alnum, 20), "pat." + R(UrlSafe, 22) + "." + R(Hex, 24) + "." + R(Alnum, 12)),
            P("octopus-deploy-api-key", "API-", Upper36, 26),
            S("teamcity-token", "eyJ0eXAiOiAiVENWMiJ9." + R(UrlSafe, 36) + "." + R(UrlSafe, 48), "eyJ0eXAiOiAiVENWMiJ9." + R(UrlSafe, 36) + "." + R(UrlSafe, 20)),
            P("sourcegraph-token", "sg" + "p_", Hex, 40),
            P("prefect-api-key", "pn" + "u_", Alnum, 36),

            // Registries
            S("npm-token", FakeTokens.Npm(9), "np" + "m_" + R(Alnum, 36)),
            P("nuget-api-key", "oy" + "2", Lower36, 43),
            S("pypi-token", FakeTokens.PyPi(3), "py" + "pi-AgEIcHlwaS5vcmc" + R(UrlSafe, 60)),
            S("pypi-test-token", "py" + "pi-" + FakeTokens.Macaroon("AgENdGVzdC5weXBpLm9yZw==", 4), "py" + "pi-AgENdGVzdC5weXBp" + R(UrlSafe, 60)),
            P("rubygems-api-key", "ruby" + "gems_", Hex, 48),
            P("docker-hub-pat", "dckr" + "_pat_", UrlSafe, 27),
            P("docker-hub-oat", "dckr" + "_oat_", UrlSafe, 32),
            P("artifactory-api-key", "AK" + "Cp", Alnum, 69),
            P("artifactory-reference-token", "cmVmdG" + "tu", Alnum, 56),
            P("clojars-token", "CLOJARS" + "_", Lower36, 60),
            P("cargo-registry-token", "ci" + "o", Alnum, 32),

            // Payments
            P("stripe-live-key", "sk" + "_live_", Alnum, 24).WithNearMiss("sk" + "_live_" + R(Alnum, 12)),
            P("stripe-test-key", "sk" + "_test_", Alnum, 24).WithNearMiss("sk" + "_test_" + R(Alnum, 12)),
            P("stripe-webhook-secret", "wh" + "sec_", Alnum, 32),
            S("braintree-access-token", "access_token$production$" + R(Lower36, 16) + "$" + R(Hex, 32), "access_token$production$" + R(Lower36, 16) + "$" + R(Hex, 20)),
            C("paypal-client-secret", "PAYPAL_CLIENT_SECRET", "E" + R(UrlSafe, 79)),
            P("square-access-token", "sq0" + "atp-", UrlSafe, 22),
            P("square-oauth-secret", "sq0" + "csp-", UrlSafe, 43),
            P("square-access-token-v2", "EA" + "AA", Alnum, 60),
            P("shopify-token", "shp" + "at_", Hex, 32),
            C("adyen-api-key", "ADYEN_API_KEY", "AQE" + R(Base64, 80)),
            P("razorpay-live-key", "rzp" + "_live_", Alnum, 14),
            P("razorpay-test-key", "rzp" + "_test_", Alnum, 14),
            S("plaid-access-token", "access-" + "production-" + Uuid(), "access-" + "production-" + R(Hex, 20)),
            S("flutterwave-secret-key", "FLW" + "SECK-" + R(Hex, 32) + "-X", "FLW" + "SECK-" + R(Hex, 28) + "-X"),
            P("shippo-live-token", "shippo" + "_live_", Hex, 40),
            P("shippo-test-token", "shippo" + "_test_", Hex, 40),
            P("easypost-production-key", "EZ" + "AK", Alnum, 54),
            P("easypost-test-key", "EZ" + "TK", Alnum, 54),
            P("duffel-token", "duffel" + "_live_", UrlSafe, 43),
            S("salesforce-access-token", "00D" + R(Alnum, 15) + "!" + R(Alnum, 96), "00D" + R(Alnum, 15) + "!" + R(Alnum, 40)),

            // Messaging
            S("slack-bot-token", "xo" + "xb-" + R(Digits, 12) + "-" + R(Digits, 13) + "-" + R(Alnum, 24), "xo" + "xb-" + R(Digits, 12) + "-" + R(Digits, 13) + "-" + R(Alnum, 10)),
            S("slack-user-token", "xo" + "xp-" + R(Digits, 12) + "-" + R(Digits, 12) + "-" + R(Digits, 13) + "-" + R(Hex, 32),
                "xo" + "xp-" + R(Digits, 12) + "-" + R(Digits, 12) + "-" + R(Digits, 13) + "-" + R(Hex, 20)),
            S("slack-legacy-token", "xo" + "xs-" + R(Digits, 12) + "-" + R(Alnum, 24), "xo" + "xs-" + R(Digits, 3) + "-" + R(Alnum, 24)),
            P("slack-config-access-token", "xo" + "xe.xoxp-1-", Alnum, 160).WithNearMiss("xo" + "xe.xoxp-1-" + R(Alnum, 100)),
            P("slack-config-refresh-token", "xo" + "xe-1-", Alnum, 146).WithNearMiss("xo" + "xe-1-" + R(Alnum, 100)),
            S("slack-app-token", "xa" + "pp-1-A" + R(Upper36, 10) + "-" + R(Digits, 13) + "-" + R(Lower36, 64), "xa" + "pp-1-A" + R(Upper36, 10) + "-" + R(Digits, 13) + "-" + R(Lower36, 10)),
            S("slack-webhook", FakeTokens.SlackWebhook(5), "https://hooks." + "slack.com/services/T" + R(Upper32, 8)),
            S("discord-bot-token", FakeTokens.Discord(3), "M" + R(Alnum, 23) + "." + R(UrlSafe, 6) + "." + R(UrlSafe, 12)),
            S("discord-webhook", "https://discord.com/api/webhooks/" + R(Digits, 18) + "/" + R(UrlSafe, 68), "https://discord.com/api/webhooks/" + R(Digits, 18) + "/" + R(UrlSafe, 30)),
            S("telegram-bot-token", R(Digits, 9) + ":A" + "A" + R(UrlSafe, 33), R(Digits, 9) + ":A" + "A" + R(UrlSafe, 25)),
            P("twilio-api-key", "S" + "K", Hex, 32),
            P("twilio-account-sid", "A" + "C", Hex, 32),
            C("twilio-auth-token", "TWILIO_AUTH_TOKEN", R(Hex, 32)),
            S("sendgrid-api-key", FakeTokens.SendGrid(4), "S" + "G." + R(UrlSafe, 22) + "." + R(UrlSafe, 30)),
            P("mailgun-api-key", "ke" + "y-", Alnum, 32),
            C("mailgun-private-key", "MAILGUN_API_KEY", R(Hex, 32) + "-" + R(Hex, 8) + "-" + R(Hex, 8)),
            S("mailchimp-api-key", R(Hex, 32) + "-us" + "12", R(Hex, 28) + "-us" + "12"),
            C("mandrill-api-key", "MANDRILL_KEY", "md-" + R(UrlSafe, 22)),
            C("postmark-server-token", "POSTMARK_SERVER_TOKEN", Uuid()),
            S("brevo-api-key", "xkey" + "sib-" + R(Hex, 64) + "-" + R(Alnum, 16), "xkey" + "sib-" + R(Hex, 64) + "-" + R(Alnum, 10)),
            S("brevo-smtp-key", "xsmtp" + "sib-" + R(Hex, 64) + "-" + R(Alnum, 16), "xsmtp" + "sib-" + R(Hex, 64) + "-" + R(Alnum, 10)),
            P("mailersend-api-token", "mlsn" + ".", Hex, 64),
            S("resend-api-key", "re" + "_" + R(Alnum, 8) + "_" + R(Alnum, 24), "re" + "_" + R(Alnum, 8) + "_" + R(Alnum, 16)),
            S("microsoft-teams-webhook", "https://contoso.webhook.office.com/webhookb2/" + Uuid() + "@" + Uuid() + "/IncomingWebhook/" + R(Alnum, 32) + "/" + Uuid(),
                "https://contoso.webhook.office.com/webhookb2/" + Uuid() + "@" + Uuid() + "/IncomingWebhook/"),
            P("twitter-bearer-token", "AAAAAAAAAAAAAAAAAAAAA", Alnum, 90).WithNearMiss("AAAAAAAAAAAAAAAAAAAAA" + R(Alnum, 40)),
            C("twitter-access-token", "TWITTER_ACCESS_TOKEN", R(Digits, 19) + "-" + R(Alnum, 31)),
            P("facebook-access-token", "EA" + "A", Alnum, 150).WithNearMiss("EA" + "A" + R(Alnum, 60)),
            P("twitch-oauth-token", "oauth:", Lower36, 30),
            C("twitch-client-secret", "TWITCH_CLIENT_SECRET", R(Lower36, 30)),
            S("zapier-webhook", "https://hooks.zapier.com/hooks/catch/" + R(Digits, 7) + "/" + R(Lower36, 7) + "/", "https://hooks.zapier.com/hooks/" + R(Digits, 7) + "/" + R(Lower36, 7) + "/"),

            // AI
            P("anthropic-admin-key", "sk" + "-ant-admin01-", UrlSafe, 93).WithNearMiss("sk" + "-ant-admin01-" + R(UrlSafe, 20)),
            S("anthropic-api-key", FakeTokens.Anthropic(6), "sk" + "-ant-api03-" + R(UrlSafe, 20)),
            S("openai-api-key", FakeTokens.OpenAiProject(6), "sk" + "-proj-" + R(UrlSafe, 30)),
            S("huggingface-token", "h" + "f_" + R(Letters, 34), "h" + "f_" + R("abcdefghijklmnopqrstuvwxyz", 34)),
            S("huggingface-org-token", "api" + "_org_" + R(Letters, 34), "api" + "_org_" + R(Letters, 30)),
            C("cohere-api-key", "COHERE_API_KEY", R(Alnum, 38) + "a1"),
            P("replicate-api-token", "r" + "8_", Alnum, 37),
            P("groq-api-key", "gs" + "k_", Alnum, 52),
            P("perplexity-api-key", "pp" + "lx-", Alnum, 48),
            P("xai-api-key", "xa" + "i-", Alnum, 80),
            C("mistral-api-key", "MISTRAL_API_KEY", R(Alnum, 30) + "a1"),
            S("langsmith-api-key", "lsv2" + "_pt_" + R(Hex, 32) + "_" + R(Hex, 10), "lsv2" + "_pt_" + R(Hex, 32) + "_" + R(Hex, 6)),
            P("pinecone-api-key", "pc" + "sk_", Alnum, 70).WithNearMiss("pc" + "sk_" + R(Alnum, 30)),
            P("tavily-api-key", "tv" + "ly-", Alnum, 32),
            C("wandb-api-key", "WANDB_API_KEY", R(Hex, 40)),

            // Observability
            C("datadog-api-key", "DD_API_KEY", R(Hex, 32)),
            C("datadog-app-key", "DD_APP_KEY", R(Hex, 40)),
            P("new-relic-api-key", "NR" + "AK-", Upper36, 27),
            P("new-relic-insights-insert-key", "NR" + "II-", UrlSafe, 32),
            P("new-relic-insights-query-key", "NR" + "IQ-", UrlSafe, 32),
            P("new-relic-browser-key", "NR" + "JS-", Hex, 19),
            P("new-relic-rest-key", "NR" + "RA-", Hex, 42),
            S("new-relic-license-key", R(Hex, 36) + "NR" + "AL", R(Hex, 30) + "NR" + "AL"),
            P("sentry-user-token", "sntr" + "yu_", Hex, 64),
            S("sentry-org-token", "sntr" + "ys_" + Json("{\"iat\":1700000000,\"url\":\"https://sentry.example\",\"org\":\"acme\"}") + "_" + R(Base64, 43),
                "sntr" + "ys_" + Json("{\"iat\":1700000000,\"url\":\"https://sentry.example\",\"org\":\"acme\"}") + "_" + R(Base64, 20)),
            S("grafana-service-account-token", "gl" + "sa_" + R(Alnum, 32) + "_" + R(Hex, 8), "gl" + "sa_" + R(Alnum, 32) + "_" + R(Hex, 4)),
            S("grafana-cloud-token", "gl" + "c_" + Json("{\"o\":\"1234\",\"n\":\"stack-token\",\"k\":\"" + R(Alnum, 24) + "\",\"m\":{\"r\":\"us\"}}"),
                "gl" + "c_" + FakeTokens.B64Url("[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18]")),
            S("grafana-api-key", Json("{\"k\":\"" + R(Alnum, 32) + "\",\"n\":\"deploy\",\"id\":1}"), "eyJrIjoi" + R(UrlSafe, 20)),
            P("honeycomb-ingest-key", "hc" + "aik_", Lower36, 58),
            C("honeycomb-api-key", "HONEYCOMB_API_KEY", R(Alnum, 20) + "a1"),
            S("dynatrace-token", FakeTokens.Dynatrace(4), "dt0" + "c01." + R(Upper36, 24) + "." + R(Upper36, 40)),
            C("splunk-hec-token", "SPLUNK_HEC_TOKEN", Uuid()),
            C("pagerduty-api-key", "PAGERDUTY_API_KEY", R(Alnum, 18) + "a1"),
            S("axiom-token", "xa" + "at-" + Uuid(), "xa" + "at-" + R(Hex, 20)),
            S("postman-api-key", "PM" + "AK-" + R(Hex, 24) + "-" + R(Hex, 34), "PM" + "AK-" + R(Hex, 24) + "-" + R(Hex, 20)),

            // SaaS
            P("atlassian-api-token", "ATA" + "TT3", UrlSafe, 180).WithNearMiss("ATA" + "TT3" + R(UrlSafe, 30)),
            S("notion-integration-token", "nt" + "n_" + R(Digits, 11) + R(Alnum, 35), "nt" + "n_" + R(Digits, 11) + R(Alnum, 25)),
            S("notion-integration-secret", "sec" + "ret_" + R(Alnum, 42) + "7", "sec" + "ret_" + R(Letters, 43)),
            S("airtable-pat", "pa" + "t" + R(Alnum, 14) + "." + R(Hex, 64), "pa" + "t" + R(Alnum, 14) + "." + R(Hex, 40)),
            P("linear-api-key", "lin" + "_api_", Alnum, 40),
            P("linear-oauth-token", "lin" + "_oauth_", Hex, 64),
            P("figma-pat", "fi" + "gd_", UrlSafe, 40),
            P("dropbox-access-token", "s" + "l.", UrlSafe, 140).WithNearMiss("s" + "l." + R(UrlSafe, 60)),
            S("dropbox-long-lived-token", R(Lower36, 11) + "AAAAAAAAAA" + R(UrlSafe, 43), R(Lower36, 11) + "AAAAAAAAAA" + R(UrlSafe, 20)),
            C("asana-pat", "ASANA_TOKEN", "1/" + R(Digits, 16) + ":" + R(Alnum, 32)),
            S("hubspot-private-app-token", "pat" + "-na1-" + Uuid(), "pat" + "-na1-" + R(Hex, 20)),
            C("okta-api-token", "OKTA_API_TOKEN", "00" + R(UrlSafe, 40)),
            C("auth0-client-secret", "AUTH0_CLIENT_SECRET", R(Alnum, 62) + "a1"),
            S("mapbox-secret-token", "s" + "k." + Json("{\"u\":\"acme\",\"a\":\"" + R(Alnum, 12) + "\"}") + "." + R(UrlSafe, 22),
                "s" + "k." + Json("{\"u\":\"acme\",\"a\":\"" + R(Alnum, 12) + "\"}") + "." + R(UrlSafe, 10)),
            C("algolia-admin-key", "ALGOLIA_ADMIN_KEY", R(Hex, 32)),
            P("typeform-pat", "tf" + "p_", UrlSafe, 59).WithNearMiss("tf" + "p_" + R(UrlSafe, 20)),
            P("contentful-pat", "CFP" + "AT-", UrlSafe, 43),
            P("frameio-token", "fio" + "-u-", UrlSafe, 64),
            P("adobe-client-secret", "p8" + "e-", Alnum, 32),
            P("segment-public-api-token", "sg" + "p_", Alnum, 64).WithNearMiss("sg" + "p_" + R(Alnum, 50)),
            P("readme-api-key", "rd" + "me_", Lower36, 70),
            S("launchdarkly-token", "api-" + Uuid(), "api-" + R(Hex, 20)),
            P("scalingo-api-token", "tk-" + "us-", UrlSafe, 48),

            // Platforms
            P("vault-service-token", "hv" + "s.", UrlSafe, 95).WithNearMiss("hv" + "s." + R(UrlSafe, 24)),
            P("vault-batch-token", "hv" + "b.", UrlSafe, 140).WithNearMiss("hv" + "b." + R(UrlSafe, 60)),
            P("vault-recovery-token", "hv" + "r.", UrlSafe, 95).WithNearMiss("hv" + "r." + R(UrlSafe, 24)),
            S("terraform-cloud-token", FakeTokens.Terraform(5), R(Alnum, 14) + ".atlas" + "v1." + R(UrlSafe, 30)),
            P("pulumi-token", "pu" + "l-", Hex, 40),
            P("digitalocean-token", "do" + "p_v1_", Hex, 64),
            P("digitalocean-oauth-token", "do" + "o_v1_", Hex, 64),
            P("digitalocean-refresh-token", "do" + "r_v1_", Hex, 64),
            P("heroku-api-key", "HR" + "KU-", UrlSafe, 60).WithNearMiss("HR" + "KU-" + R(UrlSafe, 20)),
            C("heroku-api-key-legacy", "HEROKU_API_KEY", Uuid()),
            S("flyio-token", "FlyV1 fm2_" + R(Base64, 200), "FlyV1 fm2_" + R(Base64, 60)),
            P("flyio-org-token", "fo" + "1_", UrlSafe, 43),
            C("vercel-token", "VERCEL_TOKEN", R(Alnum, 22) + "a1"),
            P("netlify-pat", "nf" + "p_", Alnum, 36),
            C("netlify-token-legacy", "NETLIFY_AUTH_TOKEN", R(Alnum, 41) + "a1"),
            C("cloudflare-api-token", "CLOUDFLARE_API_TOKEN", R(Alnum, 38) + "a1"),
            C("cloudflare-global-api-key", "CLOUDFLARE_API_KEY", R(Hex, 37)),
            S("cloudflare-origin-ca-key", "v1.0-" + R(Hex, 24) + "-" + R(Hex, 146), "v1.0-" + R(Hex, 24) + "-" + R(Hex, 100)),
            P("doppler-token", "dp" + ".pt.", Alnum, 43),
            P("doppler-service-token", "dp" + ".st.", Alnum, 43),
            P("doppler-cli-token", "dp" + ".ct.", Alnum, 43),
            P("doppler-service-account-token", "dp" + ".sa.", Alnum, 43),
            P("doppler-scim-token", "dp" + ".scim.", Alnum, 43),
            P("doppler-audit-token", "dp" + ".audit.", Alnum, 43),
            S("onepassword-service-account-token", "op" + "s_" + Json("{\"signInAddress\":\"my.1password.com\",\"userAuth\":{\"method\":\"SRPg-4096\",\"alg\":\"PBES2g-HS256\",\"iterations\":650000,\"salt\":\"" + R(Alnum, 22) + "\"}}"),
                "op" + "s_" + "eyJ" + R(UrlSafe, 40)),
            S("onepassword-secret-key", "A3-" + R(Upper36, 6) + "-" + R(Upper36, 11) + "-" + R(Upper36, 5) + "-" + R(Upper36, 5) + "-" + R(Upper36, 5),
                "A3-" + R(Upper36, 6) + "-" + R(Upper36, 11) + "-" + R(Upper36, 5) + "-" + R(Upper36, 5)),
            P("databricks-token", "da" + "pi", Hex, 32),
            P("planetscale-token", "pscale" + "_tkn_", UrlSafe, 43).WithNearMiss("pscale" + "_tkn_" + R(UrlSafe, 20)),
            P("planetscale-password", "pscale" + "_pw_", UrlSafe, 43).WithNearMiss("pscale" + "_pw_" + R(UrlSafe, 20)),
            P("planetscale-oauth-token", "pscale" + "_oauth_", UrlSafe, 43).WithNearMiss("pscale" + "_oauth_" + R(UrlSafe, 20)),
            P("supabase-pat", "sb" + "p_", Hex, 40),
            P("supabase-secret-key", "sb" + "_secret_", UrlSafe, 40).WithNearMiss("sb" + "_secret_" + R(UrlSafe, 20)),
            P("neon-api-key", "na" + "pi_", Lower36, 64),
            P("render-api-key", "rn" + "d_", Alnum, 32),
            S("tailscale-key", "ts" + "key-auth-" + R(Alnum, 17) + "-" + R(Alnum, 32), "ts" + "key-auth-" + R(Alnum, 17) + "-" + R(Alnum, 10)),
            C("ngrok-authtoken", "NGROK_AUTHTOKEN", R(Alnum, 27) + "_" + R(Alnum, 21)),
            P("infracost-api-key", "ic" + "o-", Alnum, 32),
            C("linode-token", "LINODE_TOKEN", R(Hex, 64)),
            C("hetzner-cloud-token", "HCLOUD_TOKEN", R(Alnum, 62) + "a1"),
        };

        return list;
    }

    private static Sample WithNearMiss(this Sample sample, string nearMiss) => sample with { NearMiss = nearMiss };
}
