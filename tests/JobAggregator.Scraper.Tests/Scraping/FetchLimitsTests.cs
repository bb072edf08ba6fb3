using JobAggregator.SampleSites;
using JobAggregator.Scraper.Fetching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.Scraper.Tests.Scraping;

/// <summary>The production HTTP client against the sample sites on loopback.</summary>
public sealed class FetchLimitsTests : IAsyncLifetime
{
    private SampleSitesServer _sites = null!;

    public async ValueTask InitializeAsync() => _sites = await SampleSitesServer.StartAsync("http://127.0.0.1:0");

    public async ValueTask DisposeAsync() => await _sites.DisposeAsync();

    [Fact]
    public async Task A_page_larger_than_the_cap_fails_with_the_url_and_the_limit()
    {
        await using var services = Services(("Scraper:MaxResponseBytes", "2048"));
        var url = new Uri(_sites.BaseUrl, "innocence-network/about/");

        var error = await Assert.ThrowsAsync<FetchException>(() =>
            services.GetRequiredService<IPageFetcher>().FetchAsync(url, SampleSite, TestContext.Current.CancellationToken));

        Assert.Equal(FetchFailure.TooLarge, error.Failure);
        Assert.Contains(url.AbsoluteUri, error.Message, StringComparison.Ordinal);
        Assert.Contains("limit of 2048 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sends_the_product_user_agent_and_reads_the_page()
    {
        await using var services = Services();

        var page = await services.GetRequiredService<IPageFetcher>()
            .FetchAsync(new Uri(_sites.BaseUrl, "ohio-public-defender/jobs/"), SampleSite, TestContext.Current.CancellationToken);

        Assert.Contains("job-results", System.Text.Encoding.UTF8.GetString(page.Body), StringComparison.Ordinal);
        Assert.StartsWith("text/html", page.ContentType, StringComparison.Ordinal);
        Assert.StartsWith("JobAggregator/", new ScraperOptions().UserAgent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_schemes_other_than_http_and_https()
    {
        await using var services = Services();

        var error = await Assert.ThrowsAsync<FetchException>(() =>
            services.GetRequiredService<IPageFetcher>().FetchAsync(new Uri("file:///etc/passwd"), TestContext.Current.CancellationToken));

        Assert.Equal(FetchFailure.UnsupportedScheme, error.Failure);
        Assert.Contains("only http and https", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_the_sample_sites_on_loopback_to_a_source_not_allowed_private_networks()
    {
        await using var services = Services();
        var url = new Uri(_sites.BaseUrl, "ohio-public-defender/jobs/");

        var error = await Assert.ThrowsAsync<FetchException>(() =>
            services.GetRequiredService<IPageFetcher>().FetchAsync(url, TestContext.Current.CancellationToken));

        Assert.Equal(FetchFailure.PrivateAddress, error.Failure);
        Assert.Contains("127.0.0.1 (loopback)", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The sample sites live on loopback, so their sources are allowed private networks.</summary>
    private static FetchOptions SampleSite { get; } = new() { AllowPrivateNetwork = true };

    private static ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Scraper:MinDelayPerHostMilliseconds"] = "0" })
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddScraper()
            .BuildServiceProvider();
    }
}
