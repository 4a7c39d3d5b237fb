using System;
using System.Collections.Generic;
using System.Linq;

namespace SecretAnalyzers.Analyzers;

/// <summary>
/// Where the known credential constructors take their credential, by position, for code whose types did not bind
/// (the CLI's loose mode, a package not restored, half-written code): <c>new DirectoryEntry(path, user, "…")</c> with
/// no reference to System.DirectoryServices. Only shapes that every overload of that argument count agrees on are
/// listed (an overload with a non-string parameter at that position cannot take a string literal, so it does not
/// disagree); the entry itself comes from <see cref="KnownCredentialApis"/>, so kind, description and suggested name
/// stay the bound ones.
/// </summary>
internal static class UnboundCredentialApis
{
    private static readonly Shape[] Shapes =
    {
        new("System.Net.NetworkCredential", "password", 1, 2, 3),
        new("System.Security.Cryptography.X509Certificates.X509Certificate2", "password", 1, 2, 3),
        new("System.Security.Cryptography.X509Certificates.X509Certificate", "password", 1, 2, 3),
        new("System.Security.Cryptography.Rfc2898DeriveBytes", "password", 0, 2, 3, 4),
        new("System.Security.Cryptography.PasswordDeriveBytes", "strPassword", 0, 2, 3, 4, 5),
        new("Amazon.Runtime.BasicAWSCredentials", "secretKey", 1, 2),
        new("Amazon.Runtime.SessionAWSCredentials", "awsSecretAccessKey", 1, 3),
        new("Amazon.Runtime.SessionAWSCredentials", "token", 2, 3),
        new("System.Net.Http.Headers.AuthenticationHeaderValue", "parameter", 1, 2),
        new("Microsoft.IdentityModel.Tokens.SymmetricSecurityKey", "key", 0, 1),
        new("Azure.Identity.ClientSecretCredential", "clientSecret", 2, 3, 4),
        new("Azure.Identity.UsernamePasswordCredential", "password", 1, 4, 5),
        new("Azure.AzureKeyCredential", "key", 0, 1),
        new("Azure.AzureSasCredential", "signature", 0, 1),
        new("Azure.Storage.StorageSharedKeyCredential", "accountKey", 1, 2),
        new("System.ClientModel.ApiKeyCredential", "key", 0, 1),
        new("Microsoft.Azure.Cosmos.CosmosClient", "authKeyOrResourceToken", 1, 2, 3),
        new("System.DirectoryServices.DirectoryEntry", "password", 2, 3, 4),
        new("System.DirectoryServices.AccountManagement.PrincipalContext", "password", 3, 4),
        new("System.DirectoryServices.AccountManagement.PrincipalContext", "password", 4, 5),
        new("System.DirectoryServices.AccountManagement.PrincipalContext", "password", 5, 6),
        new("Renci.SshNet.PasswordConnectionInfo", "password", 2, 3),
        new("Renci.SshNet.PasswordConnectionInfo", "password", 3, 4),
        new("Renci.SshNet.SshClient", "password", 2, 3),
        new("Renci.SshNet.SshClient", "password", 3, 4),
        new("Renci.SshNet.SftpClient", "password", 2, 3),
        new("Renci.SshNet.SftpClient", "password", 3, 4),
        new("Renci.SshNet.ScpClient", "password", 2, 3),
        new("Renci.SshNet.ScpClient", "password", 3, 4),
        new("FluentFTP.FtpClient", "pass", 2, 3, 4),
        new("FluentFTP.AsyncFtpClient", "pass", 2, 3, 4),
    };

    /// <summary>
    /// Methods that take a string credential at a fixed position, read by simple method name in text without symbols
    /// (commented-out code, SEC0004): <c>client.Authenticate("user", "…")</c>. Only methods whose credential parameter
    /// is a string are listed (an HMAC key is a byte array: a literal cannot be passed there).
    /// </summary>
    private static readonly Shape[] MethodShapes =
    {
        new("MailKit.MailService", "password", 1, 2, 3) { MemberName = "Authenticate" },
        new("MailKit.MailService", "password", 2, 3, 4) { MemberName = "Authenticate" },
        new("MailKit.MailService", "password", 1, 2, 3) { MemberName = "AuthenticateAsync" },
        new("MailKit.MailService", "password", 2, 3, 4) { MemberName = "AuthenticateAsync" },
        new("System.Security.Cryptography.X509Certificates.X509CertificateLoader", "password", 1, 2, 3, 4) { MemberName = "LoadPkcs12FromFile" },
        new("System.Security.Cryptography.X509Certificates.X509Certificate2", "password", 1, 3) { MemberName = "Import" },
        new("System.Security.Cryptography.X509Certificates.X509CertificateLoader", "password", 1, 2, 3, 4) { MemberName = "LoadPkcs12" },
        new("System.Security.Cryptography.Rfc2898DeriveBytes", "password", 0, 5) { MemberName = "Pbkdf2" },
    };

    private static readonly Dictionary<string, List<(Shape Shape, KnownCredentialApi Api)>> BySimpleName = Build();

