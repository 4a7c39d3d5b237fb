using System.Threading.Tasks;
using SecretAnalyzers.Tests.Rules;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.Analyzers.HardcodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Flow;

/// <summary>
/// A neutrally named local that holds a literal and is read where a credential goes: reported once, at the literal
/// (#0), with the read that decides (#1) as additional location.
/// </summary>
public class LocalValueFlowTests
{
    private static Task Flows(string statements) =>
        Verify.VerifyAsync(
            RuleTestSources.InMethod(statements),
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0).WithLocation(1));

    private static Task Clean(string statements) => Verify.VerifyAsync(RuleTestSources.InMethod(statements));

    [Theory]
    [InlineData("""var fallback = {|#0:"hunter2!"|}; Login("admin", {|#1:fallback|});""")]
    [InlineData("""string v = {|#0:"hunter2!"|}; Login(user: "admin", password: {|#1:v|});""")]
    [InlineData("""var v = {|#0:"hunter2!"|}; var o = new Options(); o.Password = {|#1:v|};""")]
    [InlineData("""var v = {|#0:"hunter2!"|}; var o = new Options { Password = {|#1:v|} };""")]
    [InlineData("""var v = {|#0:"hunter2!"|}; d["Password"] = {|#1:v|};""")]
    [InlineData("""var v = {|#0:"hunter2!"|}; string dbPassword = {|#1:v|};""")]
    [InlineData("""const string fallback = {|#0:"hunter2!"|}; string adminPassword = {|#1:fallback|};""")]
    [InlineData("""var v = {|#0:"hunter2!"|}; if (password == {|#1:v|}) { }""")]
    public Task DirectRead_IsReportedAtTheLiteral(string statements) => Flows(statements);

    [Theory]
    [InlineData("""var v = {|#0:"hunter2!"|}; var o = new Options(); o.ConnectionString = "Server=db;Password=" + {|#1:v|};""")]
    [InlineData("""var v = {|#0:"hunter2!"|}; string cs = $"Server=db;User Id=app;Password={{|#1:v|}};";""")]
    [InlineData("""var v = {|#0:"hunter2!"|}; string cs = string.Format("Server=db;Password={0};", {|#1:v|});""")]
    [InlineData("""var v = {|#0:"hunter2!"|}; string cs = string.Format("Server={0};Password={1};", input, {|#1:v|});""")]
    [InlineData("""var v = {|#0:"hunter2!"|}; string cs = string.Concat("Server=db;Password=", {|#1:v|});""")]
    [InlineData("""var v = {|#0:"hunter2!"|}; string url = "https://api.example.org/v1?api_key=" + {|#1:v|};""")]
    [InlineData("""var v = {|#0:"hunter2!"|}; string cs = new StringBuilder().Append("Server=db;Password=").Append({|#1:v|}).ToString();""")]
    [InlineData("""var v = {|#0:"hunter2!"|}; Login("admin", new StringBuilder().Append({|#1:v|}).Append("!").ToString());""")]
    [InlineData("""var v = {|#0:"hunter2!"|}; Login("admin", string.Join("", {|#1:v|}, input));""")]
    [InlineData("""var v = {|#0:"hunter2!"|}; Login("admin", input + {|#1:v|});""")]
    [InlineData("""var v = {|#0:"hunter2!"|}; Login("admin", input.Length > 0 ? input : {|#1:v|});""")]
    [InlineData("""var v = {|#0:"hunter2!"|}; Login("admin", input ?? {|#1:v|});""")]
    [InlineData("""var v = {|#0:"hunter2!"|}; Login("admin", {|#1:v|} ?? input);""")]
    [InlineData("""var v = {|#0:"hunter2!"|}; Login("admin", input switch { "a" => input, _ => {|#1:v|} });""")]
    [InlineData("""var v = {|#0:"hunter2!"|}; Login("admin", {|#1:v|}.Trim());""")]
    public Task ComposedRead_IsReportedAtTheLiteral(string statements) => Flows(statements);

    [Theory]
    [InlineData("""var (user, code) = ("admin", {|#0:"hunter2!"|}); Login(user, {|#1:code|});""")]
    [InlineData("""(string user, string code) = ("admin", {|#0:"hunter2!"|}); Login(user, {|#1:code|});""")]
    [InlineData("""var v = input switch { "prod" => {|#0:"pr0d-pw!"|}, _ => "" }; Login("admin", {|#1:v|});""")]
    [InlineData("""var v = input.Length > 0 ? {|#0:"pr0d-pw!"|} : ""; Login("admin", {|#1:v|});""")]
    [InlineData("""var a = {|#0:"hunter2!"|}; var b = a; var c = b + "!"; Login("admin", {|#1:c|});""")]
    [InlineData("""var a = {|#0:"hunter2!"|}; Action act = () => Login("admin", {|#1:a|}); act();""")]
    [InlineData("""var a = {|#0:"hunter2!"|}; var cred = new System.Net.NetworkCredential("admin", {|#1:a|});""")]
    [InlineData("""var v = {|#0:"hunter2!"|}; if (v.Length > 0 && {|#1:v|}.Equals(password)) { }""")]
    [InlineData("""var v = {|#0:"hunter2!"|}; var parts = v.Split('!'); Login("admin", {|#1:v|}.ToString());""")]
    public Task OtherShapes_AreFollowed(string statements) => Flows(statements);

    [Fact]
    public Task DeconstructionIntoCredentialName_IsReportedByName() =>
        Verify.VerifyAsync(
            RuleTestSources.InMethod("""var (user, dbPassword) = ("admin", {|#0:"hunter2!"|}); Login(user, dbPassword);"""),
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0));

    [Fact]
    public Task CredentialNamedLocal_IsReportedOnceAtItsDefinition() =>
        Verify.VerifyAsync(
            RuleTestSources.InMethod("""var adminPassword = {|#0:"hunter2!"|}; Login("admin", adminPassword); if (password == adminPassword) { }"""),
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0));

    [Fact]
    public Task LocalReadByTwoSinks_IsReportedOnceWithTheFirst() =>
        Flows("""var v = {|#0:"hunter2!"|}; Login("admin", {|#1:v|}); Login("root", v); SetPassword(v);""");

    [Fact]
    public Task FlowInFieldInitializerLambdaAndTopLevel_IsFollowed() =>
        Verify.VerifyAsync(
            RuleTestSources.InClass("""
                string GetPassword() { var v = {|#0:"hunter2!"|}; return {|#1:v|}; }
                """),
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0).WithLocation(1));

    [Fact]
    public Task MessageNamesTheSinkAndTheLocal() =>
        Verify.VerifyAsync(
            RuleTestSources.InMethod("""var fallback = {|#0:"Sup3rS3cretValue!"|}; Login("admin", {|#1:fallback|});"""),
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0).WithLocation(1)
                .WithArguments("password", "password via fallback", "S\u2026! (17 chars)"));

    [Theory]
    [InlineData("""var v = "hunter2!"; v = input; Login("admin", v);""")]
    [InlineData("""var v = "hunter2!"; d.TryGetValue("k", out v); Login("admin", v);""")]
    [InlineData("""var v = "hunter2!"; v += "x"; Login("admin", v);""")]
    [InlineData("""string u = "x", v = "hunter2!"; (u, v) = (input, input); Login(u, v);""")]
    [InlineData("""var v = "hunter2!"; Console.WriteLine(v);""")]
    [InlineData("""var v = "hunter2!"; Console.WriteLine("Password: " + v);""")]
    [InlineData("""var v = "hunter2!"; Use($"Name={v}");""")]
    [InlineData("""var v = "hunter2!"; if (v.Length > 0) { Login(v, input); }""")]
    [InlineData("""var v = "changeme"; Login("admin", v);""")]
    [InlineData("""var v = ""; Login("admin", v);""")]
    [InlineData("""var v = "hunter2!"; if (input == v) { }""")]
    [InlineData("""var v = "hunter2!"; string userName = v;""")]
    [InlineData("""var v = "hunter2!"; var o = new Options { PasswordLabel = v };""")]
    [InlineData("""var v = "hunter2!"; { var w = v; } var password2 = input;""")]
    [InlineData("""var v = "Password"; Login("admin", input); var label = v;""")]
    [InlineData("""var sep = ";"; Login("admin", input + sep);""")]
    [InlineData("""var v = "hunter2!"; Login("admin", nameof(v)); Login("admin", v.Substring(1)); Login("admin", v[0].ToString());""")]
    public Task NotAFlowIntoACredential_IsClean(string statements) => Clean(statements);
}
