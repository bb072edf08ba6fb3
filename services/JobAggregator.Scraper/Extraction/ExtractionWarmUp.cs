using System.Diagnostics;
using System.Text;
using JobAggregator.Scraper.Fetching;
using JobAggregator.Sources;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace JobAggregator.Scraper.Extraction;

/// <summary>Pays the extractors' one-time costs (the HTML parser, the strategies' patterns and tables, the JIT) when the
/// scraper role starts, so that the first page of the first run does not wait for them. Nothing is fetched. The cost is
/// measured by <c>ColdStartBenchmarks</c> in the benchmarks project and logged here.</summary>
internal sealed partial class ExtractionWarmUp(ILogger<ExtractionWarmUp> logger) : IHostedService
{
    private static readonly Uri PageUrl = new("https://example.org/careers/");

    /// <summary>A page with schema.org JobPosting data, and a plain listing that only the heuristics read.</summary>
    public static IReadOnlyList<PageContent> SamplePages() =>
    [
        Page("""
            <html><head><title>Careers</title><script type="application/ld+json">
            {"@context":"https://schema.org","@type":"JobPosting","title":"Staff Attorney","datePosted":"2026-02-28",
             "hiringOrganization":{"@type":"Organization","name":"Innocence Project"},
             "jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"New York","addressRegion":"NY","addressCountry":"US"}},
             "description":"<p>Review claims of innocence.</p>","employmentType":"FULL_TIME"}
            </script></head><body><h1>Careers</h1></body></html>
            """),
        Page("""
            <html><head><title>Join our team</title></head><body><main><h1>Current openings</h1>
            <div class="job"><h3><a href="/careers/staff-attorney/">Staff Attorney</a></h3><p>New York, NY · Full-time</p></div>
            <div class="job"><h3><a href="/careers/paralegal/">Paralegal</a></h3><p>Atlanta, GA · Part-time</p></div>
            <div class="job"><h3><a href="/careers/investigator/">Investigator</a></h3><p>Remote · Contract</p></div>
            </main></body></html>
            """),
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var postings = await ExtractSamplesAsync(cancellationToken);
        LogWarmedUp(logger, postings, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs the automatic extraction over <see cref="SamplePages"/> and returns the postings it found.</summary>
    public static async Task<int> ExtractSamplesAsync(CancellationToken cancellationToken)
    {
        var extractor = new AutoExtractor();
        var source = new SourceDefinition("warm-up", "Warm-up", PageUrl, SourceDefinition.DefaultSchedule, ExtractionStrategy.Auto, null, null, null, false);
        var context = new ExtractionContext(source, NoNetworkFetcher.Instance, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        var postings = 0;
        foreach (var page in SamplePages())
        {
            postings += (await extractor.ExtractAsync(page, context, cancellationToken)).Postings.Count;
        }

        return postings;
    }

    private static PageContent Page(string html) => new(PageUrl, Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8");

    [LoggerMessage(Level = LogLevel.Information, Message = "Extraction warmed up: {Postings} postings from its sample pages took {Milliseconds:0} ms")]
    private static partial void LogWarmedUp(ILogger logger, int postings, double milliseconds);
}
