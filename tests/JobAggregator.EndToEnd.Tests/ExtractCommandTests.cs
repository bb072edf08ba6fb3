using System.Text.Json;
using JobAggregator.Host.Preview;
using JobAggregator.SampleSites;

namespace JobAggregator.EndToEnd.Tests;

/// <summary>The preview command against the sample sites served on a free loopback port: the demo's source rules
/// match each page by its path.</summary>
public sealed class ExtractCommandTests : IAsyncLifetime
{
    private SampleSitesServer _sites = null!;

    public async ValueTask InitializeAsync() => _sites = await SampleSitesServer.StartAsync("http://127.0.0.1:0");

    public async ValueTask DisposeAsync() => await _sites.DisposeAsync();

    [Theory]
    [InlineData("innocence-network/about/", 8, "heuristic", "Strategic Litigation Counsel")]
    [InlineData("georgia-innocence-project/careers/", 1, "heuristic", "Operations Coordinator")]
    [InlineData("innocence-project/careers/", 2, "json-ld", "Chief Communications Officer")]
    [InlineData("ohio-public-defender/jobs/", 1, "css", "Assistant Public Defender 2 – Wrongful Conviction Project")]
    [InlineData("innocence-project-of-florida/about/", 1, "heuristic", "Finance and Human Resources Manager")]
    [InlineData("innocence-project-of-florida/", 1, "heuristic", "Finance and Human Resources Manager")]
    public async Task Prints_the_postings_of_each_sample_page_as_api_items(string path, int count, string strategy, string title)
    {
        var (exit, stdout, stderr) = await RunAsync(new Uri(_sites.BaseUrl, path).AbsoluteUri, "--json");

        Assert.Equal(0, exit);
        var items = JsonSerializer.Deserialize<JsonElement[]>(stdout)!;
        Assert.Equal(count, items.Length);
        Assert.Contains(items, i => i.GetProperty("title").GetString() == title);
        Assert.All(items, i => Assert.Equal(strategy, i.GetProperty("extractedBy").GetString()));
        Assert.Contains($"by {strategy}", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shows_the_careers_page_it_found_from_the_home_page_of_a_source_that_gives_only_its_website()
    {
        var home = new Uri(_sites.BaseUrl, "innocence-project-of-florida/");

        var (exit, stdout, _) = await RunAsync(home.AbsoluteUri);

        Assert.Equal(0, exit);
        Assert.Contains($"careers page found from {home} in 1 request:", stdout, StringComparison.Ordinal);
        Assert.Contains($"\n  {new Uri(_sites.BaseUrl, "innocence-project-of-florida/about/")} (score ", stdout, StringComparison.Ordinal);
        Assert.Contains("rules of source 'innocence-project-of-florida'", stdout, StringComparison.Ordinal);
        Assert.Contains("1. Finance and Human Resources Manager", stdout, StringComparison.Ordinal);
        Assert.Matches(@"; 1 posting from (1 page|[02-9] pages) by ", stdout);
    }

    [Fact]
    public async Task Reads_a_saved_file_as_if_fetched_from_its_base_url()
    {
        var file = Path.Combine(SampleSitesServer.DefaultRootDirectory, "ohio-public-defender", "jobs", "index.html");

        var (exit, stdout, _) = await RunAsync(file, "--json", "--base-url", new Uri(_sites.BaseUrl, "ohio-public-defender/jobs/").AbsoluteUri);

        Assert.Equal(0, exit);
        var item = Assert.Single(JsonSerializer.Deserialize<JsonElement[]>(stdout)!);
        Assert.Equal(17.89m, item.GetProperty("salary").GetProperty("min").GetDecimal());
        Assert.Equal("2020-03-10", item.GetProperty("validThrough").GetString());
    }

    [Theory]
    [InlineData("lever", "great-north-postings.json", "https://api.lever.co/v0/postings/gnip?mode=json", "Great North Innocence Project")]
    [InlineData("ashby", "exoneration-project-board.json",
        "https://api.ashbyhq.com/posting-api/job-board/exonerationproject?includeCompensation=true", "Exoneration Project")]
    public async Task Names_the_organisation_of_a_hiring_tool_board_after_the_board_not_the_tool_s_host(
        string kind, string file, string apiUrl, string organization)
    {
        var saved = Path.Combine(SolutionDirectory(), "tests", "JobAggregator.Scraper.Tests", "Corpus", kind, file);

        var (exit, stdout, stderr) = await RunAsync(saved, "--json", "--base-url", apiUrl);

        Assert.Equal(0, exit);
        Assert.Contains($"by {kind}", stderr, StringComparison.Ordinal);
        var items = JsonSerializer.Deserialize<JsonElement[]>(stdout)!;
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal(organization, i.GetProperty("organization").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task A_saved_feed_whose_next_page_cannot_be_fetched_keeps_its_postings_and_warns()
    {
        var saved = Path.Combine(Path.GetTempPath(), $"extract-feed-{Guid.NewGuid():N}.xml");
        await File.WriteAllTextAsync(saved, """
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Jobs – Example Innocence Project</title>
            <atom:link rel="next" href="http://127.0.0.1:1/jobs/feed/?paged=2"/>
            <item><title>Staff Attorney</title><link>http://127.0.0.1:1/jobs/staff-attorney/</link><description>Represent clients.</description></item>
            <item><title>Paralegal</title><link>http://127.0.0.1:1/jobs/paralegal/</link><description>Support attorneys.</description></item>
            </channel></rss>
            """, TestContext.Current.CancellationToken);
        try
        {
            var (exit, stdout, stderr) = await RunAsync(saved, "--json", "--base-url", "http://127.0.0.1:1/jobs/feed/");

            Assert.Equal(0, exit);
            var items = JsonSerializer.Deserialize<JsonElement[]>(stdout)!;
            Assert.Equal(["Staff Attorney", "Paralegal"], items.Select(i => i.GetProperty("title").GetString()));
            Assert.Contains("extract: warning: listing cut short, so no posting is counted as missing: listing page ", stderr, StringComparison.Ordinal);
            Assert.Contains("paged=2 could not be read", stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("extract: error", stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(saved);
        }
    }

    [Fact]
    public async Task Names_a_page_no_source_matches_after_its_site_name_not_its_host()
    {
        var saved = Path.Combine(Path.GetTempPath(), $"extract-page-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(saved, """
            <html><head><title>Paralegal – Acme Consulting</title><meta property="og:site_name" content="Acme Consulting">
            <script type="application/ld+json">{"@context": "https://schema.org", "@type": "JobPosting", "title": "Paralegal",
              "description": "<p>Support our post-conviction team.</p>", "datePosted": "2024-10-01"}</script></head>
            <body><h1>Paralegal</h1><p>Support our post-conviction team.</p></body></html>
            """, TestContext.Current.CancellationToken);
        try
        {
            var (exit, stdout, _) = await RunAsync(saved, "--json", "--base-url", "https://acmeconsulting.example.com/jobs/paralegal/");

            Assert.Equal(0, exit);
            var item = Assert.Single(JsonSerializer.Deserialize<JsonElement[]>(stdout)!);
            Assert.Equal("Acme Consulting", item.GetProperty("organization").GetProperty("name").GetString());
        }
        finally
        {
            File.Delete(saved);
        }
    }

    [Fact]
    public async Task A_missing_file_is_a_clear_error_and_a_non_zero_exit()
    {
        var (exit, stdout, stderr) = await RunAsync("/no/such/page.html");

        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.Contains("no such file: /no/such/page.html", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_url_is_a_clear_error_and_a_non_zero_exit()
    {
        var (exit, stdout, stderr) = await RunAsync("http://127.0.0.1:1/jobs/", "--allow-private-network");

        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.Contains("http://127.0.0.1:1/jobs/: unreachable", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:1/jobs/", "loopback")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "link-local")]
    [InlineData("http://192.168.1.1/jobs/", "private network")]
    [InlineData("http://[::1]:1/jobs/", "loopback")]
    public async Task A_page_no_source_matches_may_not_lead_into_private_networks_unless_asked(string url, string scope)
    {
        var (exit, stdout, stderr) = await RunAsync(url);

        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.Contains(scope, stderr, StringComparison.Ordinal);
        Assert.Contains("pass --allow-private-network", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Help_prints_every_option_and_exits_0(string flag)
    {
        var (exit, stdout, _) = await RunAsync(flag);

        Assert.Equal(0, exit);
        Assert.StartsWith("usage: extract", stdout, StringComparison.Ordinal);
        Assert.Contains("--allow-private-network", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_arguments_print_the_usage_and_exit_2()
    {
        var (exit, _, stderr) = await RunAsync("--frobnicate");

        Assert.Equal(2, exit);
        Assert.Contains("unknown option '--frobnicate'", stderr, StringComparison.Ordinal);
        Assert.Contains("usage: extract", stderr, StringComparison.Ordinal);
    }

    /// <summary>The hiring tools' saved API responses are the scraper tests' corpus, read from the source tree.</summary>
    private static string SolutionDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "JobAggregator.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no JobAggregator.sln above {AppContext.BaseDirectory}");
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await ExtractCommand.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
