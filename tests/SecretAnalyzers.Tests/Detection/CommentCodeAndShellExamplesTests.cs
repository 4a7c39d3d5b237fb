using SecretAnalyzers.Analyzers;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Tests.Detection;

/// <summary>
/// SEC0004 beyond plain pairs: JSON inside commented-out C# strings, commented-out calls of known credential APIs and
/// credential setters, shell and HTTP examples (tool flags, <c>Authorization</c> headers, <c>export</c>/<c>set</c>),
/// and <c>&lt;add key value&gt;</c> in doc comments. Every positive is found with the secret's own span and passes the
/// file prefilter; documentation placeholders, variables and prose stay clean.
/// </summary>
public class CommentCodeAndShellExamplesTests
{
    private static SecretFinding? Find(string comment) => HighConfidenceSecrets.Find(comment, DetectionOptions.Default);

    [Theory]
    // JSON and key=value inside a commented-out C# string
    [InlineData("// var json = \"{\\\"password\\\":\\\"Harbor#Light42\\\"}\";", "Harbor#Light42")]
    [InlineData("// var body = \"{\\\"user\\\":\\\"svc\\\",\\\"apiKey\\\":\\\"q8Xz2LmN4pR7sT1vW9yB3cD5\\\"}\";", "q8Xz2LmN4pR7sT1vW9yB3cD5")]
    [InlineData("// var url = \"https://api.example.com/v2/items?api_key=q8Xz2LmN4pR7sT1vW9yB3cD5&page=2\";", "q8Xz2LmN4pR7sT1vW9yB3cD5")]
    [InlineData("// var s = \"\"\"{\"password\": \"Harbor#Light42\"}\"\"\";", "Harbor#Light42")]
    [InlineData("// var s = @\"{\"\"password\"\": \"\"Harbor#Light42\"\"}\";", "Harbor#Light42")]
    [InlineData("// var conn = @\"Server=db;User Id=sa;Password=Pr0d-Sql#7;\";", "Pr0d-Sql#7")]
    // known credential APIs by simple name and position
    [InlineData("// var cert = new X509Certificate2(\"cert.pfx\", \"Pfx#Pass2031\");", "Pfx#Pass2031")]
    [InlineData("// using var ssh = new SshClient(\"host\", \"root\", \"Copper!Tin55\");", "Copper!Tin55")]
    [InlineData("// var ftp = new FtpClient(host, user, \"Copper!Tin55\");", "Copper!Tin55")]
    [InlineData("// new BasicAWSCredentials(accessKeyId, \"kN8vB2xL5qR7tW1yZ4cF6hJ9mP3sD0gA2eU8iO5w\")", "kN8vB2xL5qR7tW1yZ4cF6hJ9mP3sD0gA2eU8iO5w")]
    [InlineData("// var entry = new DirectoryEntry(path, \"CORP\\\\svc\", password: \"Ldap#Bind77\");", "Ldap#Bind77")]
    [InlineData("// client.Authenticate(\"alerts@corp.example\", \"Copper!Tin55\");", "Copper!Tin55")]
    [InlineData("// await smtp.AuthenticateAsync(Encoding.UTF8, \"alerts\", \"Copper!Tin55\", ct);", "Copper!Tin55")]
    [InlineData("// var cert = X509CertificateLoader.LoadPkcs12FromFile(\"app.pfx\", \"Pfx#Pass2031\");", "Pfx#Pass2031")]
    // credential setters and name/value calls
    [InlineData("// user.SetPassword(\"Copper!Tin55\");", "Copper!Tin55")]
    [InlineData("// builder.WithApiKey(\"q8Xz2LmN4pR7sT1vW9yB3cD5\").Build();", "q8Xz2LmN4pR7sT1vW9yB3cD5")]
    [InlineData("// var key = new ApiKey(\"q8Xz2LmN4pR7sT1vW9yB3cD5\");", "q8Xz2LmN4pR7sT1vW9yB3cD5")]
    [InlineData("// Environment.SetEnvironmentVariable(\"DB_PASSWORD\", \"Copper!Tin55\");", "Copper!Tin55")]
    [InlineData("// request.Headers.Add(\"Authorization\", \"Bearer q8Xz2LmN4pR7sT1vW9yB3cD5\");", "q8Xz2LmN4pR7sT1vW9yB3cD5")]
    [InlineData("// config.Set(\"Smtp:Password\", \"Copper!Tin55\");", "Copper!Tin55")]
    // shell and HTTP examples
    [InlineData("// curl -u admin:Copper7Tin55 https://api.example.com/v1", "Copper7Tin55")]
    [InlineData("///   mysql -h db -u root -pCopper7Tin55 appdb", "Copper7Tin55")]
    [InlineData("// sqlcmd -S db -U sa -P Copper7Tin55 -Q \"select 1\"", "Copper7Tin55")]
    [InlineData("// docker login -u deploy -p Copper7Tin55 registry.example.com", "Copper7Tin55")]
    [InlineData("// PGPASSWORD=Copper7Tin55 psql -h db -U app", "Copper7Tin55")]
    [InlineData("// sshpass -p 'Copper!Tin55' ssh deploy@host", "Copper!Tin55")]
    [InlineData("// redis-cli -h cache -a Copper7Tin55 ping", "Copper7Tin55")]
    [InlineData("// curl -H \"Authorization: Bearer q8Xz2LmN4pR7sT1vW9yB3cD5\" https://api.example.com", "q8Xz2LmN4pR7sT1vW9yB3cD5")]
    [InlineData("//   -H 'Authorization: Token q8Xz2LmN4pR7sT1vW9yB3cD5' \\", "q8Xz2LmN4pR7sT1vW9yB3cD5")]
    [InlineData("/// Authorization: Basic c3ZjLWRlcGxveTpDb3BwZXIhVGluNTU=", "c3ZjLWRlcGxveTpDb3BwZXIhVGluNTU=")]
    [InlineData("// curl -H \"X-Api-Key: q8Xz2LmN4pR7sT1vW9yB3cD5\" https://api.example.com", "q8Xz2LmN4pR7sT1vW9yB3cD5")]
    [InlineData("// export API_KEY=q8Xz2LmN4pR7sT1vW9yB3cD5", "q8Xz2LmN4pR7sT1vW9yB3cD5")]
    [InlineData("// set PASSWORD=Copper!Tin55", "Copper!Tin55")]
    [InlineData("// $env:API_KEY = \"q8Xz2LmN4pR7sT1vW9yB3cD5\"", "q8Xz2LmN4pR7sT1vW9yB3cD5")]
    // config fragments in doc comments
    [InlineData("/// <code><add key=\"ApiKey\" value=\"q8Xz2LmN4pR7sT1vW9yB3cD5\"/></code>", "q8Xz2LmN4pR7sT1vW9yB3cD5")]
    [InlineData("// <add key=\"SmtpPassword\" value=\"Copper!Tin55\" />", "Copper!Tin55")]
    [InlineData("/// - password: Copper!Tin55", "Copper!Tin55")]
    public void FoundWithTheSecretSpan(string comment, string secret)
    {
        SecretFinding? finding = Find(comment);

        Assert.NotNull(finding);
        Assert.Equal(RuleIdentifiers.SecretInComment, finding!.RuleId);
        Assert.Equal(secret, comment.Substring(finding.Start, finding.Length));
        Assert.DoesNotContain(secret, finding.MaskedValue, System.StringComparison.Ordinal);
        Assert.DoesNotContain(secret, finding.Description, System.StringComparison.Ordinal);
        Assert.True(HighConfidenceSecrets.MayHoldSecret(comment, 0, comment.Length), "the prefilter must let it through");
        string file = "class C { }\n" + comment + "\n";
        Assert.True(HighConfidenceSecrets.MayHoldSecret(file, 0, file.Length), "in a whole file too");
    }

