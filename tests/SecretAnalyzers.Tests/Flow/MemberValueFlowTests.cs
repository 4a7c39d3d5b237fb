using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SecretAnalyzers.Tests.Rules;
using Verify = SecretAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecretAnalyzers.Analyzers.HardcodedSecretAnalyzer>;

namespace SecretAnalyzers.Tests.Flow;

/// <summary>
/// Fields and auto-properties whose only value is their initializer (consts, readonly fields, private fields,
/// properties without a public setter): reported once at the initializer (#0), with the first credential read (#1).
/// </summary>
public class MemberValueFlowTests
{
    internal static Task Flows(string members) =>
        Verify.VerifyAsync(
            RuleTestSources.InClass(members),
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0).WithLocation(1));

    internal static Task Clean(string members) => Verify.VerifyAsync(RuleTestSources.InClass(members));

    [Theory]
    [InlineData("""const string DefaultValue = {|#0:"hunter2!"|}; void M() => Login("admin", {|#1:DefaultValue|});""")]
    [InlineData("""private static readonly string DefaultValue = {|#0:"hunter2!"|}; void M() => Login("admin", {|#1:DefaultValue|});""")]
    [InlineData("""public readonly string Fallback = {|#0:"hunter2!"|}; void M() => Login("admin", {|#1:Fallback|});""")]
    [InlineData("""private static string s_value = {|#0:"hunter2!"|}; void M() => Login("admin", {|#1:s_value|});""")]
    [InlineData("""private string _value = {|#0:"hunter2!"|}; void M() => Login("admin", {|#1:this._value|});""")]
    [InlineData("""string Fallback { get; } = {|#0:"hunter2!"|}; void M() => Login("admin", {|#1:Fallback|});""")]
    [InlineData("""public string Fallback { get; private set; } = {|#0:"hunter2!"|}; void M() => Login("admin", {|#1:Fallback|});""")]
    [InlineData("""const string Part = {|#0:"hunter2!"|}; string Cs(string host) => $"Server={host};Password={{|#1:Part|}};";""")]
    [InlineData("""static readonly string Part = {|#0:"hunter2!"|}; string Cs() => string.Format("Server=db;Password={0}", {|#1:Part|});""")]
    [InlineData("""static readonly string V = {|#0:"hunter2!"|}; bool Check(string password) => {|#1:V|} == password;""")]
    [InlineData("""static readonly string V = {|#0:"hunter2!"|}; void M() { var x = V; Login("admin", {|#1:x|}); }""")]
    [InlineData("""const string V = {|#0:"hunter2!"|}; bool Check(string password) => password is {|#1:V|};""")]
    public Task MemberRead_IsReportedAtTheInitializer(string members) => Flows(members);

    /// <summary>A const's initializer may be an invocation that is not an encoded literal (<c>nameof</c>): no crash, no finding.</summary>
    [Theory]
    [InlineData("const string PropertyName = nameof(PropertyName); void M() => Login(\"admin\", PropertyName);")]
    [InlineData("const string PasswordField = nameof(PasswordField); static readonly string Copy = PasswordField; void M() => Login(\"admin\", Copy);")]
    public Task ConstInitializedByNameof_IsCleanWithoutACrash(string members) => Clean(members);

    [Fact]
    public Task MemberReadTwice_IsReportedOnceWithTheFirstRead() =>
        Flows("""
            static readonly string DefaultValue = {|#0:"hunter2!"|};
            void A() => Login("admin", {|#1:DefaultValue|});
            void B() { Login("root", DefaultValue); if (DefaultValue == input) { } }
            string input = "";
            """);

    [Fact]
    public Task ConstUsedByAnotherType_IsReportedAtTheUse() =>
        Verify.VerifyAsync(
            RuleTestSources.Usings + """
                static class Defaults { public const string Value = {|#1:"hunter2!"|}; }
                class C
                {
                    void Login(string user, string password) { }
                    void M() => Login("admin", {|#0:Defaults.Value|});
                }
                """,
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0).WithLocation(1)
                .WithArguments("password", "password via Defaults.Value", "*** (8 chars)"));

    [Fact]
    public Task ConstReadFromANestedType_IsReportedOnce() =>
        Verify.VerifyAsync(
            RuleTestSources.Usings + """
                class Outer
                {
                    private const string Value = {|#1:"hunter2!"|};
                    static void Login(string user, string password) { }
                    class Inner { void M() => Login("admin", {|#0:Value|}); }
                }
                """,
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0).WithLocation(1));

    [Fact]
    public Task MembersOfPartialTypesInTwoFiles_AreFollowed()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(("/0/A.cs", """
            partial class P
            {
                private static readonly string Fallback = {|#0:"hunter2!"|};
            }
            """));
        test.TestState.Sources.Add(("/0/B.cs", """
            partial class P
            {
                void Login(string user, string password) { }
                void M() => Login("admin", {|#1:Fallback|});
            }
            """));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0).WithLocation(1));
        return test.RunAsync();
    }

    [Fact]
    public Task CredentialNamedMember_IsReportedOnceAtItsDefinition() =>
        Verify.VerifyAsync(
            RuleTestSources.InClass("""
                static readonly string AdminPassword = {|#0:"hunter2!"|};
                void M() { Login("admin", AdminPassword); if (AdminPassword == "") { } }
                """),
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0));

    [Theory]
    [InlineData("""private readonly string _value = "hunter2!"; C(string v) { _value = v; } void M() => Login("admin", _value);""")]
    [InlineData("""public string Fallback { get; set; } = "hunter2!"; void M() => Login("admin", Fallback);""")]
    [InlineData("""public static string Fallback = "hunter2!"; void M() => Login("admin", Fallback);""")]
    [InlineData("""private string _value = "hunter2!"; void Set(string v) => _value = v; void M() => Login("admin", _value);""")]
    [InlineData("""static readonly string DefaultValue = "hunter2!"; void M() => Use(DefaultValue);""")]
    [InlineData("""static readonly string DefaultValue = "hunter2!"; void M() => Login(DefaultValue, "");""")]
    [InlineData("""static readonly string Format = "Password={0}"; string M(string p) => string.Format(Format, p);""")]
    [InlineData("""const string PasswordKey = "Password"; string M(System.Collections.Generic.Dictionary<string, string> d) => d[PasswordKey];""")]
    [InlineData("""static readonly string DefaultValue = "changeme"; void M() => Login("admin", DefaultValue);""")]
    public Task NotASingleValueFlowIntoACredential_IsClean(string members) => Clean(members);

    private static Task AcrossTypes(string defaults, string reader, params DiagnosticResult[] expected) =>
        Verify.VerifyAsync(
            RuleTestSources.Usings + "static class Defaults\n{\n" + defaults + "\n}\n\nclass C\n{\n    void Login(string user, string password) { }\n"
                + reader + "\n}\n",
            expected);

    [Theory]
    [InlineData("""public static readonly string Value = {|#1:"hunter2!"|};""", """void M() => Login("admin", {|#0:Defaults.Value|});""")]
    [InlineData("""public static string Value { get; } = {|#1:"hunter2!"|};""", """void M() => Login("admin", {|#0:Defaults.Value|});""")]
    [InlineData("""public static string Value { get; private set; } = {|#1:"hunter2!"|};""", """void M() => Login("admin", {|#0:Defaults.Value|});""")]
    [InlineData("""internal static readonly string Value = {|#1:"hunter2!"|};""", """bool Check(string password) => password == {|#0:Defaults.Value|};""")]
    [InlineData("""public static readonly string Value = {|#1:"hunter2!"|};""", """string Cs() => "Server=db;Password=" + {|#0:Defaults.Value|};""")]
    public Task MemberOfAnotherType_IsReportedAtTheRead(string defaults, string reader) =>
        AcrossTypes(defaults, reader, Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0).WithLocation(1));

    [Fact]
    public Task MemberOfAnotherType_ThroughALocal_NamesTheSinkToo() =>
        AcrossTypes(
            """public static readonly string Value = {|#1:"hunter2!"|};""",
            """void M() { var x = {|#0:Defaults.Value|}; Login("admin", {|#2:x|}); }""",
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0).WithLocation(1).WithLocation(2)
                .WithArguments("password", "password via Defaults.Value", "*** (8 chars)"));

    [Fact]
    public Task InstanceMemberOfAnotherType_IsReportedAtTheRead() =>
        Verify.VerifyAsync(
            RuleTestSources.Usings + """
                class Settings { public string Fallback { get; } = {|#1:"hunter2!"|}; }
                class C
                {
                    void Login(string user, string password) { }
                    void M(Settings s) => Login("admin", {|#0:s.Fallback|});
                }
                """,
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0).WithLocation(1));

    [Fact]
    public Task PrivateFieldReadFromANestedType_IsReportedAtTheRead() =>
        Verify.VerifyAsync(
            RuleTestSources.Usings + """
                class Outer
                {
                    private static readonly string Value = {|#1:"hunter2!"|};
                    static void Login(string user, string password) { }
                    class Inner { void M() => Login("admin", {|#0:Value|}); }
                }
                """,
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0).WithLocation(1));

    [Theory]
    [InlineData("""public static readonly string Value = "hunter2!"; static Defaults() { Value = System.Environment.GetEnvironmentVariable("V"); }""", """void M() => Login("admin", Defaults.Value);""")]
    [InlineData("""public static string Value { get; private set; } = "hunter2!"; public static void Load(string v) => Value = v;""", """void M() => Login("admin", Defaults.Value);""")]
    [InlineData("""public static string Value { get; set; } = "hunter2!";""", """void M() => Login("admin", Defaults.Value);""")]
    [InlineData("""public static string Value = "hunter2!";""", """void M() => Login("admin", Defaults.Value);""")]
    [InlineData("""public static readonly string Value = "hunter2!";""", """void M() => Login(Defaults.Value, "");""")]
    [InlineData("""public static readonly string Value = "no-encryption";""", """void M() => Login("admin", Defaults.Value);""")]
    [InlineData("""public static readonly string NoPasswordSentinel = "hunter2!";""", """void M() => Login("admin", Defaults.NoPasswordSentinel);""")]
    [InlineData("""public static readonly string Value = "changeme";""", """void M() => Login("admin", Defaults.Value);""")]
    public Task MemberOfAnotherTypeThatIsNotASingleValueSecret_IsClean(string defaults, string reader) => AcrossTypes(defaults, reader);

    [Fact]
    public Task CredentialNamedMemberOfAnotherType_IsReportedOnceAtItsDefinition() =>
        AcrossTypes(
            """public static readonly string AdminPassword = {|#0:"hunter2!"|};""",
            """void M() => Login("admin", Defaults.AdminPassword);""",
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0));

    [Fact]
    public Task ConstOfAnotherTypeInAComposedString_IsReportedAtTheRead() =>
        AcrossTypes(
            """public const string Value = {|#1:"hunter2!"|};""",
            """string Cs(string host) => $"Server={host};Password={{|#0:Defaults.Value|}}";""",
            Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0).WithLocation(1));

    [Theory]
    [InlineData("""public const string Value = {|#1:"hunter2!"|};""", """void M() { var x = {|#0:Defaults.Value|}; Login("admin", {|#2:x|}); }""")]
    public Task ConstOfAnotherType_IsFollowedFurther(string defaults, string reader) =>
        AcrossTypes(defaults, reader, Verify.Diagnostic(RuleIdentifiers.HardcodedCredential).WithLocation(0).WithLocation(1).WithLocation(2));
}
