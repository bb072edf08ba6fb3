namespace JobAggregator.Scraper.Tests.HttpFetching;

/// <summary>The system clock, moved forward by hand: for cache lifetimes of hours, without waiting for them.</summary>
internal sealed class ManualTime : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _offset;

    public void Advance(TimeSpan by) => _offset += by;
}
