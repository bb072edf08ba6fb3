using JobAggregator.Scraper.Tests.HttpFetching;
using JobAggregator.Sources;
using Microsoft.AspNetCore.Http;

namespace JobAggregator.Scraper.Tests.Scraping;

/// <summary>A posting whose own page answers 404 or 410 is gone at once; a page that fails any other way says nothing
/// about the posting, which is published from the listing as before. Over real HTTP on loopback.</summary>
public sealed class DetailPageGoneTests : IAsyncLifetime
{
    private const string Listing = """
        <html><body><h1>Careers</h1>
        <ul>
          <li class="job"><a href="/careers/staff-attorney/">Staff Attorney</a></li>
          <li class="job"><a href="/careers/case-investigator/">Case Investigator</a></li>
        </ul>
        </body></html>
        """;

    private const string StaffAttorneyAd = """
        <html><body><div class="description"><p>Represent clients in post-conviction proceedings.</p></div></body></html>
        """;

    private LoopbackSite _site = null!;

    public async ValueTask InitializeAsync()
    {
        _site = await LoopbackSite.StartAsync();
        _site.MapText("/careers/", Listing);
        _site.MapText("/careers/staff-attorney/", StaffAttorneyAd);
    }

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    [Theory]
    [InlineData(404)]
    [InlineData(410)]
    public async Task A_detail_page_answering_not_found_or_gone_makes_its_posting_gone_and_unpublished(int status)
    {
        _site.MapText("/careers/case-investigator/", "<html><body>No such page</body></html>", status: status);

        var (postings, completed) = await ConsumerRun.ScrapeAsync(Source());

        var published = Assert.Single(postings);
        Assert.Equal("Staff Attorney", published.Title);
        Assert.Contains("post-conviction", published.DescriptionHtml, StringComparison.Ordinal);
        Assert.Equal([published.PostingKey], completed.PostingKeys);
        var gone = Assert.Single(completed.GonePostingKeys);
        Assert.Equal(Scraper.Scraping.PostingKeys.For("detail-test", _site.Url("/careers/case-investigator/"), "Case Investigator", null), gone);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(429)]
    public async Task A_detail_page_failing_any_other_way_keeps_its_posting_from_the_listing_and_closes_nothing(int status)
    {
        _site.MapText("/careers/case-investigator/", "<html><body>Try again later</body></html>", status: status);

        var (postings, completed) = await ConsumerRun.ScrapeAsync(Source());

        AssertPublishedFromTheListing(postings, completed);
        Assert.NotEmpty(_site.RequestsTo("/careers/case-investigator/"));
    }

    [Fact]
    public async Task A_detail_page_that_times_out_keeps_its_posting_from_the_listing_and_closes_nothing()
    {
        _site.Map("/careers/case-investigator/", async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);
            await context.Response.WriteAsync("too late", context.RequestAborted);
        });

        var (postings, completed) = await ConsumerRun.ScrapeAsync(Source(), ("Scraper:RequestTimeoutSeconds", "1"));

        AssertPublishedFromTheListing(postings, completed);
    }

    [Fact]
    public async Task A_detail_page_robots_txt_disallows_keeps_its_posting_from_the_listing_and_closes_nothing()
    {
        _site.MapText("/robots.txt", "User-agent: *\nDisallow: /careers/case-investigator/\n", "text/plain");
        _site.MapText("/careers/case-investigator/", "<html><body>Should not be asked for</body></html>", status: 404);

        var (postings, completed) = await ConsumerRun.ScrapeAsync(Source());

        AssertPublishedFromTheListing(postings, completed);
        Assert.Empty(_site.RequestsTo("/careers/case-investigator/"));
    }

    [Fact]
    public async Task Automatic_extraction_also_treats_a_missing_detail_page_as_gone()
    {
        _site.MapText("/openings/", """
            <html><head><script type="application/ld+json">
            [{"@context": "https://schema.org", "@type": "JobPosting", "title": "Staff Attorney", "url": "/careers/staff-attorney/",
              "hiringOrganization": {"@type": "Organization", "name": "Example Innocence Project"}},
             {"@context": "https://schema.org", "@type": "JobPosting", "title": "Case Investigator", "url": "/careers/case-investigator/",
              "hiringOrganization": {"@type": "Organization", "name": "Example Innocence Project"}}]
            </script></head><body><h1>Openings</h1></body></html>
            """);
        _site.MapText("/careers/case-investigator/", "<html><body>Not found</body></html>", status: 410);
        var source = Source() with { Url = _site.Url("/openings/"), Strategy = ExtractionStrategy.Auto, Selectors = null, Detail = null };

        var (postings, completed) = await ConsumerRun.ScrapeAsync(source);

        Assert.Equal("json-ld", completed.ExtractedBy);
        Assert.Equal(["Staff Attorney"], postings.Select(p => p.Title));
        Assert.Single(completed.GonePostingKeys);
        Assert.DoesNotContain(completed.GonePostingKeys, completed.PostingKeys.Contains);
    }

    private static void AssertPublishedFromTheListing(IReadOnlyList<Contracts.PostingScraped> postings, Contracts.ScrapeCompleted completed)
    {
        Assert.Equal(["Case Investigator", "Staff Attorney"], postings.Select(p => p.Title).Order());
        var investigator = postings.Single(p => p.Title == "Case Investigator");
        Assert.Null(investigator.DescriptionHtml);
        Assert.EndsWith("/careers/case-investigator/", investigator.Url, StringComparison.Ordinal);
        Assert.Equal(postings.Select(p => p.PostingKey).Order(), completed.PostingKeys.Order());
        Assert.Empty(completed.GonePostingKeys);
    }

    private SourceDefinition Source() => new(
        "detail-test",
        "Example Innocence Project",
        _site.Url("/careers/"),
        SourceDefinition.DefaultSchedule,
        ExtractionStrategy.Css,
        new SelectorSet { Item = "li.job", Title = "a", Link = "a" },
        new SelectorSet { Description = "div.description" },
        Country: "US",
        AllowPrivateNetwork: true);
}
