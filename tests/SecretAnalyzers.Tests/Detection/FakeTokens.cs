using System;
using System.Text;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Tests.Detection;

/// <summary>
/// Builds realistic-looking fake tokens at test time from a seeded generator, so no token-shaped string sits in the
/// source verbatim (push protection scans checked-in text).
/// </summary>
internal static class FakeTokens
{
    private const string Alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const string Upper32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private const string Hex = "0123456789abcdef";
    private const string Base64 = Alnum + "+/";
    private const string UrlSafe = Alnum + "-_";

    public static string Random(string alphabet, int length, int seed = 1)
    {
        var random = new Random(seed * 7919 + length);
        var builder = new StringBuilder(length);
        for (int i = 0; i < length; i++)
        {
            builder.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return builder.ToString();
    }

    public static string Join(params string[] parts) => string.Concat(parts);

    public static string AwsAccessKeyId(int seed = 1) => Join("AK", "IA", Random(Upper32, 16, seed));

    public static string AwsSecretKey(int seed = 1) => Random(Base64, 39, seed) + "7";

    public static string GitHubClassic(string prefix = "ghp", int seed = 1)
    {
        string body = Random(Alnum, 30, seed);
        return Join(prefix, "_", body, TokenChecksums.Base62Crc32(body));
    }

    public static string GitHubClassicBadChecksum(int seed = 1) => Join("gh", "p_", Random(Alnum, 30, seed), "zzzzzz");

    public static string GitHubFineGrained(int seed = 1) => Join("github", "_pat_", Random(Alnum, 22, seed), "_", Random(Alnum, 59, seed + 1));

    public static string GitLab(int seed = 1) => Join("gl", "pat-", Random(Alnum, 20, seed));

    public static string Slack(int seed = 1) => Join("xo", "xb-", Random("0123456789", 12, seed), "-", Random("0123456789", 12, seed + 1), "-", Random(Alnum, 24, seed));

    public static string SlackWebhook(int seed = 1) => Join("https://hooks.", "slack.com/services/T", Random(Upper32, 8, seed), "/B", Random(Upper32, 8, seed + 1), "/", Random(Alnum, 24, seed));

    public static string Stripe(int seed = 1) => Join("sk", "_live_", Random(Alnum, 24, seed));

    public static string StripeRestricted(int seed = 1) => Join("rk", "_live_", Random(Alnum, 24, seed));

    public static string GoogleApiKey(int seed = 1) => Join("AI", "za", Random(UrlSafe, 35, seed));

    public static string SendGrid(int seed = 1) => Join("S", "G.", Random(UrlSafe, 22, seed), ".", Random(UrlSafe, 43, seed + 1));

    public static string TwilioApiKey(int seed = 1) => Join("S", "K", Random(Hex, 32, seed));

    public static string TwilioAccountSid(int seed = 1) => Join("A", "C", Random(Hex, 32, seed));

    public static string Npm(int seed = 1)
    {
        string body = Random(Alnum, 30, seed);
        return Join("np", "m_", body, TokenChecksums.Base62Crc32(body));
    }

    public static string NuGet(int seed = 1) => Join("oy", "2", Random("abcdefghijklmnopqrstuvwxyz0123456789", 43, seed));

    public static string OpenAiProject(int seed = 1) => Join("sk", "-proj-", Random(UrlSafe, 64, seed));

    public static string OpenAiLegacy(int seed = 1) => Join("sk", "-", Random(Alnum, 20, seed), "T3Blbk", "FJ", Random(Alnum, 20, seed + 1));

    public static string Anthropic(int seed = 1) => Join("sk", "-ant-", "api03-", Random(UrlSafe, 93, seed));

    public static string AzureStorageKey(int seed = 1) => Random(Base64, 86, seed) + "==";

    public static string AzureStorageConnectionString(int seed = 1) =>
        Join("DefaultEndpointsProtocol=https;AccountName=myaccount;Account", "Key=", AzureStorageKey(seed), ";EndpointSuffix=core.windows.net");

    public static string AzureSas(int seed = 1) =>
        Join("https://myaccount.blob.core.windows.net/c?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01T00:00:00Z&si", "g=", Random(Alnum, 43, seed), "%3D");

    public static string Jwt(int seed = 1) =>
        Join(B64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"), ".", B64Url("{\"sub\":\"" + Random(Alnum, 10, seed) + "\",\"iat\":1700000000}"), ".", Random(UrlSafe, 43, seed));

    public static string PemPrivateKey(string type = "RSA ", int seed = 1) =>
        Join("-----BEGIN ", type, "PRIVATE", " KEY-----\n", type == "OPENSSH " ? OpenSshMagic : string.Empty, Random(Base64, 64, seed), "\n",
            Random(Base64, 64, seed + 1), "\n-----END ", type, "PRIVATE KEY-----");

    /// <summary>base64 of "openssh-key-v1\0", the first bytes of every OpenSSH private key body.</summary>
    public const string OpenSshMagic = "b3BlbnNzaC1rZXktdjEA";

    public static string Shopify(int seed = 1) => Join("shp", "at_", Random(Hex, 32, seed));

    public static string Square(int seed = 1) => Join("sq0", "atp-", Random(UrlSafe, 22, seed));

    public static string Mailgun(int seed = 1) => Join("ke", "y-", Random(Hex, 32, seed));

    public static string Mailchimp(int seed = 1) => Join(Random(Hex, 32, seed), "-us", "12");

    public static string Discord(int seed = 1) => Join("M", Random(Alnum, 23, seed), ".", Random(UrlSafe, 6, seed), ".", Random(UrlSafe, 27, seed + 1)) ;

    public static string Telegram(int seed = 1) => Join("123456789", ":A", "A", Random(UrlSafe, 33, seed));

    public static string Heroku(int seed = 1) => Join("HR", "KU-", Random(UrlSafe, 60, seed));

    public static string DigitalOcean(int seed = 1) => Join("do", "p_v1_", Random(Hex, 64, seed));

    public static string HuggingFace(int seed = 1) => Join("h", "f_", Random("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 34, seed));

    public static string Databricks(int seed = 1) => Join("da", "pi", Random(Hex, 32, seed));

    public static string PyPi(int seed = 1) => Join("py", "pi-", Macaroon("AgEIcHlwaS5vcmc=", seed));

    /// <summary>
    /// A version-2 macaroon: the location field taken from the catalogue's base64 prefix (so no host name is written
    /// here), then an identifier field of random bytes, base64url without padding.
    /// </summary>
    public static string Macaroon(string locationBase64, int seed = 1)
    {
        byte[] location = Convert.FromBase64String(locationBase64);
        var random = new Random(seed);
        var bytes = new byte[location.Length + 2 + 48];
        location.CopyTo(bytes, 0);
        bytes[location.Length] = 2;
        bytes[location.Length + 1] = 48;
        for (int i = location.Length + 2; i < bytes.Length; i++)
        {
            bytes[i] = (byte)random.Next(256);
        }

        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static string Atlassian(int seed = 1) => Join("ATA", "TT3", Random(UrlSafe, 180, seed));

    public static string AzureClientSecret(int seed = 1) => Join(Random(Alnum, 3, seed), "8Q", "~", Random(UrlSafe, 34, seed + 1));

    public static string GoogleClientSecret(int seed = 1) => Join("GOC", "SPX-", Random(UrlSafe, 28, seed));

    public static string Grafana(int seed = 1) => Join("gl", "sa_", Random(Alnum, 32, seed), "_", Random(Hex, 8, seed));

    public static string NewRelic(int seed = 1) => Join("NR", "AK-", Random("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 27, seed));

    public static string Postman(int seed = 1) => Join("PM", "AK-", Random(Hex, 24, seed), "-", Random(Hex, 34, seed + 1));

    public static string Linear(int seed = 1) => Join("lin", "_api_", Random(Alnum, 40, seed));

    public static string Doppler(int seed = 1) => Join("dp", ".pt.", Random(Alnum, 43, seed));

    public static string Pulumi(int seed = 1) => Join("pu", "l-", Random(Hex, 40, seed));

    public static string Dynatrace(int seed = 1) => Join("dt0", "c01.", Random("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 24, seed), ".", Random("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 64, seed));

    public static string Terraform(int seed = 1) => Join(Random(Alnum, 14, seed), ".atlas", "v1.", Random(UrlSafe, 67, seed));

    public static string RandomBase64(int length, int seed = 1) => Random(Base64, length, seed);

    public static string RandomAlnum(int length, int seed = 1) => Random(Alnum, length, seed);

    public static string RandomHex(int length, int seed = 1) => Random(Hex, length, seed);

    public static string B64Url(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
