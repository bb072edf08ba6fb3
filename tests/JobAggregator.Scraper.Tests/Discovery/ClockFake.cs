namespace JobAggregator.Scraper.Tests.Discovery;

/// <summary>A clock that moves only when told to.</summary>
internal sealed class ClockFake : TimeProvider
{
    private DateTimeOffset _now = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
