using JobAggregator.Scraper.Scheduling;

namespace JobAggregator.Scraper.Tests.Scheduling;

/// <summary>The scheduler's paused sources: the store's answer at start-up, and the events, of which one heard before
/// the answer is the newer and wins.</summary>
public sealed class PausedSourcesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Until_the_store_has_answered_nobody_is_told_whether_a_source_is_paused()
    {
        var paused = new PausedSources();

        var asking = paused.IsPausedAsync("a", Ct);
        Assert.False(asking.IsCompleted);

        paused.Load(["a"]);
        Assert.True(await asking);
        Assert.False(await paused.IsPausedAsync("b", Ct));
    }

    [Fact]
    public async Task An_event_heard_before_the_store_s_answer_wins_over_it_and_a_later_answer_is_ignored()
    {
        var paused = new PausedSources();
        paused.Resume("a");
        paused.Pause("b");

        paused.Load(["a", "c"]);
        paused.Load(["d"]);

        bool[] states = [await paused.IsPausedAsync("a", Ct), await paused.IsPausedAsync("b", Ct), await paused.IsPausedAsync("c", Ct), await paused.IsPausedAsync("d", Ct)];
        Assert.Equal([false, true, true, false], states);
    }

    [Fact]
    public async Task Events_after_the_answer_pause_and_resume()
    {
        var paused = new PausedSources();
        paused.Load([]);

        paused.Pause("a");
        var afterPause = await paused.IsPausedAsync("a", Ct);
        paused.Resume("a");

        Assert.True(afterPause);
        Assert.False(await paused.IsPausedAsync("a", Ct));
    }
}
