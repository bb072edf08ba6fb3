using System.Text;
using JobAggregator.Scraper.Fetching;
using JobAggregator.Scraper.Scraping;
using JobAggregator.Scraper.Tests.HttpFetching;
using JobAggregator.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JobAggregator.Scraper.Tests.Scraping;

/// <summary>A hiring tool's board served on loopback whose answer has not changed since the scraper last read it: the
/// run lists every posting it last published (so the store counts each one seen) and publishes none, without
/// extracting the answer again; any change to the answer is read and published as before.</summary>
public sealed class UnchangedListingTests : IAsyncLifetime
{
    private const string BoardPath = "/v1/boards/unchanged/jobs";
    private readonly string _stateFolder = Directory.CreateTempSubdirectory("jobaggregator-unchanged-").FullName;
    private LoopbackSite _site = null!;

    public async ValueTask InitializeAsync() => _site = await LoopbackSite.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _site.DisposeAsync();
        Directory.Delete(_stateFolder, recursive: true);
    }

    [Fact]
    public async Task A_board_unchanged_since_the_last_read_lists_every_posting_and_publishes_none()
    {
        _site.MapText(BoardPath, Board("Staff Attorney", "Paralegal", "Investigator"), "application/json");
        await using var role = await ScraperRole.StartAsync(Source());

        var (firstPostings, first) = await role.RunAsync();
        var (againPostings, again) = await role.RunAsync();

        Assert.Equal(3, firstPostings.Count);
        Assert.Empty(againPostings);
        Assert.Equal(first.PostingKeys.Order(), again.PostingKeys.Order());
        Assert.Equal((first.ExtractedBy, first.ListedByApiOrFeed, false), (again.ExtractedBy, again.ListedByApiOrFeed, again.NotModified));
        Assert.Equal(2, _site.RequestsTo(BoardPath).Count);
    }

    [Fact]
    public async Task A_board_with_one_posting_changed_publishes_that_posting_and_lists_them_all()
    {
        _site.MapText(BoardPath, Board("Staff Attorney", "Paralegal", "Investigator"), "application/json");
        await using var role = await ScraperRole.StartAsync(Source());
        var (_, first) = await role.RunAsync();

        _site.MapText(BoardPath, Board("Staff Attorney", "Paralegal", "Investigator").Replace("Represent clients 1", "Represent tenants 1", StringComparison.Ordinal), "application/json");
        var (changed, again) = await role.RunAsync();

        Assert.Equal("Paralegal", Assert.Single(changed).Title);
        Assert.Equal(first.PostingKeys.Order(), again.PostingKeys.Order());
    }

    [Fact]
    public async Task A_restarted_scraper_reads_a_board_unchanged_since_before_the_restart_as_unchanged()
    {
        _site.MapText(BoardPath, Board("Staff Attorney", "Paralegal"), "application/json");
        (string, string) state = ("Scraper:StateDirectory", _stateFolder);
        IReadOnlyList<string> keys;
        await using (var before = await ScraperRole.StartAsync(Source(), state))
        {
            keys = (await before.RunAsync()).Completed.PostingKeys;
        }

        await using var restarted = await ScraperRole.StartAsync(Source(), state);
        var (postings, again) = await restarted.RunAsync();

        Assert.Empty(postings);
        Assert.Equal(keys.Order(), again.PostingKeys.Order());
    }

    [Fact]
    public async Task The_scraper_extracts_a_listing_page_again_only_when_its_fingerprint_differs_from_the_last_read()
    {
        _site.MapText(BoardPath, Board("Staff Attorney", "Paralegal"), "application/json");
        await using var services = Services();
        var scraper = services.GetRequiredService<SourceScraper>();
        var cancellation = TestContext.Current.CancellationToken;

        var first = await scraper.ScrapeAsync(Source(), cancellation);
        var unchanged = await scraper.ScrapeAsync(Source(), cancellation, first.Read);
        var otherRead = await scraper.ScrapeAsync(Source(), cancellation, first.Read! with { Fingerprint = first.Read!.Fingerprint + 1 });
        var otherSource = await scraper.ScrapeAsync(Source() with { Country = "CA" }, cancellation, first.Read);

        Assert.Equal(2, first.Postings.Count);
        Assert.True(unchanged.ListingUnchanged);
        Assert.Empty(unchanged.Postings);
        Assert.Equal((first.ExtractedBy, first.Listing), (unchanged.ExtractedBy, unchanged.Listing));
        Assert.All(new[] { otherRead, otherSource }, outcome => Assert.Equal((false, 2), (outcome.ListingUnchanged, outcome.Postings.Count)));
    }

    [Fact]
    public async Task The_fingerprint_made_while_the_page_is_read_is_the_one_of_the_page_read_whole()
    {
        _site.MapText(BoardPath, Board("Staff Attorney", "Paralegal"), "application/json");
        await using var services = Services();
        var limits = services.GetRequiredService<IOptions<ScraperOptions>>().Value;
        var fetchOptions = new FetchOptions { AllowPrivateNetwork = true, Fingerprint = ListingFingerprint.For(Source(), limits, null) };

        var page = await services.GetRequiredService<IPageFetcher>().FetchAsync(_site.Url(BoardPath), fetchOptions, TestContext.Current.CancellationToken);

        Assert.NotEmpty(page.Body);
        Assert.Equal(ListingFingerprint.Of(Source(), limits, page), page.Fingerprint);
    }

    [Fact]
    public async Task An_html_listing_page_is_always_extracted()
    {
        _site.MapText("/jobs", """
            <html><body><h1>Jobs</h1><ul>
            <li><a href="/jobs/staff-attorney">Staff Attorney</a> Atlanta, GA</li>
            <li><a href="/jobs/paralegal">Paralegal</a> Atlanta, GA</li>
            </ul></body></html>
            """);
        await using var services = Services();

        var outcome = await services.GetRequiredService<SourceScraper>().ScrapeAsync(
            Source() with { Url = _site.Url("/jobs") }, TestContext.Current.CancellationToken);

        Assert.Null(outcome.Read);
    }

    private static ServiceProvider Services() =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["Scraper:MinDelayPerHostMilliseconds"] = "0" })
                .Build())
            .AddLogging()
            .AddScraper()
            .BuildServiceProvider(true);

    private static string Board(params string[] titles)
    {
        var json = new StringBuilder("{\"jobs\":[");
        for (var i = 0; i < titles.Length; i++)
        {
            json.Append(i == 0 ? "" : ",")
                .Append($"{{\"id\":{i},\"absolute_url\":\"https://job-boards.greenhouse.io/unchanged/jobs/{i}\",")
                .Append($"\"title\":\"{titles[i]}\",\"location\":{{\"name\":\"Atlanta, GA\"}},")
                .Append($"\"first_published\":\"2026-11-01T09:00:00-04:00\",\"content\":\"&lt;p&gt;Represent clients {i}.&lt;/p&gt;\"}}");
        }

        return json.Append("]}").ToString();
    }

    private SourceDefinition Source() =>
        new("unchanged-board", "Example Legal Aid", _site.Url(BoardPath), SourceDefinition.DefaultSchedule,
            ExtractionStrategy.Auto, null, null, Country: "US", AllowPrivateNetwork: true);
}
