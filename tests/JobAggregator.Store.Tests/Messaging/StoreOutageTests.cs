using JobAggregator.Contracts;
using JobAggregator.Store.Messaging;
using JobAggregator.Store.Reading;
using JobAggregator.Store.Sqlite;
using JobAggregator.Testing;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static JobAggregator.Store.Tests.Messages;

namespace JobAggregator.Store.Tests.Messaging;

/// <summary>A store that cannot write loses nothing and says so: over the real consumers and a real SQLite file.</summary>
public sealed class StoreOutageTests : IDisposable
{
    // Generous: reached only when something is broken.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private readonly TemporaryFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string DatabasePath => Path.Combine(_folder.Path, "jobs.db");

    [Fact]
    public async Task Postings_sent_while_a_simulated_read_only_database_refuses_writes_wait_for_it_and_none_is_lost()
    {
        using var host = await StartStoreAsync(services => services.AddSingleton<IPostingStore>(provider => new WriteHealthTrackingStore(
            new SwitchableOutageStore(provider.GetRequiredService<SqlitePostingStore>()) { Down = true },
            provider.GetRequiredService<StoreWriteHealth>())));
        var outage = (SwitchableOutageStore)((WriteHealthTrackingStore)host.Services.GetRequiredService<IPostingStore>()).Inner;
        var health = host.Services.GetRequiredService<StoreWriteHealth>();
        var harness = host.Services.GetTestHarness();
        var keys = Enumerable.Range(0, 20).Select(i => $"key-{i}").ToList();

        await Task.WhenAll(keys.Select(key => harness.Bus.Publish(Posting(key, T0), Ct)));
        await WaitUntilAsync(() => health.Failing is not null && outage.Refused >= keys.Count, "every posting to be refused once");
        var failing = health.Failing!.Value;
        outage.Down = false;
        await WaitUntilAsync(async () => await CountStoredAsync() == keys.Count, "every posting to be stored after the outage");

        Assert.Contains("readonly database", failing.Error, StringComparison.Ordinal);
        Assert.Null(health.Failing);
        Assert.Empty(harness.PublishedSoFar<Fault<PostingNormalized>>());
        TestContext.Current.SendDiagnosticMessage(
            $"outage: {keys.Count} sent, {outage.Refused} writes refused, {await CountStoredAsync()} stored, 0 faulted");
        await host.StopAsync(Ct);
    }

    [Fact]
    public async Task A_database_file_deleted_under_the_store_fails_its_writes_by_name_and_is_not_recreated_by_reading()
    {
        using var host = await StartStoreAsync();
        var store = host.Services.GetRequiredService<IPostingStore>();
        var reader = host.Services.GetRequiredService<IPostingReader>();
        await store.UpsertAsync(Posting("before", T0), Ct);

        foreach (var file in new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }

        var error = await Assert.ThrowsAsync<DatabaseFileMissingException>(() => store.UpsertAsync(Posting("after", T0), Ct));

        Assert.Contains(DatabasePath, error.Message, StringComparison.Ordinal);
        Assert.True(StoreOutages.IsOutage(error));
        Assert.Equal(error.Message, host.Services.GetRequiredService<StoreWriteHealth>().Failing?.Error);
        Assert.False(await host.Services.GetRequiredService<SqlitePostingReader>().IsReadyAsync(Ct));
        Assert.False(File.Exists(DatabasePath));
        await host.StopAsync(Ct);
    }

    [Fact]
    public async Task A_run_whose_scraper_gives_up_without_reporting_is_recorded_as_failed_from_its_fault()
    {
        using var host = await StartStoreAsync(scraper: true);
        var harness = host.Services.GetTestHarness();
        var request = new ScrapeRequested("innocence-project", Guid.NewGuid(), T0, "schedule");

        await harness.Bus.Publish(request, Ct);
        await WaitUntilAsync(
            async () => (await host.Services.GetRequiredService<IPostingReader>().GetSourceHealthAsync(Ct)).Count == 1,
            "the faulted run to be recorded");

        var health = Assert.Single(await host.Services.GetRequiredService<IPostingReader>().GetSourceHealthAsync(Ct));
        Assert.Equal(1, health.ConsecutiveFailures);
        Assert.StartsWith("scraper-error: the scraper gave up on the run: System.InvalidOperationException: the broker did not confirm", health.LastError, StringComparison.Ordinal);
        await host.StopAsync(Ct);
    }

    [Theory]
    [InlineData(5, true)]
    [InlineData(8, true)]
    [InlineData(13, true)]
    [InlineData(19, false)]
    [InlineData(1, false)]
    public void Busy_read_only_and_full_databases_are_outages_and_a_refused_row_is_not(int sqliteCode, bool outage)
    {
        Assert.Equal(outage, StoreOutages.IsOutage(new SqliteException("refused", sqliteCode)));
        Assert.False(StoreOutages.IsOutage(new ArgumentException("malformed")));
    }

    public void Dispose() => _folder.Dispose();

    private async Task<int> CountStoredAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(Ct);
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM postings;";
        return Convert.ToInt32(await count.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"waited {Patience} for {what}");
            }

            await Task.Delay(100, Ct);
        }
    }

    private static Task WaitUntilAsync(Func<bool> condition, string what) => WaitUntilAsync(() => Task.FromResult(condition()), what);

    private async Task<IHost> StartStoreAsync(Action<IServiceCollection>? replace = null, bool scraper = false)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Store:SqlitePath"] = DatabasePath });
        replace?.Invoke(builder.Services);
        builder.Services.AddPostingStore(builder.Configuration);
        builder.Services.AddMassTransitTestHarness(bus =>
        {
            bus.AddStoreConsumers();
            if (scraper)
            {
                bus.AddConsumer<ScraperThatCannotPublish>();
            }
        });
        var host = builder.Build();
        await host.StartAsync(Ct);
        return host;
    }

    /// <summary>A fake scraper whose every publish fails, as when the broker stops confirming.</summary>
    private sealed class ScraperThatCannotPublish : IConsumer<ScrapeRequested>
    {
        public Task Consume(ConsumeContext<ScrapeRequested> context) =>
            throw new InvalidOperationException("the broker did not confirm the publish");
    }

    /// <summary>A fake outage around the real store: refuses every write as SQLite refuses one to a read-only file
    /// while <see cref="Down"/>.</summary>
    private sealed class SwitchableOutageStore(IPostingStore inner) : IPostingStore
    {
        private int _refused;

        public volatile bool Down;

        public int Refused => _refused;

        public Task InitializeAsync(CancellationToken ct) => inner.InitializeAsync(ct);

        public Task UpsertAsync(PostingNormalized posting, CancellationToken ct) => Down ? Refuse() : inner.UpsertAsync(posting, ct);

        public Task CompleteRunAsync(ScrapeCompleted run, CancellationToken ct) => Down ? Refuse() : inner.CompleteRunAsync(run, ct);

        public Task FailRunAsync(ScrapeFailed run, CancellationToken ct) => Down ? Refuse() : inner.FailRunAsync(run, ct);

        private Task Refuse()
        {
            Interlocked.Increment(ref _refused);
            return Task.FromException(new SqliteException("attempt to write a readonly database", 8));
        }
    }
}
