using JobAggregator.Store.Alerts;

namespace JobAggregator.Store.Tests.Alerts;

/// <summary>What every alert store must do, written once; each provider supplies an empty, initialised store.</summary>
public abstract class AlertStoreContractTests
{
    private static readonly DateTimeOffset Created = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected abstract Task<IAlertStore> CreateStoreAsync();

    [Fact]
    public async Task Added_alert_reads_back_pending_with_its_confirmation_mail_due()
    {
        var store = await StartAsync();
        var alert = NewAlert("a1");

        await store.AddAsync(alert, Mail("confirm-a1", "a1", Created), Ct);

        Assert.Equal(alert, await store.GetAsync("a1", Ct));
        var due = Assert.Single(await store.DueMailsAsync(Created, 10, Ct));
        Assert.Equal(Mail("confirm-a1", "a1", Created), due);
    }

    [Fact]
    public async Task Confirming_twice_keeps_the_first_confirmation_time()
    {
        var store = await StartAsync();
        await store.AddAsync(NewAlert("a1"), Mail("confirm-a1", "a1", Created), Ct);

        await store.ConfirmAsync("a1", Created.AddHours(1), Ct);
        var again = await store.ConfirmAsync("a1", Created.AddHours(2), Ct);

        Assert.Equal(AlertStatus.Confirmed, again!.Status);
        Assert.Equal(Created.AddHours(1), again.ConfirmedAt);
        Assert.Equal(["a1"], (await store.ListConfirmedAsync(Ct)).Select(a => a.Id));
        Assert.Null(await store.ConfirmAsync("unknown", Created, Ct));
    }

