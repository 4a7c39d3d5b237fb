using System;
using System.Collections.Generic;

namespace SecretAnalyzers.Benchmarks.Corpus;

/// <summary>
/// The secrets and decoys the generator plants, each as the member or statement that carries it in real code.
/// Secrets name the rule expected to report them (SEC0001 credential, SEC0002 token/key format or a random value
/// under a key/secret name, SEC0003 connection string); decoys are what a careless detector reports: UI text about passwords, config keys, placeholders.
/// </summary>
internal sealed class PlantCatalog
{
    private const string Credential = "SEC0001";
    private const string Token = "SEC0002";
    private const string ConnectionString = "SEC0003";

    private readonly FakeSecrets _fake;
    private readonly Random _random;
    private readonly List<Action<CodeWriter>> _secretMembers;
    private readonly List<Action<CodeWriter>> _secretStatements;
    private readonly List<Action<CodeWriter>> _decoyMembers;
    private readonly List<Action<CodeWriter>> _decoyStatements;

    public PlantCatalog(Random random)
    {
        _random = random;
        _fake = new FakeSecrets(random);
        _secretMembers = new List<Action<CodeWriter>>
        {
            w => Secret(w, "password const", Credential, _fake.Password(), v => $"private const string {Prefix()}Password = \"{v}\";"),
            w => Secret(w, "password property", Credential, _fake.Password(), v => $"public string SmtpPassword {{ get; set; }} = \"{v}\";"),
            w => Secret(w, "client secret field", Token, _fake.ClientSecret(), v => $"private static readonly string ClientSecret = \"{v}\";"),
            w => Secret(w, "aws access key id", Token, _fake.AwsAccessKeyId(), v => $"private const string AwsAccessKeyId = \"{v}\";"),
            w => Secret(w, "aws secret access key", Token, _fake.AwsSecretAccessKey(), v => $"private const string AwsSecretAccessKey = \"{v}\";"),
            w => Secret(w, "github token", Token, _fake.GitHubToken(), v => $"private const string GitHubToken = \"{v}\";"),
            w => Secret(w, "stripe key", Token, _fake.StripeSecretKey(), v => $"public string PaymentApiKey {{ get; set; }} = \"{v}\";"),
            w => Secret(w, "google api key", Token, _fake.GoogleApiKey(), v => $"internal const string MapsKey = \"{v}\";"),
            w => Secret(w, "sendgrid key", Token, _fake.SendGridKey(), v => $"private readonly string _mailKey = \"{v}\";"),
            w => Secret(w, "slack webhook", Token, _fake.SlackWebhookUrl(), v => $"private const string AlertsWebhook = \"{v}\";"),
            w => Secret(w, "npm token", Token, _fake.NpmToken(), v => $"private const string PackageFeedToken = \"{v}\";"),
            w =>
            {
                var literal = _fake.PrivateKeyLiteral(out var body);
                w.Plant($"private const string SigningKeyPem = \"{literal}\";", "private key", true, Token, body);
            },
            w =>
            {
                var password = _fake.Password();
                var cs = $"Server=sql{_random.Next(1, 9)}.corp.local;Database={Pick(Vocabulary.Nouns)}s;User Id={Pick("app", "svc_orders", "sa", "reporting")};Password={password};TrustServerCertificate=True";
                w.Plant($"private static readonly string ConnectionString = \"{cs}\";", "sql connection string", true, ConnectionString, password);
            },
            w =>
            {
                var key = _fake.AzureStorageKey();
                var cs = $"DefaultEndpointsProtocol=https;AccountName=contoso{_random.Next(10, 99)};AccountKey={key};EndpointSuffix=core.windows.net";
                w.Plant($"public string StorageConnection {{ get; set; }} = \"{cs}\";", "azure storage connection string", true, ConnectionString, key);
            },
            w =>
            {
                var password = _fake.Password().Replace("#", "x").Replace("%", "y");
                var uri = $"postgres://{Pick("app", "orders", "etl")}:{password}@db{_random.Next(1, 5)}.internal:5432/{Pick(Vocabulary.Nouns).ToLowerInvariant()}";
                w.Plant($"private const string DatabaseUrl = \"{uri}\";", "postgres url", true, ConnectionString, password);
            },
            w =>
            {
                var password = _fake.Password();
                w.Line("private static readonly Dictionary<string, string> DefaultSettings = new()");
                w.Line("{");
                w.Line("    [\"Smtp:Host\"] = \"smtp.contoso.com\",");
                w.Line("    [\"Smtp:Port\"] = \"587\",");
                w.Plant($"    [\"Smtp:Password\"] = \"{password}\",", "password in settings dictionary", true, Credential, password);
                w.Line("};");
            },
        };

        _secretStatements = new List<Action<CodeWriter>>
        {
            w => Secret(w, "NetworkCredential password", Credential, _fake.Password(), v => $"var credential = new NetworkCredential(\"svc-{Pick("reports", "backup", "ftp")}\", \"{v}\");"),
            w => Secret(w, "bearer jwt", Token, _fake.Jwt(), v => $"_httpClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(\"Bearer\", \"{v}\");"),
            w => Secret(w, "api key header", Token, _fake.StripeSecretKey(), v => $"_httpClient.DefaultRequestHeaders.Add(\"X-Api-Key\", \"{v}\");"),
            w => Secret(w, "slack token local", Token, _fake.SlackBotToken(), v => $"var slackToken = \"{v}\";"),
            w => Secret(w, "password argument", Credential, _fake.Password(), v => $"var signedIn = await IdentityClient.SignInAsync(\"admin\", \"{v}\").ConfigureAwait(false);"),
            w => Secret(w, "password local", Credential, _fake.Password(), v => $"string dbPassword = \"{v}\";"),
            w => Secret(w, "client secret argument", Token, _fake.ClientSecret(), v => $"var tokenClient = new TokenClient(new Uri(\"https://login.contoso.com/\"), \"{Pick("orders-api", "billing-worker")}\", \"{v}\");"),
            w =>
            {
                var password = _fake.Password();
                w.Line("var smtpSettings = new SmtpSettings");
                w.Line("{");
                w.Line("    Host = \"smtp.contoso.com\",");
                w.Line("    UserName = \"mailer@contoso.com\",");
                w.Plant($"    Password = \"{password}\",", "password in object initializer", true, Credential, password);
                w.Line("};");
            },
            w =>
            {
                var password = _fake.Password();
                var cs = $"Host=pg{_random.Next(1, 9)}.internal;Port=5432;Database=app;Username=app;Password={password}";
                w.Plant($"var connectionFactory = new ConnectionFactory(\"{cs}\");", "npgsql connection string argument", true, ConnectionString, password);
            },
        };

        _decoyMembers = new List<Action<CodeWriter>>
        {
            w => Decoy(w, "password label", "public const string PasswordLabel = \"Password\";"),
            w => Decoy(w, "password required text", "public const string PasswordRequiredMessage = \"Password is required\";"),
            w => Decoy(w, "password config key", "private const string PasswordConfigKey = \"Database:Password\";"),
            w => Decoy(w, "password env var name", "private const string PasswordVariable = \"ORDERS_DB_PASSWORD\";"),
            w => Decoy(w, "api key header name", "private const string ApiKeyHeaderName = \"X-Api-Key\";"),
            w => Decoy(w, "api key placeholder", "public string ApiKey { get; set; } = \"YOUR_API_KEY_HERE\";"),
            w => Decoy(w, "password placeholder", "public string Password { get; set; } = \"<your-password>\";"),
            w => Decoy(w, "masked password", "private const string MaskedPassword = \"********\";"),
            w => Decoy(w, "token type", "private const string TokenType = \"Bearer\";"),
            w => Decoy(w, "password regex", "private const string PasswordPattern = @\"^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d).{12,}$\";"),
            w => Decoy(w, "password route", "public const string PasswordResetRoute = \"/account/password/reset\";"),
            w => Decoy(w, "secret name", "private const string SecretName = \"prod/orders/db-password\";"),
            w => Decoy(w, "sha256 checksum", "private const string EmptyFileSha256 = \"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\";"),
            w => Decoy(w, "client id guid", $"public string ClientId {{ get; set; }} = \"{_fake.Guid()}\";"),
            w => Decoy(w, "token expired text", "public const string TokenExpiredMessage = \"Your session token has expired. Please sign in again.\";"),
            w => Decoy(w, "password hint resource", "private const string PasswordHintResource = \"Resources.Account.PasswordHint\";"),
            w => Decoy(w, "trusted connection string", "public string ConnectionString { get; set; } = \"Server=localhost;Database=Orders;Trusted_Connection=True;TrustServerCertificate=True\";"),
            w => Decoy(w, "connection string placeholder", "private const string ConnectionTemplate = \"Server=db;Database=app;User Id=app;Password=${DB_PASSWORD}\";"),
            w => Decoy(w, "connection string format", "private const string PostgresFormat = \"Host={0};Username={1};Password={2}\";"),
            w => Decoy(w, "sqlite connection string", "private const string LocalDatabase = \"Data Source=app.db;Cache=Shared\";"),
            w => Decoy(w, "empty password", "public string Password { get; set; } = \"\";"),
            w => Decoy(w, "json property name", "[JsonPropertyName(\"access_token\")] public string AccessToken { get; set; } = string.Empty;"),
            w =>
            {
                w.Plant("[Required(ErrorMessage = \"Password is required\")]", "password required attribute", false, null, string.Empty);
                w.Line("public string Password { get; set; } = string.Empty;");
            },
            w => Decoy(w, "etag", $"private const string CurrentETag = \"W/\\\"{_fake.Hex(16)}\\\"\";"),
            w => Decoy(w, "public key token", "private const string PublicKeyToken = \"b77a5c561934e089\";"),
        };

        _decoyStatements = new List<Action<CodeWriter>>
        {
            w => Decoy(w, "password log message", "_logger.LogInformation(\"Password policy requires {MinLength} characters\", 12);"),
            w => Decoy(w, "password from configuration", "var configuredPassword = _configuration[\"Database:Password\"] ?? throw new InvalidOperationException(\"Database password is not configured.\");"),
            w => Decoy(w, "api key from environment", "var apiKeyFromEnvironment = Environment.GetEnvironmentVariable(\"ORDERS_API_KEY\");"),
            w => Decoy(w, "credential from configuration", "var configuredCredential = new NetworkCredential(\"svc-reports\", _configuration.GetRequired(\"Reports:Password\"));"),
            w => Decoy(w, "token url", "var tokenEndpoint = new Uri(\"https://login.contoso.com/oauth2/v2.0/token\");"),
            w => Decoy(w, "password reset text", "var resetNotice = \"Password reset link sent. Check your inbox.\";"),
            w => Decoy(w, "secret reference id", "var secretId = \"arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/orders\";"),
            w => Decoy(w, "bearer from configuration", "_httpClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(\"Bearer\", _configuration.GetRequired(\"Auth:Token\"));"),
            w => Decoy(w, "password placeholder argument", "var demoSignIn = await IdentityClient.SignInAsync(\"demo\", \"<password>\").ConfigureAwait(false);"),
        };
    }

    public void SecretMember(CodeWriter writer) => _secretMembers[_random.Next(_secretMembers.Count)](writer);

    public void SecretStatement(CodeWriter writer) => _secretStatements[_random.Next(_secretStatements.Count)](writer);

    public void DecoyMember(CodeWriter writer) => _decoyMembers[_random.Next(_decoyMembers.Count)](writer);

    public void DecoyStatement(CodeWriter writer) => _decoyStatements[_random.Next(_decoyStatements.Count)](writer);

    private static void Secret(CodeWriter writer, string category, string rule, string value, Func<string, string> line) =>
        writer.Plant(line(value), category, true, rule, value);

    private static void Decoy(CodeWriter writer, string category, string line) =>
        writer.Plant(line, category, false, null, string.Empty);

    private string Prefix() => Pick("Admin", "Db", "Smtp", "Ftp", "Service", "Ldap", "Backup", "Legacy");

    private string Pick(params string[] options) => options[_random.Next(options.Length)];
}
