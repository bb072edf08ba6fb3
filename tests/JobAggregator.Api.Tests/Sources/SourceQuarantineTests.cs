using System.Net.Http.Json;
using System.Text.Json;
using JobAggregator.Api.Tests.Http;
using JobAggregator.Contracts;
using JobAggregator.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.Api.Tests.Sources;

/// <summary>A source failing for longer than Sources:QuarantineAfterDays keeps its open postings open, marked with its
/// last successful run in the API and on the pages; a source failing only lately marks nothing.</summary>
public sealed class SourceQuarantineTests
{
    private const string Quarantined = "innocence-project";
    private const string Lately = "lately-failing";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SourceDefinition Source(string id) => new(
        id, "Org", new Uri($"http://{id}.test/jobs/"), "0 0 * * * ?", ExtractionStrategy.JsonLd, null, null, "US", false);

    [Fact]
    public async Task The_open_postings_of_a_long_failing_source_stay_open_and_say_since_when_it_is_not_confirmed()
    {
        await using var server = await ApiServer.StartAsync(
            new Dictionary<string, string?> { ["Sources:QuarantineAfterDays"] = "7" },
            services => services.AddSingleton(new SourceCatalog("sources.yaml", [Source(Quarantined), Source(Lately)])));
        await server.StoreAsync(ApiServer.Posting("attorney", "Staff Attorney"));
        await server.StoreAsync(ApiServer.Posting("paralegal", "Paralegal", "Lately Org") with { SourceId = Lately });

        // The quarantined source last succeeded on 3 March 2026 and has failed ever since; the other failed an hour ago.
        var lastSuccess = new DateTimeOffset(2026, 3, 3, 8, 0, 30, TimeSpan.Zero);
        await CompleteAsync(server, Quarantined, lastSuccess, "attorney");
        await FailAsync(server, Quarantined, lastSuccess.AddDays(1));
        await FailAsync(server, Quarantined, lastSuccess.AddDays(2));
        var now = DateTimeOffset.UtcNow;
        await CompleteAsync(server, Lately, now.AddDays(-1), "paralegal");
        await FailAsync(server, Lately, now.AddHours(-1));

        var list = await server.Client.GetFromJsonAsync<JsonElement>("/api/jobs", Ct);
        var items = list.GetProperty("items").EnumerateArray().ToList();
        var attorney = items.Single(i => i.GetProperty("sourceId").GetString() == Quarantined);
        Assert.Equal("open", attorney.GetProperty("status").GetString());
        Assert.Equal(lastSuccess, attorney.GetProperty("sourceUnconfirmedSince").GetDateTimeOffset());
        var paralegal = items.Single(i => i.GetProperty("sourceId").GetString() == Lately);
        Assert.Equal(JsonValueKind.Null, paralegal.GetProperty("sourceUnconfirmedSince").ValueKind);

        var id = Uri.EscapeDataString(attorney.GetProperty("id").GetString()!);
        var one = await server.Client.GetFromJsonAsync<JsonElement>($"/api/jobs/{id}", Ct);
        Assert.Equal(lastSuccess, one.GetProperty("sourceUnconfirmedSince").GetDateTimeOffset());

        var page = await server.Client.GetStringAsync($"/jobs/{id}", Ct);
        Assert.Contains("Source not confirmed since 3 March 2026", page, StringComparison.Ordinal);
        var listPage = await server.Client.GetStringAsync("/", Ct);
        Assert.Equal(1, CountOf(listPage, "Source not confirmed since 3 March 2026"));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static Task CompleteAsync(ApiServer server, string sourceId, DateTimeOffset at, string key) =>
        server.Store.CompleteRunAsync(new ScrapeCompleted(sourceId, Guid.NewGuid(), at.AddSeconds(-30), at, [key], 1, false, "json-ld"), Ct);

    private static Task FailAsync(ApiServer server, string sourceId, DateTimeOffset at) =>
        server.Store.FailRunAsync(new ScrapeFailed(sourceId, Guid.NewGuid(), at, at.AddSeconds(30), "http-status", 503, $"http://{sourceId}.test/jobs/"), Ct);
}
