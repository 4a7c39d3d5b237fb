using System;
using System.Collections.Generic;

namespace SecretAnalyzers.Detection;

/// <summary>
/// Aho–Corasick over the catalogue's keywords: one pass over a value, one table step per character, whatever the
/// number of formats. Keywords are folded to lower case in the automaton; a case-sensitive keyword is confirmed
/// with an ordinal compare on its (rare) hits. Characters that occur in no keyword share one class, which sends the
/// automaton back to its root, so the transition table stays small (states × keyword alphabet).
/// </summary>
internal sealed class KeywordAutomaton
{
    private readonly byte[] classOf = new byte[128];
    private readonly int classCount;
    private readonly ushort[] next;
    private readonly int[] outputStart;
    private readonly Keyword[] outputs;

    public KeywordAutomaton(IReadOnlyList<Keyword> keywords)
    {
        // Class 0: any character in no keyword (and every non-ASCII character).
        int classes = 1;
        foreach (Keyword keyword in keywords)
        {
            foreach (char c in keyword.Text)
            {
                char folded = Fold(c);
                if (folded >= 128)
                {
                    throw new ArgumentException("Keywords are ASCII: " + keyword.Text);
                }

                if (classOf[folded] == 0)
                {
                    classOf[folded] = (byte)classes++;
                }
            }
        }

        for (char c = 'A'; c <= 'Z'; c++)
        {
            classOf[c] = classOf[char.ToLowerInvariant(c)];
        }

        classCount = classes;

        // The trie, then failure links breadth-first, folded into a full transition table.
        var trie = new List<int[]> { NewRow(classes) };
        var terminal = new List<List<Keyword>> { new() };
        foreach (Keyword keyword in keywords)
        {
            int state = 0;
            foreach (char c in keyword.Text)
            {
                int cls = classOf[Fold(c)];
                if (trie[state][cls] < 0)
                {
                    trie[state][cls] = trie.Count;
                    trie.Add(NewRow(classes));
                    terminal.Add(new List<Keyword>());
                }

                state = trie[state][cls];
            }

            terminal[state].Add(keyword);
        }

        if (trie.Count > ushort.MaxValue)
        {
            throw new InvalidOperationException("Too many keyword states.");
        }

        var fail = new int[trie.Count];
        var queue = new Queue<int>();
        for (int cls = 0; cls < classes; cls++)
        {
            if (trie[0][cls] < 0)
            {
                trie[0][cls] = 0;
            }
            else
            {
                fail[trie[0][cls]] = 0;
                queue.Enqueue(trie[0][cls]);
            }
        }

        while (queue.Count > 0)
        {
            int state = queue.Dequeue();
            terminal[state].AddRange(terminal[fail[state]]);
            for (int cls = 0; cls < classes; cls++)
            {
                int child = trie[state][cls];
                if (child < 0)
                {
                    trie[state][cls] = trie[fail[state]][cls];
                }
                else
                {
                    fail[child] = trie[fail[state]][cls];
                    queue.Enqueue(child);
                }
            }
        }

        next = new ushort[trie.Count * classes];
        outputStart = new int[trie.Count + 1];
        var flat = new List<Keyword>();
        for (int state = 0; state < trie.Count; state++)
        {
            for (int cls = 0; cls < classes; cls++)
            {
                next[(state * classes) + cls] = (ushort)trie[state][cls];
            }

            outputStart[state] = flat.Count;
            flat.AddRange(terminal[state]);
        }

        outputStart[trie.Count] = flat.Count;
        outputs = flat.ToArray();
        StateCount = trie.Count;
    }

    /// <summary>Gets the number of automaton states (for the benchmark's notes).</summary>
    public int StateCount { get; }

