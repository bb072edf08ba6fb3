using JobAggregator.Store.SourceAlerts;
using JobAggregator.Store.SourceAlerts.Sqlite;
using JobAggregator.Store.Tests.Sqlite;

namespace JobAggregator.Store.Tests.SourceAlerts;

/// <summary>The source alert states in a real SQLite file, beside the postings.</summary>
public sealed class SqliteSourceAlertStoreTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private readonly SqliteStore _sqlite = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Raise_notify_mute_and_clear_are_kept_per_source()
    {
        await _sqlite.Store.InitializeAsync(Ct);
        var store = new SqliteSourceAlertStore(_sqlite.Database);
        await store.InitializeAsync(Ct);
        await store.InitializeAsync(Ct);

        await store.RaiseAsync("ipf", "failing", At, Ct);
        await store.MarkNotifiedAsync("ipf", At.AddMinutes(1), Ct);
        await store.MuteAsync("other", At.AddDays(1), Ct);

        Assert.Equal(
            [new SourceAlertState("ipf", "failing", At, At.AddMinutes(1), null), new SourceAlertState("other", null, null, null, At.AddDays(1))],
            await store.ListAsync(Ct));

        await store.RaiseAsync("ipf", "empty", At.AddHours(1), Ct);
        Assert.Equal(new SourceAlertState("ipf", "empty", At.AddHours(1), null, null), (await store.ListAsync(Ct))[0]);

        await store.ClearAsync("ipf", Ct);
        await store.MuteAsync("other", null, Ct);
        Assert.Equal(
            [new SourceAlertState("ipf", null, null, null, null), new SourceAlertState("other", null, null, null, null)],
            await store.ListAsync(Ct));
    }

    public void Dispose() => _sqlite.Dispose();
}
