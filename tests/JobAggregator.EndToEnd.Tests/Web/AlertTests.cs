using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using JobAggregator.Api.Alerts;
using JobAggregator.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace JobAggregator.EndToEnd.Tests.Web;

/// <summary>An email alert in a real browser against the whole product after its first scrape, with its mails going to
/// a real SMTP server in the test process: subscribe on /, confirm from the mail, get a digest.</summary>
public sealed partial class AlertTests(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private readonly TestSmtpServer _smtp = new();
    private RunningDemo _demo = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _smtp.StartAsync();
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        _demo = await RunningDemo.StartAsync(
            "--Alerts:Smtp:Host", "127.0.0.1",
            "--Alerts:Smtp:Port", _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--Alerts:Smtp:Tls", "None",
            // The test runs the digest pass itself; the schedule's first firing is an hour away.
            "--Alerts:CheckIntervalSeconds", "3600");
        await _demo.WaitForRunsAsync(since);
    }

    [Fact]
    public async Task Subscribing_on_the_front_page_then_confirming_from_the_mail_brings_a_digest_of_the_search()
    {
        var page = await OpenAsync("/?q=attorney");

        await page.GetByLabel("Your email address").FillAsync("seeker@example.test");
        await page.GetByLabel("Daily").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Email me new openings" }).ClickAsync();

        Assert.Equal("Check your inbox", await page.Locator("h1").InnerTextAsync());
        var confirmation = Assert.Single(_smtp.Received);
        Assert.Equal("seeker@example.test", confirmation.To.Mailboxes.Single().Address);

        await page.GotoAsync(SitePath(confirmation, "confirm"));
        Assert.Equal("Alert confirmed", await page.Locator("h1").InnerTextAsync());

        await _demo.Services.GetRequiredService<AlertDigests>().RunAsync(Ct);

        Assert.Equal(2, _smtp.Received.Count);
        var digest = _smtp.Received[1];
        var expected = await _demo.Api.GetFromJsonAsync<JsonElement>("/api/jobs?q=attorney&pageSize=100", Ct);
        var titles = expected.GetProperty("items").EnumerateArray().Select(j => j.GetProperty("title").GetString()!).ToList();
        Assert.InRange(titles.Count, 1, 8);
        Assert.Equal(titles.Count == 1 ? "1 new opening for your search" : $"{titles.Count} new openings for your search", digest.Subject);
        Assert.All(titles, title => Assert.Contains(title, digest.TextBody, StringComparison.Ordinal));
        Assert.StartsWith("<", digest.Headers["List-Unsubscribe"], StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", digest.Headers["List-Unsubscribe-Post"]);

        await page.GotoAsync(SitePath(digest, "manage"));
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ScreenshotFolder, "alert-manage-1280.png"), FullPage = true });
        await page.GetByLabel("Weekly").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        Assert.Contains("now comes weekly", await page.GetByRole(AriaRole.Status).InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Unsubscribe" }).ClickAsync();
        Assert.Equal("Unsubscribed", await page.Locator("h1").InnerTextAsync());

        await page.GotoAsync(SitePath(digest, "manage"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Subscribe again" }).ClickAsync();
        Assert.Contains("Active", await page.Locator("dl.facts").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_alert_form_has_no_serious_accessibility_violations_at_375_and_1280_px()
    {
        var problems = new List<string>();
        foreach (var width in new[] { 375, 1280 })
        {
            foreach (var (name, path) in new[] { ("alert-form", "/alerts/new?q=attorney"), ("alert-form-on-feed", "/?q=attorney") })
            {
                var page = await OpenAsync(path, width);
                var axe = await page.RunAxe();
                problems.AddRange(axe.Violations
                    .Where(v => v.Impact is "serious" or "critical")
                    .Select(v => $"{path} at {width} px: {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target))}"));
                if (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"))
                {
                    problems.Add($"{path} at {width} px scrolls sideways");
                }

                await page.Locator("section.alert-form").ScreenshotAsync(new() { Path = Path.Combine(Chromium.ScreenshotFolder, $"{name}-{width}.png") });
            }
        }

        Assert.Empty(problems);
    }

    public async ValueTask DisposeAsync()
    {
        await _demo.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    private async Task<IPage> OpenAsync(string path, int width = 1280)
    {
        var context = await chromium.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = 900 },
            BaseURL = _demo.Api.BaseAddress!.AbsoluteUri,
        });
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(path);
        Assert.True(response?.Ok, $"{path} answered {response?.Status}");
        return page;
    }

    /// <summary>The path and query of the mail's link of <paramref name="kind"/>, to open on the running site (the mail's
    /// links name the configured public address).</summary>
    private static string SitePath(MimeKit.MimeMessage message, string kind)
    {
        var match = Link().Matches(message.TextBody ?? "").FirstOrDefault(m => m.Groups["kind"].Value == kind);
        Assert.NotNull(match);
        return match.Groups["path"].Value;
    }

    [GeneratedRegex(@"https?://[^/\s]+(?<path>/alerts/(?<kind>confirm|manage|unsubscribe)\?token=\S+)")]
    private static partial Regex Link();
}