    [Theory]
    // strings that are computed, empty or placeholders
    [InlineData("// var json = \"{\\\"password\\\":\\\"\" + password + \"\\\"}\";")]
    [InlineData("// var json = \"{\\\"password\\\":\\\"password\\\"}\";")]
    [InlineData("// var json = \"{\\\"password\\\":\\\"\\\"}\";")]
    [InlineData("// var json = $\"{{\\\"password\\\":\\\"{password}\\\"}}\";")]
    [InlineData("// conn = \"Server=db;User Id=sa;Password={0}\"")]
    [InlineData("// var s = @\"{\"\"password\"\": \"\"\"\"}\";")]
    [InlineData("// var s = @\"{\"\"password\"\": \"\"\" + password + @\"\"\"}\";")]
    [InlineData("// password = \"\"; user = \"\";")]
    // calls without a literal credential, or that take the name of a credential
    [InlineData("// new NetworkCredential(user, password)")]
    [InlineData("// client.Authenticate(user, password);")]
    [InlineData("// SetPassword(newPassword);")]
    [InlineData("// SetPassword(\"password\");")]
    [InlineData("// var pwd = GetPassword(\"ServiceAccount\");")]
    [InlineData("// var key = ReadSecret(\"prod/payments/api-key\");")]
    [InlineData("// request.Headers.Add(\"Authorization\", \"Bearer \" + token);")]
    [InlineData("// Environment.SetEnvironmentVariable(\"DB_PASSWORD\", password);")]
    [InlineData("// dict.Add(\"password\", user.Password);")]
    [InlineData("// cache.Set(\"token-key\", value);")]
    [InlineData("// new Secret(@\"CN=app.test, O=development certificate\", \"app.test\")")] // the description comes last
    [InlineData("// see http://127.0.0.1:9117/api/?apikey=u7k2m9q&t=search")] // a short key in a sample URL
    [InlineData("// new SshClient(\"host\", \"root\", \"Copper!Tin55\"")] // half-written: no closing parenthesis
    [InlineData("// Log(\"password reset for {0}\", \"Copper!Tin55\");")] // a message, not a key, comes first
    // shell examples with placeholders and variables
    [InlineData("// curl -u user:pass https://api.example.com")]
    [InlineData("// curl -u $USER:$PASS https://api.example.com")]
    [InlineData("// curl -u user:<password> https://api.example.com")]
    [InlineData("// mysql -u root -p appdb")]
    [InlineData("// mysql -u root -p$MYSQL_PASSWORD appdb")]
    [InlineData("// docker login -u deploy -p ${{ secrets.DOCKER_PASSWORD }} registry")]
    [InlineData("// docker login -u \"$USER\" --password-stdin")]
    [InlineData("// docker run -p 8080:80 myimage")]
    [InlineData("// PGPASSWORD=$PGPASS psql -h db -U app")]
    [InlineData("// redis-cli -h cache -a $REDIS_PASSWORD ping")]
    [InlineData("// sshpass -p \"$SSHPASS\" ssh host")]
    [InlineData("// export API_KEY=YOUR_API_KEY")]
    [InlineData("// export API_KEY=${API_KEY}")]
    [InlineData("// export API_KEY=***")]
    [InlineData("// export PASSWORD=$(PASSWORD)")]
    [InlineData("// set PASSWORD=%DB_PASSWORD%")]
    [InlineData("// api_key=xxx")]
    [InlineData("// password: xxxxxxxx")]
    // HTTP examples with placeholders, samples and JWTs
    [InlineData("// curl -H \"Authorization: Bearer <token>\" https://api.example.com")]
    [InlineData("// curl -H \"Authorization: Bearer $TOKEN\" https://api.example.com")]
    [InlineData("// -H \"Authorization: Bearer ${TOKEN}\"")]
    [InlineData("// Authorization: Bearer YOUR_ACCESS_TOKEN")]
    [InlineData("// Authorization: Bearer {token}")]
    [InlineData("// Authorization: Bearer eyJhbGciOiJIUzI1NiJ9")]
    [InlineData("// Authorization: Basic <base64 user:pass>")]
    [InlineData("// Authorization: Basic dXNlcjpwYXNz")] // user:pass
    [InlineData("// Authorization: Basic YWRtaW46Y2hhbmdlbWU=")] // admin:changeme
    [InlineData("// Authorization: Basic (the base64 of user:password)")]
    // config fragments that hold no secret
    [InlineData("// <add key=\"ApiKey\" value=\"\" />")]
    [InlineData("// <add key=\"ApiKey\" value=\"your-api-key\" />")]
    [InlineData("// <add key=\"ApiKey\" value=\"{your-api-key}\"/>")]
    [InlineData("// <add key=\"PageSize\" value=\"q8Xz2LmN4pR7sT1vW9yB3cD5\" />")]
    [InlineData("// <add key=\"Password\" value=\"password\" />")]
    public void PlaceholdersVariablesAndComputedValuesAreClean(string comment) => Assert.Null(Find(comment));

