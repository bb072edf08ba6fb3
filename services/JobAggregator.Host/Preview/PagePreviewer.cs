using JobAggregator.Api.Jobs;
using JobAggregator.Normalizer;
using JobAggregator.Scraper;
using JobAggregator.Scraper.Discovery;
using JobAggregator.Scraper.Fetching;
using JobAggregator.Scraper.Rendering;
using JobAggregator.Scraper.Scraping;
using JobAggregator.Sources;
using Microsoft.Extensions.Options;

namespace JobAggregator.Host.Preview;

/// <summary>The preview itself, shared by the <c>extract</c> command and the public page check: scrapes one page with a
/// source's rules and normalises what it finds, as the pipeline would, without the store or the bus.</summary>
internal sealed class PagePreviewer(IServiceProvider services)
{
    /// <returns>The source (named after the page's owner, in its site's country, when it was made up for the page), what
    /// the scrape saw, and the postings as <c>/api/jobs</c> items.</returns>
    public async Task<(SourceDefinition Source, ScrapeOutcome Outcome, List<JobItem> Items)> RunAsync(
        SourceDefinition source, IPageFetcher fetcher, CancellationToken ct)
    {
        var recorder = new FirstPageRecorder(fetcher, source.Url);
        var scraper = new SourceScraper(
            recorder,
            services.GetRequiredService<IValidatorCache>(),
            services.GetRequiredService<IOptions<ScraperOptions>>(),
            services.GetRequiredService<ILogger<SourceScraper>>(),
            services.GetRequiredService<CareersPageFinder>(),
            services.GetRequiredService<DiscoveredPages>(),
            services.GetRequiredService<ChromiumRenderer>(),
            new ListingMemory());
        var outcome = await scraper.ScrapeAsync(source, ct);
        if (source.Id == SourceRules.AdHocId)
        {
            var (owner, country) = await PageOwner.ReadAsync(source.Url, recorder.Page, source.Organization, outcome.Postings, ct);
            source = source with { Organization = owner ?? source.Organization, Country = country };
        }

        var normalizer = services.GetRequiredService<PostingNormalizer>();
        var items = ScrapedPostings.ToMessages(source, outcome, Guid.NewGuid(), DateTimeOffset.UtcNow)
            .Select(normalizer.Normalize)
            .Select(JobItem.From)
            .ToList();
        return (source, outcome, items);
    }
}