    private static readonly Dictionary<string, List<(Shape Shape, KnownCredentialApi Api)>> ByMethodName = BuildMethods();

    /// <summary>
    /// The known method parameter that a string at <paramref name="index"/> of <paramref name="argumentCount"/>
    /// arguments of a call to a method named <paramref name="methodName"/> fills, or null.
    /// </summary>
    public static KnownCredentialApi? FindMethodArgument(string methodName, int argumentCount, int index) =>
        FindArgument(ByMethodName, methodName, argumentCount, index);

    /// <summary>The simple names of the listed constructors' types and of the listed methods.</summary>
    public static string[] ListedNames => BySimpleName.Keys.Concat(ByMethodName.Keys).ToArray();

    /// <summary>
    /// The known constructor parameter that a string at <paramref name="index"/> of <paramref name="argumentCount"/>
    /// arguments of <c>new <paramref name="simpleTypeName"/>(…)</c> fills, or null.
    /// </summary>
    public static KnownCredentialApi? FindConstructorArgument(string simpleTypeName, int argumentCount, int index) =>
        FindArgument(BySimpleName, simpleTypeName, argumentCount, index);

    private static KnownCredentialApi? FindArgument(
        Dictionary<string, List<(Shape Shape, KnownCredentialApi Api)>> table, string name, int argumentCount, int index)
    {
        if (!table.TryGetValue(name, out List<(Shape Shape, KnownCredentialApi Api)>? candidates))
        {
            return null;
        }

        foreach ((Shape shape, KnownCredentialApi api) in candidates)
        {
            if (shape.Index == index && Array.IndexOf(shape.ArgumentCounts, argumentCount) >= 0)
            {
                return api;
            }
        }

        return null;
    }

    /// <summary>The known constructor parameter named <paramref name="parameterName"/> (a named argument <c>password: "…"</c>).</summary>
    public static KnownCredentialApi? FindConstructorParameter(string simpleTypeName, string parameterName)
    {
        if (!BySimpleName.TryGetValue(simpleTypeName, out List<(Shape Shape, KnownCredentialApi Api)>? candidates))
        {
            return null;
        }

        foreach ((Shape _, KnownCredentialApi api) in candidates)
        {
            if (api.ParameterName == parameterName)
            {
                return api;
            }
        }

        return null;
    }

    private static Dictionary<string, List<(Shape Shape, KnownCredentialApi Api)>> Build()
    {
        var result = new Dictionary<string, List<(Shape, KnownCredentialApi)>>(StringComparer.Ordinal);
        foreach (Shape shape in Shapes)
        {
            KnownCredentialApi? api = ListedApi(shape);
            if (api is null)
            {
                continue; // a shape must name a listed constructor parameter (pinned by a test)
            }

            string simpleName = shape.TypeMetadataName.Substring(shape.TypeMetadataName.LastIndexOf('.') + 1);
            if (!result.TryGetValue(simpleName, out List<(Shape, KnownCredentialApi)>? list))
            {
                list = new List<(Shape, KnownCredentialApi)>(2);
                result.Add(simpleName, list);
            }

            list.Add((shape, api));
        }

        return result;
    }

    private static Dictionary<string, List<(Shape Shape, KnownCredentialApi Api)>> BuildMethods()
    {
        var result = new Dictionary<string, List<(Shape, KnownCredentialApi)>>(StringComparer.Ordinal);
        foreach (Shape shape in MethodShapes)
        {
            if (ListedApi(shape) is not { } api)
            {
                continue;
            }

            if (!result.TryGetValue(shape.MemberName, out List<(Shape, KnownCredentialApi)>? list))
            {
                list = new List<(Shape, KnownCredentialApi)>(2);
                result.Add(shape.MemberName, list);
            }

            list.Add((shape, api));
        }

        return result;
    }

    /// <summary>Number of shapes whose constructor or method parameter is not in <see cref="KnownCredentialApis.All"/> (tests pin 0).</summary>
    internal static int UnlistedShapeCount =>
        Array.FindAll(Shapes, shape => ListedApi(shape) is null).Length + Array.FindAll(MethodShapes, shape => ListedApi(shape) is null).Length;

    private static KnownCredentialApi? ListedApi(Shape shape) => Array.Find(
        KnownCredentialApis.All,
        a => a.TypeMetadataName == shape.TypeMetadataName && a.MemberName == shape.MemberName && a.ParameterName == shape.ParameterName);

    private sealed class Shape
    {
        public Shape(string typeMetadataName, string parameterName, int index, params int[] argumentCounts)
        {
            TypeMetadataName = typeMetadataName;
            ParameterName = parameterName;
            Index = index;
            ArgumentCounts = argumentCounts;
        }

        public string TypeMetadataName { get; }

        /// <summary>The method's name; <see cref="KnownCredentialApis.Constructor"/> for a constructor.</summary>
        public string MemberName { get; init; } = KnownCredentialApis.Constructor;

        public string ParameterName { get; }

        public int Index { get; }

        public int[] ArgumentCounts { get; }
    }
}
