using System;
using System.Globalization;
using System.Text;

namespace SecretAnalyzers.Benchmarks.Corpus;

/// <summary>
/// Makes realistic but fake credentials in the real formats (right prefixes, lengths, alphabets and, where the
/// format has one, a valid checksum), all from one seeded <see cref="Random"/> so the corpus is reproducible.
/// </summary>
internal sealed class FakeSecrets
{
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Lower = "abcdefghijklmnopqrstuvwxyz";
    private const string Digits = "0123456789";
    private const string Base62 = Digits + Upper + Lower;
    private const string Base64 = Upper + Lower + Digits + "+/";
    private const string Base64Url = Upper + Lower + Digits + "-_";

    private static readonly string[] PasswordWords =
    {
        "Winter", "Summer", "Falcon", "Harbor", "Quartz", "Maple", "Orion", "Cobalt", "Tundra", "Zephyr",
        "Granite", "Velvet", "Nimbus", "Saffron", "Juniper", "Voyager", "Lantern", "Meridian",
    };

    private static readonly uint[] CrcTable = BuildCrcTable();

    private readonly Random _random;

    public FakeSecrets(Random random) => _random = random;

    /// <summary>A password in one of the shapes people really hardcode. Safe inside a C# string and a connection string.</summary>
    public string Password()
    {
        switch (_random.Next(4))
        {
            case 0:
                return PasswordWords[_random.Next(PasswordWords.Length)] + _random.Next(2015, 2027).ToString(CultureInfo.InvariantCulture) + PickChar("!#$%*");
            case 1:
                return Chars(Upper, 1) + Chars(Lower, 3) + PickChar("@#$") + Chars(Digits, 4) + Chars(Lower + Upper, 3) + PickChar("!*%");
            case 2:
                return Chars(Base62 + "!#%*-_", _random.Next(14, 22));
            default:
                return Pick("Adm1n", "S3rv1ce", "Pr0d", "Sql", "Backup") + "_" + Chars(Base62, 6) + Pick("!", "#", "2024", "$$");
        }
    }

    /// <summary>A random client secret / signing key in base64url, as identity providers issue them.</summary>
    public string ClientSecret() => Chars(Base64Url, _random.Next(32, 44));

    public string AwsAccessKeyId() => "AKIA" + Chars(Upper + "234567", 16);

    public string AwsSecretAccessKey() => Chars(Base64, 40);

    /// <summary>Classic GitHub token: 30 random base62 characters and a base62 CRC32 checksum of 6.</summary>
    public string GitHubToken()
    {
        var body = Chars(Base62, 30);
        var crc = Crc32(Encoding.ASCII.GetBytes(body));
        var checksum = new StringBuilder();
        var value = (ulong)crc;
        while (value > 0)
        {
            checksum.Insert(0, Base62[(int)(value % 62)]);
            value /= 62;
        }

        return "ghp_" + body + checksum.ToString().PadLeft(6, '0');
    }

    public string SlackBotToken() =>
        "xoxb-" + Chars(Digits, 11) + "-" + Chars(Digits, 13) + "-" + Chars(Upper + Lower + Digits, 24);

    public string SlackWebhookUrl() =>
        "https://hooks.slack.com/services/T" + Chars(Upper + Digits, 8) + "/B" + Chars(Upper + Digits, 10) + "/" + Chars(Upper + Lower + Digits, 24);

    public string StripeSecretKey() => "sk_live_" + Chars(Base62, _random.Next(24, 35));

    public string GoogleApiKey() => "AIza" + Chars(Base64Url, 35);

    public string SendGridKey() => "SG." + Chars(Base64Url, 22) + "." + Chars(Base64Url, 43);

    public string NpmToken() => "npm_" + Chars(Base62, 36);

    public string Jwt()
    {
        var payload = "{\"sub\":\"" + _random.Next(1000, 99999).ToString(CultureInfo.InvariantCulture)
            + "\",\"name\":\"svc-" + Pick("orders", "billing", "reports", "sync") + "\",\"iat\":"
            + _random.Next(1_600_000_000, 1_760_000_000).ToString(CultureInfo.InvariantCulture) + "}";
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(payload)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + encoded + "." + Chars(Base64Url, 43);
    }

    /// <summary>A PEM private key written as one C# line with \n escapes; <paramref name="body"/> is its first base64 line.</summary>
    public string PrivateKeyLiteral(out string body)
    {
        body = "MIIEpAIBAAKCAQEA" + Chars(Base64, 48);
        var literal = new StringBuilder("-----BEGIN RSA PRIVATE KEY-----\\n").Append(body);
        for (var i = 0; i < 4; i++)
        {
            literal.Append("\\n").Append(Chars(Base64, 64));
        }

        return literal.Append("\\n").Append(Chars(Base64, 24)).Append("==\\n-----END RSA PRIVATE KEY-----").ToString();
    }

    public string AzureStorageKey()
    {
        var bytes = new byte[64];
        _random.NextBytes(bytes);
        return Convert.ToBase64String(bytes);
    }

    public string Guid()
    {
        var bytes = new byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }

    public string Hex(int length) => Chars(Digits + "abcdef", length);

    public string Chars(string alphabet, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = alphabet[_random.Next(alphabet.Length)];
        }

        return new string(chars);
    }

    public string Pick(params string[] options) => options[_random.Next(options.Length)];

    private string PickChar(string characters) => characters[_random.Next(characters.Length)].ToString();

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
