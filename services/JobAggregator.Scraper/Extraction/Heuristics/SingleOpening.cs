using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>Finds a page whose content announces one opening in prose ("We are hiring a full-time Paralegal to ...",
/// "... is seeking a Staff Attorney", "Job opening: Investigator"): one posting, whose link is the page itself, with
/// the fields its prose states, or the page's labelled lines ("Location:", "Salary:") where it has them.</summary>
internal static partial class SingleOpening
{
    public static PostingDraft? Find(IDocument document, Uri pageUrl)
    {
        if (NewsPath().IsMatch(pageUrl.AbsolutePath) || PageRegions.MainContent(document) is not { } main)
        {
            return null;
        }

        var paragraphs = ElementWalk.Descendants(main)
            .Where(p => p.LocalName is "p" or "li" or "div" or "h2" or "h3")
            .Where(p => !PageRegions.IsBoilerplate(p) && !p.Children.Any(c => c.LocalName is "p" or "div" or "li" or "ul"))
            .Select(p => (Element: p, Text: PlainText.Of(p) ?? ""))
            .Where(p => p.Text.Length > 0)
            .ToList();
        if (paragraphs.Any(p => NoOpenings().IsMatch(p.Text)))
        {
            return null;
        }

        var announcements = paragraphs
            .Select(p => (p.Element, p.Text, Match: Announcement(p.Text)))
            .Where(p => p.Match is not null)
            .ToList();
        var titles = announcements.Select(a => a.Match!.Value.Title).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (titles.Count != 1)
        {
            return null;
        }

        var (element, text, match) = announcements[0];
        var announced = new PostingDraft
        {
            Title = match!.Value.Title,
            Url = pageUrl,
            FoundOn = pageUrl,
            EmploymentType = match.Value.Hours ?? FieldLabels.HoursIn(text),
            Location = ProseFields.Location(text),
            SalaryText = ProseFields.Salary(text),
            ValidThrough = ProseFields.ClosingDate(text),
            DescriptionHtml = string.Concat(paragraphs.Where(p => p.Element.LocalName == "p").Select(p => p.Element.OuterHtml)) is { Length: > 0 } all
                ? all
                : element.OuterHtml,
        };

        // "Location: Tallahassee, Florida" or "Salary: $52,000 per year" on a line of its own says more than the prose.
        return announced.CompletedBy(LabelledLines.Read(main));
    }

    private static (string Title, string? Hours)? Announcement(string text)
    {
        foreach (var match in Announces().Matches(text).Cast<Match>())
        {
            var title = Title(match.Groups["rest"].Value);
            if (title is not null)
            {
                var hours = match.Groups["hours"].Success ? match.Groups["hours"].Value : null;
                return (title, hours);
            }
        }

        return null;
    }

    /// <summary>The job's name at the start of the words after "hiring a": a run of capitalised words ("Paralegal",
    /// "Director of Development"), else up to four words ending in a role word ("paralegal", "staff attorney").</summary>
    private static string? Title(string rest)
    {
        var capitalised = CapitalisedRun().Match(rest);
        if (capitalised.Success && JobTitles.HasRoleWord(capitalised.Value))
        {
            return capitalised.Value.Trim();
        }

        var lower = RoleEnding().Match(rest);
        return lower.Success && JobTitles.HasRoleWord(lower.Value) ? lower.Value.Trim() : null;
    }

    [GeneratedRegex(@"(?:\b(?:we\s+are|we're|we’re|is|are|now)\s+(?:currently\s+|now\s+)?(?:hiring|seeking|looking\s+for|recruiting)|\bseeks|\bjob\s+opening\s*[:–—-]?|\bvacancy\s*[:–—-]?|\bopen\s+position\s*[:–—-]|\bnow\s+hiring\s*[:–—-]?)\s+(?:(?:an?|one|two)\s+)?(?:(?:new|experienced|dedicated|motivated|talented|passionate|qualified|permanent|bilingual|(?<hours>full[\s-]?time|part[\s-]?time))[\s,]+)*(?<rest>.{1,120})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Announces();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’/-]*(?:\s+(?:(?:of|for|and|&|de|du|des|la|le|di|del)\s+)?\p{Lu}[\p{L}'’/-]*)*(?:\s*\([^)]{1,40}\))?")]
    private static partial Regex CapitalisedRun();

    [GeneratedRegex(@"^(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+?(?=\s+(?:to|who|for|in|at|with|on|that|position|role)\b|[,.;]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleEnding();

    [GeneratedRegex(@"\b(?:no\s+(?:current\s+)?(?:open\s+positions|openings|vacancies|job\s+openings|positions\s+available)|not\s+(?:currently\s+)?hiring|no\s+(?:hay|tenemos)\s+(?:vacantes|b[úu]squedas)|aucun\s+poste|nessuna\s+posizione|geen\s+vacatures)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoOpenings();

    [GeneratedRegex(@"/(?:news|blog|press|stories|noticias|novedades|actualites|nieuws|notizie)(?:/|$)", RegexOptions.IgnoreCase)]
    private static partial Regex NewsPath();
}
