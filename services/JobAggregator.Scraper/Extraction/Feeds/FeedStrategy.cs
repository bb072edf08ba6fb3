using System.Text.Json;
using JobAggregator.Scraper.Fetching;
using Microsoft.Extensions.Logging;

namespace JobAggregator.Scraper.Extraction.Feeds;

/// <summary>Job feeds: the page itself is an RSS, Atom or JSON feed, or an HTML page announces a job feed with
/// <c>&lt;link rel="alternate"&gt;</c>, which is then fetched. Feed items carry their whole text.</summary>
internal sealed class FeedStrategy : IListingStrategy
{
    public string Name => "feed";

    public async Task<StrategyOutcome?> TryExtractAsync(PageContent page, ExtractionContext context, CancellationToken cancellationToken)
    {
        if (page.Format != PageFormat.Html)
        {
            return ReadWithin(page, context.MaxPostings, cancellationToken);
        }

        if (!FeedLinks.MayAnnounceFeeds(page.Text))
        {
            return null;
        }

        var document = await page.HtmlAsync(cancellationToken);
        foreach (var feedUrl in FeedLinks.JobFeeds(document, page.Url))
        {
            var fetched = await context.Fetcher.TryFetchAsync(feedUrl, cancellationToken);
            if (fetched.Page is not { } feed)
            {
                context.Logger.LogInformation("The job feed {FeedUrl} linked from {PageUrl} could not be read: {Reason}", feedUrl, page.Url, fetched.Failure?.Message);
                continue;
            }

            if (ReadWithin(new PageContent(feed), context.MaxPostings, cancellationToken) is { } outcome)
            {
                return outcome;
            }
        }

        return null;
    }

    /// <summary>The feed's items, or null when the body is not a feed.</summary>
    internal static StrategyOutcome? Read(PageContent page) => ReadWithin(page, int.MaxValue, CancellationToken.None);

    /// <summary>The feed's first <paramref name="maxItems"/> items, or null when the body is not a feed.</summary>
    private static StrategyOutcome? ReadWithin(PageContent page, int maxItems, CancellationToken cancellationToken)
    {
        if (page.Format == PageFormat.Json || page.Format == PageFormat.Other && page.Json() is not null)
        {
            if (page.Json() is not { } root || !JsonFeedMapper.IsJsonFeed(root))
            {
                return null;
            }

            var (postings, next) = JsonFeedMapper.Map(root, page.Url, maxItems);
            if (ArticleFeeds.IsArticlesOnly(postings, root.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String ? title.GetString() : null))
            {
                return null;
            }

            return new StrategyOutcome(postings, JsonFeedMapper.JsonFeed, next, Complete: true, ListingKind.ApiOrFeed);
        }

        if (page.Format != PageFormat.Xml || XmlFeedDocument.Parse(page.Text, cancellationToken) is not { } document)
        {
            return null;
        }

        if (XmlFeedMapper.Map(document, page.Url, maxItems) is { } feed)
        {
            return ArticleFeeds.IsArticlesOnly(feed.Postings, ArticleFeeds.TitleOf(document))
                ? null
                : new StrategyOutcome(feed.Postings, feed.Kind, feed.NextPages, Complete: true, ListingKind.ApiOrFeed);
        }

        return JobXmlFeedMapper.Map(document, page.Url, maxItems) is { } jobs
            ? new StrategyOutcome(jobs, JobXmlFeedMapper.JobXml, [], Complete: true, ListingKind.ApiOrFeed)
            : null;
    }
}
