using System.Net;
using System.Text.RegularExpressions;

namespace JobAggregator.Normalizer.Text;

/// <summary>Turns scraped text into one clean line of plain text: entities decoded once, markup taken out, whitespace
/// collapsed, trimmed, and no longer than its field allows.</summary>
internal static partial class TextCleaner
{
    /// <param name="text">The field as scraped.</param>
    /// <param name="maxLength">The most characters the field keeps; a longer one is cut at a word and ends in "…".</param>
    /// <returns>The cleaned text, or null when nothing but whitespace is left.</returns>
    public static string? Clean(string? text, int maxLength = FieldLimits.Text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Markup and entities take room, so a generous slice of a huge field is enough to fill the limit with text.
        var slice = text.Length > maxLength * 8 ? text[..(maxLength * 8)] : text;
        // Invisible characters go before the markup: "<\u200Bscript>" is no tag, but would be one once they are gone.
        var visible = InvisibleCharacters().Replace(WebUtility.HtmlDecode(slice), string.Empty);
        var plain = Markup.Strip(visible);
        var collapsed = Whitespace().Replace(plain, " ").Trim();
        return collapsed.Length == 0 ? null : Shorten(collapsed, maxLength);
    }

    private static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxLength - 1);
        return string.Concat(text.AsSpan(0, cut > maxLength / 2 ? cut : maxLength - 1).TrimEnd(), "…");
    }

    // Zero-width characters and soft hyphens survive copy and paste from CMS editors and break matching.
    [GeneratedRegex("[\u200B\u200C\u200D\u2060\uFEFF\u00AD]")]
    private static partial Regex InvisibleCharacters();

    // \s covers the Unicode space separators too: no-break, thin and narrow no-break spaces.
    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
