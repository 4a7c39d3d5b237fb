using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SecretAnalyzers.Detection;

namespace SecretAnalyzers.Analyzers;

/// <summary>
/// A literal argument of <c>string.Format</c> / <c>StringBuilder.AppendFormat</c> is named by the key its placeholder
/// sits after in a constant format: <c>string.Format("…;Password={1};", host, "…")</c> stores the second argument as
/// "Password", <c>"https://u:{1}@h"</c> as a URI password; the same value written inside an interpolation would be.
/// </summary>
internal static class FormatArgumentSink
{
    /// <summary>True for string.Format and StringBuilder.AppendFormat, the calls whose placeholders this reads.</summary>
    public static bool IsFormatCall(IMethodSymbol method) =>
        (method.Name == "Format" && method.IsStatic && method.ContainingType?.SpecialType == SpecialType.System_String)
        || (method.Name == "AppendFormat" && ValueFlow.IsStringBuilder(method.ContainingType));

    /// <summary>The sink of the argument bound to <paramref name="parameter"/> (arg0…arg2), or of element <paramref name="paramsIndex"/> of the params array.</summary>
    public static SecretSink Resolve(IInvocationOperation call, IParameterSymbol? parameter, int paramsIndex)
    {
        int placeholder = paramsIndex;
        if (placeholder < 0)
        {
            if (parameter is null || parameter.Name.Length != 4 || !parameter.Name.StartsWith("arg", StringComparison.Ordinal)
                || !char.IsDigit(parameter.Name[3]))
            {
                return SecretSink.None;
            }

            placeholder = parameter.Name[3] - '0';
        }

        string? format = FormatOf(call);
        int at = format is null ? -1 : IndexOfPlaceholder(format, placeholder);
        if (at < 0)
        {
            return SecretSink.None;
        }

        string before = format!.Substring(0, at);
        return SecretSink.Named(KeyBeforeValue.Find(before) ?? (EndsInUriUser(before) ? "password" : null));
    }

    private static string? FormatOf(IInvocationOperation call)
    {
        foreach (IArgumentOperation argument in call.Arguments)
        {
            if (argument.Parameter?.Name == "format")
            {
                return argument.Value.ConstantValue is { HasValue: true, Value: string format } ? format : null;
            }
        }

        return null;
    }

    /// <summary>Where "{n}", "{n,w}" or "{n:f}" starts, skipping escaped "{{".</summary>
    private static int IndexOfPlaceholder(string format, int placeholder)
    {
        string number = placeholder.ToString(CultureInfo.InvariantCulture);
        for (int i = format.IndexOf('{'); i >= 0 && i < format.Length - 1; i = format.IndexOf('{', i + 1))
        {
            if (format[i + 1] == '{')
            {
                i++;
                continue;
            }

            int end = i + 1 + number.Length;
            if (end < format.Length && string.CompareOrdinal(format, i + 1, number, 0, number.Length) == 0 && format[end] is '}' or ',' or ':')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"https://user:" right before the placeholder: the password part of a URI's user-info.</summary>
    private static bool EndsInUriUser(string before)
    {
        int scheme = before.LastIndexOf("://", StringComparison.Ordinal);
        if (scheme <= 0 || before.Length < scheme + 5 || before[before.Length - 1] != ':')
        {
            return false;
        }

        for (int i = scheme + 3; i < before.Length - 1; i++)
        {
            if (before[i] is '/' or '@' or ':' or '?' or '#' || char.IsWhiteSpace(before[i]))
            {
                return false;
            }
        }

        return true;
    }
}
