using System;
using System.Text;

namespace SecretAnalyzers.Generators;

/// <summary>
/// Writes C# with consistent indentation and <c>\n</c> line endings (generated text must not depend on the host),
/// so the emitter reads like the code it produces.
/// </summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _builder = new();
    private int _indentation;

    public void WriteLine() => _builder.Append('\n');

    /// <summary>Writes one line (or several, each indented) at the current indentation.</summary>
    public void WriteLine(string text)
    {
        var start = 0;
        while (true)
        {
            var end = text.IndexOf('\n', start);
            var line = end < 0 ? text.Substring(start) : text.Substring(start, end - start);

            // Raw-string templates take the line endings of the checkout (CRLF with autocrlf); the output keeps \n.
            if (line.Length > 0 && line[line.Length - 1] == '\r')
            {
                line = line.Substring(0, line.Length - 1);
            }

            if (line.Length > 0)
            {
                for (var i = 0; i < _indentation; i++)
                {
                    _builder.Append(IndentUnit);
                }

                _builder.Append(line);
            }

            _builder.Append('\n');
            if (end < 0)
            {
                return;
            }

            start = end + 1;
        }
    }

    /// <summary>Writes <c>{</c> and indents until the returned scope is disposed, which writes the closing brace.</summary>
    public Block Braces(string closing = "}")
    {
        WriteLine("{");
        _indentation++;
        return new Block(this, closing);
    }

    public void Indent() => _indentation++;

    public void Unindent() => _indentation--;

    public override string ToString() => _builder.ToString();

    internal readonly struct Block : IDisposable
    {
        private readonly SourceWriter _writer;
        private readonly string _closing;

        public Block(SourceWriter writer, string closing)
        {
            _writer = writer;
            _closing = closing;
        }

        public void Dispose()
        {
            _writer._indentation--;
            _writer.WriteLine(_closing);
        }
    }
}