    [Theory]
    [InlineData("// the password is checked below")]
    [InlineData("// the password is checked below: see Validate()")]
    [InlineData("// token: see docs")]
    [InlineData("// token: see docs/auth.md")]
    [InlineData("// TODO: password must be hashed")]
    [InlineData("// TODO(password): move to key vault")]
    [InlineData("// password - must be at least 8 characters")]
    [InlineData("/// <param name=\"password\">The password.</param>")]
    [InlineData("/// <param name=\"apiKey\">The API key, e.g. from the portal.</param>")]
    [InlineData("// Copyright (c) Contoso. All rights reserved. Licensed under the MIT license.")]
    [InlineData("// Licensed under the Apache License, Version 2.0 (the \"License\"); http://www.apache.org/licenses/LICENSE-2.0")]
    [InlineData("// see https://example.com/docs?page=auth&section=tokens")]
    [InlineData("// See https://user@github.com/org/repo for the token format")]
    [InlineData("// --- Credentials ---")]
    [InlineData("// x = -a + -pValue;")]
    [InlineData("// Example: password: AKIAIOSFODNN7EXAMPLE")]
    [InlineData("// aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")]
    public void ProseLicensesAndDocumentedExamplesAreClean(string comment) => Assert.Null(Find(comment));

    [Fact]
    public void KnownMethodShapesMatchByNameCountAndPosition()
    {
        Assert.NotNull(UnboundCredentialApis.FindMethodArgument("Authenticate", 2, 1));
        Assert.NotNull(UnboundCredentialApis.FindMethodArgument("AuthenticateAsync", 4, 2));
        Assert.Null(UnboundCredentialApis.FindMethodArgument("Authenticate", 2, 0)); // the user name
        Assert.Null(UnboundCredentialApis.FindMethodArgument("Authenticate", 1, 0)); // Authenticate(ICredentials)
        Assert.Null(UnboundCredentialApis.FindMethodArgument("Import", 1, 0));
        Assert.Contains("NetworkCredential", UnboundCredentialApis.ListedNames);
        Assert.Contains("LoadPkcs12FromFile", UnboundCredentialApis.ListedNames);
    }

    [Theory]
    [InlineData("if (string.IsNullOrEmpty(name)) { throw new ArgumentException(\"name\", nameof(name)); } Log(\"started\");")]
    [InlineData("var total = count - offset; var x = -value; items.Add(\"Name\", value);")]
    [InlineData("var token = GetToken(\"scope\"); SetKey(keyBytes); new NetworkCredential(user, password);")]
    public void OrdinaryCodeDoesNotTrigger(string code) => Assert.False(HighConfidenceSecrets.MayHoldSecret(code, 0, code.Length));
}
