using System.Threading.Tasks;

namespace SecretAnalyzers.Tests.Flow;

/// <summary>
/// A readonly field or get-only auto-property without an initializer whose one value is a literal assigned in a
/// constructor, and a readonly <c>byte[]</c> holding <c>Encoding.X.GetBytes("…")</c>: followed like an initialized
/// member, reported once at the literal (#0) with the first credential read (#1).
/// </summary>
public class ConstructorValueFlowTests
{
    private static Task Flows(string members) => MemberValueFlowTests.Flows(members);

    private static Task Clean(string members) => MemberValueFlowTests.Clean(members);

    [Theory]
    [InlineData("""private readonly string _value; C() { _value = {|#0:"Hn9!vBn3Mq"|}; } void M() => Login("admin", {|#1:_value|});""")]
    [InlineData("""private readonly string _value; C() { this._value = {|#0:"Hn9!vBn3Mq"|}; } void M() => Login("admin", {|#1:this._value|});""")]
    [InlineData("""string Value { get; } C() { Value = {|#0:"Hn9!vBn3Mq"|}; } void M() => Login("admin", {|#1:Value|});""")]
    [InlineData("""public string Value { get; private set; } public C() { Value = {|#0:"Hn9!vBn3Mq"|}; } bool Check(string password) => password == {|#1:Value|};""")]
    [InlineData("""static readonly string s_value; static C() { s_value = {|#0:"Hn9!vBn3Mq"|}; } void M() => Login("admin", {|#1:s_value|});""")]
    [InlineData("""private readonly string _value; C() { _value = {|#0:"Hn9!vBn3Mq"|}; } C(int x) : this() { } string Cs() => $"Server=db;Password={{|#1:_value|}}";""")]
    public Task MemberGivenOneLiteralInAConstructor_IsFollowed(string members) => Flows(members);

    [Theory]
    [InlineData("""private readonly string _value; C() { _value = "Hn9!vBn3Mq"; } C(string v) { _value = v; } void M() => Login("admin", _value);""")] // two values
    [InlineData("""private string _value; C() { _value = "Hn9!vBn3Mq"; } void Reset(string v) => _value = v; void M() => Login("admin", _value);""")] // written later
    [InlineData("""public string Value { get; init; } C() { Value = "Hn9!vBn3Mq"; } void M() => Login("admin", Value);""")] // callers may set it
    [InlineData("""public string Value { get; set; } C() { Value = "Hn9!vBn3Mq"; } void M() => Login("admin", Value);""")]
    [InlineData("""private readonly string _value; C() { _value = "Hn9!vBn3Mq"; } void M() => Use(_value);""")] // no credential sink
    [InlineData("""private readonly string _value; C(bool b) { _value = b ? "Hn9!vBn3Mq" : "x"; } void M() => Login("admin", _value);""")] // not one literal
    [InlineData("""private readonly string _label; C() { _label = "theme-music"; } void M() => Login("admin", _label);""")] // a word slug
    public Task MemberWithoutOneConstructorLiteral_IsClean(string members) => Clean(members);

    [Theory]
    [InlineData("""static readonly byte[] Expected = Encoding.UTF8.GetBytes({|#0:"Eqf&sDf9Gh"|}); bool Check(string password) => System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(password), {|#1:Expected|});""")]
    [InlineData("""static readonly byte[] Expected = Encoding.ASCII.GetBytes({|#0:"Eqf&sDf9Gh"|}); bool Check(byte[] passwordBytes) => System.Linq.Enumerable.SequenceEqual(passwordBytes, {|#1:Expected|});""")]
    public Task ReadonlyBytesOfALiteral_ComparedWithACredential_IsReported(string members) => Flows(members);

    [Theory]
    [InlineData("""static readonly byte[] Magic = Encoding.UTF8.GetBytes("Eqf&sDf9Gh"); bool Check(byte[] header) => System.Linq.Enumerable.SequenceEqual(header, Magic);""")]
    [InlineData("""static byte[] Expected = Encoding.UTF8.GetBytes("Eqf&sDf9Gh"); bool Check(string password) { Expected = new byte[0]; return System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(password), Expected); }""")]
    public Task BytesNotComparedWithACredential_AreClean(string members) => Clean(members);
}
