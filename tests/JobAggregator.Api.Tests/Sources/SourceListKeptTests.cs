using System.Net.Http.Json;
using System.Text.Json;
using JobAggregator.Api.Tests.Http;
using JobAggregator.Contracts;
using JobAggregator.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.Api.Tests.Sources;

/// <summary><c>/api/sources</c> is answered from a kept answer until the store changes, over real HTTP and a real SQLite
/// store: asked again meanwhile, it reads no source's health; a run recorded shows in the next answer.</summary>
public sealed class SourceListKeptTests
{
    private static readonly SourceDefinition Source = new(
        "innocence-project", "Innocence Project", new Uri("http://members.test/careers/"), "0 0 * * * ?", ExtractionStrategy.JsonLd, null, null, "US", false);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_source_list_is_read_once_until_the_store_changes()
    {
        await using var server = await ApiServer.StartAsync(services: services =>
        {
            services.AddSingleton(new SourceCatalog("sources.yaml", [Source]));
            CountingPostingReader.Register(services);
        });
        var reads = server.Services.GetRequiredService<CountingPostingReader>();
        var started = ApiServer.ScrapedAt;

        var pending = await SourceAsync(server.Client);
        var readsAfterFirst = reads.SourceHealthReads;
        var again = await SourceAsync(server.Client);
        var readsAfterSecond = reads.SourceHealthReads;
        await server.Store.CompleteRunAsync(new ScrapeCompleted(Source.Id, Guid.NewGuid(), started, started.AddSeconds(5), ["one"], 1, false, "json-ld"), Ct);
        var afterRun = await SourceAsync(server.Client);

        Assert.Equal("pending", pending.GetProperty("health").GetString());
        Assert.Equal("pending", again.GetProperty("health").GetString());
        Assert.Equal(readsAfterFirst, readsAfterSecond);
        Assert.Equal("healthy", afterRun.GetProperty("health").GetString());
        Assert.True(reads.SourceHealthReads > readsAfterSecond);
    }

    private static async Task<JsonElement> SourceAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement[]>("/api/sources", Ct))!.Single(s => s.GetProperty("id").GetString() == Source.Id);
}
