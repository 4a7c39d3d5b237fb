using System.Text.RegularExpressions;

namespace SecretAnalyzers.Runtime.Aws;

/// <summary>
/// The shape of an AWS region name (<c>us-east-1</c>, <c>us-gov-west-1</c>, <c>cn-north-1</c>): checked before a client
/// is made for it, because the SDK turns an unknown name into an endpoint that fails only on the first read.
/// </summary>
internal static class AwsRegionName
{
    private static readonly Regex Shape = new("^[a-z]{2,}(-[a-z]+)+-[0-9]{1,2}$", RegexOptions.CultureInvariant);

    public const string Example = "lower-case like us-east-1";

    public static bool IsValid(string? name) => name is not null && Shape.IsMatch(name);
}
