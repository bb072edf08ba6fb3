using JobAggregator.Contracts;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.HttpFetching;
using JobAggregator.Scraper.Tests.Scraping;
using JobAggregator.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.Scraper.Tests.Budgets;

/// <summary>A page whose extraction spends Scraper:MaxExtractSeconds fails the run with reason too-complex instead of
/// holding a worker, whether or not the strategy stops when told. The page is served over real HTTP on loopback; the
/// strategy stands in for markup built to be expensive.</summary>
public sealed class PageBudgetTests : IAsyncLifetime
{
    private LoopbackSite _site = null!;

    public async ValueTask InitializeAsync()
    {
        _site = await LoopbackSite.StartAsync();
        _site.MapText("/careers/", "<html><body><h1>Careers</h1><p>Staff Attorney</p></body></html>");
    }

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task A_page_that_spends_its_extract_budget_fails_the_run_as_too_complex_in_words_for_operators()
    {
        var spinning = new SpinningStrategy(checksToken: true);

        var (postings, ended) = await ConsumerRun.EndAsync(Source(), s => s.AddSingleton(new AutoExtractor([spinning])), ("Scraper:MaxExtractSeconds", "1"));

        var failed = Assert.IsType<ScrapeFailed>(ended);
        Assert.StartsWith(ScrapeFailureReasons.TooComplex + ": ", failed.Reason, StringComparison.Ordinal);
        Assert.Contains("Scraper:MaxExtractSeconds", failed.Reason, StringComparison.Ordinal);
        Assert.Equal(_site.Url("/careers/").AbsoluteUri, failed.Url);
        Assert.Empty(postings);
    }

    [Fact]
    public async Task A_strategy_that_never_checks_its_token_does_not_hold_the_run_past_the_budget()
    {
        var spinning = new SpinningStrategy(checksToken: false);
        try
        {
            var (_, ended) = await ConsumerRun.EndAsync(Source(), s => s.AddSingleton(new AutoExtractor([spinning])), ("Scraper:MaxExtractSeconds", "1"));

            var failed = Assert.IsType<ScrapeFailed>(ended);
            Assert.StartsWith(ScrapeFailureReasons.TooComplex + ": ", failed.Reason, StringComparison.Ordinal);
            Assert.True(spinning.Spinning, "the run ended while the strategy was still at work: it did not wait for it");
        }
        finally
        {
            spinning.Release();
        }
    }

    [Fact]
    public async Task A_later_listing_page_past_its_budget_cuts_the_listing_short_and_keeps_the_first_page_s_postings()
    {
        _site.MapText("/jobs/", """
            <html><body><h1>Open positions</h1><ul>
              <li><a href="/jobs/staff-attorney/">Staff Attorney</a></li>
              <li><a href="/jobs/paralegal/">Paralegal</a></li>
              <li><a href="/jobs/investigator/">Investigator</a></li>
            </ul><a rel="next" href="/jobs/page/2/">Next</a></body></html>
            """);
        _site.MapText("/jobs/page/2/", "<html><body><p>More openings</p></body></html>");
        var spinning = new SpinningStrategy(checksToken: true, only: _site.Url("/jobs/page/2/"));
        var source = Source() with { Url = _site.Url("/jobs/") };

        var (postings, ended) = await ConsumerRun.EndAsync(source, s => s.AddSingleton(new AutoExtractor([spinning, new ListingHeuristicsStrategy()])),
            ("Scraper:MaxExtractSeconds", "1"), ("Scraper:MaxDetailPages", "0"));

        var completed = Assert.IsType<ScrapeCompleted>(ended);
        Assert.Equal(["Investigator", "Paralegal", "Staff Attorney"], postings.Select(p => p.Title).Order());
        Assert.True(completed.ListingTruncated);
        Assert.Contains("/jobs/page/2/: took more than 1 s to extract (Scraper:MaxExtractSeconds)", completed.Explanation, StringComparison.Ordinal);
    }

    private SourceDefinition Source() =>
        new("budget-test", "Example Innocence Project", _site.Url("/careers/"), SourceDefinition.DefaultSchedule,
            ExtractionStrategy.Auto, null, null, Country: "US", AllowPrivateNetwork: true);
}
