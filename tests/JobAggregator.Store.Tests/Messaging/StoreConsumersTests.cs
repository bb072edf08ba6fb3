using JobAggregator.Contracts;
using JobAggregator.Store.Messaging;
using JobAggregator.Store.Postings;
using JobAggregator.Store.Reading;
using JobAggregator.Store.Sqlite;
using JobAggregator.Testing;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static JobAggregator.Store.Tests.Messages;

namespace JobAggregator.Store.Tests.Messaging;

public sealed class StoreConsumersTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Published_postings_and_completed_run_reach_the_sqlite_store()
    {
        using var host = await StartStoreAsync();
        var harness = host.Services.GetTestHarness();
        var postings = harness.Consumed;
        var runs = harness.GetConsumerHarness<ScrapeCompletedConsumer>();

        await harness.Bus.Publish(Posting("kept", T0), Ct);
        await harness.Bus.Publish(Posting("gone", T0), Ct);
        var kept = await postings.ConsumedAsync<PostingNormalized>("posting 'kept' to be stored", m => m.PostingKey == "kept");
        var gone = await postings.ConsumedAsync<PostingNormalized>("posting 'gone' to be stored", m => m.PostingKey == "gone");
        var run = Completed(T0.AddHours(1), ["kept"]);
        await harness.Bus.Publish(run, Ct);
        var completed = await runs.Consumed.ConsumedAsync<ScrapeCompleted>("the completed run to be stored", m => m.ScrapeRunId == run.ScrapeRunId);

        var reader = host.Services.GetRequiredService<IPostingReader>();
        Assert.Equal(PostingStatus.Open, (await reader.GetAsync("kept", Ct))!.Status);
        Assert.Equal(PostingStatus.Closed, (await reader.GetAsync("gone", Ct))!.Status);
        Assert.Equal(1, Assert.Single(await reader.GetSourceHealthAsync(Ct)).PostingsFound);
        Assert.All(new IReceivedMessage[] { kept, gone, completed }, m => Assert.Null(m.Exception));
        Assert.Empty(harness.PublishedSoFar<Fault>());
        await host.StopAsync(Ct);
    }

    [Fact]
    public async Task Postings_published_at_once_are_stored_in_batches_on_sqlite_and_a_poisoned_one_faults_alone_losing_none_of_the_others()
    {
        using var host = await StartStoreAsync();
        var database = host.Services.GetRequiredService<SqliteDatabase>();
        await using (var connection = await database.OpenAsync(Ct))
        {
            // A real failure inside the store's transaction, for one message only.
            await using var poison = connection.Command(
                "CREATE TRIGGER poison BEFORE INSERT ON postings WHEN NEW.id = 'poisoned' BEGIN SELECT RAISE(ABORT, 'poisoned posting'); END;");
            await poison.ExecuteNonQueryAsync(Ct);
        }

        var harness = host.Services.GetTestHarness();
        var postings = harness.Consumed;
        var keys = Enumerable.Range(0, 60).Select(i => $"key-{i}").ToList();
        await Task.WhenAll(keys.Prepend("poisoned").Reverse().Select(key => harness.Bus.Publish(Posting(key, T0), Ct)));

        var fault = await harness.PublishedAsync<Fault<PostingNormalized>>("the poisoned posting to fault");
        foreach (var key in keys)
        {
            var stored = await postings.ConsumedAsync<PostingNormalized>($"posting '{key}' to be stored", m => m.PostingKey == key);
            Assert.Null(stored.Exception);
        }

        Assert.Equal("poisoned", fault.Message.PostingKey);
        Assert.Equal(["poisoned"], harness.PublishedSoFar<Fault<PostingNormalized>>().Select(f => f.Message.PostingKey));
        await using (var connection = await database.OpenAsync(Ct))
        {
            await using var stored = connection.Command("SELECT group_concat(id, ' ') FROM (SELECT id FROM postings ORDER BY id);");
            Assert.Equal(string.Join(' ', keys.Order(StringComparer.Ordinal)), await stored.ExecuteScalarAsync(Ct));
        }

        await host.StopAsync(Ct);
    }

    public void Dispose() => _folder.Dispose();

    private async Task<IHost> StartStoreAsync()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:SqlitePath"] = Path.Combine(_folder.Path, "data", "jobs.db"),
        });
        builder.Services.AddPostingStore(builder.Configuration);
        builder.Services.AddMassTransitTestHarness(bus => bus.AddStoreConsumers());
        var host = builder.Build();
        await host.StartAsync(Ct);
        return host;
    }
}
