using JobAggregator.Contracts;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Sources;

namespace JobAggregator.Scraper.Scraping;

public static class ScrapedPostings
{
    /// <summary>The messages of one run, one per distinct posting key (a posting listed twice is published once).</summary>
    public static IReadOnlyList<PostingScraped> ToMessages(
        SourceDefinition source, ScrapeOutcome outcome, Guid scrapeRunId, DateTimeOffset scrapedAt)
    {
        // Openings that share a URL but differ in title are anchors of one page: their fragments tell them apart.
        var anchored = outcome.Postings
            .Where(d => d.Url is not null)
            .GroupBy(d => PostingKeys.Canonical(d.Url!))
            .Where(g => g.Select(d => d.Title?.Trim().ToUpperInvariant()).Distinct().Count() > 1)
            .Select(g => g.Key)
            .ToHashSet();
        return outcome.Postings
            .Select(draft => ToMessage(source, draft, outcome.ExtractedBy, scrapeRunId, scrapedAt,
                keepFragment: draft.Url is not null && anchored.Contains(PostingKeys.Canonical(draft.Url))))
            .DistinctBy(message => message.PostingKey)
            .ToList();
    }

    private static PostingScraped ToMessage(
        SourceDefinition source, PostingDraft draft, string extractedBy, Guid scrapeRunId, DateTimeOffset scrapedAt, bool keepFragment)
    {
        var title = draft.Title ?? throw new ArgumentException("A draft without a title cannot be published.", nameof(draft));
        var key = PostingKeys.For(source.Id, draft.Url, title, draft.Organization ?? source.Organization, keepFragment);
        return new PostingScraped(
            source.Id,
            scrapeRunId,
            scrapedAt,
            key,
            title,
            draft.Organization,
            draft.Location,
            draft.EmploymentType,
            draft.SalaryText,
            draft.Salary,
            draft.DatePosted,
            draft.ValidThrough,
            draft.DescriptionHtml,
            (draft.Url ?? draft.FoundOn)?.AbsoluteUri,
            draft.ApplyUrl?.AbsoluteUri,
            extractedBy)
        {
            SourceOrganization = source.Organization,
            SourceCountry = source.Country,
        };
    }
}
