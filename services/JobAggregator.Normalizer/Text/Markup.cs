using System.Text.RegularExpressions;

namespace JobAggregator.Normalizer.Text;

/// <summary>Takes markup out of a plain field (a title, a place, an organisation's name): a scraped field can carry
/// tags, literally or entity-encoded, and a plain field is shown as text everywhere, never as HTML.</summary>
internal static partial class Markup
{
    /// <summary>The text without elements whose content is code (script, style) and without any tag, comment or
    /// processing instruction; what is left of a tag cut off at the end goes too.</summary>
    public static string Strip(string text)
    {
        if (!text.Contains('<'))
        {
            return text;
        }

        var withoutCode = CodeElements().Replace(text, " ");
        return Tags().Replace(withoutCode, " ");
    }

    // Non-backtracking: the input is a stranger's page, and these must stay linear in its length.
    [GeneratedRegex(@"<script\b.*?(</script\s*>|\z)|<style\b.*?(</style\s*>|\z)",
        RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex CodeElements();

    [GeneratedRegex(@"<!--.*?(-->|\z)|<[!?/]?[a-zA-Z][^>]*(>|\z)|<[!?][^>]*(>|\z)", RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex Tags();
}
