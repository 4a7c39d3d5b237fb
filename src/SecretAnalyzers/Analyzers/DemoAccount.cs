using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Analyzers;

/// <summary>
/// <c>new TestUser { Username = "alice", Password = "alice" }</c>, <c>new NetworkCredential("bob", "bob")</c>: a
/// password spelled exactly like the user name written next to it is a sample account of a quickstart or a demo, not a
/// secret of the code. Only a plain word or number qualifies (<c>"123"</c>/<c>"123"</c> in a seeded sample mail account), and the well-known default accounts (<c>admin</c>, <c>root</c>,
/// <c>sa</c>, …) stay reported: shipping those is the default-credential weakness itself (CWE-1392).
/// Decided on syntax (sibling initialiser members, or arguments named by parameter or position), so it works when the
/// type does not bind.
/// </summary>
internal static class DemoAccount
{
    private static readonly HashSet<string> UserNameWords = new(StringComparer.Ordinal)
    {
        "user", "username", "userid", "login", "loginname", "email", "account", "subject",
    };

    private static readonly HashSet<string> DefaultAccounts = new(StringComparer.OrdinalIgnoreCase)
    {
        "admin", "administrator", "root", "sa", "sysadmin", "system", "postgres", "oracle", "mysql", "test", "demo", "default",
    };

    /// <summary>True when the password literal at <paramref name="literal"/> repeats the user name beside it.</summary>
    public static bool IsDemoPassword(SyntaxNode literal, string value)
    {
        if (value.Length < 3 || value.Length > 16 || DefaultAccounts.Contains(value) || !IsLettersOrDigits(value))
        {
            return false;
        }

        return literal.Parent switch
        {
            AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax initializer } => SiblingMemberHolds(initializer, value),
            ArgumentSyntax { Parent: ArgumentListSyntax arguments } argument => OtherArgumentHolds(arguments, argument, value),
            _ => false,
        };
    }

    private static bool SiblingMemberHolds(InitializerExpressionSyntax initializer, string value)
    {
        foreach (ExpressionSyntax expression in initializer.Expressions)
        {
            if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name, Right: var right }
                && IsUserName(name.Identifier.ValueText) && Holds(right, value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OtherArgumentHolds(ArgumentListSyntax arguments, ArgumentSyntax password, string value)
    {
        // By name when named (userName: "bob", in any order); otherwise the argument right before the password, the
        // order every credential API uses (user, password).
        ArgumentSyntax? previous = null;
        bool beforePassword = true;
        foreach (ArgumentSyntax argument in arguments.Arguments)
        {
            if (argument == password)
            {
                beforePassword = false;
                continue;
            }

            if (argument.NameColon is { } named && IsUserName(named.Name.Identifier.ValueText) && Holds(argument.Expression, value))
            {
                return true;
            }

            if (beforePassword)
            {
                previous = argument;
            }
        }

        return previous is { NameColon: null } && password.NameColon is null && Holds(previous.Expression, value);
    }

    /// <summary>A plain word or number ("alice", "123"): the sample account's name, not a chosen password.</summary>
    private static bool IsLettersOrDigits(string value)
    {
        foreach (char c in value)
        {
            if (!char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUserName(string name)
    {
        List<string> words = NameWords.Split(name);
        int last = words.Count - 1;
        return last >= 0 && (UserNameWords.Contains(words[last]) || (last > 0 && UserNameWords.Contains(words[last - 1] + words[last])));
    }

    private static bool Holds(ExpressionSyntax expression, string value) =>
        expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
        && string.Equals(literal.Token.ValueText, value, StringComparison.OrdinalIgnoreCase);
}
