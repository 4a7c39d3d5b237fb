using System.Threading.Tasks;
using SecretAnalyzers.Tests.Detection;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.Analyzers.HardcodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Rules;

public class SEC0003ConnectionStringTests
{
    private const string Stubs = """
        namespace System.Data.SqlClient { public class SqlConnection { public SqlConnection(string connectionString) { } } }
        namespace Npgsql { public class NpgsqlConnection { public NpgsqlConnection(string connectionString) { } } }
        namespace MySqlConnector { public class MySqlConnection { public MySqlConnection(string connectionString) { } } }
        namespace MongoDB.Driver { public class MongoClient { public MongoClient(string connectionString) { } } }
        namespace StackExchange.Redis { public static class ConnectionMultiplexer { public static object Connect(string configuration) => null; } }
        namespace Microsoft.EntityFrameworkCore
        {
            public class DbContextOptionsBuilder { }
            public static class Extensions
            {
                public static DbContextOptionsBuilder UseSqlServer(this DbContextOptionsBuilder b, string connectionString) => b;
                public static DbContextOptionsBuilder UseNpgsql(this DbContextOptionsBuilder b, string connectionString) => b;
            }
        }

        """;

    private static Task Reported(string statement) =>
        Verify.VerifyAsync(
            RuleTestSources.Usings + "using Microsoft.EntityFrameworkCore;\n" + Stubs + """
            class Options { public string ConnectionString { get; set; } }
            class C
            {
                void M(string host, DbContextOptionsBuilder builder)
                {
            """ + statement + """

                }
            }
            """,
            Verify.Diagnostic(RuleIdentifiers.ConnectionStringWithCredentials).WithLocation(0));

    private static Task Clean(string statement) =>
        Verify.VerifyAsync(
            RuleTestSources.Usings + "using Microsoft.EntityFrameworkCore;\n" + Stubs + """
            class C
            {
                void M(string host, DbContextOptionsBuilder builder)
                {
            """ + statement + """

                }
            }
            """);

    [Theory]
    [InlineData("""var cs = {|#0:"Server=db;Database=app;User Id=sa;Password=S3cr3t!Pa55;"|};""")]
    [InlineData("""var cs = {|#0:"Data Source=db;Initial Catalog=app;User ID=sa;Pwd=S3cr3t!Pa55"|};""")]
    [InlineData("""var cs = {|#0:"Server=db;User Id=sa;Password='quoted;S3cr3t'"|};""")]
    [InlineData("""var c = new System.Data.SqlClient.SqlConnection({|#0:"Server=db;User Id=sa;Password=S3cr3t!Pa55"|});""")]
    [InlineData("""var c = new Npgsql.NpgsqlConnection({|#0:"Host=db;Username=app;Password=pgPa55;Database=orders"|});""")]
    [InlineData("""var c = new MySqlConnector.MySqlConnection({|#0:"server=db;user=root;password=myPa55;database=shop"|});""")]
    [InlineData("""var c = new MongoDB.Driver.MongoClient({|#0:"mongodb://admin:m0ngoPa55@cluster0:27017"|});""")]
    [InlineData("""var c = new MongoDB.Driver.MongoClient({|#0:"mongodb+srv://admin:m0ngoPa55@cluster0.example.net/app"|});""")]
    [InlineData("""var r = StackExchange.Redis.ConnectionMultiplexer.Connect({|#0:"cache:6379,password=r3d1sPa55,ssl=true"|});""")]
    [InlineData("""builder.UseSqlServer({|#0:"Server=db;User Id=sa;Password=S3cr3t!Pa55"|});""")]
    [InlineData("""builder.UseNpgsql({|#0:"postgres://app:pgPa55@db:5432/orders"|});""")]
    [InlineData("""var url = {|#0:"postgresql://app:pgPa55@db/orders"|};""")]
    [InlineData("""var url = {|#0:"mysql://root:myPa55@localhost/shop"|};""")]
    [InlineData("""var url = {|#0:"redis://:r3d1sPa55@cache:6379/0"|};""")]
    [InlineData("""var url = {|#0:"rediss://default:r3d1sPa55@cache:6380"|};""")]
    [InlineData("""var url = {|#0:"amqp://guest:rabbitPa55@mq:5672/vhost"|};""")]
    [InlineData("""var url = {|#0:"amqps://user:rabbitPa55@mq"|};""")]
    [InlineData("""var url = {|#0:"https://deploy:httpPa55@artifacts.example.org/repo"|};""")]
    [InlineData("""var url = {|#0:"ftp://upload:ftpPa55@files.internal/in"|};""")]
    [InlineData("""var o = new Options { ConnectionString = {|#0:"Server=db;User Id=sa;Password=S3cr3t!Pa55"|} };""")]
    [InlineData("""var cs = {|#0:"Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=abcDEF123ghiJKL456mnoPQR789stuVWX0123yzAB="|};""")]
    [InlineData("""var cs = {|#0:"DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=shortKey123==;EndpointSuffix=core.windows.net"|};""")]
    [InlineData("""const string Db = "Server=db;"; var cs = {|#0:Db + "User Id=sa;Password=S3cr3t!Pa55"|};""")]
    [InlineData("""var cs = $"Server={host}{|#0:;User Id=sa;Password=S3cr3t!Pa55|}";""")]
    [InlineData("""var cs = {|#0:"Server=db;User Id=sa;Password=S3cr3t!Pa55;"|} + host;""")]
    [InlineData("""var cs = {|#0:@"Server=db\sql;User Id=sa;Password=S3cr3t!Pa55"|};""")]
    [InlineData("var cs = {|#0:\"\"\"Server=db;User Id=sa;Password=S3cr3t!Pa55\"\"\"|};")]
    [InlineData("""string password = {|#0:"Server=db;User Id=sa;Password=S3cr3t!Pa55"|};""")]
    [InlineData("""var c = new System.Data.SqlClient.SqlConnection({|#0:"Password=12345"|});""")]
    [InlineData("""var url = {|#0:"scheme://user:azerty123@"|} + host;""")]
    [InlineData("""var cs = "Server = " + host + {|#0:"; Database = Test; User = SA; Password = Secret123"|};""")]
    [InlineData("""var q = {|#0:"foo=1;password=1"|};""")]
    public Task ConnectionStringWithPassword_IsReported(string statement) => Reported(statement);

