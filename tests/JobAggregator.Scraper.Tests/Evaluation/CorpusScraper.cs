using JobAggregator.Scraper.Fetching;
using JobAggregator.Scraper.Rendering;
using JobAggregator.Scraper.Scraping;
using JobAggregator.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.Scraper.Tests.Evaluation;

/// <summary>The scraper as the <c>extract</c> preview builds it (<c>PagePreviewer</c> in the Host), reading a page
/// through a corpus fetcher: the listing, its pagination, and its postings' detail pages on the listing's host, with a
/// memory of its own. Rendering is off: the evaluation starts no browser.</summary>
internal static class CorpusScraper
{
    private static readonly ServiceProvider Services = new ServiceCollection()
        .AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"{RenderingOptions.SectionName}:Enabled"] = "false" })
            .Build())
        .AddLogging()
        .AddScraper()
        .BuildServiceProvider();

    /// <summary>Reads <paramref name="corpusCase"/>'s page as <paramref name="source"/>, every other case of
    /// <paramref name="corpus"/> answering at its own address.</summary>
    public static async Task<(ScrapeOutcome Outcome, CorpusFetcherFake Fetcher)> ScrapeAsync(
        CorpusCase corpusCase, SourceDefinition source, IEnumerable<CorpusCase> corpus, CancellationToken cancellationToken)
    {
        var fetcher = new CorpusFetcherFake(corpus.Where(c => c != corpusCase).Prepend(corpusCase));
        var scraper = ActivatorUtilities.CreateInstance<SourceScraper>(Services, fetcher, new InMemoryValidatorCache(), new ListingMemory());
        return (await scraper.ScrapeAsync(source with { Url = corpusCase.Url }, cancellationToken), fetcher);
    }
}
