namespace SecretAnalyzers.Tests.Rules;

/// <summary>Wraps snippets in a compilable class so test cases stay one line long.</summary>
internal static class RuleTestSources
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Text;

        """;

    /// <summary>A statement (or several) inside a method that has a <c>password</c> parameter and an <c>input</c>.</summary>
    public static string InMethod(string statements) => Usings + """
        class Options
        {
            public string Password { get; set; }
            public string ApiKey { get; set; }
            public string PasswordLabel { get; set; }
            public string ConnectionString { get; set; }
        }

        class C
        {
            void Login(string user, string password) { }
            void SetPassword(string value) { }
            void Use(object value) { }

            void M(string password, string input, Dictionary<string, string> d)
            {
        """ + statements + """

            }
        }
        """;

    /// <summary>Members inside a class.</summary>
    public static string InClass(string members) => Usings + """
        class C
        {
            void Login(string user, string password) { }
            void Use(object value) { }

        """ + members + """

        }
        """;
}