    /// <summary>
    /// Marks in <paramref name="hits"/> (lazily allocated, one bit per format) every format one of whose keywords
    /// occurs in <paramref name="value"/>; formats longer than the value are skipped.
    /// </summary>
    public void Scan(string value, ref ulong[]? hits, int formatCount) =>
        Run(value, 0, value.Length, minKeywordLength: 0, ref hits, formatCount);

    /// <summary>
    /// True when any keyword occurs in <paramref name="value"/>[<paramref name="start"/>, <paramref name="end"/>)
    /// (a whole source file or one comment in it): the catalogue's prefilter as a yes/no, stopping at the first hit.
    /// Keywords shorter than <paramref name="minKeywordLength"/> are ignored unless they hold punctuation (<c>hf_</c>
    /// counts; <c>.</c> and <c>AC</c>, which occur in every file, do not).
    /// </summary>
    public bool ContainsAny(string value, int start, int end, int minKeywordLength)
    {
        ulong[]? none = null;
        return Run(value, start, end, minKeywordLength, ref none, formatCount: 0);
    }

    /// <summary>
    /// One pass over the range. With <paramref name="formatCount"/> 0 it stops at the first keyword and returns true;
    /// otherwise it marks every hit format in <paramref name="hits"/> and returns whether there was any.
    /// </summary>
    private bool Run(string value, int start, int end, int minKeywordLength, ref ulong[]? hits, int formatCount)
    {
        bool any = false;
        int state = 0;
        int classes = classCount;
        for (int i = start; i < end; i++)
        {
            char c = value[i];
            int cls = c < 128 ? classOf[c] : 0;
            state = next[(state * classes) + cls];
            if (state == 0)
            {
                continue;
            }

            int last = outputStart[state + 1];
            for (int o = outputStart[state]; o < last; o++)
            {
                Keyword keyword = outputs[o];
                if (end - start < keyword.MinValueLength || !keyword.IsDistinctive(minKeywordLength))
                {
                    continue;
                }

                if (keyword.CaseSensitive
                    && string.CompareOrdinal(value, i - keyword.Text.Length + 1, keyword.Text, 0, keyword.Text.Length) != 0)
                {
                    continue;
                }

                if (formatCount == 0)
                {
                    return true;
                }

                any = true;
                hits ??= new ulong[(formatCount + 63) / 64];
                hits[keyword.FormatIndex >> 6] |= 1UL << (keyword.FormatIndex & 63);
            }
        }

        return any;
    }

    private static char Fold(char c) => c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;

    private static int[] NewRow(int classes)
    {
        var row = new int[classes];
        for (int i = 0; i < row.Length; i++)
        {
            row[i] = -1;
        }

        return row;
    }

    /// <summary>One keyword of one format.</summary>
    public sealed class Keyword
    {
        private readonly bool _hasPunctuationShape;

        public Keyword(string text, int formatIndex, bool caseSensitive, int minValueLength)
        {
            Text = text;
            FormatIndex = formatIndex;
            CaseSensitive = caseSensitive;
            MinValueLength = minValueLength;
            _hasPunctuationShape = HasPunctuationShape(text);
        }

        public string Text { get; }

        public int FormatIndex { get; }

        public bool CaseSensitive { get; }

        /// <summary>Gets the format's shortest value: a shorter value cannot hold it.</summary>
        public int MinValueLength { get; }

        /// <summary>At least <paramref name="minLength"/> characters, or shorter with a letter or digit and punctuation (<c>hf_</c>, <c>sl.</c>).</summary>
        /// <remarks>Asked at every hit of a whole-file scan, where <c>.</c> hits on every member access: the shape is read once, here.</remarks>
        public bool IsDistinctive(int minLength) => Text.Length >= minLength || _hasPunctuationShape;

        private static bool HasPunctuationShape(string text)
        {
            bool alphanumeric = false, punctuation = false;
            foreach (char c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    alphanumeric = true;
                }
                else
                {
                    punctuation = true;
                }
            }

            return text.Length >= 3 && alphanumeric && punctuation;
        }
    }
}
