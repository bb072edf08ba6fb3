using JobAggregator.Contracts;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Fetching;
using JobAggregator.Scraper.Scraping;
using JobAggregator.Scraper.Telemetry;
using JobAggregator.Sources;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace JobAggregator.Scraper.Messaging;

/// <summary>Scrapes the requested source and publishes what it found: one PostingScraped per posting, then
/// ScrapeCompleted; or ScrapeFailed, so the store records the failure and closes nothing.</summary>
internal sealed class ScrapeRequestedConsumer(
    SourceCatalog catalog,
    SourceScraper scraper,
    PublishedContent published,
    IPostingBackPressure backPressure,
    TimeProvider time,
    ILogger<ScrapeRequestedConsumer> logger)
    : IConsumer<ScrapeRequested>
{
    private const int PublishStep = 256;

    public async Task Consume(ConsumeContext<ScrapeRequested> context)
    {
        var request = context.Message;
        var startedAt = time.GetUtcNow();
        using var activity = ScraperActivities.StartScrape(request.SourceId, request.ScrapeRunId);
        var source = catalog.Find(request.SourceId);
        if (source is null)
        {
            ScraperMetrics.RunFailed(request.SourceId, "unknown-source");
            await PublishFailure(context, startedAt, $"source '{request.SourceId}' is not in {catalog.Path}", null, null);
            return;
        }

        var comparison = published.Compare(source.Id);
        ScrapeOutcome outcome;
        try
        {
            outcome = await scraper.ScrapeAsync(source, context.CancellationToken, comparison.LastRead);
        }
        catch (FetchException e)
        {
            logger.LogWarning("Scrape {ScrapeRunId} of {SourceId} failed: {Reason}", request.ScrapeRunId, source.Id, e.Message);
            ScraperMetrics.RunFailed(source.Id, ReasonCode(e.Failure));
            await PublishFailure(context, startedAt, $"{ReasonCode(e.Failure)}: {e.Message}", e.HttpStatus, e.Url.AbsoluteUri);
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A page that breaks the extractor is that source's failure, recorded in its health like any other.
            logger.LogError(e, "Scrape {ScrapeRunId} of {SourceId} failed while extracting", request.ScrapeRunId, source.Id);
            ScraperMetrics.RunFailed(source.Id, "extraction");
            await PublishFailure(context, startedAt, $"extraction failed: {e.Message}", null, source.Url.AbsoluteUri);
            return;
        }

        // Taken while the run's drafts are there: the messages are made from a copy of them, and the outcome lets them go,
        // so that each draft of a large board is let go once its message is made.
        var goneListed = ScrapedPostings.GoneKeys(source, outcome, []);
        var messages = ScrapedPostings.Messages(source, outcome, request.ScrapeRunId, startedAt);
        var listed = outcome.Postings.Count;
        outcome = outcome with { Postings = [] };
        // An unchanged listing lists what was last published, all of it still there, so there is nothing to remember.
        IReadOnlyList<string> keys;
        if (outcome.ListingUnchanged)
        {
            keys = comparison.PublishedKeyList;
        }
        else
        {
            comparison.Expect(listed);
            await PublishChangedAsync(context, comparison, messages);
            keys = comparison.ListedKeys;
        }

        var gone = GoneAndNotPublished(goneListed, keys);
        if (!outcome.NotModified && !outcome.ListingUnchanged)
        {
            await published.RememberAsync(source.Id, comparison, context.CancellationToken, outcome.Read);
        }

        await context.Publish(
            new ScrapeCompleted(
                source.Id,
                request.ScrapeRunId,
                startedAt,
                time.GetUtcNow(),
                keys,
                outcome.PagesFetched,
                outcome.NotModified,
                outcome.ExtractedBy)
            {
                NoPostingsReason = outcome.NoPostingsReason,
                Explanation = outcome.Explanation,
                ListedByApiOrFeed = outcome.Listing == ListingKind.ApiOrFeed,
                GonePostingKeys = gone,
                ListingTruncated = outcome.ListingTruncated,
            },
            context.CancellationToken);
        ScraperMetrics.RunCompleted(source.Id, outcome.NotModified, keys.Count, outcome.ExtractedBy, outcome.NoPostingsReason);
        if (outcome.ListingTruncated)
        {
            logger.LogWarning("Scrape {ScrapeRunId} of {SourceId} truncated after {PageCount} pages: {Explanation}",
                request.ScrapeRunId, source.Id, outcome.PagesFetched, outcome.Explanation);
        }
        else if (outcome.Explanation is not null)
        {
            logger.LogWarning("Scrape {ScrapeRunId} of {SourceId} found no postings: {Explanation}", request.ScrapeRunId, source.Id, outcome.Explanation);
        }

        logger.LogInformation("Scrape {ScrapeRunId} of {SourceId}: {PostingCount} postings ({ChangedCount} new or changed), {GoneCount} gone, from {PageCount} pages by {Strategy}",
            request.ScrapeRunId, source.Id, keys.Count, comparison.ChangedCount, gone.Count, outcome.PagesFetched, outcome.ExtractedBy);
    }

    /// <summary>Makes the run's messages one at a time and publishes those whose content changed since the last run,
    /// in steps, each once the back-pressure has room for it, so a large board is neither held whole as messages nor
    /// all on its way to the store at once. The comparison keeps the key of every posting the run listed.</summary>
    private async Task PublishChangedAsync(
        ConsumeContext<ScrapeRequested> context, ContentComparison comparison, IEnumerable<PostingScraped> messages)
    {
        var step = new List<PostingScraped>(PublishStep);
        foreach (var posting in messages)
        {
            if (comparison.Changed(posting))
            {
                step.Add(posting);
                if (step.Count == PublishStep)
                {
                    await PublishStepAsync(context, step);
                    step = new List<PostingScraped>(PublishStep);
                }
            }
        }

        if (step.Count > 0)
        {
            await PublishStepAsync(context, step);
        }
    }

    /// <summary>The keys of postings found gone, less those the run also listed (the same opening listed again with a
    /// page that works).</summary>
    private static IReadOnlyList<string> GoneAndNotPublished(IReadOnlyList<string> goneListed, IReadOnlyList<string> keys)
    {
        if (goneListed.Count == 0)
        {
            return goneListed;
        }

        var published = keys.ToHashSet(StringComparer.Ordinal);
        return goneListed.Where(key => !published.Contains(key)).ToList();
    }

    private async Task PublishStepAsync(ConsumeContext<ScrapeRequested> context, List<PostingScraped> step)
    {
        await backPressure.WaitForRoomAsync(step.Count, context.CancellationToken);
        await context.PublishBatch(step, context.CancellationToken);
    }

    private static string ReasonCode(FetchFailure failure) => failure switch
    {
        FetchFailure.RobotsDisallowed => ScrapeFailureReasons.RobotsDisallowed,
        FetchFailure.HttpStatus => ScrapeFailureReasons.HttpStatus,
        FetchFailure.TooLarge => ScrapeFailureReasons.TooLarge,
        FetchFailure.PrivateAddress => ScrapeFailureReasons.PrivateAddress,
        FetchFailure.Timeout => ScrapeFailureReasons.Timeout,
        FetchFailure.TooManyRedirects => ScrapeFailureReasons.TooManyRedirects,
        FetchFailure.BadEncoding => ScrapeFailureReasons.BadEncoding,
        FetchFailure.UnsupportedScheme => ScrapeFailureReasons.UnsupportedScheme,
        FetchFailure.TooComplex => ScrapeFailureReasons.TooComplex,
        _ => ScrapeFailureReasons.Unreachable,
    };

    private Task PublishFailure(ConsumeContext<ScrapeRequested> context, DateTimeOffset startedAt, string reason, int? status, string? url) =>
        context.Publish(
            new ScrapeFailed(context.Message.SourceId, context.Message.ScrapeRunId, startedAt, time.GetUtcNow(), reason, status, url),
            context.CancellationToken);
}
