using JobAggregator.Contracts;
using JobAggregator.Scraper.Discovery;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Fetching;
using JobAggregator.Scraper.Rendering;
using JobAggregator.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JobAggregator.Scraper.Scraping;

/// <summary>Reads one source: its listing pages (following pagination), then each posting's detail page when the
/// source says what to read there. Both are bounded by <see cref="ScraperOptions"/>.</summary>
public sealed class SourceScraper(
    IPageFetcher pageFetcher,
    IValidatorCache validators,
    IOptions<ScraperOptions> options,
    ILogger<SourceScraper> logger,
    CareersPageFinder careersPageFinder,
    DiscoveredPages discoveredPages,
    ChromiumRenderer renderer,
    ListingMemory listingMemory)
{
    private readonly RenderingExtractor _automatic = new(new AutoExtractor(), renderer);

    /// <exception cref="FetchException">The first listing page could not be read: the run fails. A later page that cannot
    /// be read cuts the listing short instead (<see cref="ScrapeOutcome.ListingTruncated"/>, which closes nothing).</exception>
    public async Task<ScrapeOutcome> ScrapeAsync(SourceDefinition source, CancellationToken cancellationToken)
    {
        if (!source.DiscoverCareersPage)
        {
            return await ScrapeListingAsync(source, cancellationToken);
        }

        var discovery = await discoveredPages.GetOrFindAsync(
            source.Id, source.Website!, ct => careersPageFinder.FindAsync(source.Website!, source.Language, (url, token) => FetchHtmlAsync(source, url, token), ct), cancellationToken);
        if (discovery.Best is not { } best)
        {
            return new ScrapeOutcome([], discovery.Requests, StrategyName(source.Strategy))
            {
                NoPostingsReason = NoPostingsReasons.NoListing,
                Explanation = $"no careers page found from {source.Website}: {discovery.Problem ?? "no link or sitemap entry looks like one"}",
                Discovery = discovery,
            };
        }

        try
        {
            var outcome = await ScrapeListingAsync(source with { Url = best.Url }, cancellationToken);
            return outcome with { Discovery = discovery };
        }
        catch (FetchException e) when (e.PageIsGone && e.Url == best.Url)
        {
            // The page found is gone (the site was reorganised): search the site again on the next run, not in a week.
            discoveredPages.Forget(source.Id);
            throw;
        }
    }

    public static string StrategyName(ExtractionStrategy strategy) => strategy switch
    {
        ExtractionStrategy.Auto => "auto",
        ExtractionStrategy.Css => CssExtractor.StrategyName,
        ExtractionStrategy.JsonLd => JsonLdExtractor.StrategyName,
        _ => throw new ArgumentOutOfRangeException(nameof(strategy), strategy, "Unknown extraction strategy."),
    };

    /// <summary>The fetcher with this source's permission to reach private addresses (the sample sites need loopback),
    /// also handed to strategies so a hiring tool's API call or a linked feed inherits it.</summary>
    private IPageFetcher Fetcher(SourceDefinition source) =>
        pageFetcher.WithOptions(new FetchOptions { AllowPrivateNetwork = source.AllowPrivateNetwork });

    /// <summary>The first listing page, asked for only if it changed since the last run (ETag, Last-Modified).</summary>
    private Task<FetchedPage> FetchListingAsync(SourceDefinition source, Uri url, CancellationToken cancellationToken) =>
        pageFetcher.FetchAsync(
            url, new FetchOptions { AllowPrivateNetwork = source.AllowPrivateNetwork }.WithValidators(validators.Find(url)), cancellationToken);

    /// <summary>A listing page after the first, or null when it cannot be read: the pages already read are kept and the
    /// listing is reported as cut short (which closes nothing), rather than the run failing and throwing them away.</summary>
    private async Task<FetchedPage?> FetchLaterListingPageAsync(SourceDefinition source, Uri url, CancellationToken cancellationToken)
    {
        try
        {
            return await Fetcher(source).FetchAsync(url, cancellationToken);
        }
        catch (FetchException e)
        {
            logger.LogWarning("Source {SourceId}: listing page {Url} could not be read ({Reason}); the listing is cut short there", source.Id, url, e.Reason);
            return null;
        }
    }

    /// <summary>Keeps the first page's validators only for a listing of one page read from that page alone: an
    /// unchanged first page says nothing about the pages after it, nor about a board or feed it leads to.</summary>
    /// <param name="listingPages">The pages read, or 0 when the strategies also read other pages of their own.</param>
    private void RememberListing(Uri url, FetchedPage? first, int listingPages) =>
        validators.Remember(url, listingPages == 1 ? first?.Validators : null);

    private async Task<(Uri Url, string Html)?> FetchHtmlAsync(SourceDefinition source, Uri url, CancellationToken cancellationToken)
    {
        try
        {
            var page = new PageContent(await Fetcher(source).FetchAsync(url, cancellationToken));
            return (page.Url, page.Text);
        }
        catch (FetchException e) when (e.PageIsGone)
        {
            return null;
        }
        catch (FetchException e) when (e.Failure == FetchFailure.PrivateAddress && url != source.Website)
        {
            // A link or sitemap entry into a private network ends that branch of the search, not the run.
            logger.LogWarning("Source {SourceId}: {Url} found while looking for the careers page is not followed: {Reason}", source.Id, url, e.Reason);
            return null;
        }
    }

    /// <summary>The listing pages as the ordered strategies read them (the source's own rules first), then the detail
    /// pages of postings whose listing gave only an excerpt, read by the source's <c>detail:</c> selectors and, under
    /// <c>auto</c>, by the automatic detail reader for what the selectors leave empty.</summary>
    private async Task<ScrapeOutcome> ScrapeListingAsync(SourceDefinition source, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var strategyFetcher = new CountingPageFetcher(Fetcher(source));
        var context = new ExtractionContext(source, strategyFetcher, logger) { MaxDetailRequests = limits.MaxDetailPages };
        var drafts = new List<PostingDraft>();
        var visited = new HashSet<Uri>();
        var pending = new Queue<Uri>([source.Url]);
        var pagesFetched = 0;
        var complete = true;
        var cutShort = false;
        FetchedPage? firstPage = null;
        PageExtraction? first = null;
        while (pending.Count > 0 && pagesFetched < limits.MaxListingPages)
        {
            var url = pending.Dequeue();
            if (!visited.Add(url))
            {
                continue;
            }

            var fetched = pagesFetched == 0 ? await FetchListingAsync(source, url, cancellationToken) : await FetchLaterListingPageAsync(source, url, cancellationToken);
            if (fetched is null)
            {
                cutShort = true;
                break;
            }

            if (fetched.NotModified)
            {
                return listingMemory.Find(source) is { } remembered
                    ? await RevalidateDetailPagesAsync(source, remembered, cancellationToken)
                    : new ScrapeOutcome([], 1, StrategyName(source.Strategy)) { NotModified = true };
            }

            firstPage ??= fetched;
            var page = new PageContent(fetched);
            pagesFetched++;
            var extraction = await _automatic.ExtractAsync(page, context, cancellationToken);
            first ??= extraction;
            drafts.AddRange(extraction.Postings);
            complete &= extraction.Complete || extraction.Postings.Count == 0;
            if (extraction.Postings.Count > 0 && extraction.Strategy == first.Strategy)
            {
                // Configured rules vouch for their next page; automatic pagination stays on the listing's host.
                foreach (var next in extraction.NextPages.Where(n => source.Strategy != ExtractionStrategy.Auto || n.Host == source.Url.Host))
                {
                    pending.Enqueue(next);
                }
            }
        }

        var truncated = cutShort || pending.Any(url => !visited.Contains(url));
        var listingPages = strategyFetcher.Requests == 0 ? pagesFetched : 0;
        RememberListing(source.Url, firstPage, listingPages);
        var gone = new List<PostingDraft>();
        var followDetails = source.Detail is not null || (source.Strategy == ExtractionStrategy.Auto && !complete);
        var extractedBy = first?.Strategy ?? StrategyName(source.Strategy);
        var listing = first?.Listing ?? ListingKind.HtmlPage;
        if (followDetails)
        {
            var listingDrafts = drafts.ToList();
            var details = await CompleteFromDetailPagesAsync(source, drafts, gone, visited, cancellationToken, listingMemory.Find(source)?.DetailReads);
            RememberDetailPages(source, listingPages, new RememberedListing(source, listingDrafts, details.Reads, extractedBy, listing, truncated));
            pagesFetched += details.Fetched;
        }
        else
        {
            listingMemory.Forget(source.Id);
        }

        return new ScrapeOutcome(drafts, pagesFetched, extractedBy)
        {
            Gone = gone,
            ListingTruncated = truncated,
            Listing = listing,
            NoPostingsReason = drafts.Count == 0 ? first?.NoPostingsReason : null,
            Explanation = drafts.Count == 0 ? first?.Explanation : null,
        };
    }

    /// <summary>Keeps what the detail pages gave for a listing whose validators were kept (one page): its 304 next time
    /// then still asks each detail page whether it changed.</summary>
    private void RememberDetailPages(SourceDefinition source, int listingPages, RememberedListing listing)
    {
        if (listingPages == 1)
        {
            listingMemory.Remember(listing);
        }
        else
        {
            listingMemory.Forget(source.Id);
        }
    }

    /// <summary>The run of a listing that answered 304: the postings of its last full read, each detail page asked
    /// again with its own validators (every run, within <see cref="ScraperOptions.MaxDetailPages"/> as a full read), so
    /// a change made only on a posting's page is not hidden by an unchanged listing. When no detail page changed or
    /// went, the run is not modified as before; otherwise it publishes every posting of the listing, as a full read
    /// would, so the keys it completes with are all of them.</summary>
    private async Task<ScrapeOutcome> RevalidateDetailPagesAsync(SourceDefinition source, RememberedListing remembered, CancellationToken cancellationToken)
    {
        var drafts = remembered.ListingDrafts.ToList();
        var gone = new List<PostingDraft>();
        var details = await CompleteFromDetailPagesAsync(source, drafts, gone, [source.Url], cancellationToken, remembered.DetailReads);
        listingMemory.Remember(remembered with { DetailReads = details.Reads });
        if (details.Changed == 0 && gone.Count == 0)
        {
            return new ScrapeOutcome([], 1 + details.Fetched, remembered.ExtractedBy) { NotModified = true, DetailPagesRevalidated = true };
        }

        logger.LogInformation("Source {SourceId}: the listing is unchanged, but {Changed} detail pages changed and {Gone} are gone; the listing's postings are published again",
            source.Id, details.Changed, gone.Count);
        return new ScrapeOutcome(drafts, 1 + details.Fetched, remembered.ExtractedBy)
        {
            Gone = gone,
            ListingTruncated = remembered.ListingTruncated,
            Listing = remembered.Listing,
            DetailPagesRevalidated = true,
        };
    }

    /// <summary>A detail page read by the source's <c>detail:</c> selectors, which win; under <c>auto</c> the automatic
    /// reader (JSON-LD, labelled lines) fills what they leave empty.</summary>
    private static async Task<PostingDraft?> ReadDetailAsync(SourceDefinition source, PageContent page, CancellationToken cancellationToken)
    {
        var configured = source.Detail is { } detail ? CssExtractor.ExtractDetail(await page.HtmlAsync(cancellationToken), page.Url, detail) : null;
        if (source.Strategy != ExtractionStrategy.Auto)
        {
            return configured;
        }

        var automatic = await DetailPageReader.ReadAsync(page, cancellationToken);
        return configured is null ? automatic : automatic is null ? configured : automatic.CompletedBy(configured);
    }

    /// <summary>Fetches each posting's own page (bounded) and lets the source's detail reader complete its draft. A
    /// posting whose page answers 404 or 410 moves from <paramref name="drafts"/> to <paramref name="gone"/>; any other
    /// failure, a refused private address included, leaves it as the listing gave it. Only pages on the listing's host
    /// are read without <c>detail:</c> selectors: automatic extraction cannot tell another site's page from a
    /// posting's.</summary>
    /// <param name="earlier">Each page as read last time: asked with its validators, a 304 gives the same again.</param>
    private async Task<DetailPagesRead> CompleteFromDetailPagesAsync(
        SourceDefinition source,
        List<PostingDraft> drafts,
        List<PostingDraft> gone,
        HashSet<Uri> listingPages,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<Uri, RememberedDetail>? earlier = null)
    {
        var sameHostOnly = source.Detail is null;
        var fetched = 0;
        var changed = 0;
        var reads = new Dictionary<Uri, RememberedDetail>();
        for (var i = 0; i < drafts.Count; i++)
        {
            var url = drafts[i].Url;
            if (url is null || listingPages.Contains(url) || (sameHostOnly && url.Host != source.Url.Host))
            {
                continue;
            }

            if (fetched >= options.Value.MaxDetailPages)
            {
                logger.LogWarning("Source {SourceId}: detail page limit of {Limit} reached; the remaining postings keep their listing text",
                    source.Id, options.Value.MaxDetailPages);
                break;
            }

            try
            {
                var before = earlier?.GetValueOrDefault(url);
                var fetchOptions = new FetchOptions { AllowPrivateNetwork = source.AllowPrivateNetwork }.WithValidators(before?.Validators);
                var fetchedPage = await pageFetcher.FetchAsync(url, fetchOptions, cancellationToken);
                fetched++;
                PostingDraft? detail;
                if (before is not null && fetchedPage.NotModified)
                {
                    detail = before.Read;
                }
                else
                {
                    detail = await ReadDetailAsync(source, new PageContent(fetchedPage), cancellationToken);
                    changed += before is not null && detail == before.Read ? 0 : 1;
                }

                reads[url] = new RememberedDetail(fetchedPage.Validators, detail);
                if (detail is not null)
                {
                    drafts[i] = drafts[i].CompletedBy(detail);
                }
            }
            catch (FetchException e) when (e.PageIsGone)
            {
                fetched++;
                logger.LogInformation("Source {SourceId}: detail page {Url} answered {HttpStatus}: the posting is gone", source.Id, url, e.HttpStatus);
                gone.Add(drafts[i]);
            }
            catch (FetchException e)
            {
                // A detail page that cannot be read now (timeout, 5xx, a link into a private network) costs that
                // posting its full text, not the whole run, and says nothing about whether the posting is still open.
                logger.LogWarning("Source {SourceId}: detail page {Url} could not be read ({Reason}); the posting keeps what its listing gave", source.Id, url, e.Reason);
            }
        }

        drafts.RemoveAll(gone.Contains);
        return new DetailPagesRead(fetched, changed, reads);
    }
}
