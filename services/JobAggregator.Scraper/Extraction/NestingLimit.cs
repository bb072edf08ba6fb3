namespace JobAggregator.Scraper.Extraction;

/// <summary>Bounds how deep a page's elements nest before it is parsed: the HTML parser's work grows with the square of
/// the depth (100,000 nested divs cost 46 s of CPU), and no real page nests more than a few dozen deep. Start tags past
/// the limit, and the end tags that close them, are dropped; their text stays, one level up.</summary>
internal static class NestingLimit
{
    public const int MaxDepth = 256;

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    /// <summary>Looked up by the tag name's span: every tag of every page is looked at.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VoidElementNames = VoidElements.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] RawTextElements = ["script", "style", "textarea", "title", "xmp", "noscript"];

    /// <returns>The page itself when it nests no deeper than <paramref name="maxDepth"/>, else a copy without the
    /// tags past it.</returns>
    public static string Apply(string html, int maxDepth = MaxDepth)
    {
        // A page shorter than the limit's worth of tags cannot pass it.
        if (html.Length < maxDepth * 4)
        {
            return html;
        }

        System.Text.StringBuilder? kept = null;
        var copiedUpTo = 0;
        var depth = 0;
        var dropped = 0;
        var i = html.IndexOf('<');
        while (i >= 0 && i < html.Length - 1)
        {
            var end = html.IndexOf('>', i + 1);
            if (end < 0)
            {
                break;
            }

            var next = html[i + 1];
            if (html.AsSpan(i).StartsWith("<!--"))
            {
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? -1 : html.IndexOf('<', close + 3);
                continue;
            }

            var closing = next == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < end && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i = html.IndexOf('<', i + 1);
                continue;
            }

            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            var drop = false;
            if (closing)
            {
                if (!VoidElementNames.Contains(name))
                {
                    drop = dropped > 0;
                    if (drop)
                    {
                        dropped--;
                    }
                    else if (depth > 0)
                    {
                        depth--;
                    }
                }
            }
            else if (!VoidElementNames.Contains(name) && html[end - 1] != '/')
            {
                if (depth >= maxDepth)
                {
                    drop = true;
                    dropped++;
                }
                else
                {
                    depth++;
                }

                if (!drop && IsRawText(name))
                {
                    // Their content is text to the parser, never tags: skip to their end tag.
                    var closeTag = html.IndexOf(string.Concat("</", name), end + 1, StringComparison.OrdinalIgnoreCase);
                    i = closeTag < 0 ? -1 : closeTag;
                    continue;
                }
            }

            if (drop)
            {
                kept ??= new System.Text.StringBuilder(html.Length);
                kept.Append(html, copiedUpTo, i - copiedUpTo);
                copiedUpTo = end + 1;
            }

            i = html.IndexOf('<', end + 1);
        }

        if (kept is null)
        {
            return html;
        }

        kept.Append(html, copiedUpTo, html.Length - copiedUpTo);
        return kept.ToString();
    }

    private static bool IsRawText(ReadOnlySpan<char> name)
    {
        foreach (var raw in RawTextElements)
        {
            if (name.Equals(raw, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
