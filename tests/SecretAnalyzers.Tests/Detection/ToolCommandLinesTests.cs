using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Tests.Detection;

/// <summary>Short password flags of well-known tools, only with the tool's name in the same string, real values only.</summary>
public class ToolCommandLinesTests
{
    [Theory]
    [InlineData("mysqldump -u root -pDumpS3cret app > app.sql", "DumpS3cret")]
    [InlineData("/usr/bin/mysql -h db -u app -p'Qu0ted&pa55' shop", "Qu0ted&pa55")]
    [InlineData("mysql.exe --host=db -uroot -pW1nPa55", "W1nPa55")]
    [InlineData("sqlcmd -S db -U sa -P Sq1-S3cret -Q \"select 1\"", "Sq1-S3cret")]
    [InlineData("bcp dbo.T out t.dat -S db -U sa -PBcpS3cret -c", "BcpS3cret")]
    [InlineData("sshpass -p Ssh-S3cret ssh deploy@host", "Ssh-S3cret")]
    [InlineData("redis-cli -h cache -a R3dis-S3cret ping", "R3dis-S3cret")]
    [InlineData("mongosh --host db -u admin -p M0ngo-S3cret", "M0ngo-S3cret")]
    [InlineData("curl -u deploy:Curl-S3cret https://host/api", "Curl-S3cret")]
    [InlineData("PGPASSWORD=Pg-S3cret psql -h db -U app", "Pg-S3cret")]
    [InlineData("export PGPASSWORD=Pg-S3cret; pg_dump -h db app", "Pg-S3cret")]
    [InlineData("MYSQL_PWD=My-S3cret mysql -u root", "My-S3cret")]
    [InlineData("docker login -u deploy -p Dock3r-S3cret registry.local", "Dock3r-S3cret")]
    [InlineData("podman login --username ci --password P0dman-S3cret quay.local", "P0dman-S3cret")]
    public void ToolPassword_IsFound(string value, string secret)
    {
        ConnectionStringCredential? found = EmbeddedCredentials.Find(value);

        Assert.NotNull(found);
        Assert.Equal(secret, value.Substring(found!.Value.Start, found.Value.Length));
    }

    [Theory]
    [InlineData("mysql -u root -p shop")] // a bare -p prompts; shop is the database
    [InlineData("mysql -u root -p$DB_PASS shop")]
    [InlineData("mysql -u root -p%DB_PASS% shop")]
    [InlineData("mysql -u root -p{0} shop")]
    [InlineData("mysql -h db -P 3306 -u root")] // mysql's -P is the port
    [InlineData("sqlcmd -S db -U sa -p")] // sqlcmd's -p prints statistics
    [InlineData("sqlcmd -S db -U sa -P <password>")]
    [InlineData("sqlcmd -S db -U sa -P $(SqlPassword)")]
    [InlineData("sshpass -p \"$SSHPASS\" ssh host")]
    [InlineData("sshpass -f pass.txt ssh host")]
    [InlineData("curl -u deploy https://host")] // curl prompts for the password
    [InlineData("tool -pPrivate value")] // no known tool in the string
    [InlineData("git log -pDetailed")]
    [InlineData("runs mysql-like queries with -pFast mode")] // mysql-like is not the tool's name
    [InlineData("docker run -p 8080:80 nginx")]
    [InlineData("docker run -p 8443:443 --name login-service nginx")] // login-service is not the login subcommand
    [InlineData("docker login -u deploy --password-stdin registry.local")]
    [InlineData("PGPASSWORD=Pg-S3cret is the variable")] // the generic pair judges this one, not the tool rule
    public void NotAToolPassword_IsNotFoundByTheToolRule(string value) => Assert.Null(ToolCommandLines.Find(value));

    [Theory]
    [InlineData("mysql -u root -p shop")]
    [InlineData("sqlcmd -S db -U sa -P <password>")]
    [InlineData("curl -u deploy https://host")]
    public void NotAToolPassword_IsClean(string value) => Assert.Null(EmbeddedCredentials.Find(value));
}
