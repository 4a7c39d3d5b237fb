using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SecretAnalyzers.Json;

/// <summary>
/// The one reader of JSON with <c>//</c> and <c>/* */</c> comments and trailing commas, keeping every node's offsets.
/// Two modes over one grammar: <see cref="Parse"/> (strict, for the manifest) stops at the first error with a located
/// <see cref="JsonSyntaxException"/>; <see cref="ParseTolerant"/> (for configuration files) keeps everything read
/// before the error, so a half-edited appsettings.json still gets its complete values checked.
/// Hand-written because it is compiled into the analyzers and the generator, which must not depend on
/// System.Text.Json, and because the manifest writer needs exact positions to edit without reformatting.
/// </summary>
internal sealed class JsonDocumentReader
{
    // Deep nesting could overflow the compiler's stack; no manifest or settings file needs more than a handful of levels.
    private const int MaxDepth = 64;

    private readonly string _text;
    private readonly bool _tolerant;
    private int _position;
    private int _depth;
    private JsonSyntaxException? _error;

    private JsonDocumentReader(string text, bool tolerant)
    {
        _text = text;
        _tolerant = tolerant;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            _position = 1;
        }
    }

    /// <summary>Parses a whole document.</summary>
    /// <exception cref="JsonSyntaxException">The text is not valid JSON-with-comments.</exception>
    public static JsonNode Parse(string text)
    {
        var reader = new JsonDocumentReader(text, tolerant: false);
        reader.SkipTrivia();
        if (reader._position >= text.Length)
        {
            throw new JsonSyntaxException("the file is empty", reader._position, 0);
        }

        var root = reader.ReadValue();
        reader.SkipTrivia();
        if (reader._position < text.Length)
        {
            throw reader.Error("unexpected text after the end of the document");
        }

        return root;
    }

    /// <summary>
    /// Parses as much of a document as is valid: containers cut short by an error hold the members read before it.
    /// Never throws; <see cref="JsonTolerantResult.Root"/> is null when not even the first value could be read.
    /// </summary>
    public static JsonTolerantResult ParseTolerant(string text)
    {
        var reader = new JsonDocumentReader(text, tolerant: true);
        JsonNode? root = null;
        try
        {
            reader.SkipTrivia();
            if (reader._position < text.Length)
            {
                root = reader.ReadValue();
            }
        }
        catch (JsonSyntaxException exception)
        {
            reader._error ??= exception;
        }

        return new JsonTolerantResult(root, reader._error);
    }

    private bool Stopped => _error is not null;

    private JsonNode ReadValue()
    {
        if (_position >= _text.Length)
        {
            throw new JsonSyntaxException("unexpected end of file, expected a value", _position, 0);
        }

        var c = _text[_position];
        switch (c)
        {
            case '{':
                return ReadObject();
            case '[':
                return ReadArray();
            case '"':
                return ReadString();
            case 't':
                return ReadLiteral("true", start => new JsonBoolean(start, start + 4, true));
            case 'f':
                return ReadLiteral("false", start => new JsonBoolean(start, start + 5, false));
            case 'n':
                return ReadLiteral("null", start => new JsonNull(start, start + 4));
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ReadNumber();
                }

                if (c == '\'')
                {
                    throw Error("strings must use double quotes");
                }

                throw Error("unexpected character '" + Describe(c) + "', expected a value");
        }
    }

    private JsonObject ReadObject()
    {
        var start = _position;
        var properties = new List<JsonProperty>();
        ReadContainer('}', "a property value", () =>
        {
            if (_text[_position] != '"')
            {
                throw Error(_text[_position] == '\''
                    ? "property names must use double quotes"
                    : "expected a property name in double quotes or '}'");
            }

            var name = ReadString();
            SkipTrivia();
            if (_position >= _text.Length || _text[_position] != ':')
            {
                throw ErrorAtCurrent("expected ':' after property name");
            }

            _position++;
            SkipTrivia();
            properties.Add(new JsonProperty(name, ReadValue()));
        });
        return new JsonObject(start, _position, properties);
    }

    private JsonArray ReadArray()
    {
        var start = _position;
        var items = new List<JsonNode>();
        ReadContainer(']', "an array item", () => items.Add(ReadValue()));
        return new JsonArray(start, _position, items);
    }

    /// <summary>
    /// Reads the members of an object or array up to <paramref name="close"/>. In tolerant mode the first syntax error
    /// ends the container (kept in <c>_error</c>) and what was read so far stays, so config files keep their value spans.
    /// </summary>
    private void ReadContainer(char close, string member, Action readMember)
    {
        Enter();
        _position++;
        try
        {
            ReadMembers(close, member, readMember);
        }
        catch (JsonSyntaxException exception) when (_tolerant)
        {
            _error ??= exception;
        }

        _depth--;
    }

    private void ReadMembers(char close, string member, Action readMember)
    {
        while (true)
        {
            SkipTrivia();
            if (_position >= _text.Length)
            {
                throw new JsonSyntaxException("unexpected end of file, expected '" + close + "'", _position, 0);
            }

            if (_text[_position] == close)
            {
                _position++;
                return;
            }

            readMember();
            if (Stopped)
            {
                return;
            }

            SkipTrivia();
            if (_position < _text.Length && _text[_position] == ',')
            {
                _position++;
                continue;
            }

            if (_position < _text.Length && _text[_position] == close)
            {
                _position++;
                return;
            }

            throw ErrorAtCurrent("expected ',' or '" + close + "' after " + member);
        }
    }

    private JsonString ReadString()
    {
        var start = _position;
        _position++;
        StringBuilder? builder = null;
        var runStart = _position;
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw new JsonSyntaxException("unterminated string", start, _position - start);
            }

            var c = _text[_position];
            if (c == '"')
            {
                var value = builder is null
                    ? _text.Substring(runStart, _position - runStart)
                    : builder.Append(_text, runStart, _position - runStart).ToString();
                _position++;
                return new JsonString(start, _position, value, isVerbatim: builder is null);
            }

            if (c == '\r' || c == '\n')
            {
                throw new JsonSyntaxException("unterminated string (line break inside a string)", start, _position - start);
            }

            if (c < ' ')
            {
                throw Error("control character inside a string; escape it");
            }

            if (c != '\\')
            {
                _position++;
                continue;
            }

            builder ??= new StringBuilder();
            builder.Append(_text, runStart, _position - runStart);
            var escapeStart = _position;
            _position++;
            if (_position >= _text.Length)
            {
                throw new JsonSyntaxException("unterminated string", start, _position - start);
            }

            var escaped = _text[_position];
            _position++;
            switch (escaped)
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
                        || !int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        throw new JsonSyntaxException("invalid \\u escape, expected four hex digits", escapeStart, 2);
                    }

                    builder.Append((char)code);
                    _position += 4;
                    break;
                default:
                    throw new JsonSyntaxException("invalid escape sequence '\\" + Describe(escaped) + "'", escapeStart, 2);
            }

            runStart = _position;
        }
    }

    private JsonNumber ReadNumber()
    {
        var start = _position;
        if (_text[_position] == '-')
        {
            _position++;
        }

        if (!ReadDigits())
        {
            throw Error("invalid number");
        }

        if (_position < _text.Length && _text[_position] == '.')
        {
            _position++;
            if (!ReadDigits())
            {
                throw Error("invalid number, expected digits after '.'");
            }
        }

        if (_position < _text.Length && (_text[_position] == 'e' || _text[_position] == 'E'))
        {
            _position++;
            if (_position < _text.Length && (_text[_position] == '+' || _text[_position] == '-'))
            {
                _position++;
            }

            if (!ReadDigits())
            {
                throw Error("invalid number, expected digits in the exponent");
            }
        }

        return new JsonNumber(start, _position, _text.Substring(start, _position - start));
    }

    private bool ReadDigits()
    {
        var start = _position;
        while (_position < _text.Length && _text[_position] >= '0' && _text[_position] <= '9')
        {
            _position++;
        }

        return _position > start;
    }

    private JsonNode ReadLiteral(string literal, System.Func<int, JsonNode> create)
    {
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
        {
            throw Error("unexpected text, expected a value");
        }

        var start = _position;
        _position += literal.Length;
        return create(start);
    }

    private void SkipTrivia()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\uFEFF')
            {
                _position++;
            }
            else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '/')
            {
                while (_position < _text.Length && _text[_position] != '\n' && _text[_position] != '\r')
                {
                    _position++;
                }
            }
            else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '*')
            {
                var end = _text.IndexOf("*/", _position + 2, System.StringComparison.Ordinal);
                if (end < 0)
                {
                    throw new JsonSyntaxException("unterminated /* comment", _position, 2);
                }

                _position = end + 2;
            }
            else
            {
                return;
            }
        }
    }

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw Error("the document is nested too deeply");
        }
    }

    private JsonSyntaxException Error(string message) => new(message, _position, _position < _text.Length ? 1 : 0);

    private JsonSyntaxException ErrorAtCurrent(string message) =>
        _position >= _text.Length
            ? new JsonSyntaxException("unexpected end of file, " + message, _position, 0)
            : Error(message);

    private static string Describe(char c) =>
        c < ' ' ? "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) : c.ToString();
}
