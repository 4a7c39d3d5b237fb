using System;
using System.Collections.Generic;

namespace SecretAnalyzers.Cli.CommandLine;

/// <summary>
/// A command's arguments split into positionals, valued options (<c>--format json</c>, <c>--format=json</c>) and
/// flags (<c>--force</c>). Unknown options are usage errors, so a typo never silently changes a CI gate.
/// </summary>
internal sealed class ParsedArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private ParsedArguments()
    {
    }

    public List<string> Positionals { get; } = new();

    /// <param name="args">The arguments after the command name.</param>
    /// <param name="valuedOptions">Long names (with dashes) that take a value; short aliases map to them.</param>
    /// <param name="flags">Long names of options without a value.</param>
    /// <param name="aliases">Short alias → long name, e.g. "-o" → "--output".</param>
    public static ParsedArguments Parse(
        IReadOnlyList<string> args,
        IReadOnlyCollection<string> valuedOptions,
        IReadOnlyCollection<string> flags,
        IReadOnlyDictionary<string, string>? aliases = null)
    {
        var result = new ParsedArguments();
        var onlyPositionals = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (onlyPositionals || !arg.StartsWith("-", StringComparison.Ordinal) || arg == "-")
            {
                result.Positionals.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                onlyPositionals = true;
                continue;
            }

            string name = arg;
            string? inlineValue = null;
            var equals = arg.IndexOf('=');
            if (equals > 0)
            {
                name = arg.Substring(0, equals);
                inlineValue = arg.Substring(equals + 1);
            }

            if (aliases is not null && aliases.TryGetValue(name, out var longName))
            {
                name = longName;
            }

            if (Contains(flags, name))
            {
                if (inlineValue is not null)
                {
                    throw new UsageException($"Option '{name}' takes no value.");
                }

                result._flags.Add(name);
            }
            else if (Contains(valuedOptions, name))
            {
                var value = inlineValue;
                if (value is null)
                {
                    if (i + 1 >= args.Count)
                    {
                        throw new UsageException($"Option '{name}' needs a value.");
                    }

                    value = args[++i];
                }

                if (result._values.ContainsKey(name))
                {
                    throw new UsageException($"Option '{name}' is given more than once.");
                }

                result._values[name] = value;
            }
            else
            {
                throw new UsageException($"Unknown option '{name}'.");
            }
        }

        return result;
    }

    public string? GetValue(string name) => _values.TryGetValue(name, out var value) ? value : null;

    public bool HasFlag(string name) => _flags.Contains(name);

    private static bool Contains(IReadOnlyCollection<string> names, string name)
    {
        foreach (var candidate in names)
        {
            if (string.Equals(candidate, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
