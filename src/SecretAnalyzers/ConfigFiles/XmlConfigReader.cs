using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using SecretAnalyzers.Text;

namespace SecretAnalyzers.ConfigFiles;

/// <summary>
/// Reads the values of an XML configuration file (web.config, app.config, nuget.config):
/// <c>&lt;add name="X" connectionString="…"/&gt;</c> as <c>ConnectionStrings:X</c>, <c>&lt;add key="K" value="…"/&gt;</c>
/// as <c>K</c>, any other attribute as <c>element:attribute</c> and leaf elements' text as the element name.
/// DTDs are ignored (no entity expansion, no resolver). Malformed files give no entries; it never throws.
/// </summary>
internal static class XmlConfigReader
{
    public static IReadOnlyList<ConfigEntry> Read(string text)
    {
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Ignore,
                XmlResolver = null,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
            };
            using var stringReader = new StringReader(text);
            using var xmlReader = XmlReader.Create(stringReader, settings);
            document = XDocument.Load(xmlReader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException)
        {
            return Array.Empty<ConfigEntry>();
        }

        var offsets = new LineTable(text);
        var entries = new List<ConfigEntry>();
        foreach (var element in document.Descendants())
        {
            ReadAttributes(text, offsets, element, entries);
            ReadLeafText(text, offsets, element, entries);
        }

        return entries;
    }

    private static void ReadAttributes(string text, LineTable offsets, XElement element, List<ConfigEntry> entries)
    {
        var connectionString = Attribute(element, "connectionString");
        var keyAttribute = Attribute(element, "key");
        var valueAttribute = Attribute(element, "value");
        var nameAttribute = Attribute(element, "name");

        foreach (var attribute in element.Attributes())
        {
            if (attribute.IsNamespaceDeclaration || attribute == keyAttribute || attribute == nameAttribute)
            {
                continue;
            }

            string key;
            if (attribute == connectionString)
            {
                key = "ConnectionStrings:" + (nameAttribute?.Value ?? element.Name.LocalName);
            }
            else if (attribute == valueAttribute && keyAttribute is not null)
            {
                key = keyAttribute.Value;
            }
            else
            {
                key = element.Name.LocalName + ":" + attribute.Name.LocalName;
            }

            var entry = Locate(text, offsets, attribute, key);
            if (entry is not null)
            {
                entries.Add(entry.Value);
            }
        }
    }

    private static XAttribute? Attribute(XElement element, string localName) =>
        element.Attributes().FirstOrDefault(a => !a.IsNamespaceDeclaration
            && string.Equals(a.Name.LocalName, localName, StringComparison.OrdinalIgnoreCase));

    /// <summary>Finds the attribute value's raw text: from the name (line info) past '=' to the quote.</summary>
    private static ConfigEntry? Locate(string text, LineTable offsets, XAttribute attribute, string key)
    {
        IXmlLineInfo lineInfo = attribute;
        if (!lineInfo.HasLineInfo())
        {
            return null;
        }

        var position = offsets.ToOffset(lineInfo.LineNumber, lineInfo.LinePosition);
        if (position < 0)
        {
            return null;
        }

        position = text.IndexOf('=', position);
        if (position < 0)
        {
            return null;
        }

        position++;
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        if (position >= text.Length || text[position] is not '"' and not '\'')
        {
            return null;
        }

        var quote = text[position];
        var start = position + 1;
        var end = text.IndexOf(quote, start);
        if (end < 0)
        {
            return null;
        }

        var raw = text.Substring(start, end - start);
        return new ConfigEntry(key, attribute.Value, start, raw.Length, string.Equals(raw, attribute.Value, StringComparison.Ordinal));
    }

    private static void ReadLeafText(string text, LineTable offsets, XElement element, List<ConfigEntry> entries)
    {
        if (element.HasElements)
        {
            return;
        }

        foreach (var node in element.Nodes().OfType<XText>())
        {
            var value = node.Value;
            var trimmed = value.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            IXmlLineInfo lineInfo = node;
            var position = lineInfo.HasLineInfo() ? offsets.ToOffset(lineInfo.LineNumber, lineInfo.LinePosition) : -1;
            if (position < 0)
            {
                continue;
            }

            // For CDATA the line info already points past "<![CDATA[".
            var start = position + value.IndexOf(trimmed, StringComparison.Ordinal);
            var verbatim = start + trimmed.Length <= text.Length
                && string.CompareOrdinal(text, start, trimmed, 0, trimmed.Length) == 0;
            entries.Add(new ConfigEntry(element.Name.LocalName, trimmed, start, verbatim ? trimmed.Length : RawLength(text, start), verbatim));
        }
    }

    /// <summary>For text with entities the raw length differs: up to the next markup.</summary>
    private static int RawLength(string text, int start)
    {
        var end = text.IndexOf('<', start);
        return (end < 0 ? text.Length : end) - start;
    }
}
