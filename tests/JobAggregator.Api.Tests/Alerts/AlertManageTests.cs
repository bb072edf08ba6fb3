using System.Net;
using JobAggregator.Store.Alerts;
using JobAggregator.Testing;
using static JobAggregator.Api.Tests.Alerts.AlertMailFlowTests;

namespace JobAggregator.Api.Tests.Alerts;

/// <summary>The manage page every mail links to: the search in words, how often, stopping and starting again, through
/// a real SMTP server in the test process and a real SQLite file.</summary>
public sealed class AlertManageTests : IAsyncDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly TestSmtpServer _smtp = new();
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_page_says_the_search_in_words_and_links_to_it_and_a_switch_to_weekly_spaces_the_digests_a_week_apart()
    {
        await _smtp.StartAsync();
        await using var site = await AlertSite.StartAsync(_folder.Path, _clock, _smtp.Port);
        await site.AddPostingAsync("a1", "Staff Attorney");
        var manage = await ConfirmedWithFirstDigestAsync(site, "?q=attorney&employmentType=FULL_TIME&country=us");

        var page = await site.Client.GetStringAsync(manage, Ct);
        Assert.Contains(
            "<a href=\"/?q=attorney&country=us&employmentType=FULL_TIME\">“attorney” · in US · Full-time</a>",
            WebUtility.HtmlDecode(page),
            StringComparison.Ordinal);
        Assert.Contains("value=\"daily\" checked", page, StringComparison.Ordinal);

        var changed = await PostAsync(site, manage, new() { ["frequency"] = "weekly" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains("the email now comes weekly", await changed.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var alert = Assert.Single(await site.Alerts.ListConfirmedAsync(Ct));
        Assert.Equal(AlertFrequency.Weekly, alert.Frequency);

        _clock.Advance(TimeSpan.FromDays(2));
        await site.AddPostingAsync("a2", "Senior Attorney");
        await site.RunAlertsAsync();
        Assert.Equal(2, _smtp.Received.Count);

        _clock.Advance(TimeSpan.FromDays(5));
        await site.RunAlertsAsync();
        Assert.Equal(3, _smtp.Received.Count);
        Assert.Contains("Senior Attorney", _smtp.Received[^1].TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_unsubscribing_the_manage_link_subscribes_again_and_the_next_digest_holds_only_openings_seen_since()
    {
        await _smtp.StartAsync();
        await using var site = await AlertSite.StartAsync(_folder.Path, _clock, _smtp.Port);
        await site.AddPostingAsync("a1", "Staff Attorney");
        var manage = await ConfirmedWithFirstDigestAsync(site, "?q=attorney");
        await PostAsync(site, manage.Replace("/alerts/manage", "/alerts/unsubscribe", StringComparison.Ordinal), []);
        var stopped = await site.Client.GetStringAsync(manage, Ct);
        Assert.Contains("Subscribe again", stopped, StringComparison.Ordinal);
        Assert.DoesNotContain(">Unsubscribe<", stopped, StringComparison.Ordinal);

        _clock.Advance(TimeSpan.FromDays(1));
        await site.AddPostingAsync("a2", "Attorney seen while stopped");
        await site.RunAlertsAsync();
        Assert.Equal(2, _smtp.Received.Count);

        _clock.Advance(TimeSpan.FromHours(1));
        var again = await PostAsync(site, manage.Replace("/alerts/manage", "/alerts/resubscribe", StringComparison.Ordinal), []);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Active", await again.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(AlertStatus.Confirmed, Assert.Single(await site.Alerts.ListConfirmedAsync(Ct)).Status);

        _clock.Advance(TimeSpan.FromHours(1));
        await site.AddPostingAsync("a3", "Appellate Attorney");
        _clock.Advance(TimeSpan.FromDays(1));
        await site.RunAlertsAsync();
        Assert.Equal(3, _smtp.Received.Count);
        Assert.Contains("Appellate Attorney", _smtp.Received[^1].TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("seen while stopped", _smtp.Received[^1].TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_frequency_other_than_daily_or_weekly_is_named_with_400_and_a_changed_token_changes_nothing()
    {
        await _smtp.StartAsync();
        await using var site = await AlertSite.StartAsync(_folder.Path, _clock, _smtp.Port);
        await site.AddPostingAsync("a1", "Staff Attorney");
        var manage = await ConfirmedWithFirstDigestAsync(site, "?q=attorney");

        var wrong = await PostAsync(site, manage, new() { ["frequency"] = "hourly" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("frequency must be daily or weekly, not &#x27;hourly&#x27;", await wrong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var forged = await PostAsync(site, manage[..^3] + "AAA", new() { ["frequency"] = "weekly" });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var resubscribed = await PostAsync(site, "/alerts/resubscribe?token=forged", []);
        Assert.Equal(HttpStatusCode.BadRequest, resubscribed.StatusCode);
        Assert.Equal(AlertFrequency.Daily, Assert.Single(await site.Alerts.ListConfirmedAsync(Ct)).Frequency);
    }

    public async ValueTask DisposeAsync()
    {
        await _smtp.DisposeAsync();
        _folder.Dispose();
    }

    /// <summary>Subscribes daily to <paramref name="search"/>, confirms from the mail and runs the first digest.</summary>
    /// <returns>The site-relative manage link of the digest.</returns>
    private async Task<string> ConfirmedWithFirstDigestAsync(AlertSite site, string search)
    {
        await site.SubscribeAsync("reader@example.test", search, "daily");
        await site.Client.GetAsync(Link(_smtp.Received[0], "confirm"), Ct);
        await site.RunAlertsAsync();
        Assert.Equal(2, _smtp.Received.Count);
        return Link(_smtp.Received[1], "manage");
    }

    private static Task<HttpResponseMessage> PostAsync(AlertSite site, string path, Dictionary<string, string> fields) =>
        site.Client.PostAsync(path, new FormUrlEncodedContent(fields), Ct);
}
