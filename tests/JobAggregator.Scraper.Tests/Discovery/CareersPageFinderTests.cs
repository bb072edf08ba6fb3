using JobAggregator.Scraper.Discovery;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace JobAggregator.Scraper.Tests.Discovery;

public sealed class CareersPageFinderTests
{
    private const string Home = "https://example.org/";

    private const string HomeWithoutCareersLink = """
        <html><body>
          <nav><a href="/">Home</a><a href="/about/">About</a><a href="/cases/">Our cases</a><a href="/donate/">Donate</a></nav>
        </body></html>
        """;

    private static readonly CareersPageFinder Finder = new(Options.Create(new DiscoveryOptions()), NullLogger<CareersPageFinder>.Instance);

    private static Task<DiscoveryResult> Find(SiteFetchFake site, string website = Home, string? language = null) =>
        Finder.FindAsync(new Uri(website), language, site.FetchAsync, TestContext.Current.CancellationToken);

    [Fact]
    public async Task Finds_the_page_from_the_home_pages_links_without_reading_the_sitemap()
    {
        var site = new SiteFetchFake().Serve(Home, """
            <html><body><nav><a href="/about/">About</a><a href="/about/join-our-team/">Join Our Team</a></nav></body></html>
            """);

        var result = await Find(site);

        Assert.Equal(new Uri("https://example.org/about/join-our-team/"), result.Best?.Url);
        Assert.Equal(CandidateOrigin.Link, result.Best?.Origin);
        Assert.Contains("link \"Join Our Team\"", result.Best?.Reason, StringComparison.Ordinal);
        Assert.Null(result.Problem);
        Assert.Equal([new Uri(Home)], site.Requested);
        Assert.Equal(1, result.Requests);
    }

    [Fact]
    public async Task Reads_the_sitemap_when_no_link_looks_like_a_careers_page()
    {
        var site = new SiteFetchFake()
            .Serve(Home, HomeWithoutCareersLink)
            .Serve("https://example.org/sitemap.xml", """
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://example.org/</loc></url>
                  <url><loc>https://example.org/about/</loc></url>
                  <url><loc>https://example.org/about/employment/</loc></url>
                </urlset>
                """);

        var result = await Find(site);

        Assert.Equal(new Uri("https://example.org/about/employment/"), result.Best?.Url);
        Assert.Equal(CandidateOrigin.Sitemap, result.Best?.Origin);
        Assert.StartsWith("sitemap https://example.org/sitemap.xml: path /about/employment/", result.Best?.Reason, StringComparison.Ordinal);
        Assert.Equal(2, result.Requests);
    }

    [Fact]
    public async Task Follows_a_sitemap_index_one_level_reading_the_likeliest_sitemaps()
    {
        var site = new SiteFetchFake()
            .Serve(Home, HomeWithoutCareersLink)
            .Serve("https://example.org/sitemap.xml", """
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>https://example.org/post-sitemap.xml</loc></sitemap>
                  <sitemap><loc>https://example.org/page-sitemap.xml</loc></sitemap>
                </sitemapindex>
                """)
            .Serve("https://example.org/page-sitemap.xml", """
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://example.org/about/</loc></url>
                  <url><loc>https://example.org/lavora-con-noi/</loc></url>
                </urlset>
                """)
            .Serve("https://example.org/post-sitemap.xml", """
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>https://example.org/deeper-sitemap.xml</loc></sitemap>
                </sitemapindex>
                """);

        var result = await Find(site, language: "it");

        Assert.Equal(new Uri("https://example.org/lavora-con-noi/"), result.Best?.Url);
        Assert.Equal(
            ["https://example.org/", "https://example.org/sitemap.xml", "https://example.org/page-sitemap.xml", "https://example.org/post-sitemap.xml"],
            site.Requested.Select(url => url.AbsoluteUri));
    }

    [Fact]
    public async Task Reads_at_most_the_configured_number_of_sitemaps_from_an_index()
    {
        var index = string.Concat(Enumerable.Range(1, 20).Select(n => $"<sitemap><loc>https://example.org/s{n}.xml</loc></sitemap>"));
        var site = new SiteFetchFake()
            .Serve(Home, HomeWithoutCareersLink)
            .Serve("https://example.org/sitemap.xml", $"<sitemapindex>{index}</sitemapindex>");
        var finder = new CareersPageFinder(Options.Create(new DiscoveryOptions { MaxChildSitemaps = 3 }), NullLogger<CareersPageFinder>.Instance);

        var result = await finder.FindAsync(new Uri(Home), null, site.FetchAsync, TestContext.Current.CancellationToken);

        Assert.Equal(5, site.Requested.Count);
        Assert.Equal(5, result.Requests);
    }

    [Fact]
    public async Task Resolves_links_against_the_address_the_home_page_redirected_to()
    {
        var site = new SiteFetchFake().Redirect("http://example.org/", "https://www.example.org/en/", """
            <a href="careers">Careers</a>
            """);

        var result = await Find(site, "http://example.org/");

        Assert.Equal(new Uri("https://www.example.org/en/careers"), result.Best?.Url);
    }

    [Fact]
    public async Task Looks_for_the_sitemap_on_the_host_the_home_page_redirected_to()
    {
        var site = new SiteFetchFake()
            .Redirect("https://old.example/", "https://new.example/", HomeWithoutCareersLink)
            .Serve("https://new.example/sitemap.xml", "<urlset><url><loc>https://new.example/jobs/</loc></url></urlset>");

        var result = await Find(site, "https://old.example/");

        Assert.Equal(new Uri("https://new.example/jobs/"), result.Best?.Url);
    }

    [Fact]
    public async Task Reads_the_sitemap_when_the_home_page_is_missing()
    {
        var site = new SiteFetchFake().Serve("https://example.org/sitemap.xml", "<urlset><url><loc>https://example.org/careers</loc></url></urlset>");

        var result = await Find(site, "https://example.org/moved-page/");

        Assert.Equal(new Uri("https://example.org/careers"), result.Best?.Url);
    }

    [Fact]
    public async Task Says_why_when_nothing_looks_like_a_careers_page()
    {
        var site = new SiteFetchFake()
            .Serve(Home, HomeWithoutCareersLink)
            .Serve("https://example.org/sitemap.xml", "<urlset><url><loc>https://example.org/about/</loc></url></urlset>");

        var result = await Find(site);

        Assert.Null(result.Best);
        Assert.Empty(result.Candidates);
        Assert.Equal("no link on the home page looks like a careers or jobs page, and no sitemap entry does either", result.Problem);
    }

    [Theory]
    [InlineData(null, "the home page could not be read, and there is no sitemap at https://example.org/sitemap.xml")]
    [InlineData("<html><body><div id=\"app\"></div><script src=\"/app.js\"></script></body></html>",
        "the home page has no links (it may build them with JavaScript), and there is no sitemap at https://example.org/sitemap.xml")]
    public async Task Says_what_could_not_be_read(string? home, string problem)
    {
        var site = new SiteFetchFake();
        if (home is not null)
        {
            site.Serve(Home, home);
        }

        var result = await Find(site);

        Assert.Equal(problem, result.Problem);
    }

    [Fact]
    public async Task Passes_the_cancellation_token_to_the_fetch()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAsync<OperationCanceledException>(
            () => Finder.FindAsync(new Uri(Home), null, new SiteFetchFake().FetchAsync, cancelled.Token));
    }
}
