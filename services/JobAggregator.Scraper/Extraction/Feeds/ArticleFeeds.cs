using JobAggregator.Scraper.Extraction.Heuristics;

namespace JobAggregator.Scraper.Extraction.Feeds;

/// <summary>A blog's or a newsroom's feed read as if it were a job feed: it has items, and not one's title names a role
/// or reads as a job's title ("Cómo preparar tu CV para trabajar en una ONG", "Five questions to expect at an
/// interview"), although their prose may speak of pay and hours. A job feed's items are titled by their roles.</summary>
internal static class ArticleFeeds
{
    public static bool IsArticlesOnly(IReadOnlyCollection<PostingDraft> items) =>
        items.Count > 0 && !items.Any(i => JobTitles.LooksLikeJobTitle(i.Title) || JobTitles.HasRoleWord(i.Title));
}
