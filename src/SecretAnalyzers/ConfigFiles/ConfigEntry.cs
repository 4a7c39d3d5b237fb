namespace SecretAnalyzers.ConfigFiles;

/// <summary>
/// One value read from a configuration file: its flattened key (<c>ConnectionStrings:Default</c>, <c>DB_PASSWORD</c>),
/// its decoded value and where the value's raw text sits in the file.
/// </summary>
internal readonly struct ConfigEntry
{
    public ConfigEntry(string key, string value, int rawStart, int rawLength, bool rawIsVerbatim)
    {
        Key = key;
        Value = value;
        RawStart = rawStart;
        RawLength = rawLength;
        RawIsVerbatim = rawIsVerbatim;
    }

    /// <summary>The key as IConfiguration would see it (sections joined with ':').</summary>
    public string Key { get; }

    /// <summary>The value after unescaping (JSON escapes, XML entities, .env quotes).</summary>
    public string Value { get; }

    /// <summary>Offset in the file of the value's first character (inside the quotes).</summary>
    public int RawStart { get; }

    /// <summary>Length in the file of the value's raw text (inside the quotes).</summary>
    public int RawLength { get; }

    /// <summary>
    /// Whether the raw text equals <see cref="Value"/> character for character, so an offset inside the value
    /// is also an offset inside the raw text. When false, only the whole value can be located.
    /// </summary>
    public bool RawIsVerbatim { get; }

    /// <summary>The file span of <paramref name="length"/> characters at <paramref name="start"/> inside the value.</summary>
    public (int Start, int Length) MapToFile(int start, int length)
    {
        if (!RawIsVerbatim || start < 0 || length <= 0 || start + length > RawLength)
        {
            return (RawStart, RawLength);
        }

        return (RawStart + start, length);
    }
}
