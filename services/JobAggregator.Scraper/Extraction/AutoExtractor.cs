using JobAggregator.Contracts;
using JobAggregator.Scraper.Extraction.Feeds;
using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Extraction.HiringTools;
using JobAggregator.Scraper.Extraction.Structured;
using JobAggregator.Sources;

namespace JobAggregator.Scraper.Extraction;

/// <summary>Finds the postings on a page whatever built it. Configured selectors win; otherwise, in order: a hiring
/// tool's public API (recognised from the URL or an embed), schema.org JobPosting data, a feed, and the shape of a
/// plain listing. The first strategy that finds postings is the one recorded.</summary>
internal sealed class AutoExtractor
{
    private static readonly ConfiguredRulesStrategy ConfiguredRules = new();
    private readonly IReadOnlyList<IListingStrategy> _strategies;

    public AutoExtractor()
        : this([new HiringToolStrategy(), new StructuredDataStrategy(), new FeedStrategy(), new ListingHeuristicsStrategy()])
    {
    }

    public AutoExtractor(IReadOnlyList<IListingStrategy> strategies) => _strategies = strategies;

    public async Task<PageExtraction> ExtractAsync(PageContent page, ExtractionContext context, CancellationToken cancellationToken)
    {
        foreach (var strategy in StrategiesFor(context.Source))
        {
            var outcome = await strategy.TryExtractAsync(page, context, cancellationToken);
            // A board's standing entry for applicants is no opening, however it was found; a board holding only it has none.
            if (outcome is not null && OpenApplications.Without(outcome.Postings) is { Count: > 0 } postings)
            {
                return new PageExtraction(postings, outcome.Strategy, outcome.NextPages, outcome.Complete, null, null)
                {
                    Listing = outcome.Listing,
                };
            }
        }

        if (context.Source.Selectors is { Item: { } item } && ConfiguredRulesStrategy.Applies(context.Source) && page.Format == PageFormat.Html)
        {
            return new PageExtraction([], CssExtractor.StrategyName, [], Complete: false, NoPostingsReasons.NoListing,
                $"the configured selectors (item '{item}') match no posting on {page.Url}");
        }

        return await NothingFoundAsync(page, context, cancellationToken);
    }

    /// <summary>The source's own rules first; under <c>css</c> or <c>jsonld</c> they are the only strategy, and
    /// configured selectors are not second-guessed under <c>auto</c> either.</summary>
    private IReadOnlyList<IListingStrategy> StrategiesFor(SourceDefinition source) =>
        ConfiguredRulesStrategy.Applies(source) ? [ConfiguredRules] : source.Strategy == ExtractionStrategy.Auto ? _strategies : [];

    private async Task<PageExtraction> NothingFoundAsync(PageContent page, ExtractionContext context, CancellationToken cancellationToken)
    {
        if (page.Format == PageFormat.Html && ListingHeuristicsStrategy.LooksLikeJavaScriptAppShell(await page.HtmlAsync(cancellationToken)))
        {
            return new PageExtraction([], null, [], Complete: false, NoPostingsReasons.JavaScriptAppShell,
                $"{page.Url} renders its content with JavaScript (an application shell with no job content in the HTML)");
        }

        // A board the page embeds or links, whose postings the tool gave none of here: a tool whose list answers only an
        // authorised client, or a list that could not be read (robots.txt, an answer not the tool's) or listed nothing.
        // The operator is told which board it is, so that its list can be read another way.
        if (page.Format == PageFormat.Html && StrategiesFor(context.Source).OfType<HiringToolStrategy>().FirstOrDefault() is { } hiringTools
            && await hiringTools.FindBoardsAsync(page, cancellationToken) is [var board, ..])
        {
            return new PageExtraction([], null, [], Complete: false, NoPostingsReasons.NoListing,
                $"no listing found: {page.Url} embeds or links the {board.Tool} board '{board.Token}'{(board.BoardUrl is { } url ? $" ({url})" : "")}, "
                + "whose postings could not be read here (the tool has no public list, or its list could not be read or gave none)");
        }

        var shape = page.Format switch
        {
            PageFormat.Json => "a JSON document that is no known hiring tool's response",
            PageFormat.Xml => "an XML document that is not a job feed",
            PageFormat.Other => $"a {page.ContentType ?? "non-HTML"} document",
            _ => "an HTML page with no hiring-tool board, no schema.org JobPosting, no job feed and no recognisable job listing",
        };
        return new PageExtraction([], null, [], Complete: false, NoPostingsReasons.NoListing, $"no listing found: {page.Url} is {shape}");
    }
}
