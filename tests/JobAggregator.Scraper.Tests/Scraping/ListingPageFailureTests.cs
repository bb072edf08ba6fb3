using JobAggregator.Scraper.Tests.HttpFetching;
using JobAggregator.Sources;

namespace JobAggregator.Scraper.Tests.Scraping;

/// <summary>A listing page after the first that cannot be read cuts the listing short: the run completes with the
/// postings of the pages read and says the listing is truncated, which closes nothing. Over real HTTP on loopback.</summary>
public sealed class ListingPageFailureTests : IAsyncLifetime
{
    private LoopbackSite _site = null!;

    public async ValueTask InitializeAsync() => _site = await LoopbackSite.StartAsync();

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    [Theory]
    [InlineData(503)]
    [InlineData(404)]
    public async Task A_second_page_that_fails_keeps_the_first_page_s_postings_in_a_listing_read_with_selectors(int status)
    {
        _site.MapText("/careers/", """
            <html><body><ul>
              <li class="job"><a href="/careers/staff-attorney/">Staff Attorney</a></li>
              <li class="job"><a href="/careers/paralegal/">Paralegal</a></li>
            </ul><a rel="next" href="/careers/page/2/">Next</a></body></html>
            """);
        _site.MapText("/careers/page/2/", "<html><body>Try again later</body></html>", status: status);
        var source = new SourceDefinition("paging-test", "Example Innocence Project", _site.Url("/careers/"), SourceDefinition.DefaultSchedule,
            ExtractionStrategy.Css, new SelectorSet { Item = "li.job", Title = "a", Link = "a", NextPage = "a[rel=next]" }, null,
            Country: "US", AllowPrivateNetwork: true);

        var (postings, completed) = await ConsumerRun.ScrapeAsync(source);

        Assert.Equal(["Paralegal", "Staff Attorney"], postings.Select(p => p.Title).Order());
        Assert.True(completed.ListingTruncated);
        Assert.NotEmpty(_site.RequestsTo("/careers/page/2/"));
    }

    [Fact]
    public async Task A_second_feed_page_robots_txt_disallows_keeps_the_first_page_s_postings_under_automatic_extraction()
    {
        _site.MapText("/robots.txt", "User-agent: *\nDisallow: /jobs/feed/2/\n", "text/plain");
        _site.MapText("/jobs/feed/", """
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Jobs – Example Innocence Project</title>
            <atom:link rel="next" href="/jobs/feed/2/"/>
            <item><title>Staff Attorney</title><link>/jobs/staff-attorney/</link><description>Represent clients.</description></item>
            <item><title>Paralegal</title><link>/jobs/paralegal/</link><description>Support attorneys.</description></item>
            </channel></rss>
            """, "application/rss+xml");
        var source = new SourceDefinition("feed-paging-test", "Example Innocence Project", _site.Url("/jobs/feed/"), SourceDefinition.DefaultSchedule,
            ExtractionStrategy.Auto, null, null, Country: "US", AllowPrivateNetwork: true);

        var (postings, completed) = await ConsumerRun.ScrapeAsync(source);

        Assert.Equal("rss", completed.ExtractedBy);
        Assert.Equal(["Paralegal", "Staff Attorney"], postings.Select(p => p.Title).Order());
        Assert.True(completed.ListingTruncated);
        Assert.Empty(_site.RequestsTo("/jobs/feed/2/"));
    }
}
