using JobAggregator.Contracts;
using JobAggregator.Scraper.Messaging;
using JobAggregator.Scraper.Tests.HttpFetching;
using JobAggregator.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.Scraper.Tests.Scraping;

/// <summary>What escapes the scraper's consumer (here: publishing its postings fails, as when the broker does not
/// confirm) is retried, and the run then completes. The page is served over real HTTP on loopback.</summary>
public sealed class ScrapeRetryTests : IAsyncLifetime
{
    private LoopbackSite _site = null!;

    public async ValueTask InitializeAsync()
    {
        _site = await LoopbackSite.StartAsync();
        _site.MapText("/careers/", """
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@type":"JobPosting","title":"Staff Attorney","datePosted":"2026-11-02",
             "hiringOrganization":{"@type":"Organization","name":"Example Innocence Project"},
             "jobLocation":{"@type":"Place","address":{"addressLocality":"Atlanta","addressRegion":"GA","addressCountry":"US"}}}
            </script></head><body><h1>Staff Attorney</h1></body></html>
            """);
    }

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task A_run_whose_publishing_fails_once_is_retried_and_completes()
    {
        var publishing = new FailingOnce();

        var (postings, ended) = await ConsumerRun.EndAsync(Source(), s => s.AddSingleton<IPostingBackPressure>(publishing));

        var completed = Assert.IsType<ScrapeCompleted>(ended);
        Assert.Equal(2, publishing.Calls);
        Assert.Equal(["Staff Attorney"], postings.Select(p => p.Title).Distinct());
        Assert.Single(completed.PostingKeys);
    }

    private SourceDefinition Source() =>
        new("retry-test", "Example Innocence Project", _site.Url("/careers/"), SourceDefinition.DefaultSchedule,
            ExtractionStrategy.Auto, null, null, Country: "US", AllowPrivateNetwork: true);

    /// <summary>Throws on the first step of publishing, as a publish the broker refused would.</summary>
    private sealed class FailingOnce : IPostingBackPressure
    {
        private int _calls;

        public int Calls => _calls;

        public ValueTask WaitForRoomAsync(int postings, CancellationToken ct) =>
            Interlocked.Increment(ref _calls) == 1
                ? throw new InvalidOperationException("the broker did not confirm the publish")
                : ValueTask.CompletedTask;
    }
}
