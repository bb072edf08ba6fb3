using System.Text.RegularExpressions;

namespace JobAggregator.Scraper.Extraction;

/// <summary>An owner's name as its own text writes it in full, where a title or a board gives it short: a word of its
/// own between an article and the name ("The Connecticut Division of Public Defender Services is an equal opportunity
/// employer" for a page titled "Division of Public Defender Services"). A legal form after the name ("e.V.", "APS",
/// "A.C.") is not added: the corpus's labels name most organisations without the one their pages write.</summary>
public static partial class FullerName
{
    /// <param name="name">The name as the page's title, its site name or a board gives it.</param>
    /// <param name="text">The page's or its postings' text.</param>
    /// <returns><paramref name="name"/> itself when the text writes it no fuller.</returns>
    public static string Of(string name, string? text)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (text is null || name.Length == 0)
        {
            return name;
        }

        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            if (OwnWordsAfterArticle().Match(text, 0, at) is { Success: true } before)
            {
                return before.Groups["words"].Value + " " + name;
            }
        }

        return name;
    }

    // One or two capitalised words of the name, not a sentence's first word: the article before them says so.
    [GeneratedRegex(@"(?<![\p{L}])(?:[Tt]he|[Ll]a|[Ee]l|[Dd]ie|[Dd]er|[Hh]et)\s+(?<words>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnWordsAfterArticle();
}