    [Theory]
    [InlineData("""var cs = "Server=db;Database=app;Integrated Security=true";""")]
    [InlineData("""var cs = "Server=db;Database=app;Trusted_Connection=yes;";""")]
    [InlineData("""var cs = "Server=db;Database=app;User Id=sa;Password=;";""")]
    [InlineData("""var cs = "Server=db;Database=app;User Id=sa;Password={0}";""")]
    [InlineData("""var cs = "Server=db;Database=app;User Id=sa;Password=${DB_PASSWORD}";""")]
    [InlineData("""var cs = "Server=db;Database=app;User Id=sa;Password=<password>";""")]
    [InlineData("""var cs = "Server=db;Database=app;User Id=sa;Password=" + host;""")]
    [InlineData("""var cs = $"Server=db;Database=app;User Id=sa;Password={host}";""")]
    [InlineData("""var cs = string.Format("Server=db;User Id=sa;Password={0}", host);""")]
    [InlineData("""var url = "postgres://app@db/orders";""")]
    [InlineData("""var url = "postgres://user:password@host/db";""")]
    [InlineData("""var url = "https://example.org:8443/path";""")]
    [InlineData("""var c = new System.Data.SqlClient.SqlConnection(host);""")]
    [InlineData("""builder.UseSqlServer("Server=(localdb)\\mssqllocaldb;Database=app;Trusted_Connection=True;MultipleActiveResultSets=true");""")]
    [InlineData("""var r = StackExchange.Redis.ConnectionMultiplexer.Connect("localhost:6379,abortConnect=false");""")]
    [InlineData("""var text = "Set Password=... in your connection string";""")]
    [InlineData("""var c = new System.Data.SqlClient.SqlConnection("Password=" + host + ";");""")]
    [InlineData("""var c = new System.Data.SqlClient.SqlConnection(string.Format("Password={0}", host));""")]
    [InlineData("""var c = new System.Data.SqlClient.SqlConnection($"Password={host}");""")]
    [InlineData("""var q = "password=:password;user=:user;";""")]
    [InlineData("""var u = "scheme://admin:admin@domain.com";""")]
    public Task CleanConnectionStrings_AreNotReported(string statement) => Clean(statement);

    [Fact]
    public Task StorageAccountKeyInRealFormat_IsSec0002ByPriority() =>
        Verify.VerifyAsync(
            RuleTestSources.InMethod("var cs = {|#0:\"" + FakeTokens.AzureStorageConnectionString() + "\"|};"),
            Verify.Diagnostic(RuleIdentifiers.HardcodedToken).WithLocation(0));

    [Fact]
    public Task MessageNamesThePartAndMasksIt() =>
        Verify.VerifyAsync(
            RuleTestSources.InMethod("""var cs = {|#0:"Server=db;User Id=sa;Password=S3cr3t!Pa55word"|};"""),
            Verify.Diagnostic(RuleIdentifiers.ConnectionStringWithCredentials).WithLocation(0).WithArguments("password", "S\u2026d (15 chars)", "Connection string"));

    [Fact]
    public Task GenericPairMessage_SaysString() =>
        Verify.VerifyAsync(
            RuleTestSources.InMethod("""var filter = {|#0:"mode=fast&password=S3cr3t!Pa55word"|};"""),
            Verify.Diagnostic(RuleIdentifiers.ConnectionStringWithCredentials).WithLocation(0).WithArguments("password", "S\u2026d (15 chars)", "String"));
}
