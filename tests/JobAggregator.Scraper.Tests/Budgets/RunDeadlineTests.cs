using JobAggregator.Scraper.Tests.HttpFetching;
using JobAggregator.Scraper.Tests.Scraping;
using JobAggregator.Sources;

namespace JobAggregator.Scraper.Tests.Budgets;

/// <summary>A run past Scraper:MaxRunSeconds stops, keeps the postings it read and reports its listing as truncated
/// (which closes nothing), saying why. Over real HTTP on loopback, with a second page that never answers.</summary>
public sealed class RunDeadlineTests : IAsyncLifetime
{
    private LoopbackSite _site = null!;

    public async ValueTask InitializeAsync() => _site = await LoopbackSite.StartAsync();

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task A_run_past_its_deadline_keeps_the_first_page_s_postings_and_says_the_listing_was_cut_short()
    {
        _site.MapText("/careers/", """
            <html><body><ul>
              <li class="job"><a href="/careers/staff-attorney/">Staff Attorney</a></li>
              <li class="job"><a href="/careers/paralegal/">Paralegal</a></li>
            </ul><a rel="next" href="/careers/page/2/">Next</a></body></html>
            """);
        _site.Map("/careers/page/2/", context => Task.Delay(Timeout.Infinite, context.RequestAborted));
        var source = new SourceDefinition("deadline-test", "Example Innocence Project", _site.Url("/careers/"), SourceDefinition.DefaultSchedule,
            ExtractionStrategy.Css, new SelectorSet { Item = "li.job", Title = "a", Link = "a", NextPage = "a[rel=next]" }, null,
            Country: "US", AllowPrivateNetwork: true);

        var (postings, completed) = await ConsumerRun.ScrapeAsync(source, ("Scraper:MaxRunSeconds", "10"), ("Scraper:RequestTimeoutSeconds", "300"));

        Assert.Equal(["Paralegal", "Staff Attorney"], postings.Select(p => p.Title).Order());
        Assert.True(completed.ListingTruncated);
        Assert.Contains("Scraper:MaxRunSeconds (10 s)", completed.Explanation, StringComparison.Ordinal);
        Assert.NotEmpty(_site.RequestsTo("/careers/page/2/"));
    }
}
