using JobAggregator.Contracts;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Sources;

namespace JobAggregator.Scraper.Scraping;

public static class ScrapedPostings
{
    /// <summary>The messages of one run, one per distinct posting key (a posting listed twice is published once).</summary>
    public static IReadOnlyList<PostingScraped> ToMessages(
        SourceDefinition source, ScrapeOutcome outcome, Guid scrapeRunId, DateTimeOffset scrapedAt) =>
        outcome.Postings
            .Select(draft => ToMessage(source, draft, outcome.ExtractedBy, scrapeRunId, scrapedAt))
            .DistinctBy(message => message.PostingKey)
            .ToList();

    private static PostingScraped ToMessage(
        SourceDefinition source, PostingDraft draft, string extractedBy, Guid scrapeRunId, DateTimeOffset scrapedAt)
    {
        var title = draft.Title ?? throw new ArgumentException("A draft without a title cannot be published.", nameof(draft));
        var key = PostingKeys.For(source.Id, draft.Url, title, draft.Organization ?? source.Organization);
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
