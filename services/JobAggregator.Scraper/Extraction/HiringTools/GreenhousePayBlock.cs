using System.Buffers;
using System.Text.RegularExpressions;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Greenhouse's pay-transparency block cut out of an ad for a parse of its own: a few hundred characters
/// instead of the whole ad, which parsed once per posting was most of an embedded board's cost. The block is cut only
/// where that parse gives the range and title the whole ad's parse gives: Greenhouse's own shape
/// (<c>&lt;div class="pay-input"&gt;</c>, an optional description, the title, then the range, nothing else), the first
/// mention of the range's class, and nothing before it that parses otherwise than plain markup (a tag left open, a
/// comment, a table, a template, raw text, foreign content, a character reference that could spell the class).</summary>
internal static partial class GreenhousePayBlock
{
    private const string RangeClass = "pay-range";
    private const string InputTag = "<div class=\"pay-input\">";

    private static readonly SearchValues<string> MarkupThatMovesWhatFollows = SearchValues.Create(
        [
            "&#", "<!", "<?", "<table", "<caption", "<col", "<tbody", "<thead", "<tfoot", "<tr", "<td", "<th", "<template", "<select",
            "<option", "<svg", "<math", "<textarea", "<title", "<script", "<style", "<xmp", "<iframe", "<noembed", "<noframes",
            "<noscript", "<plaintext", "<frame", "<head", "<html", "<body", "<form", "<object", "<applet", "<marquee", "<button",
        ],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>The block from its <c>pay-input</c> div to the range's end, or null when the ad must be parsed whole.</summary>
    public static string? Isolated(string content)
    {
        var range = content.IndexOf(RangeClass, StringComparison.OrdinalIgnoreCase);
        var start = range < 0 ? -1 : content.LastIndexOf(InputTag, range, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var rangeTagEnd = range + RangeClass.Length + "\">".Length;
        var end = rangeTagEnd <= content.Length ? content.IndexOf("</div>", rangeTagEnd, StringComparison.OrdinalIgnoreCase) : -1;
        if (end < 0)
        {
            return null;
        }

        // Fewer tags than the nesting limit allows: the whole ad's parse is not cut either.
        var before = content.AsSpan(0, start);
        var block = content.AsSpan(start, end + "</div>".Length - start);
        return content.AsSpan().Count('<') < NestingLimit.MaxDepth
            && !content.AsSpan(0, end).ContainsAny(MarkupThatMovesWhatFollows)
            && EndsOutsideTags(before)
            && Shape().IsMatch(block)
                ? block.ToString()
                : null;
    }

    /// <summary>Whether markup ends in text, not inside a tag: a tag's end is its first <c>&gt;</c> outside a quoted
    /// attribute value. Anything unusual (a quote outside a value, a <c>&lt;</c> inside a tag) answers false.</summary>
    internal static bool EndsOutsideTags(ReadOnlySpan<char> html)
    {
        var i = 0;
        while (true)
        {
            var open = html[i..].IndexOf('<');
            if (open < 0)
            {
                return true;
            }

            i += open + 1;
            if (i >= html.Length)
            {
                return false;
            }

            if (html[i] == '/')
            {
                i++;
                if (i >= html.Length || !char.IsAsciiLetter(html[i]))
                {
                    return false;
                }
            }
            else if (!char.IsAsciiLetter(html[i]))
            {
                // A "<" before anything but a letter or "/" is text ("<!" and "<?" never get here).
                continue;
            }

            if (SkipTag(html, ref i) is false)
            {
                return false;
            }
        }
    }

    /// <summary>Moves past the tag's closing <c>&gt;</c>; false when the tag does not end or looks unusual.</summary>
    private static bool SkipTag(ReadOnlySpan<char> html, ref int i)
    {
        var valueExpected = false;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '>')
            {
                i++;
                return true;
            }

            if (valueExpected && c is '"' or '\'')
            {
                var close = html[(i + 1)..].IndexOf(c);
                if (close < 0)
                {
                    return false;
                }

                i += close + 2;
                valueExpected = false;
                continue;
            }

            if (valueExpected && !char.IsWhiteSpace(c))
            {
                while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>')
                {
                    if (html[i] is '"' or '\'' or '<')
                    {
                        return false;
                    }

                    i++;
                }

                valueExpected = false;
                continue;
            }

            if (c is '"' or '\'' or '<')
            {
                return false;
            }

            valueExpected |= c == '=';
            i++;
        }

        return false;
    }

    /// <summary>Greenhouse's block: the input div, an optional description holding no div and naming no title, the
    /// title's text, the range holding no div.</summary>
    [GeneratedRegex("""^<div class="pay-input">(?:<div class="description">(?:(?!</?div|title)[\s\S])*</div>)?<div class="title">[^<]*</div><div class="pay-range">(?:(?!<div)[\s\S])*</div>$""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
