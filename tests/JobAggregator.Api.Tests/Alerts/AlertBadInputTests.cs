using System.Net;
using JobAggregator.Testing;

namespace JobAggregator.Api.Tests.Alerts;

/// <summary>What the alert form and links do with bad input: a clear page naming the problem, and no mail.</summary>
public sealed class AlertBadInputTests : IAsyncDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly TestSmtpServer _smtp = new();
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("not-an-address", "is not an email address")]
    [InlineData("reader@localhost", "is not an email address")]
    [InlineData("Reader <reader@example.test>", "is not an email address")]
    [InlineData("a@example.test, b@example.test", "is not an email address")]
    [InlineData("", "Enter your email address")]
    public async Task Invalid_address_is_refused_next_to_the_field_and_gets_no_mail(string email, string message)
    {
        await _smtp.StartAsync();
        await using var site = await AlertSite.StartAsync(_folder.Path, _clock, _smtp.Port);

        var response = await site.SubscribeAsync(email);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("id=\"email-error\"", page, StringComparison.Ordinal);
        Assert.Contains(message, page, StringComparison.Ordinal);
        Assert.Empty(_smtp.Received);
    }

    [Fact]
    public async Task Invalid_search_is_refused_naming_the_parameter_as_api_jobs_does()
    {
        await _smtp.StartAsync();
        await using var site = await AlertSite.StartAsync(_folder.Path, _clock, _smtp.Port);

        var response = await site.SubscribeAsync("reader@example.test", "?country=USA&frequency=x");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("country must be an ISO 3166-1 alpha-2 country code", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Empty(_smtp.Received);
    }

    [Fact]
    public async Task Form_posted_without_the_antiforgery_token_is_refused()
    {
        await _smtp.StartAsync();
        await using var site = await AlertSite.StartAsync(_folder.Path, _clock, _smtp.Port);

        var response = await site.Client.PostAsync(
            "/alerts",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "reader@example.test", ["frequency"] = "daily" }),
            Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_smtp.Received);
        Assert.Empty(await site.Alerts.DueMailsAsync(_clock.Now.AddDays(1), 10, Ct));
    }

    [Fact]
    public async Task Repeated_submissions_from_one_address_are_limited()
    {
        await _smtp.StartAsync();
        await using var site = await AlertSite.StartAsync(_folder.Path, _clock, _smtp.Port, formPermitLimit: 2);

        var first = await site.SubscribeAsync("a@example.test");
        var second = await site.SubscribeAsync("b@example.test");
        var third = await site.SubscribeAsync("c@example.test");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Contains("Too many alert subscriptions", await third.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(2, _smtp.Received.Count);
    }

    [Fact]
    public async Task Tampered_link_shows_a_page_saying_it_does_not_work_and_confirms_nothing()
    {
        await _smtp.StartAsync();
        await using var site = await AlertSite.StartAsync(_folder.Path, _clock, _smtp.Port);
        await site.SubscribeAsync("reader@example.test");
        var link = AlertMailFlowTests.Link(_smtp.Received[0], "confirm");
        var tampered = link[..^3] + (link[^3] == 'A' ? "B" : "A") + link[^2..];

        var confirm = await site.Client.GetAsync(tampered, Ct);
        var manage = await site.Client.GetAsync("/alerts/manage?token=nonsense", Ct);
        var unsubscribe = await site.Client.PostAsync("/alerts/unsubscribe", null, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, confirm.StatusCode);
        Assert.Contains("This link does not work", await confirm.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, manage.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unsubscribe.StatusCode);
        Assert.Empty(await site.Alerts.ListConfirmedAsync(Ct));
    }

    [Fact]
    public async Task Expired_confirmation_link_says_so_and_the_alert_stays_unconfirmed()
    {
        await _smtp.StartAsync();
        await using var site = await AlertSite.StartAsync(_folder.Path, _clock, _smtp.Port);
        await site.AddPostingAsync("a1", "Staff Attorney");
        await site.SubscribeAsync("reader@example.test");

        _clock.Advance(TimeSpan.FromHours(49));
        var confirm = await site.Client.GetAsync(AlertMailFlowTests.Link(_smtp.Received[0], "confirm"), Ct);
        await site.RunAlertsAsync();

        Assert.Equal(HttpStatusCode.Gone, confirm.StatusCode);
        Assert.Contains("This link has expired", await confirm.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Empty(await site.Alerts.ListConfirmedAsync(Ct));
        Assert.Single(_smtp.Received);
    }

    public async ValueTask DisposeAsync()
    {
        await _smtp.DisposeAsync();
        _folder.Dispose();
    }
}
