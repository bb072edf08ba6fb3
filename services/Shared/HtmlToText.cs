using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace JobAggregator.Text;

/// <summary>The product's one way from parsed HTML to the text a reader sees, compiled into the scraper and the
/// normalizer (a linked file, so neither depends on the other): inline elements run on, every other element stands
/// apart from its neighbours, table cells are set apart by a space, code and styling are left out. The normalizer keeps
/// a description's blocks as lines (<see cref="Lines"/>); the scraper reads titles and fields as one line
/// (<see cref="Collapsed"/>).</summary>
internal static class HtmlToText
{
    /// <summary>One line per block, list items marked ("- ", or "1. " in an ordered list), whitespace collapsed within
    /// each line.</summary>
    /// <param name="root">The element whose content is the fragment, such as a parsed document's body.</param>
    /// <returns>The text, or null when the fragment shows no text.</returns>
    public static string? Lines(INode root)
    {
        var walked = new PlainSink();
        Walk(root, asLines: true, walked);
        var lines = walked.ToString()
            .Split('\n')
            .Select(line => string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(line => line.Length > 0 && line != "-");
        var result = string.Join('\n', lines);
        return result.Length == 0 ? null : result;
    }

    /// <summary>The text as one line: blocks (<c>&lt;div&gt;</c>, <c>&lt;h3&gt;</c>, <c>&lt;li&gt;</c>,
    /// <c>&lt;br&gt;</c>) apart from their neighbours, which <c>TextContent</c> runs together ("Staff AttorneyExample
    /// Project"), whitespace collapsed.</summary>
    /// <returns>The text, or null when nothing is left.</returns>
    public static string? Collapsed(INode root)
    {
        // Collapsed as it is walked, into a builder kept per thread: the scraper asks this of many elements per page.
        var text = RentCollapsing();
        Walk(root, asLines: false, text);
        return Finish(text);
    }

    /// <summary>A test of a text read in place: for <see cref="CollapsedMatches"/>, a quick one that its pattern cannot
    /// match where it answers no.</summary>
    public delegate bool SpanTest(ReadOnlySpan<char> text);

    /// <summary>Whether <paramref name="pattern"/> matches the text <see cref="Collapsed"/> gives, read where it is
    /// built: a page's whole content is asked about once, and is not worth a string of its own.</summary>
    /// <param name="mayMatch">Asked first, when given: a text it turns down is not searched with the pattern.</param>
    public static bool CollapsedMatches(INode root, Regex pattern, SpanTest? mayMatch = null) =>
        CollapsedPasses(root, text => (mayMatch is null || mayMatch(text)) && pattern.IsMatch(text));

    /// <summary>Whether <paramref name="test"/> holds of the text <see cref="Collapsed"/> gives, read where it is built.</summary>
    public static bool CollapsedPasses(INode root, SpanTest test)
    {
        var text = RentCollapsing();
        Walk(root, asLines: false, text);
        var passes = text.Passes(test);
        text.Clear();
        _threadCollapsing = text;
        return passes;
    }

    /// <summary>The text of nodes that follow one another, as <see cref="Collapsed"/> gives it for an element holding
    /// copies of them: the scraper scores a title's following siblings without copying them.</summary>
    /// <returns>The text, or null when nothing is left.</returns>
    public static string? CollapsedRun(IReadOnlyList<INode> nodes)
    {
        var text = RentCollapsing();
        foreach (var node in nodes)
        {
            Walk(node, asLines: false, text);
        }

        return Finish(text);
    }

    /// <summary>Runs of whitespace (non-breaking and zero-width spaces included) made one space, trimmed; null when
    /// nothing is left.</summary>
    public static string? CollapseWhitespace(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (IsCollapsed(text))
        {
            return text.Length == 0 ? null : text;
        }

        var collapsed = RentCollapsing();
        collapsed.Append(text);
        return Finish(collapsed);
    }

    private static CollapsingText RentCollapsing()
    {
        var text = _threadCollapsing ?? new CollapsingText();
        _threadCollapsing = null;
        return text;
    }

    private static string? Finish(CollapsingText text)
    {
        var result = text.Length == 0 ? null : text.ToString();
        text.Clear();
        _threadCollapsing = text;
        return result;
    }

    /// <summary>Whether the text is already as <see cref="CollapseWhitespace"/> leaves it: no whitespace but single
    /// spaces between other characters.</summary>
    private static bool IsCollapsed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (CollapsingText.IsSpace(text[i]) && (text[i] != ' ' || i == 0 || i == text.Length - 1 || text[i - 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }

    [ThreadStatic]
    private static CollapsingText? _threadCollapsing;

    [ThreadStatic]
    private static Stack<(INode Node, bool Closing)>? _threadPending;

    /// <summary>The one-line text of <see cref="Collapsed"/>: runs of whitespace (non-breaking and zero-width spaces
    /// included) become one space, none at either end.</summary>
    private sealed class CollapsingText : ITextSink
    {
        private readonly StringBuilder _text = new();
        private bool _pendingSpace;

        public int Length => _text.Length;

        public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u200B';

        public void Append(char c)
        {
            if (IsSpace(c))
            {
                _pendingSpace = true;
                return;
            }

            if (_pendingSpace && _text.Length > 0)
            {
                _text.Append(' ');
            }

            _pendingSpace = false;
            _text.Append(c);
        }

        public void Append(string piece)
        {
            var start = 0;
            for (var i = 0; i <= piece.Length; i++)
            {
                if (i < piece.Length && !IsSpace(piece[i]))
                {
                    continue;
                }

                if (i > start)
                {
                    if (_pendingSpace && _text.Length > 0)
                    {
                        _text.Append(' ');
                    }

                    _pendingSpace = false;
                    _text.Append(piece, start, i - start);
                }

                if (i < piece.Length)
                {
                    _pendingSpace = true;
                }

                start = i + 1;
            }
        }

        public bool Passes(SpanTest test)
        {
            foreach (var chunk in _text.GetChunks())
            {
                // Held in one piece, as a builder used before usually is: read in place.
                if (chunk.Length == _text.Length)
                {
                    return test(chunk.Span);
                }

                break;
            }

            var copy = ArrayPool<char>.Shared.Rent(_text.Length);
            try
            {
                _text.CopyTo(0, copy, _text.Length);
                return test(copy.AsSpan(0, _text.Length));
            }
            finally
            {
                ArrayPool<char>.Shared.Return(copy);
            }
        }

        public void Clear()
        {
            _pendingSpace = false;
            _text.Clear();
            if (_text.Capacity > 1 << 16)
            {
                _text.Capacity = 1 << 16;
            }
        }

        public override string ToString() => _text.ToString();
    }

    /// <summary>Where <see cref="Walk"/> writes the text it finds.</summary>
    private interface ITextSink
    {
        void Append(char c);

        void Append(string piece);
    }

    /// <summary>The text as walked, whitespace untouched.</summary>
    private sealed class PlainSink : ITextSink
    {
        private readonly StringBuilder _text = new();

        public void Append(char c) => _text.Append(c);

        public void Append(string piece) => _text.Append(piece);

        public override string ToString() => _text.ToString();
    }

    private static void Walk(INode root, bool asLines, ITextSink text)
    {
        ArgumentNullException.ThrowIfNull(root);

        var apart = asLines ? '\n' : ' ';

        // An explicit stack rather than recursion: scraped markup can nest deeper than the call stack allows. Kept per
        // thread; a walk that throws leaves it to the garbage collector.
        var pending = _threadPending ?? new Stack<(INode Node, bool Closing)>();
        _threadPending = null;
        pending.Clear();
        pending.Push((root, false));
        while (pending.Count > 0)
        {
            var (node, closing) = pending.Pop();
            if (closing)
            {
                text.Append(apart);
                continue;
            }

            if (node is IText textNode)
            {
                text.Append(textNode.Data);
                continue;
            }

            if (node is IElement element)
            {
                switch (element.LocalName)
                {
                    case "script" or "style" or "template" or "noscript":
                        continue;
                    case "br":
                        text.Append(apart);
                        continue;
                    case "td" or "th" when asLines:
                        text.Append(' ');
                        break;
                    case "li" when asLines:
                        text.Append('\n');
                        text.Append(ListMarker(element));
                        pending.Push((element, true));
                        break;
                    case var name when !IsInline(name):
                        text.Append(apart);
                        pending.Push((element, true));
                        break;
                }
            }

            // By index: AngleSharp finds a node's previous sibling by searching its parent's children.
            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                pending.Push((children[i], false));
            }
        }

        _threadPending = pending;
    }

    private static bool IsInline(string name) => name is "a" or "abbr" or "b" or "bdi" or "bdo" or "cite" or "code" or "data"
        or "dfn" or "em" or "font" or "i" or "kbd" or "mark" or "q" or "s" or "samp" or "small" or "span" or "strong" or "sub"
        or "sup" or "time" or "u" or "var" or "wbr";

    private static string ListMarker(IElement item)
    {
        if (item.ParentElement is not { LocalName: "ol" } list)
        {
            return "- ";
        }

        var position = 1;
        foreach (var sibling in list.Children)
        {
            if (sibling == item)
            {
                break;
            }

            if (sibling.LocalName == "li")
            {
                position++;
            }
        }

        return $"{position}. ";
    }

}
