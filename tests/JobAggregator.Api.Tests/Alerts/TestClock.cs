namespace JobAggregator.Api.Tests.Alerts;

/// <summary>A clock the test moves by hand, so periods and link lifetimes pass without waiting.</summary>
internal sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
