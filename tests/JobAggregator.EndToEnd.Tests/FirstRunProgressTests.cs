using JobAggregator.Host;
using JobAggregator.Sources;
using JobAggregator.Store.Reading;

namespace JobAggregator.EndToEnd.Tests;

/// <summary>What "Feed ready" waits for at start-up: every source's first run with its postings stored, except the
/// sources the scheduler does not ask for (paused, backing off).</summary>
public sealed class FirstRunProgressTests
{
    private const string Hourly = "0 0 * * * ?";
    private static readonly DateTimeOffset Started = new(2026, 12, 5, 10, 30, 0, TimeSpan.Zero);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromHours(24);

    [Fact]
    public void A_run_recorded_since_start_up_is_done_once_its_postings_are_stored()
    {
        var progress = Progress([Health("a", Started.AddSeconds(20), found: 40, stored: 40)], []);

        Assert.Equal(["a"], progress.Done);
        Assert.True(progress.Complete);
        Assert.Equal(40, progress.PostingsStored);
    }

    [Fact]
    public void A_run_recorded_with_postings_still_on_their_way_is_awaited_and_counts_what_is_stored()
    {
        var progress = Progress([Health("a", Started.AddSeconds(20), found: 40, stored: 25)], []);

        Assert.Equal(["a"], progress.Awaited);
        Assert.False(progress.Complete);
        Assert.Equal(25, progress.PostingsStored);
    }

    [Fact]
    public void A_source_whose_only_run_is_from_before_start_up_is_awaited()
    {
        var progress = Progress([Health("a", Started.AddHours(-2), found: 4, stored: 4)], []);

        Assert.Equal(["a"], progress.Awaited);
    }

    [Fact]
    public void A_failed_run_since_start_up_is_done()
    {
        var progress = Progress([Health("a", Started.AddSeconds(3), found: 0, stored: 0, failures: 1)], []);

        Assert.Equal(["a"], progress.Done);
    }

    [Fact]
    public void A_paused_source_is_not_waited_for()
    {
        var progress = Progress([], ["a"]);

        Assert.Equal(["a"], progress.Skipped);
        Assert.True(progress.Complete);
    }

    [Fact]
    public void A_source_backing_off_at_start_up_is_not_waited_for_but_one_whose_back_off_is_over_is()
    {
        // Three failures an hour apart back off seven slots; one failure long ago is over.
        SourceHealth[] atStart =
        [
            Health("backing-off", Started.AddMinutes(-20), found: 0, stored: 0, failures: 3),
            Health("over", Started.AddDays(-3), found: 0, stored: 0, failures: 1),
        ];

        var progress = FirstRunProgress.Of([Source("backing-off"), Source("over")], atStart, atStart, new HashSet<string>(), Started, MaxBackoff);

        Assert.Equal(["backing-off"], progress.Skipped);
        Assert.Equal(["over"], progress.Awaited);
    }

    private static FirstRunProgress Progress(SourceHealth[] now, string[] paused) =>
        FirstRunProgress.Of([Source("a")], now, [], paused.ToHashSet(), Started, MaxBackoff);

    private static SourceDefinition Source(string id) =>
        new(id, $"Organisation {id}", new Uri($"https://{id}.example/jobs"), Hourly, ExtractionStrategy.Auto, null, null, "US", false);

    private static SourceHealth Health(string id, DateTimeOffset lastRunAt, int found, int stored, int failures = 0) =>
        new(id, lastRunAt, failures > 0 ? null : lastRunAt, failures > 0 ? lastRunAt : null, failures > 0 ? "unreachable" : null, failures, found, found, null)
        {
            PostingsStored = stored,
        };
}
