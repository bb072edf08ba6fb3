using JobAggregator.Scraper.Fetching;
using JobAggregator.Sources;
using Microsoft.Extensions.Logging;

namespace JobAggregator.Scraper.Extraction;

/// <summary>What a strategy may use beyond the page: the source it reads for, and the fetcher for the requests it
/// needs of its own (a hiring tool's API, a linked feed).</summary>
internal sealed record ExtractionContext(SourceDefinition Source, IPageFetcher Fetcher, ILogger Logger)
{
    /// <summary>Requests for single postings (a hiring tool's detail API) a strategy may make for one page.</summary>
    public int MaxDetailRequests { get; init; } = new ScraperOptions().MaxDetailPages;

    /// <summary>The postings the run still has room for: a strategy reads no more items than this (a feed or an API's
    /// answer that lists everything at once, further pages of an API), and reaching it tells the run it was cut short.</summary>
    public int MaxPostings { get; init; } = new ScraperOptions().MaxPostingsPerRun;
}
