using JobAggregator.Contracts;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Sources;

namespace JobAggregator.Scraper.Scraping;

public static class ScrapedPostings
{
    /// <summary>The messages of one run, one per distinct posting key (a posting listed twice is published once).</summary>
    public static IReadOnlyList<PostingScraped> ToMessages(
        SourceDefinition source, ScrapeOutcome outcome, Guid scrapeRunId, DateTimeOffset scrapedAt) =>
        Messages(source, outcome, scrapeRunId, scrapedAt).ToList();

    /// <summary>The messages of one run as <see cref="ToMessages"/> gives them, each made as it is asked for from a copy
    /// of the run's drafts taken now, which lets each draft go once its message is made: a caller that lets the
    /// outcome's drafts go then holds neither every draft nor every message of a large board while it publishes.</summary>
    public static IEnumerable<PostingScraped> Messages(
        SourceDefinition source, ScrapeOutcome outcome, Guid scrapeRunId, DateTimeOffset scrapedAt)
    {
        // Streamed postings are made as they are published, never all at once; their listing has no URL with a fragment
        // and no gone posting, so none is an anchor and none needs the others to be keyed.
        if (outcome.Postings is StreamedDrafts streamed && outcome.Gone.Count == 0)
        {
            return Made(source, streamed, streamed.Count, [], outcome.ExtractedBy, scrapeRunId, scrapedAt);
        }

        var anchored = AnchoredUrls(outcome);
        return Made(source, Released(outcome.Postings.ToArray()), outcome.Postings.Count, anchored, outcome.ExtractedBy, scrapeRunId, scrapedAt);
    }

    /// <summary>Each draft of the copy, let go as it is handed on.</summary>
    private static IEnumerable<PostingDraft> Released(PostingDraft?[] drafts)
    {
        for (var i = 0; i < drafts.Length; i++)
        {
            var draft = drafts[i]!;
            drafts[i] = null;
            yield return draft;
        }
    }

    private static IEnumerable<PostingScraped> Made(
        SourceDefinition source, IEnumerable<PostingDraft> drafts, int count, HashSet<string> anchored, string extractedBy, Guid scrapeRunId, DateTimeOffset scrapedAt)
    {
        // By number, so that a large board's keys are not held here as strings once their messages are published.
        var keys = new HashSet<UInt128>(count);
        foreach (var draft in drafts)
        {
            var message = ToMessage(source, draft, extractedBy, scrapeRunId, scrapedAt, KeepsFragment(draft, anchored));
            if (keys.Add(PostingKeyNumbers.Of(message.PostingKey, out _)))
            {
                yield return message;
            }
        }
    }

    /// <summary>The keys of the postings whose own page answered 404 or 410, as they were published while it was there;
    /// a key also published in this run (the same opening listed again with a page that works) is not gone.</summary>
    /// <param name="publishedKeys">The keys of every posting the run published.</param>
    public static IReadOnlyList<string> GoneKeys(SourceDefinition source, ScrapeOutcome outcome, IEnumerable<string> publishedKeys)
    {
        if (outcome.Gone.Count == 0)
        {
            return [];
        }

        var published = publishedKeys.ToHashSet(StringComparer.Ordinal);
        var anchored = AnchoredUrls(outcome);
        return outcome.Gone
            .Where(draft => draft.Title is not null)
            .Select(draft => Key(source, draft, draft.Title!, KeepsFragment(draft, anchored)))
            .Where(key => !published.Contains(key))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Openings that share a URL but differ in title are anchors of one page: their fragments tell them apart.
    /// Gone postings count too, so that a posting's key does not change when its neighbour's page disappears.</summary>
    private static HashSet<string> AnchoredUrls(ScrapeOutcome outcome) =>
        outcome.Postings.Concat(outcome.Gone)
            .Where(d => d.Url is not null)
            .GroupBy(d => PostingKeys.Canonical(d.Url!))
            .Where(g => g.Select(d => d.Title?.Trim().ToUpperInvariant()).Distinct().Count() > 1)
            .Select(g => g.Key)
            .ToHashSet();

    private static bool KeepsFragment(PostingDraft draft, HashSet<string> anchored) =>
        draft.Url is not null && anchored.Contains(PostingKeys.Canonical(draft.Url));

    private static string Key(SourceDefinition source, PostingDraft draft, string title, bool keepFragment) =>
        PostingKeys.For(source.Id, draft.Url, title, draft.Organization ?? source.Organization, keepFragment);

    private static PostingScraped ToMessage(
        SourceDefinition source, PostingDraft draft, string extractedBy, Guid scrapeRunId, DateTimeOffset scrapedAt, bool keepFragment)
    {
        var title = draft.Title ?? throw new ArgumentException("A draft without a title cannot be published.", nameof(draft));
        var key = Key(source, draft, title, keepFragment);
        return new PostingScraped(
            source.Id,
            scrapeRunId,
            scrapedAt,
            key,
            title,
            draft.Organization,
            draft.Location,
            draft.EmploymentType,
            // Pay written only in the ad's text ("a salary of $58,000 to $64,000 per year"), whatever read the posting.
            draft.SalaryText ?? (draft.Salary is null ? PayInText.Sentence(draft.DescriptionHtml) : null),
            draft.Salary,
            draft.DatePosted,
            draft.ValidThrough,
            // The normaliser parses the description to sanitise it, at a cost that grows with the square of its depth.
            draft.DescriptionHtml is { } description ? NestingLimit.Apply(description) : null,
            (draft.Url ?? draft.FoundOn)?.AbsoluteUri,
            draft.ApplyUrl?.AbsoluteUri,
            extractedBy)
        {
            SourceOrganization = source.Organization,
            SourceCountry = source.Country,
            OrganizationAddress = draft.OrganizationAddress,
        };
    }
}
