using System.Net;
using JobAggregator.EndToEnd.Tests.Web;
using Microsoft.Playwright;

namespace JobAggregator.EndToEnd.Tests.Console;

/// <summary>The operator console in a real browser (Debian's chromium) against the whole product: sign in, see a failing
/// source, scrape it now once its page is back, and see the run's result without reloading by hand. Screenshots go to
/// TestResults/web-pages.</summary>
public sealed class ConsoleBrowserTests(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private const string Georgia = "georgia-innocence-project";
    private RunningDemo _demo = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        _demo = await ConsoleDemo.StartAsync();
        await _demo.WaitForRunsAsync(since);
    }

    public async ValueTask DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task An_operator_signs_in_sees_the_failing_source_and_scrapes_it_now_once_its_page_is_back()
    {
        var careers = Path.Combine(_demo.SampleSitesRoot, Georgia, "careers", "index.html");
        var page = await File.ReadAllTextAsync(careers, Ct);
        File.Delete(careers);
        var failed = await _demo.AdminJsonAsync(HttpMethod.Post, $"/api/admin/sources/{Georgia}/scrape", HttpStatusCode.Accepted);
        Assert.Equal("failed", (await _demo.WaitForRunAsync(failed.GetProperty("runId").GetGuid())).GetProperty("state").GetString());

        var context = await chromium.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, BaseURL = _demo.Api.BaseAddress!.AbsoluteUri });
        var browser = await context.NewPageAsync();
        await browser.GotoAsync("/admin");
        Assert.Equal("Operator sign-in", await browser.Locator("h1").InnerTextAsync());
        await browser.GetByLabel("Name").FillAsync(ConsoleDemo.Operator);
        await browser.GetByLabel("Password").FillAsync(ConsoleDemo.Password);
        await Shoot(browser, "console-sign-in");
        await browser.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        Assert.Equal("Sources", await browser.Locator("h1").InnerTextAsync());
        var row = browser.GetByRole(AriaRole.Table, new() { Name = "Sources" }).GetByRole(AriaRole.Row).Filter(new() { HasText = Georgia });
        Assert.Contains("failing", await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("404", await row.InnerTextAsync(), StringComparison.Ordinal);
        await Shoot(browser, "console-sources-failing");

        await File.WriteAllTextAsync(careers, page, Ct);
        await row.GetByRole(AriaRole.Link, new() { Name = Georgia }).ClickAsync();
        Assert.Contains("failed", await browser.GetByRole(AriaRole.Table, new() { Name = "Runs" }).InnerTextAsync(), StringComparison.Ordinal);
        await browser.GetByRole(AriaRole.Button, new() { Name = "Scrape now" }).ClickAsync();

        // The run page reloads itself until the run has ended.
        var finished = browser.GetByRole(AriaRole.Status).Filter(new() { HasText = "Finished" });
        await finished.WaitForAsync();
        var outcome = await finished.InnerTextAsync();
        Assert.Matches(@"\b\d+ postings? from \d+ pages?\b", outcome);
        Assert.DoesNotMatch(@"\b1 (postings|pages)\b", outcome);
        await Shoot(browser, "console-run-finished");

        await browser.GetByRole(AriaRole.Link, new() { Name = Georgia }).ClickAsync();
        Assert.Contains("healthy", await browser.Locator("dl.facts").InnerTextAsync(), StringComparison.Ordinal);
        await Shoot(browser, "console-source-history");
        await browser.GotoAsync("/admin");
        Assert.Contains($"ada\nscrape\n{Georgia}", (await browser.GetByRole(AriaRole.Table, new() { Name = "Operator actions" }).InnerTextAsync()).Replace('\t', '\n'), StringComparison.Ordinal);
    }

    private static async Task Shoot(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ScreenshotFolder, $"{name}.png"), FullPage = true });
}
