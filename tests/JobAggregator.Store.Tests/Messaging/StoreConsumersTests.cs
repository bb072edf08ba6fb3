using JobAggregator.Contracts;
using JobAggregator.Store.Messaging;
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
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:SqlitePath"] = Path.Combine(_folder.Path, "data", "jobs.db"),
        });
        builder.Services.AddPostingStore(builder.Configuration);
        builder.Services.AddMassTransitTestHarness(bus => bus.AddStoreConsumers());
        using var host = builder.Build();
        await host.StartAsync(Ct);
        var harness = host.Services.GetTestHarness();
        var postings = harness.GetConsumerHarness<PostingNormalizedConsumer>();
        var runs = harness.GetConsumerHarness<ScrapeCompletedConsumer>();

        await harness.Bus.Publish(Posting("kept", T0), Ct);
        await harness.Bus.Publish(Posting("gone", T0), Ct);
        var kept = await postings.Consumed.ConsumedAsync<PostingNormalized>("posting 'kept' to be stored", m => m.PostingKey == "kept");
        var gone = await postings.Consumed.ConsumedAsync<PostingNormalized>("posting 'gone' to be stored", m => m.PostingKey == "gone");
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

    public void Dispose() => _folder.Dispose();
}
