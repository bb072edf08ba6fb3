using System.Net;
using System.Text.RegularExpressions;

namespace JobAggregator.Normalizer.Text;

/// <summary>Turns scraped text into one clean line: entities decoded, whitespace collapsed, trimmed.</summary>
internal static partial class TextCleaner
{
    /// <returns>The cleaned text, or null when nothing but whitespace is left.</returns>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var decoded = WebUtility.HtmlDecode(text);
        var visible = InvisibleCharacters().Replace(decoded, string.Empty);
        var collapsed = Whitespace().Replace(visible, " ").Trim();
        return collapsed.Length == 0 ? null : collapsed;
    }

    // Zero-width characters and soft hyphens survive copy and paste from CMS editors and break matching.
    [GeneratedRegex("[\u200B\u200C\u200D\u2060\uFEFF\u00AD]")]
    private static partial Regex InvisibleCharacters();

    // \s covers the Unicode space separators too: no-break, thin and narrow no-break spaces.
    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
