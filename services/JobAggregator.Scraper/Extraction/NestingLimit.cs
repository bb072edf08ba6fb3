namespace JobAggregator.Scraper.Extraction;

/// <summary>Bounds a page's shape before it is parsed. How deep its elements nest: the HTML parser's work grows with the
/// square of the depth (100,000 nested divs cost 46 s of CPU), and no real page nests more than a few dozen deep; start
/// tags past the limit, and the end tags that close them, are dropped, their text stays one level up. And how many
/// elements it has: parsing is most of what a page of megabytes costs, however few postings a run then keeps (a flat
/// listing of 120,000 elements took 2.3 s of CPU to extract, 1.1 s cut at 40,000); the page is cut before its element
/// past the limit (the parser closes what is left open). Start tags dropped for their depth are not counted.</summary>
internal static class NestingLimit
{
    public const int MaxDepth = 256;

    /// <summary>Room for the default Scraper:MaxPostingsPerRun (5,000) postings at 8 elements each, page chrome
    /// aside: a careers page lists far fewer (the largest page of the test corpus has 115 elements in all). A page past
    /// it is an outlier or built to be expensive; a run that reads a cut page reports its listing truncated, so nothing
    /// past the cut is counted as gone.</summary>
    public const int MaxElements = 40_000;

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    /// <summary>Looked up by the tag name's span: every tag of every page is looked at.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VoidElementNames = VoidElements.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] RawTextElements = ["script", "style", "textarea", "title", "xmp", "noscript"];

    /// <returns>The page itself when it nests no deeper than <paramref name="maxDepth"/> and has no more than
    /// <paramref name="maxElements"/> elements, else a copy without the tags past the depth, cut before the element
    /// past the count.</returns>
    public static string Apply(string html, int maxDepth = MaxDepth, int maxElements = MaxElements) =>
        Apply(html, out _, maxDepth, maxElements);

    /// <param name="elementsCut">Whether the page had more than <paramref name="maxElements"/> elements and was cut:
    /// what came after the cut was not read.</param>
    public static string Apply(string html, out bool elementsCut, int maxDepth = MaxDepth, int maxElements = MaxElements)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxDepth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxElements);
        elementsCut = false;

        // A start tag takes at least three characters: a page shorter than either limit's worth of tags cannot pass it.
        if (html.Length <= 3 * Math.Min(maxDepth, maxElements))
        {
            return html;
        }

        // Nor can a page with no more '<' than either limit (every start tag has one): counting them is one vectorized
        // pass, where the walk below looks at every tag; most pages have a few hundred tags at most.
        if (html.AsSpan().Count('<') <= Math.Min(maxDepth, maxElements))
        {
            return html;
        }

        System.Text.StringBuilder? kept = null;
        var copiedUpTo = 0;
        var depth = 0;
        var dropped = 0;
        var elements = 0;
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
            else
            {
                var opens = !VoidElementNames.Contains(name) && html[end - 1] != '/';
                if (opens && depth >= maxDepth)
                {
                    // Dropped, so never an element the parser makes: not counted.
                    drop = true;
                    dropped++;
                }
                else if (++elements > maxElements)
                {
                    elementsCut = true;
                    kept ??= new System.Text.StringBuilder(i);
                    kept.Append(html, copiedUpTo, i - copiedUpTo);
                    return kept.ToString();
                }
                else if (opens)
                {
                    depth++;
                    if (IsRawText(name))
                    {
                        // Their content is text to the parser, never tags: skip to their end tag.
                        var closeTag = html.IndexOf(string.Concat("</", name), end + 1, StringComparison.OrdinalIgnoreCase);
                        i = closeTag < 0 ? -1 : closeTag;
                        continue;
                    }
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
