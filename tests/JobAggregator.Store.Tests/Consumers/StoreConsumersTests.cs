using JobAggregator.Contracts;
using JobAggregator.Store.Consumers;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static JobAggregator.Store.Tests.Messages;

namespace JobAggregator.Store.Tests.Consumers;

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
        // The harness gives up after a second and a bit without bus activity by default; a store write on a machine busy
        // with the rest of the suite can take longer than that.
        builder.Services.AddMassTransitTestHarness(bus => bus.AddStoreConsumers()
            .SetTestTimeouts(testTimeout: TimeSpan.FromSeconds(60), testInactivityTimeout: TimeSpan.FromSeconds(20)));
        using var host = builder.Build();
        await host.StartAsync(Ct);
        var harness = host.Services.GetTestHarness();
        var postings = harness.GetConsumerHarness<PostingNormalizedConsumer>();
        var runs = harness.GetConsumerHarness<ScrapeCompletedConsumer>();

        await harness.Bus.Publish(Posting("kept", T0), Ct);
        await harness.Bus.Publish(Posting("gone", T0), Ct);
        Assert.True(await postings.Consumed.Any<PostingNormalized>(m => m.Context.Message.PostingKey == "kept", Ct));
        Assert.True(await postings.Consumed.Any<PostingNormalized>(m => m.Context.Message.PostingKey == "gone", Ct));
        var run = Completed(T0.AddHours(1), ["kept"]);
        await harness.Bus.Publish(run, Ct);
        Assert.True(await runs.Consumed.Any<ScrapeCompleted>(m => m.Context.Message.ScrapeRunId == run.ScrapeRunId, Ct));

        var reader = host.Services.GetRequiredService<IPostingReader>();
        Assert.Equal(PostingStatus.Open, (await reader.GetAsync("kept", Ct))!.Status);
        Assert.Equal(PostingStatus.Closed, (await reader.GetAsync("gone", Ct))!.Status);
        Assert.Equal(1, Assert.Single(await reader.GetSourceHealthAsync(Ct)).PostingsFound);
        Assert.False(await harness.Published.Any<Fault>(Ct));
        await host.StopAsync(Ct);
    }

    public void Dispose() => _folder.Dispose();
}