    [Fact]
    public async Task Digest_of_a_window_is_recorded_once_and_moves_the_window_on()
    {
        var store = await ConfirmedAsync("a1");
        var until = Created.AddDays(1);

        var first = await store.RecordDigestAsync("a1", null, until, Mail("digest-a1-w1", "a1", until), Ct);
        var again = await store.RecordDigestAsync("a1", null, until.AddMinutes(5), Mail("digest-a1-w1", "a1", until.AddMinutes(5)), Ct);

        Assert.True(first);
        Assert.False(again);
        Assert.Equal(until, (await store.GetAsync("a1", Ct))!.DigestedUntil);
        Assert.Equal(["digest-a1-w1"], (await store.DueMailsAsync(until.AddHours(1), 10, Ct)).Select(m => m.Id).Where(id => id.StartsWith("digest", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Unconfirmed_alert_gets_no_digest_or_reminder()
    {
        var store = await StartAsync();
        await store.AddAsync(NewAlert("a1"), Mail("confirm-a1", "a1", Created), Ct);

        Assert.False(await store.RecordDigestAsync("a1", null, Created.AddDays(1), Mail("digest-a1-w1", "a1", Created), Ct));
        Assert.False(await store.RecordReminderAsync("a1", Created.AddDays(1), Mail("reminder-a1", "a1", Created), Ct));
        Assert.Null(await store.GetMailAsync("digest-a1-w1", Ct));
        Assert.Null(await store.GetMailAsync("reminder-a1", Ct));
    }

    [Fact]
    public async Task Reminder_is_recorded_once()
    {
        var store = await ConfirmedAsync("a1");

        Assert.True(await store.RecordReminderAsync("a1", Created.AddDays(2), Mail("reminder-a1", "a1", Created), Ct));
        Assert.False(await store.RecordReminderAsync("a1", Created.AddDays(3), Mail("reminder-a1", "a1", Created), Ct));
        Assert.Equal(Created.AddDays(2), (await store.GetAsync("a1", Ct))!.RemindedAt);
    }

    [Fact]
    public async Task Failed_mail_waits_until_its_retry_time_and_sent_mail_is_never_due_again()
    {
        var store = await StartAsync();
        await store.AddAsync(NewAlert("a1"), Mail("confirm-a1", "a1", Created), Ct);

        await store.MarkFailedAsync("confirm-a1", Created.AddMinutes(5), "connection refused", Ct);

        Assert.Empty(await store.DueMailsAsync(Created.AddMinutes(4), 10, Ct));
        var retried = Assert.Single(await store.DueMailsAsync(Created.AddMinutes(5), 10, Ct));
        Assert.Equal(1, retried.Attempts);
        Assert.Equal("connection refused", retried.LastError);

        await store.MarkSentAsync("confirm-a1", Created.AddMinutes(6), Ct);

        Assert.Empty(await store.DueMailsAsync(Created.AddDays(1), 10, Ct));
        Assert.Equal(Created.AddMinutes(6), (await store.GetMailAsync("confirm-a1", Ct))!.SentAt);
    }

    [Fact]
    public async Task Postponed_mail_waits_without_counting_an_attempt_and_a_mail_given_up_is_never_due_again_but_kept()
    {
        var store = await StartAsync();
        await store.AddAsync(NewAlert("a1"), Mail("confirm-a1", "a1", Created), Ct);

        await store.PostponeAsync("confirm-a1", Created.AddMinutes(5), "connection refused", Ct);

        Assert.Empty(await store.DueMailsAsync(Created.AddMinutes(4), 10, Ct));
        var postponed = Assert.Single(await store.DueMailsAsync(Created.AddMinutes(5), 10, Ct));
        Assert.Equal((0, "connection refused"), (postponed.Attempts, postponed.LastError));

        await store.GiveUpAsync("confirm-a1", Created.AddMinutes(6), "550 no such user", Ct);

        Assert.Empty(await store.DueMailsAsync(Created.AddDays(30), 10, Ct));
        var givenUp = await store.GetMailAsync("confirm-a1", Ct);
        Assert.Equal((1, "550 no such user", Created.AddMinutes(6)), (givenUp!.Attempts, givenUp.LastError, givenUp.FailedAt));
        Assert.Null(givenUp.SentAt);
    }

    [Fact]
    public async Task Unsubscribing_drops_unsent_mails_and_stops_digests()
    {
        var store = await ConfirmedAsync("a1");
        await store.RecordDigestAsync("a1", null, Created.AddDays(1), Mail("digest-a1-w1", "a1", Created.AddDays(1)), Ct);

        var alert = await store.UnsubscribeAsync("a1", Created.AddDays(1).AddHours(1), Ct);

        Assert.Equal(AlertStatus.Unsubscribed, alert!.Status);
        Assert.Equal(Created.AddDays(1).AddHours(1), alert.UnsubscribedAt);
        Assert.Empty(await store.DueMailsAsync(Created.AddDays(2), 10, Ct));
        Assert.Empty(await store.ListConfirmedAsync(Ct));
        Assert.False(await store.RecordDigestAsync("a1", Created.AddDays(1), Created.AddDays(2), Mail("digest-a1-w2", "a1", Created), Ct));
    }

    [Fact]
    public async Task Frequency_changes_for_a_search_alert_only()
    {
        var store = await ConfirmedAsync("a1");

        var weekly = await store.ChangeFrequencyAsync("a1", AlertFrequency.Weekly, Ct);

        Assert.Equal(AlertFrequency.Weekly, weekly!.Frequency);
        Assert.Equal(AlertFrequency.Weekly, (await store.GetAsync("a1", Ct))!.Frequency);
        Assert.Null(await store.ChangeFrequencyAsync("unknown", AlertFrequency.Daily, Ct));
    }

    [Fact]
    public async Task Resubscribing_confirms_a_stopped_alert_again_with_its_window_starting_then_and_leaves_an_active_one_alone()
    {
        var store = await ConfirmedAsync("a1");
        await store.RecordDigestAsync("a1", null, Created.AddDays(1), Mail("digest-a1-w1", "a1", Created.AddDays(1)), Ct);
        Assert.Equal(Created.AddDays(1), (await store.ResubscribeAsync("a1", Created.AddDays(2), Ct))!.DigestedUntil);
        await store.UnsubscribeAsync("a1", Created.AddDays(3), Ct);

        var again = await store.ResubscribeAsync("a1", Created.AddDays(5), Ct);

        Assert.Equal(AlertStatus.Confirmed, again!.Status);
        Assert.Equal(Created.AddDays(5), again.DigestedUntil);
        Assert.Null(again.UnsubscribedAt);
        Assert.Equal(["a1"], (await store.ListConfirmedAsync(Ct)).Select(a => a.Id));
        Assert.Null(await store.ResubscribeAsync("unknown", Created, Ct));
    }

    private async Task<IAlertStore> StartAsync()
    {
        var store = await CreateStoreAsync();
        await store.InitializeAsync(Ct);
        return store;
    }

    private async Task<IAlertStore> ConfirmedAsync(string id)
    {
        var store = await StartAsync();
        await store.AddAsync(NewAlert(id), Mail($"confirm-{id}", id, Created), Ct);
        await store.MarkSentAsync($"confirm-{id}", Created, Ct);
        await store.ConfirmAsync(id, Created.AddMinutes(10), Ct);
        return store;
    }

    private static Alert NewAlert(string id) =>
        new(id, "reader@example.test", AlertKind.Search, "?q=lawyer&country=US", null, AlertFrequency.Daily, AlertStatus.Pending, Created);

    private static AlertMail Mail(string id, string alertId, DateTimeOffset at) =>
        new(id, alertId, "reader@example.test", $"Subject of {id}", "<p>Hello &amp; welcome</p>", "Hello & welcome", "https://jobs.example.test/alerts/unsubscribe?token=t", at);
}
