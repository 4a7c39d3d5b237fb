using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Tests.Detection;

public class ConnectionStringsTests
{
    [Theory]
    [InlineData("Server=db;Database=app;User Id=sa;Password=S3cr3t!Pa55;", "S3cr3t!Pa55")]
    [InlineData("Server=db;Database=app;User Id=sa;Pwd=S3cr3t!Pa55", "S3cr3t!Pa55")]
    [InlineData("Data Source=db;Initial Catalog=app;User ID=sa;Password='quoted;value'", "quoted;value")]
    [InlineData("Data Source=db;Initial Catalog=app;User ID=sa;Password=\"dq;value\"", "dq;value")]
    [InlineData("Host=localhost;Port=5432;Username=app;Password=pg-Pa55word;Database=orders", "pg-Pa55word")]
    [InlineData("server=localhost;user=root;password = mysqlPa55 ;database=shop", "mysqlPa55")]
    [InlineData("localhost:6379,password=r3d1sPa55,ssl=True,abortConnect=False", "r3d1sPa55")]
    [InlineData("Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=abcDEF123ghiJKL456mnoPQR789stuVWX0123yzAB=", "abcDEF123ghiJKL456mnoPQR789stuVWX0123yzAB=")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=shortKey123==;EndpointSuffix=core.windows.net", "shortKey123==")]
    [InlineData("postgres://app:pgPa55@db.internal:5432/orders", "pgPa55")]
    [InlineData("postgresql://app:pgPa55@db/orders", "pgPa55")]
    [InlineData("mysql://root:myPa55@localhost/shop", "myPa55")]
    [InlineData("mongodb://admin:m0ngoPa55@cluster0:27017/?authSource=admin", "m0ngoPa55")]
    [InlineData("mongodb+srv://admin:m0ngoPa55@cluster0.abcde.mongodb.net/app", "m0ngoPa55")]
    [InlineData("redis://:r3d1sPa55@cache:6379/0", "r3d1sPa55")]
    [InlineData("rediss://default:r3d1sPa55@cache:6380", "r3d1sPa55")]
    [InlineData("amqp://guest:rabbitPa55@mq:5672/vhost", "rabbitPa55")]
    [InlineData("amqps://user:rabbitPa55@mq", "rabbitPa55")]
    [InlineData("https://deploy:httpPa55@artifacts.example.org/repo", "httpPa55")]
    [InlineData("ftp://upload:ftpPa55@files.internal/in", "ftpPa55")]
    [InlineData("jdbc:postgresql://app:pgPa55@db:5432/orders", "pgPa55")]
    [InlineData("mongodb://admin:p@ss@host", "p@ss")]
    [InlineData("Password=123", "123")]
    [InlineData("Server=db;Password=Password!", "Password!")]
    [InlineData("Server=db;Password=p;w", "p")]
    [InlineData("Password=p", "p")]
    [InlineData("foo=1;password=1", "1")]
    [InlineData("password=hardcoded;user='", "hardcoded")]
    [InlineData("passphrase=a", "a")]
    [InlineData("Server = localhost; Database = Test; User = SA; Password   =   Secret123", "Secret123")]
    [InlineData("Server=A;\n                User=B;\n                Password=123", "123")]
    [InlineData("password=':crazy;secret';user=xxx", ":crazy;secret")]
    [InlineData("scheme://user:azerty123@domain.com", "azerty123")]
    [InlineData("scheme://user:With%20%3F%20Encoded@domain.com", "With%20%3F%20Encoded")]
    [InlineData("scheme://user:With!$&'()*+,;=OtherCharacters@domain.com", "With!$&'()*+,;=OtherCharacters")]
    [InlineData("scheme://user:azerty123@", "azerty123")]
    [InlineData("This is article http://login:secret@www.example.com<br>Email:info@example.com", "secret")]
    public void FindsCredential(string value, string secret)
    {
        SecretFinding? finding = SecretScanner.FindConnectionStringCredential(value);

        Assert.NotNull(finding);
        Assert.Equal(RuleIdentifiers.ConnectionStringWithCredentials, finding!.RuleId);
        Assert.Equal(SecretKind.ConnectionString, finding.Kind);
        Assert.Equal(secret, value.Substring(finding.Start, finding.Length));
    }

    [Theory]
    [InlineData("Server=db;Database=app;Integrated Security=true")]
    [InlineData("Server=db;Database=app;Trusted_Connection=yes;")]
    [InlineData("Server=db;Database=app;User Id=sa;Password=;")]
    [InlineData("Server=db;Database=app;User Id=sa;Password=")]
    [InlineData("Server=db;Database=app;User Id=sa;Password={0}")]
    [InlineData("Server=db;Database=app;User Id=sa;Password=${DB_PASSWORD}")]
    [InlineData("Server=db;Database=app;User Id=sa;Password=<password>")]
    [InlineData("Server=db;Database=app;User Id=sa;Password=$(DbPassword)")]
    [InlineData("Server=db;Database=app;User Id=sa;Password=%DB_PASSWORD%")]
    [InlineData("Server=db;Database=app;User Id=sa;Password=*****")]
    [InlineData("Server=db;Database=app;User Id=sa;Password=your_password")]
    [InlineData("Server=db;Database=app;User Id=sa;Password=password")]
    [InlineData("Server=(localdb)\\mssqllocaldb;Database=app;Trusted_Connection=True;MultipleActiveResultSets=true")]
    [InlineData("password=?")]
    [InlineData("password=:password")]
    [InlineData("password=:param")]
    [InlineData("password=;user=;")]
    [InlineData("password=:password;user=:user;")]
    [InlineData("Server=myServerName\\myInstanceName;Database=myDataBase;Password=:myPassword;User Id=:username;")]
    [InlineData("Server = localhost; Database = Test; User = SA; Password = ?")]
    [InlineData("foo=1password=1")]
    [InlineData("scheme://user:@domain.com")]
    [InlineData("scheme://user@domain.com:80")]
    [InlineData("scheme://domain.com/user:azerty123")]
    [InlineData("scheme://admin:admin@domain.com")]
    [InlineData("This is article http://www.example.com Email: info@example.com Phone: +0000000")]
    [InlineData("postgres://app@db/orders")]
    [InlineData("postgres://app:@db/orders")]
    [InlineData("postgres://user:password@host/db")]
    [InlineData("https://example.org:8443/path?x=1")]
    [InlineData("https://user:{password}@host")]
    [InlineData("mailto:someone@example.org")]
    [InlineData("key=value")]
    [InlineData("a=1;b=2;c=3")]
    [InlineData("UPDATE users SET password='x' WHERE id=1; SELECT 1")]
    [InlineData("localhost:6379,abortConnect=false")]
    [InlineData("The key=value form, Password=... and so on")]
    public void IgnoresCleanValues(string value) => Assert.Null(SecretScanner.FindConnectionStringCredential(value));

    [Theory]
    [InlineData("ordersDbConnectionString", "Server=db;User Id=sa;Password=S3cr3tPa55", "OrdersDbPassword")]
    [InlineData("ConnectionStrings:Default", "Server=db;User Id=sa;Password=S3cr3tPa55", "DbPassword")]
    [InlineData(null, "redis://:r3d1sPa55@cache:6379", "RedisPassword")]
    [InlineData(null, "postgres://app:pgPa55@db/orders", "PostgresPassword")]
    [InlineData("redisConnection", "cache:6379,password=r3d1sPa55", "RedisPassword")]
    [InlineData(null, "Endpoint=sb://ns/;SharedAccessKeyName=Root;SharedAccessKey=abcDEF123ghi", "ServiceBusSharedAccessKey")]
    public void SuggestsNames(string? name, string value, string expected) =>
        Assert.Equal(expected, SecretScanner.FindConnectionStringCredential(value, name)!.SuggestedName);
}
