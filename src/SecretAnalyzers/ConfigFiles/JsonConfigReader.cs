using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SecretAnalyzers.ConfigFiles;

/// <summary>
/// Reads the string values of a JSON configuration file (appsettings.json) with the keys IConfiguration gives them:
/// nested objects joined with ':', array elements by index. Tolerant like the configuration loader: comments and
/// trailing commas are allowed. Malformed input ends the read quietly with what was read so far; it never throws.
/// </summary>
internal sealed class JsonConfigReader
{
    private const int MaxDepth = 64;

    private readonly string _text;
    private readonly List<ConfigEntry> _entries = new();
    private int _position;

    private JsonConfigReader(string text)
    {
        _text = text;
    }

    public static IReadOnlyList<ConfigEntry> Read(string text)
    {
        var reader = new JsonConfigReader(text);
        try
        {
            reader.SkipTrivia();
            reader.ReadValue(prefix: null, depth: 0);
        }
        catch (MalformedJsonException)
        {
            // Keep what was read before the error: a half-edited file still gets its complete values checked.
        }

        return reader._entries;
    }

    private void ReadValue(string? prefix, int depth)
    {
        if (depth > MaxDepth || _position >= _text.Length)
        {
            throw new MalformedJsonException();
        }

        switch (_text[_position])
        {
            case '{':
                ReadObject(prefix, depth);
                break;
            case '[':
                ReadArray(prefix, depth);
                break;
            case '"':
                var start = _position + 1;
                var value = ReadString(out var verbatim);
                if (prefix is not null)
                {
                    _entries.Add(new ConfigEntry(prefix, value, start, _position - 1 - start, verbatim));
                }

                break;
            default:
                SkipLiteral();
                break;
        }
    }

    private void ReadObject(string? prefix, int depth)
    {
        _position++; // '{'
        SkipTrivia();
        while (_position < _text.Length && _text[_position] != '}')
        {
            if (_text[_position] != '"')
            {
                throw new MalformedJsonException();
            }

            var name = ReadString(out _);
            SkipTrivia();
            Expect(':');
            SkipTrivia();
            ReadValue(prefix is null ? name : prefix + ":" + name, depth + 1);
            SkipTrivia();
            if (!TrySkip(','))
            {
                break;
            }

            SkipTrivia();
        }

        Expect('}');
    }

    private void ReadArray(string? prefix, int depth)
    {
        _position++; // '['
        SkipTrivia();
        var index = 0;
        while (_position < _text.Length && _text[_position] != ']')
        {
            var key = index.ToString(CultureInfo.InvariantCulture);
            ReadValue(prefix is null ? key : prefix + ":" + key, depth + 1);
            index++;
            SkipTrivia();
            if (!TrySkip(','))
            {
                break;
            }

            SkipTrivia();
        }

        Expect(']');
    }

    /// <summary>Reads a string starting at its opening quote; leaves the position after the closing quote.</summary>
    private string ReadString(out bool verbatim)
    {
        _position++; // opening quote
        verbatim = true;
        StringBuilder? builder = null;
        var runStart = _position;
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '"')
            {
                var result = builder is null
                    ? _text.Substring(runStart, _position - runStart)
                    : builder.Append(_text, runStart, _position - runStart).ToString();
                _position++;
                return result;
            }

            if (c is '\r' or '\n')
            {
                throw new MalformedJsonException();
            }

            if (c != '\\')
            {
                _position++;
                continue;
            }

            verbatim = false;
            builder ??= new StringBuilder();
            builder.Append(_text, runStart, _position - runStart);
            if (_position + 1 >= _text.Length)
            {
                throw new MalformedJsonException();
            }

            var escape = _text[_position + 1];
            _position += 2;
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (_position + 4 > _text.Length
                        || !int.TryParse(_text.Substring(_position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                    {
                        throw new MalformedJsonException();
                    }

                    builder.Append((char)code);
                    _position += 4;
                    break;
                default:
                    throw new MalformedJsonException();
            }

            runStart = _position;
        }

        throw new MalformedJsonException();
    }

    private void SkipLiteral()
    {
        var start = _position;
        while (_position < _text.Length && IsLiteralChar(_text[_position]))
        {
            _position++;
        }

        if (_position == start)
        {
            throw new MalformedJsonException();
        }
    }

    private static bool IsLiteralChar(char c) =>
        char.IsLetterOrDigit(c) || c is '-' or '+' or '.';

    private void SkipTrivia()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                _position++;
            }
            else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '/')
            {
                while (_position < _text.Length && _text[_position] is not '\n' and not '\r')
                {
                    _position++;
                }
            }
            else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '*')
            {
                var end = _text.IndexOf("*/", _position + 2, System.StringComparison.Ordinal);
                if (end < 0)
                {
                    throw new MalformedJsonException();
                }

                _position = end + 2;
            }
            else
            {
                return;
            }
        }
    }

    private bool TrySkip(char c)
    {
        if (_position < _text.Length && _text[_position] == c)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void Expect(char c)
    {
        if (!TrySkip(c))
        {
            throw new MalformedJsonException();
        }
    }

    /// <summary>Internal control flow only: caught in <see cref="Read"/>, never escapes the reader.</summary>
    private sealed class MalformedJsonException : System.Exception
    {
    }
}
