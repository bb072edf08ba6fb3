using System.Net;
using System.Text.RegularExpressions;
using JobAggregator.Testing;

namespace JobAggregator.Api.Tests.Alerts;

/// <summary>"Remind me" on an opening's page: confirmed like a search alert, then one mail a few days before it closes.
/// </summary>
public sealed partial class ReminderTests : IAsyncDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly TestSmtpServer _smtp = new();
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Follower_gets_one_reminder_three_days_before_the_opening_closes()
    {
        await _smtp.StartAsync();
        await using var site = await AlertSite.StartAsync(_folder.Path, _clock, _smtp.Port);
        await site.AddPostingAsync("a1", "Staff Attorney", validThrough: new DateOnly(2026, 3, 12));

        var page = await site.Client.GetStringAsync("/jobs/a1", Ct);
        Assert.Contains("Remind me before it closes", page, StringComparison.Ordinal);
        var response = await site.Client.PostAsync(
            "/jobs/a1/remind",
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = Token().Match(page).Groups["token"].Value,
                ["email"] = "reader@example.test",
            }),
            Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var confirmation = Assert.Single(_smtp.Received);
        Assert.Contains("Staff Attorney", confirmation.TextBody, StringComparison.Ordinal);
        await site.Client.GetAsync(AlertMailFlowTests.Link(confirmation, "confirm"), Ct);

        await site.RunAlertsAsync();
        Assert.Single(_smtp.Received);

        _clock.Now = new DateTimeOffset(2026, 3, 9, 6, 0, 0, TimeSpan.Zero);
        await site.RunAlertsAsync();
        _clock.Advance(TimeSpan.FromDays(1));
        await site.RunAlertsAsync();

        Assert.Equal(2, _smtp.Received.Count);
        var reminder = _smtp.Received[1];
        Assert.Equal("Closing 12 March 2026: Staff Attorney", reminder.Subject);
        Assert.Contains("https://jobs.example.test/jobs/a1", reminder.HtmlBody, StringComparison.Ordinal);
        AlertMailFlowTests.AssertOneClickUnsubscribe(reminder);
    }

    [Fact]
    public async Task Opening_without_a_closing_date_offers_no_reminder()
    {
        await _smtp.StartAsync();
        await using var site = await AlertSite.StartAsync(_folder.Path, _clock, _smtp.Port);
        await site.AddPostingAsync("a1", "Staff Attorney");

        var page = await site.Client.GetStringAsync("/jobs/a1", Ct);

        Assert.DoesNotContain("Remind me", page, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        await _smtp.DisposeAsync();
        _folder.Dispose();
    }

    [GeneratedRegex("""name="__RequestVerificationToken" value="(?<token>[^"]+)"|value="(?<token>[^"]+)" name="__RequestVerificationToken""")]
    private static partial Regex Token();
}
