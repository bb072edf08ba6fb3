using System.Xml.Linq;
using JobAggregator.Scraper.Extraction.Heuristics;

namespace JobAggregator.Scraper.Extraction.Feeds;

/// <summary>A blog's or a newsroom's feed read as if it were a job feed: it has items, and not one's title names a role
/// or reads as a job's title ("Cómo preparar tu CV para trabajar en una ONG", "Five questions to expect at an
/// interview"), although their prose may speak of pay and hours. A job feed's items are titled by their roles, or the
/// feed's own title says it lists openings ("Acme Jobs openings", "Offres d'emploi"), whatever its items are called.</summary>
internal static class ArticleFeeds
{
    public static bool IsArticlesOnly(IReadOnlyCollection<PostingDraft> items, string? feedTitle = null) =>
        items.Count > 0 && (feedTitle is null || !SectionHeadings.IsCareersSection(feedTitle))
        && !items.Any(i => JobTitles.LooksLikeJobTitle(i.Title) || JobTitles.HasRoleWord(i.Title));

    /// <summary>An RSS channel's or an Atom feed's own title: the first title in the document, which stands before the
    /// items'.</summary>
    public static string? TitleOf(XDocument document) =>
        document.Root?.Descendants().FirstOrDefault(e => e.Name.LocalName == "title")?.Value;
}
