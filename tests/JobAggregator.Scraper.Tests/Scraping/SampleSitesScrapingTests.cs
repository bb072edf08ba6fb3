using JobAggregator.Sources;

namespace JobAggregator.Scraper.Tests.Scraping;

/// <summary>Every sample site read over real HTTP on loopback with the demo's own source rules.</summary>
public sealed class SampleSitesScrapingTests(SampleSitesFixture sites) : IClassFixture<SampleSitesFixture>
{
    [Fact]
    public async Task Network_listing_follows_pagination_and_every_read_more_link()
    {
        var outcome = await sites.Scraper.ScrapeAsync(sites.Catalog.Find("innocence-network")!, TestContext.Current.CancellationToken);

        Assert.Equal(8, outcome.Postings.Count);
        Assert.Equal(2 + 8, outcome.PagesFetched);
        Assert.Equal("heuristic", outcome.ExtractedBy);
        var ohio = outcome.Postings.Single(p => p.Title == "Assistant Public Defender 2 – Wrongful Conviction Project");
        Assert.Equal("Office of the Ohio Public Defender", ohio.Organization);
        Assert.Equal("Mar 10, 2020", ohio.ValidThrough);
        Assert.Contains("$17.89", ohio.SalaryText, StringComparison.Ordinal);
        Assert.DoesNotContain("…", ohio.DescriptionHtml, StringComparison.Ordinal);
        Assert.All(outcome.Postings, p => Assert.StartsWith(sites.BaseUrl.AbsoluteUri + "innocence-network/", p.Url!.AbsoluteUri, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Detail_selectors_are_honoured_under_auto_and_win_over_the_automatic_detail_reader()
    {
        // A selector no automatic reader would use for a place: the detail page's heading.
        var source = sites.Catalog.Find("innocence-network")! with
        {
            Strategy = ExtractionStrategy.Auto,
            Selectors = null,
            Detail = new SelectorSet { Location = "h1.entry-title" },
        };

        var outcome = await sites.Scraper.ScrapeAsync(source, TestContext.Current.CancellationToken);

        Assert.Equal("heuristic", outcome.ExtractedBy);
        Assert.Equal(8, outcome.Postings.Count);
        var georgia = outcome.Postings.Single(p => p.Title == "Operations Coordinator");
        Assert.Equal("Operations Coordinator – Georgia Innocence Project", georgia.Location);
        Assert.Contains("$", outcome.Postings.Single(p => p.Title == "Assistant Public Defender 2 – Wrongful Conviction Project").SalaryText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, true, 5)]
    [InlineData(2, false, 8)]
    public async Task Says_when_the_listing_goes_on_past_the_pages_a_run_may_read(int maxListingPages, bool truncated, int postings)
    {
        var scraper = sites.ScraperReadingAtMost(maxListingPages);

        var outcome = await scraper.ScrapeAsync(sites.Catalog.Find("innocence-network")!, TestContext.Current.CancellationToken);

        Assert.Equal(truncated, outcome.ListingTruncated);
        Assert.Equal(postings, outcome.Postings.Count);
    }

    [Theory]
    [InlineData("georgia-innocence-project", "Operations Coordinator", "heuristic")]
    [InlineData("ohio-public-defender", "Assistant Public Defender 2 – Wrongful Conviction Project", "css")]
    [InlineData("innocence-project-of-florida", "Finance and Human Resources Manager", "heuristic")]
    public async Task Member_site_gives_its_opening(string sourceId, string title, string strategy)
    {
        var outcome = await sites.Scraper.ScrapeAsync(sites.Catalog.Find(sourceId)!, TestContext.Current.CancellationToken);

        var posting = Assert.Single(outcome.Postings);
        Assert.Equal(title, posting.Title);
        Assert.Equal(strategy, outcome.ExtractedBy);
        Assert.False(string.IsNullOrWhiteSpace(posting.DescriptionHtml));
    }

    [Fact]
    public async Task Finds_the_careers_page_of_a_source_that_gives_only_its_website_and_reads_the_opening_there()
    {
        var source = sites.Catalog.Find("innocence-project-of-florida")!;

        var outcome = await sites.Scraper.ScrapeAsync(source, TestContext.Current.CancellationToken);

        Assert.Equal(new Uri(sites.BaseUrl, "innocence-project-of-florida/"), source.Website);
        var found = outcome.Discovery?.Best;
        Assert.Equal(new Uri(sites.BaseUrl, "innocence-project-of-florida/about/"), found?.Url);
        Assert.Equal(JobAggregator.Scraper.Discovery.CandidateOrigin.Link, found?.Origin);
        Assert.Contains("join our team", found?.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(outcome.Discovery!.Candidates, c => c.Url.AbsolutePath.Contains("get-involved", StringComparison.Ordinal));
        var posting = Assert.Single(outcome.Postings);
        Assert.Equal("Finance and Human Resources Manager", posting.Title);
        Assert.Equal("Tallahassee, Florida", posting.Location);
        Assert.Equal("Full-time", posting.EmploymentType);
        Assert.Equal("Innocence Project of Florida", posting.Organization);
        Assert.Equal(found!.Url, posting.FoundOn);
        Assert.Equal("heuristic", outcome.ExtractedBy);
    }

    [Fact]
    public async Task Json_ld_careers_page_gives_both_innocence_project_openings()
    {
        var outcome = await sites.Scraper.ScrapeAsync(sites.Catalog.Find("innocence-project")!, TestContext.Current.CancellationToken);

        Assert.Equal("json-ld", outcome.ExtractedBy);
        Assert.Equal(
            ["Chief Communications Officer", "Staff Attorney (Post-Conviction Litigation)"],
            outcome.Postings.Select(p => p.Title).Order());
        Assert.All(outcome.Postings, p => Assert.Equal("Innocence Project", p.Organization));
    }

    [Fact]
    public async Task Ohio_portal_reads_labelled_fields_from_the_detail_table()
    {
        var outcome = await sites.Scraper.ScrapeAsync(sites.Catalog.Find("ohio-public-defender")!, TestContext.Current.CancellationToken);

        var posting = Assert.Single(outcome.Postings);
        Assert.Equal("United States of America-OHIO-Franklin County", posting.Location);
        Assert.Equal("$17.89 – $50.98 per hour", posting.SalaryText);
        Assert.Equal("2/28/2020", posting.DatePosted);
        Assert.Equal("Mar 10, 2020", posting.ValidThrough);
        Assert.Equal("Office of the Ohio Public Defender", posting.Organization);
    }

    [Fact]
    public async Task A_missing_listing_page_fails_the_run_with_the_url_and_status()
    {
        var source = sites.Catalog.Find("georgia-innocence-project")! with { Url = new Uri(sites.BaseUrl, "/no-such-page/") };

        var error = await Assert.ThrowsAsync<Fetching.FetchException>(() => sites.Scraper.ScrapeAsync(source, TestContext.Current.CancellationToken));

        Assert.Equal(404, error.HttpStatus);
        Assert.Contains("/no-such-page/", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unchanged_listing_page_is_not_modified_on_the_next_run()
    {
        var scraper = sites.Scraper;
        var source = sites.Catalog.Find("georgia-innocence-project")!;

        var first = await scraper.ScrapeAsync(source, TestContext.Current.CancellationToken);
        var second = await scraper.ScrapeAsync(source, TestContext.Current.CancellationToken);

        Assert.False(first.NotModified);
        Assert.Single(first.Postings);
        Assert.True(second.NotModified);
        Assert.Empty(second.Postings);
    }

    [Fact]
    public async Task A_loopback_source_without_permission_is_refused()
    {
        var source = sites.Catalog.Find("georgia-innocence-project")! with { AllowPrivateNetwork = false };

        var error = await Assert.ThrowsAsync<Fetching.FetchException>(() => sites.Scraper.ScrapeAsync(source, TestContext.Current.CancellationToken));

        Assert.Equal(Fetching.FetchFailure.PrivateAddress, error.Failure);
    }
}
