using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace JobAggregator.EndToEnd.Tests;

/// <summary>Postings across runs: no duplicates, a removal from an HTML listing closed after two successful runs without
/// it, and an empty page never trusted to close anything.</summary>
public sealed class LifecycleTests : IAsyncLifetime
{
    private RunningDemo _demo = null!;

    public async ValueTask InitializeAsync()
    {
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        _demo = await RunningDemo.StartAsync();
        await _demo.WaitForRunsAsync(since);
    }

    public async ValueTask DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task Scraping_every_source_again_duplicates_nothing()
    {
        var before = Ids(await _demo.OpenJobsAsync());

        var since = DateTimeOffset.UtcNow;
        foreach (var source in SourceIds)
        {
            await _demo.ScrapeAsync(source);
        }

        await _demo.WaitForRunsAsync(since, SourceIds);
        var after = Ids(await _demo.OpenJobsAsync());

        Assert.True(before.Count >= 9, $"expected the nine open seed openings, got {before.Count}");
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_posting_removed_from_an_html_listing_closes_after_the_second_successful_scrape_without_it()
    {
        var removed = Single(await _demo.OpenJobsAsync(), "innocence-network", "Strategic Litigation Counsel");
        RemoveElements("innocence-network/about/page/2/index.html", "article.post", a => a.TextContent.Contains("Strategic Litigation Counsel", StringComparison.Ordinal));

        await ScrapeAndWaitAsync("innocence-network");
        Assert.Contains(removed, Ids(await _demo.OpenJobsAsync()));

        await ScrapeAndWaitAsync("innocence-network");
        var open = await _demo.OpenJobsAsync();
        Assert.DoesNotContain(removed, Ids(open));
        Assert.Contains(open, j => j.GetProperty("sourceId").GetString() == "innocence-network");
        var closed = await _demo.Api.GetFromJsonAsync<JsonElement>($"/api/jobs/{removed}", TestContext.Current.CancellationToken);
        Assert.Equal("closed", closed.GetProperty("status").GetString());
        Assert.Equal("missing", closed.GetProperty("closedReason").GetString());
    }

    [Fact]
    public async Task A_page_that_suddenly_lists_nothing_closes_nothing()
    {
        var kept = Single(await _demo.OpenJobsAsync(), "georgia-innocence-project", "Operations Coordinator");
        RemoveElements("georgia-innocence-project/careers/index.html", "div.job-listing", _ => true);

        var since = DateTimeOffset.UtcNow;
        await _demo.ScrapeAsync("georgia-innocence-project");
        var sources = await _demo.WaitForRunsAsync(since, "georgia-innocence-project");

        Assert.Contains(kept, Ids(await _demo.OpenJobsAsync()));
        var gip = sources.Single(s => s.GetProperty("id").GetString() == "georgia-innocence-project");
        Assert.Equal("empty", gip.GetProperty("health").GetString());
    }

    [Fact]
    public async Task A_failing_source_is_reported_and_the_others_still_run()
    {
        File.Delete(Path.Combine(_demo.SampleSitesRoot, "georgia-innocence-project/careers/index.html"));
        var georgia = Single(await _demo.OpenJobsAsync(), "georgia-innocence-project", "Operations Coordinator");

        var since = DateTimeOffset.UtcNow;
        foreach (var source in SourceIds)
        {
            await _demo.ScrapeAsync(source);
        }

        var sources = await _demo.WaitForRunsAsync(since, SourceIds);

        var failing = sources.Single(s => s.GetProperty("id").GetString() == "georgia-innocence-project");
        Assert.Equal("failing", failing.GetProperty("health").GetString());
        Assert.Contains("404", failing.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, failing.GetProperty("consecutiveFailures").GetInt32());
        Assert.All(sources.Where(s => s.GetProperty("id").GetString() != "georgia-innocence-project"),
            s => Assert.Equal("healthy", s.GetProperty("health").GetString()));
        Assert.Contains(georgia, Ids(await _demo.OpenJobsAsync()));
    }

    private async Task ScrapeAndWaitAsync(string sourceId)
    {
        var since = DateTimeOffset.UtcNow;
        await _demo.ScrapeAsync(sourceId);
        await _demo.WaitForRunsAsync(since, sourceId);
    }

    private static readonly string[] SourceIds =
        ["innocence-network", "georgia-innocence-project", "innocence-project", "ohio-public-defender", "innocence-project-of-florida"];

    private static HashSet<string> Ids(JsonElement[] jobs) => jobs.Select(j => j.GetProperty("id").GetString()!).ToHashSet();

    private static string Single(JsonElement[] jobs, string sourceId, string title) =>
        jobs.Single(j => j.GetProperty("sourceId").GetString() == sourceId && j.GetProperty("title").GetString() == title)
            .GetProperty("id").GetString()!;

    private void RemoveElements(string relativePath, string selector, Func<AngleSharp.Dom.IElement, bool> which)
    {
        var path = Path.Combine(_demo.SampleSitesRoot, relativePath);
        var document = new HtmlParser().ParseDocument(File.ReadAllText(path));
        var doomed = document.QuerySelectorAll(selector).Where(which).ToList();
        Assert.NotEmpty(doomed);
        doomed.ForEach(e => e.Remove());
        File.WriteAllText(path, document.DocumentElement.OuterHtml);
    }
}
