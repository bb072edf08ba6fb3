using System.Text.RegularExpressions;
using JobAggregator.Scraper.Extraction.Heuristics;

namespace JobAggregator.Scraper.Extraction.Feeds;

/// <summary>Job boards' feeds name each item's employer in its title ("Acme Consulting: Senior Paralegal") and have
/// no field for it. When every item is titled so, by more than one employer, and no item names its employer
/// otherwise, the employer is the organisation and the rest the title; the feed's own name is the board's, not theirs.</summary>
internal static partial class JobBoardTitles
{
    public static List<PostingDraft> Split(List<PostingDraft> drafts, string? feedOrganization)
    {
        if (drafts.Count < 2 || drafts.Any(d => d.Organization is not null && d.Organization != feedOrganization))
        {
            return drafts;
        }

        var split = drafts.Select(d => CompanyTitle().Match(d.Title ?? "")).ToList();
        if (!split.All(m => m.Success && IsEmployer(m.Groups["org"].Value))
            || split.Select(m => m.Groups["org"].Value.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() < 2)
        {
            return drafts;
        }

        return drafts.Zip(split, (draft, match) => draft with
        {
            Organization = match.Groups["org"].Value.Trim(),
            Title = match.Groups["title"].Value.Trim(),
        }).ToList();
    }

    /// <summary>Not a word boards put before titles ("New", "Urgent", "Closed") nor a job title of its own ("Staff
    /// Attorney: Capital Unit").</summary>
    private static bool IsEmployer(string prefix) =>
        !SiteName.IsGeneric(prefix) && !NotEmployer().IsMatch(prefix.Trim()) && !JobTitles.LooksLikeJobTitle(prefix);

    [GeneratedRegex(@"^(?<org>[^:]{2,80}?)\s*:\s+(?<title>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex CompanyTitle();

    [GeneratedRegex(@"^(?:new|urgent|closed|filled|updated?|hiring|now\s+hiring|we'?re\s+hiring|vacancy|position|role|job|re|fw|featured|remote|deadline\s+extended)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotEmployer();
}
