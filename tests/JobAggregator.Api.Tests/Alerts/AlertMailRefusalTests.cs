using System.Net;
using JobAggregator.Api.Alerts;
using JobAggregator.Store.Alerts;
using JobAggregator.Testing;
using Microsoft.Data.Sqlite;

namespace JobAggregator.Api.Tests.Alerts;

/// <summary>Mails the real SMTP server in the test process refuses, for good or for now, and a server that stays down:
/// refused mails are tried a bounded number of times and marked failed in the store; an outage loses nothing.</summary>
public sealed class AlertMailRefusalTests : IAsyncDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly TestSmtpServer _smtp = new();
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_address_the_server_rejects_is_tried_once_and_marked_failed_while_the_other_mails_still_go()
    {
        _smtp.Knows = address => address != "gone@example.test";
        await _smtp.StartAsync();
        await using var site = await AlertSite.StartAsync(_folder.Path, _clock, _smtp.Port);

        var subscribed = await site.SubscribeAsync("gone@example.test");
        await site.SubscribeAsync("reader@example.test");

        Assert.Equal(HttpStatusCode.OK, subscribed.StatusCode);
        var refused = await MailToAsync(site, "gone@example.test");
        Assert.Equal((1, _clock.Now), (refused.Attempts, refused.FailedAt));
        Assert.NotNull(refused.LastError);
        Assert.Equal("reader@example.test", Assert.Single(_smtp.Received).To.Mailboxes.Single().Address);

        _clock.Advance(TimeSpan.FromDays(1));
        await site.RunAlertsAsync();

        Assert.Equal(1, _smtp.Refused);
        Assert.Empty(await site.Alerts.DueMailsAsync(_clock.Now.AddDays(30), 10, Ct));
    }

    [Fact]
    public async Task A_mail_refused_for_now_is_tried_again_after_doubling_waits_and_given_up_after_the_last_attempt()
    {
        _smtp.PutsOff = _ => true;
        await _smtp.StartAsync();
        await using var site = await AlertSite.StartAsync(_folder.Path, _clock, _smtp.Port);
        await site.SubscribeAsync("reader@example.test");
        var waits = new List<TimeSpan>();

        for (var attempt = 2; attempt <= AlertMailSender.MaxAttempts; attempt++)
        {
            var held = await MailToAsync(site, "reader@example.test");
            Assert.Equal((attempt - 1, (DateTimeOffset?)null), (held.Attempts, held.FailedAt));
            waits.Add(held.NextAttemptAt - _clock.Now);

            _clock.Now = held.NextAttemptAt - TimeSpan.FromSeconds(1);
            await site.RunAlertsAsync();
            Assert.Equal(attempt - 1, _smtp.Refused);

            _clock.Now = held.NextAttemptAt;
            await site.RunAlertsAsync();
            Assert.Equal(attempt, _smtp.Refused);
        }

        var givenUp = await MailToAsync(site, "reader@example.test");
        Assert.Equal((AlertMailSender.MaxAttempts, _clock.Now), (givenUp.Attempts, givenUp.FailedAt));
        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60, 60], waits.Select(wait => wait.TotalMinutes));
        _clock.Advance(TimeSpan.FromDays(1));
        await site.RunAlertsAsync();
        Assert.Equal(AlertMailSender.MaxAttempts, _smtp.Refused);
        Assert.Empty(_smtp.Received);
    }

    [Fact]
    public async Task A_mail_put_off_twice_arrives_once_the_server_takes_it()
    {
        _smtp.PutsOff = _ => _smtp.Refused < 2;
        await _smtp.StartAsync();
        await using var site = await AlertSite.StartAsync(_folder.Path, _clock, _smtp.Port);
        await site.SubscribeAsync("reader@example.test");

        _clock.Advance(TimeSpan.FromMinutes(1));
        await site.RunAlertsAsync();
        _clock.Advance(TimeSpan.FromMinutes(2));
        await site.RunAlertsAsync();

        Assert.Equal(2, _smtp.Refused);
        Assert.Single(_smtp.Received);
        var sent = await MailToAsync(site, "reader@example.test");
        Assert.Equal((2, _clock.Now, (DateTimeOffset?)null), (sent.Attempts, sent.SentAt, sent.FailedAt));
    }

    [Fact]
    public async Task A_server_down_for_two_days_never_makes_a_mail_give_up_and_it_arrives_once_the_server_is_back()
    {
        await using var site = await AlertSite.StartAsync(_folder.Path, _clock, _smtp.Port);
        await site.SubscribeAsync("reader@example.test");

        for (var hour = 0; hour < 48; hour++)
        {
            _clock.Advance(TimeSpan.FromHours(1));
            await site.RunAlertsAsync();
        }

        var held = await MailToAsync(site, "reader@example.test");
        Assert.Equal((0, (DateTimeOffset?)null), (held.Attempts, held.FailedAt));
        Assert.InRange(held.NextAttemptAt - _clock.Now, TimeSpan.Zero, TimeSpan.FromHours(1));

        await _smtp.StartAsync();
        _clock.Advance(TimeSpan.FromHours(1));
        await site.RunAlertsAsync();
        await site.RunAlertsAsync();

        Assert.Equal("Confirm your JobAggregator alert", Assert.Single(_smtp.Received).Subject);
    }

    public async ValueTask DisposeAsync()
    {
        await _smtp.DisposeAsync();
        _folder.Dispose();
    }

    /// <summary>The one mail recorded for <paramref name="recipient"/>, found in the store's file and read through the
    /// store.</summary>
    private async Task<AlertMail> MailToAsync(AlertSite site, string recipient)
    {
        string id;
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(_folder.Path, "store.db")};Mode=ReadOnly;Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            await using var select = connection.CreateCommand();
            select.CommandText = "SELECT id FROM alert_mails WHERE recipient = $recipient";
            select.Parameters.AddWithValue("$recipient", recipient);
            id = (string)(await select.ExecuteScalarAsync(Ct))!;
        }

        var mail = await site.Alerts.GetMailAsync(id, Ct);
        Assert.NotNull(mail);
        return mail;
    }
}
