using System.Globalization;
using JobAggregator.Contracts;
using JobAggregator.Scraper.Discovery;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;
using JobAggregator.Scraper.Fetching;
using JobAggregator.Scraper.Rendering;
using JobAggregator.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JobAggregator.Scraper.Scraping;

/// <summary>Reads one source: its listing pages (following pagination), then each posting's detail page when the
/// source says what to read there. Both are bounded by <see cref="ScraperOptions"/>: pages, postings and detail pages
/// per run, the run's time, and each page's extraction time.</summary>
/// <param name="extractor">The strategies that read a page (tests give their own); the automatic ones by default.</param>
internal sealed class SourceScraper(
    IPageFetcher pageFetcher,
    IValidatorCache validators,
    IOptions<ScraperOptions> options,
    ILogger<SourceScraper> logger,
    CareersPageFinder careersPageFinder,
    DiscoveredPages discoveredPages,
    ChromiumRenderer renderer,
    ListingMemory listingMemory,
    AutoExtractor? extractor = null)
{
    private readonly RenderingExtractor _automatic = new(extractor ?? new AutoExtractor(), renderer);

    /// <exception cref="FetchException">The first listing page could not be read, or the run passed
    /// <see cref="ScraperOptions.MaxRunSeconds"/> before it was: the run fails. A later page that cannot be read, or the
    /// deadline passed later, cuts the listing short instead (<see cref="ScrapeOutcome.ListingTruncated"/>, which closes
    /// nothing).</exception>
    /// <param name="lastRead">The listing as the last run read it from its page alone: a listing page with the same
    /// fingerprint ends the run there, <see cref="ScrapeOutcome.ListingUnchanged"/>, without being extracted.</param>
    public async Task<ScrapeOutcome> ScrapeAsync(SourceDefinition source, CancellationToken cancellationToken, ListingRead? lastRead = null)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(options.Value.MaxRunSeconds));
        try
        {
            return await ScrapeWithinDeadlineAsync(source, lastRead, deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new FetchException(source.Url, FetchFailure.Timeout,
                $"the run passed Scraper:MaxRunSeconds ({options.Value.MaxRunSeconds} s) before its first listing page was read");
        }
    }

    private async Task<ScrapeOutcome> ScrapeWithinDeadlineAsync(SourceDefinition source, ListingRead? lastRead, CancellationToken cancellationToken)
    {
        if (!source.DiscoverCareersPage)
        {
            return await ScrapeListingAsync(source, lastRead, cancellationToken);
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
            var outcome = await ScrapeListingAsync(source with { Url = best.Url }, lastRead, cancellationToken);
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

    /// <summary>The first listing page, asked for only if it changed since the last run (ETag, Last-Modified), and
    /// fingerprinted as it is read: a body with the fingerprint of <paramref name="lastRead"/> is not kept. A body large
    /// enough for a hiring tool to read one posting at a time goes to a temporary file as it arrives, never into memory
    /// whole.</summary>
    private Task<FetchedPage> FetchListingAsync(SourceDefinition source, Uri url, ListingRead? lastRead, CancellationToken cancellationToken) =>
        pageFetcher.FetchAsync(
            url,
            new FetchOptions
            {
                AllowPrivateNetwork = source.AllowPrivateNetwork,
                Fingerprint = ListingFingerprint.For(source, options.Value, lastRead?.Fingerprint),
                SpoolFromBytes = GreenhouseTool.StreamFromBytes,
            }.WithValidators(validators.Find(url)),
            cancellationToken);

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
    private async Task<ScrapeOutcome> ScrapeListingAsync(SourceDefinition source, ListingRead? lastRead, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var strategyFetcher = new CountingPageFetcher(Fetcher(source));
        var context = new ExtractionContext(source, strategyFetcher, logger) { MaxDetailRequests = limits.MaxDetailPages };
        var drafts = new List<PostingDraft>();
        // A first page whose postings are made one at a time (a large board's API answer) is kept as it is, not copied
        // into the list, unless a later page joins it or its postings need their detail pages.
        StreamedDrafts? streamed = null;
        var visited = new HashSet<Uri>();
        var pending = new Queue<Uri>([source.Url]);
        var pagesFetched = 0;
        var complete = true;
        string? cutShort = null;
        FetchedPage? firstPage = null;
        PageExtraction? first = null;
        UInt128? fingerprint = null;
        while (pending.Count > 0 && pagesFetched < limits.MaxListingPages)
        {
            var url = pending.Dequeue();
            if (!visited.Add(url))
            {
                continue;
            }

            PageExtraction extraction;
            PageContent page;
            try
            {
                var fetched = pagesFetched == 0 ? await FetchListingAsync(source, url, lastRead, cancellationToken) : await FetchLaterListingPageAsync(source, url, cancellationToken);
                if (fetched is null)
                {
                    cutShort = $"listing page {url} could not be read";
                    break;
                }

                if (fetched.NotModified)
                {
                    return listingMemory.Find(source) is { } remembered
                        ? await RevalidateDetailPagesAsync(source, remembered, cancellationToken)
                        : new ScrapeOutcome([], 1, StrategyName(source.Strategy)) { NotModified = true };
                }

                firstPage ??= fetched;
                pagesFetched++;
                // The bytes, address and type of the last read (an API's answer or a feed, as only those are kept):
                // the fetch did not keep the body.
                if (pagesFetched == 1 && lastRead is not null && fetched.KnownBodyBytes is not null)
                {
                    return Unchanged(source, fetched, lastRead);
                }

                page = new PageContent(fetched);
                // An API's answer or a feed, never an HTML page: one may be rendered, and its scripts read more.
                if (pagesFetched == 1 && page.Format != PageFormat.Html)
                {
                    fingerprint = fetched.Fingerprint ?? ListingFingerprint.Of(source, limits, fetched);
                    if (lastRead is not null && lastRead.Fingerprint == fingerprint)
                    {
                        return Unchanged(source, fetched, lastRead);
                    }
                }
                // One more than there is room for: a listing holding exactly the room left is read whole, not cut short.
                extraction = await ExtractWithinBudgetAsync(page, context with { MaxPostings = limits.MaxPostingsPerRun - Listed() + 1 }, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested && pagesFetched > 0 && first is not null)
            {
                cutShort = $"the run passed Scraper:MaxRunSeconds ({limits.MaxRunSeconds} s) while it read listing page {url}";
                break;
            }
            catch (FetchException e) when (e.Failure == FetchFailure.TooComplex && first is not null)
            {
                cutShort = e.Message;
                break;
            }

            first ??= extraction;
            var room = limits.MaxPostingsPerRun - Listed();
            if (Listed() == 0 && extraction.Postings is StreamedDrafts stream && extraction.Complete && source.Detail is null)
            {
                streamed = stream.Take(room);
            }
            else
            {
                Unstream();
                drafts.AddRange(extraction.Postings.Take(room));
            }

            complete &= extraction.Complete || extraction.Postings.Count == 0;
            if (extraction.Postings.Count > room)
            {
                cutShort = $"the run reached Scraper:MaxPostingsPerRun ({limits.MaxPostingsPerRun} postings) on listing page {url} and read no further";
                break;
            }

            if (page.HtmlCut)
            {
                cutShort = $"listing page {url} has more than {NestingLimit.MaxElements} elements; only the first {NestingLimit.MaxElements} were read";
                break;
            }

            if (extraction.Postings.Count > 0 && extraction.Strategy == first.Strategy)
            {
                // Configured rules vouch for their next page; automatic pagination stays on the listing's host.
                foreach (var next in extraction.NextPages.Where(n => source.Strategy != ExtractionStrategy.Auto || n.Host == source.Url.Host))
                {
                    pending.Enqueue(next);
                }
            }
        }

        if (cutShort is null && pending.Any(url => !visited.Contains(url)))
        {
            cutShort = $"the listing goes on past the {pagesFetched} pages a run may read (Scraper:MaxListingPages)";
        }

        var followDetails = source.Detail is not null || (source.Strategy == ExtractionStrategy.Auto && !complete);
        if (followDetails)
        {
            Unstream();
        }

        IReadOnlyList<PostingDraft> listed = streamed ?? (IReadOnlyList<PostingDraft>)drafts;
        var truncated = cutShort is not null;
        var listingPages = strategyFetcher.Requests == 0 ? pagesFetched : 0;
        RememberListing(source.Url, firstPage, listingPages);
        var gone = new List<PostingDraft>();
        var extractedBy = first?.Strategy ?? StrategyName(source.Strategy);
        var listing = first?.Listing ?? ListingKind.HtmlPage;
        if (followDetails && !cancellationToken.IsCancellationRequested)
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

        var readAlone = fingerprint is not null && pagesFetched == 1 && strategyFetcher.Requests == 0 && !followDetails && !truncated
            && listed.Count > 0 && gone.Count == 0;
        return new ScrapeOutcome(listed, pagesFetched, extractedBy)
        {
            Gone = gone,
            Read = readAlone ? new ListingRead(fingerprint!.Value, extractedBy, listing) : null,
            ListingTruncated = truncated,
            Listing = listing,
            NoPostingsReason = listed.Count == 0 ? first?.NoPostingsReason : null,
            Explanation = listed.Count == 0 ? first?.Explanation : cutShort is null ? null : $"listing cut short, so no posting is counted as missing: {cutShort}",
        };

        int Listed() => streamed?.Count ?? drafts.Count;

        void Unstream()
        {
            if (streamed is not null)
            {
                drafts.AddRange(streamed);
                streamed = null;
            }
        }
    }

    /// <summary>The run of a listing whose page is as <paramref name="lastRead"/> read it: its postings are those last
    /// published, not extracted again.</summary>
    private ScrapeOutcome Unchanged(SourceDefinition source, FetchedPage fetched, ListingRead lastRead)
    {
        RememberListing(source.Url, fetched, listingPages: 1);
        listingMemory.Forget(source.Id);
        return new ScrapeOutcome([], 1, lastRead.ExtractedBy) { Listing = lastRead.Listing, ListingUnchanged = true, Read = lastRead };
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

    /// <summary>Extracts one page off the thread that delivered the run's message, within
    /// <see cref="ScraperOptions.MaxExtractSeconds"/> of work: a page past it is given up on even when a strategy does
    /// not stop at once (the worker goes on; the strategy's own loop ends at its next check of the token).</summary>
    /// <exception cref="FetchException">The page spent its budget (<see cref="FetchFailure.TooComplex"/>).</exception>
    private async Task<PageExtraction> ExtractWithinBudgetAsync(PageContent page, ExtractionContext context, CancellationToken cancellationToken)
    {
        using var budget = new ExtractionBudget(TimeSpan.FromSeconds(options.Value.MaxExtractSeconds), cancellationToken);
        var budgeted = context with { Fetcher = budget.Pausing(context.Fetcher) };
        try
        {
            return await Task.Run(() => _automatic.ExtractAsync(page, budgeted, budget.Token), budget.Token).WaitAsync(budget.Token);
        }
        catch (OperationCanceledException) when (budget.Exhausted)
        {
            throw TooComplex(page.Url, budget.Allowance);
        }
    }

    private static FetchException TooComplex(Uri url, TimeSpan allowance) =>
        new(url, FetchFailure.TooComplex, string.Create(CultureInfo.InvariantCulture,
            $"took more than {allowance.TotalSeconds:0.#} s to extract (Scraper:MaxExtractSeconds) and was given up on: its markup costs far more to read than a job listing should (nesting, size or repetition)"));

    /// <summary>A detail page read by the source's <c>detail:</c> selectors, which win; under <c>auto</c> the automatic
    /// reader (JSON-LD, labelled lines) fills what they leave empty.</summary>
    /// <param name="listed">The posting as the listing gave it.</param>
    private async Task<PostingDraft?> ReadDetailAsync(SourceDefinition source, PageContent page, PostingDraft listed, CancellationToken cancellationToken)
    {
        using var budget = new ExtractionBudget(TimeSpan.FromSeconds(options.Value.MaxExtractSeconds), cancellationToken);
        try
        {
            return await Task.Run(() => ReadDetailWithinAsync(source, page, listed, budget.Token), budget.Token).WaitAsync(budget.Token);
        }
        catch (OperationCanceledException) when (budget.Exhausted)
        {
            throw TooComplex(page.Url, budget.Allowance);
        }
    }

    private static async Task<PostingDraft?> ReadDetailWithinAsync(SourceDefinition source, PageContent page, PostingDraft listed, CancellationToken cancellationToken)
    {
        var configured = source.Detail is { } detail ? CssExtractor.ExtractDetail(await page.HtmlAsync(cancellationToken), page.Url, detail) : null;
        if (source.Strategy != ExtractionStrategy.Auto)
        {
            return configured;
        }

        var automatic = await DetailPageReader.ReadAsync(page, listed, cancellationToken);
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
                    detail = await ReadDetailAsync(source, new PageContent(fetchedPage), drafts[i], cancellationToken);
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
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // The run's deadline: the listing was read whole, so what it lists stays right; the postings not reached
                // keep their listing text.
                logger.LogWarning("Source {SourceId}: the run passed Scraper:MaxRunSeconds ({Limit} s) while following detail pages; the remaining postings keep their listing text",
                    source.Id, options.Value.MaxRunSeconds);
                break;
            }
        }

        drafts.RemoveAll(gone.Contains);
        return new DetailPagesRead(fetched, changed, reads);
    }
}
