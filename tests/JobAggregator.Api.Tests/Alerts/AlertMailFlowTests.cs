using System.Net;
using System.Text.RegularExpressions;
using JobAggregator.Store.Alerts;
using JobAggregator.Testing;
using MimeKit;

namespace JobAggregator.Api.Tests.Alerts;

/// <summary>An alert from the form to its mails, through a real SMTP server in the test process and a real SQLite
/// file, with time moved by hand.</summary>
public sealed partial class AlertMailFlowTests : IAsyncDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly TestSmtpServer _smtp = new();
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Subscriber_confirms_gets_one_digest_of_new_matching_openings_per_period_and_unsubscribes_in_one_click()
    {
        await _smtp.StartAsync();
        await using var site = await AlertSite.StartAsync(_folder.Path, _clock, _smtp.Port);
        await site.AddPostingAsync("a1", "Staff Attorney <script>alert('x')</script>", description: "<a href=\"javascript:alert(1)\" onclick=\"x()\">apply</a>");
        await site.AddPostingAsync("c1", "Bookkeeper");

        var subscribed = await site.SubscribeAsync("reader@example.test", "?q=attorney");

        Assert.Equal(HttpStatusCode.OK, subscribed.StatusCode);
        Assert.Contains("Check your inbox", await subscribed.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var confirmation = Assert.Single(_smtp.Received);
        Assert.Equal("reader@example.test", confirmation.To.Mailboxes.Single().Address);
        Assert.Equal("Confirm your JobAggregator alert", confirmation.Subject);
        AssertOneClickUnsubscribe(confirmation);

        await site.RunAlertsAsync();
        Assert.Single(_smtp.Received);

        _clock.Advance(TimeSpan.FromMinutes(5));
        var confirmed = await site.Client.GetAsync(Link(confirmation, "confirm"), Ct);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("Alert confirmed", await confirmed.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        await site.RunAlertsAsync();
        var digest = _smtp.Received[^1];
        Assert.Equal(2, _smtp.Received.Count);
        Assert.Equal("1 new opening for your search", digest.Subject);
        Assert.Contains("Staff Attorney &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", digest.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("https://jobs.example.test/jobs/a1", digest.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Bookkeeper", digest.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", digest.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", digest.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", digest.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("/alerts/manage?token=", digest.TextBody, StringComparison.Ordinal);
        AssertOneClickUnsubscribe(digest);

        _clock.Advance(TimeSpan.FromHours(12));
        await site.AddPostingAsync("a2", "Senior Attorney");
        await site.RunAlertsAsync();
        Assert.Equal(2, _smtp.Received.Count);

        _clock.Advance(TimeSpan.FromHours(12));
        await site.RunAlertsAsync();
        var second = _smtp.Received[^1];
        Assert.Equal(3, _smtp.Received.Count);
        Assert.Contains("Senior Attorney", second.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Staff Attorney", second.TextBody, StringComparison.Ordinal);

        using var oneClick = new HttpClient { BaseAddress = site.Client.BaseAddress };
        var unsubscribed = await oneClick.PostAsync(
            Link(second, "unsubscribe"),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }),
            Ct);
        Assert.Equal(HttpStatusCode.OK, unsubscribed.StatusCode);

        _clock.Advance(TimeSpan.FromDays(2));
        await site.AddPostingAsync("a3", "Appellate Attorney");
        await site.RunAlertsAsync();
        Assert.Equal(3, _smtp.Received.Count);
    }

    [Fact]
    public async Task Digest_recorded_before_a_restart_is_not_sent_again_after_it_and_old_links_still_work()
    {
        await _smtp.StartAsync();
        string manage;
        await using (var site = await AlertSite.StartAsync(_folder.Path, _clock, _smtp.Port))
        {
            await site.AddPostingAsync("a1", "Staff Attorney");
            await site.SubscribeAsync("reader@example.test", "?q=attorney", "weekly");
            await site.Client.GetAsync(Link(_smtp.Received[0], "confirm"), Ct);
            await site.RunAlertsAsync();
            Assert.Equal(2, _smtp.Received.Count);
            manage = Link(_smtp.Received[1], "manage");
        }

        _clock.Advance(TimeSpan.FromDays(3));
        await using (var restarted = await AlertSite.StartAsync(_folder.Path, _clock, _smtp.Port))
        {
            await restarted.AddPostingAsync("a2", "Senior Attorney");
            await restarted.RunAlertsAsync();
            Assert.Equal(2, _smtp.Received.Count);

            var page = await restarted.Client.GetAsync(manage, Ct);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("Active", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

            _clock.Advance(TimeSpan.FromDays(4));
            await restarted.RunAlertsAsync();
            Assert.Equal(3, _smtp.Received.Count);
            Assert.Contains("Senior Attorney", _smtp.Received[2].TextBody, StringComparison.Ordinal);
        }
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task The_keys_that_sign_links_are_in_a_folder_only_the_service_user_can_read_even_one_made_open_before()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes only");
        var keys = Directory.CreateDirectory(Path.Combine(_folder.Path, "keys"));
        keys.UnixFileMode |= UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        await _smtp.StartAsync();
        await using var site = await AlertSite.StartAsync(_folder.Path, _clock, _smtp.Port);

        await site.SubscribeAsync("reader@example.test", "?q=attorney");

        Assert.NotEmpty(Directory.GetFiles(keys.FullName, "key-*.xml"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(keys.FullName));
    }

    [Fact]
    public async Task Mail_server_down_delays_the_mail_and_it_arrives_once_when_the_server_is_back()
    {
        await using var site = await AlertSite.StartAsync(_folder.Path, _clock, _smtp.Port);

        var subscribed = await site.SubscribeAsync("reader@example.test", "?q=attorney");

        Assert.Equal(HttpStatusCode.OK, subscribed.StatusCode);
        var waiting = Assert.Single(await site.Alerts.DueMailsAsync(_clock.Now.AddDays(1), 10, Ct));
        // Held without counting an attempt: a server that is away never makes a mail give up.
        Assert.Equal(0, waiting.Attempts);
        Assert.NotNull(waiting.LastError);
        Assert.Null(waiting.FailedAt);

        await _smtp.StartAsync();
        await site.RunAlertsAsync();
        Assert.Empty(_smtp.Received);

        _clock.Advance(TimeSpan.FromMinutes(1));
        await site.RunAlertsAsync();
        await site.RunAlertsAsync();

        var mail = Assert.Single(_smtp.Received);
        Assert.Equal("Confirm your JobAggregator alert", mail.Subject);
        Assert.Empty(await site.Alerts.DueMailsAsync(_clock.Now.AddDays(1), 10, Ct));
    }

    [Fact]
    public async Task Without_a_mail_server_mails_are_written_to_the_data_folder_and_the_page_says_so()
    {
        await using var site = await AlertSite.StartAsync(_folder.Path, _clock, smtpPort: null);

        var subscribed = await site.SubscribeAsync("reader@example.test");

        var page = await subscribed.Content.ReadAsStringAsync(Ct);
        Assert.Contains("No mail server is configured", page, StringComparison.Ordinal);
        var file = Assert.Single(Directory.GetFiles(Path.Combine(_folder.Path, "mail"), "*.eml"));
        Assert.Contains(Path.Combine(_folder.Path, "mail"), page, StringComparison.Ordinal);
        var message = await MimeMessage.LoadAsync(file, Ct);
        Assert.Equal("Confirm your JobAggregator alert", message.Subject);
    }

    public async ValueTask DisposeAsync()
    {
        await _smtp.DisposeAsync();
        _folder.Dispose();
    }

    internal static void AssertOneClickUnsubscribe(MimeMessage message)
    {
        Assert.Matches("^<https://jobs\\.example\\.test/alerts/unsubscribe\\?token=[^>]+>$", message.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
    }

    /// <summary>The site-relative address of the mail's <paramref name="kind"/> link (confirm, manage, unsubscribe).</summary>
    internal static string Link(MimeMessage message, string kind)
    {
        var match = SiteLink().Matches(message.TextBody ?? "").FirstOrDefault(m => m.Groups["kind"].Value == kind);
        Assert.NotNull(match);
        return match.Groups["path"].Value;
    }

    [GeneratedRegex(@"https://jobs\.example\.test(?<path>/alerts/(?<kind>confirm|manage|unsubscribe)\?token=\S+)")]
    private static partial Regex SiteLink();
}
