using System.Net.Http.Json;
using System.Text.Json;
using JobAggregator.Api.Tests.Http;
using JobAggregator.Contracts;
using JobAggregator.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.Api.Tests.Sources;

/// <summary>/api/sources shows when the scheduler scrapes a failing source again, by the scheduler's own rule.</summary>
public sealed class SourceBackOffApiTests
{
    private static readonly SourceDefinition Failing = new(
        "failing", "Failing Org", new Uri("http://failing.test/jobs/"), "0 0 * * * ?", ExtractionStrategy.JsonLd, null, null, "US", false);

    private static readonly SourceDefinition Healthy = new(
        "healthy", "Healthy Org", new Uri("http://healthy.test/jobs/"), "0 0 * * * ?", ExtractionStrategy.JsonLd, null, null, "US", false);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_source_failing_three_times_shows_its_next_attempt_after_the_back_off_and_a_healthy_one_none()
    {
        await using var server = await ApiServer.StartAsync(
            new Dictionary<string, string?> { ["Scheduler:MaxBackoffHours"] = "24" },
            services => services.AddSingleton(new SourceCatalog("sources.yaml", [Failing, Healthy])));
        var slot = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
        foreach (var hours in new[] { 0, 2, 6 })
        {
            var started = slot.AddHours(hours);
            await server.Store.FailRunAsync(
                new ScrapeFailed(Failing.Id, Guid.NewGuid(), started, started.AddSeconds(30), "http-status", 503, Failing.Url.AbsoluteUri), Ct);
        }

        await server.Store.CompleteRunAsync(
            new ScrapeCompleted(Healthy.Id, Guid.NewGuid(), slot, slot.AddSeconds(30), [], 1, false, "json-ld"), Ct);

        var sources = await server.Client.GetFromJsonAsync<JsonElement[]>("/api/sources", Ct) ?? [];

        var failing = sources.Single(s => s.GetProperty("id").GetString() == Failing.Id);
        Assert.Equal(3, failing.GetProperty("consecutiveFailures").GetInt32());
        // The third failure, just after 16:00, backs off eight hours counted from its slot.
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero), failing.GetProperty("nextAttemptAt").GetDateTimeOffset());
        var healthy = sources.Single(s => s.GetProperty("id").GetString() == Healthy.Id);
        Assert.Equal(JsonValueKind.Null, healthy.GetProperty("nextAttemptAt").ValueKind);
    }
}
