using System.Globalization;
using System.Text;
using JobAggregator.Scraper.Tests.HttpFetching;
using JobAggregator.Scraper.Tests.Scraping;
using JobAggregator.Sources;

namespace JobAggregator.Scraper.Tests.Budgets;

/// <summary>A run reads at most Scraper:MaxPostingsPerRun postings, from a huge HTML listing, a feed or an API that
/// answers with everything at once, and reports its listing as truncated (which closes nothing), saying why. The
/// hostile pages of the probe, generated at full size and served over real HTTP on loopback.</summary>
public sealed class PostingCapTests : IAsyncLifetime
{
    private const int DefaultCap = 5000;
    private LoopbackSite _site = null!;

    public async ValueTask InitializeAsync() => _site = await LoopbackSite.StartAsync();

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task A_flat_listing_of_30000_job_blocks_gives_the_first_5000_and_says_it_was_cut_short()
    {
        _site.MapText("/careers/", HostilePages.FlatListing());

        var (postings, completed) = await ConsumerRun.ScrapeAsync(Source("/careers/"), ("Scraper:MaxDetailPages", "0"));

        Assert.Equal(DefaultCap, postings.Count);
        Assert.Contains(postings, p => p.Title == "Staff Attorney 0");
        Assert.True(completed.ListingTruncated);
        Assert.Contains("Scraper:MaxPostingsPerRun (5000 postings)", completed.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_job_table_of_50000_rows_gives_the_first_5000_and_says_it_was_cut_short()
    {
        _site.MapText("/careers/", HostilePages.JobTable());

        var (postings, completed) = await ConsumerRun.ScrapeAsync(Source("/careers/"), ("Scraper:MaxDetailPages", "0"));

        Assert.Equal(DefaultCap, postings.Count);
        Assert.Contains(postings, p => p.Title == "Paralegal 0");
        Assert.True(completed.ListingTruncated);
        Assert.Contains("Scraper:MaxPostingsPerRun", completed.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feed_of_100000_unclosed_items_is_read_as_separate_items_up_to_the_cap()
    {
        _site.MapText("/jobs/feed/", HostilePages.UnclosedFeed(), "application/rss+xml");

        var (postings, completed) = await ConsumerRun.ScrapeAsync(Source("/jobs/feed/"));

        Assert.Equal("rss", completed.ExtractedBy);
        Assert.Equal(DefaultCap, postings.Count);
        Assert.Contains(postings, p => p.Title == "Staff Attorney 0");
        Assert.True(completed.ListingTruncated);
        Assert.Contains("Scraper:MaxPostingsPerRun", completed.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(50)]
    [InlineData(21)]
    public async Task A_hiring_tool_api_that_answers_with_more_jobs_than_the_cap_at_once_is_read_up_to_the_cap(int jobs)
    {
        _site.MapText("/v1/boards/example/jobs", GreenhouseAnswer(jobs), "application/json");

        var (postings, completed) = await ConsumerRun.ScrapeAsync(Source("/v1/boards/example/jobs"), ("Scraper:MaxPostingsPerRun", "20"));

        Assert.Equal("greenhouse", completed.ExtractedBy);
        Assert.Equal(20, postings.Count);
        Assert.True(completed.ListingTruncated);
        Assert.Contains("Scraper:MaxPostingsPerRun (20 postings)", completed.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(19)]
    [InlineData(20)]
    public async Task A_listing_under_or_at_the_cap_is_read_whole_and_not_cut_short(int jobs)
    {
        _site.MapText("/v1/boards/example/jobs", GreenhouseAnswer(jobs), "application/json");

        var (postings, completed) = await ConsumerRun.ScrapeAsync(Source("/v1/boards/example/jobs"), ("Scraper:MaxPostingsPerRun", "20"));

        Assert.Equal(jobs, postings.Count);
        Assert.False(completed.ListingTruncated);
        Assert.Null(completed.Explanation);
    }

    /// <summary>A Greenhouse job-board answer, each job with its ad (content), so no detail request is made.</summary>
    private static string GreenhouseAnswer(int jobs)
    {
        var answer = new StringBuilder("{\"jobs\":[");
        for (var i = 0; i < jobs; i++)
        {
            answer.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture,
                $"{{\"id\":{i + 1},\"title\":\"Paralegal {i}\",\"absolute_url\":\"https://boards.greenhouse.io/example/jobs/{i + 1}\",\"updated_at\":\"2024-04-01T10:00:00-04:00\",\"first_published\":\"2024-03-01T10:00:00-04:00\",\"location\":{{\"name\":\"Springfield, IL\"}},\"content\":\"&lt;p&gt;Support attorneys.&lt;/p&gt;\"}}");
        }

        return answer.Append("],\"meta\":{\"total\":").Append(jobs).Append("}}").ToString();
    }

    private SourceDefinition Source(string path) =>
        new("cap-test", "Example Innocence Project", _site.Url(path), SourceDefinition.DefaultSchedule,
            ExtractionStrategy.Auto, null, null, Country: "US", AllowPrivateNetwork: true);
}
