using JobAggregator.Sources.Health;

namespace JobAggregator.Sources.Tests.Health;

public sealed class SourceBackOffTests
{
    private const string Hourly = "0 0 * * * ?";
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);

    // A failure comes a few seconds after its slot (jitter, the run itself).
    private static readonly DateTimeOffset FailedAt = new(2026, 12, 1, 10, 0, 5, TimeSpan.Zero);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(3, 8)]
    [InlineData(4, 16)]
    [InlineData(5, 24)]
    [InlineData(1000, 24)]
    public void The_delay_doubles_the_schedule_interval_for_each_failure_up_to_the_cap(int failures, int expectedHours)
    {
        Assert.Equal(TimeSpan.FromHours(expectedHours), SourceBackOff.Delay(TimeSpan.FromHours(1), failures, Day));
    }

    [Theory]
    [InlineData(1, 12)]
    [InlineData(2, 14)]
    [InlineData(3, 18)]
    public void The_next_attempt_is_the_slot_the_delay_reaches_counted_from_the_failed_slot(int failures, int expectedHour)
    {
        Assert.Equal(
            new DateTimeOffset(2026, 12, 1, expectedHour, 0, 0, TimeSpan.Zero),
            SourceBackOff.NextAttemptAt(Hourly, failures, FailedAt, Day));
    }

    [Fact]
    public void A_cap_below_the_delay_brings_the_next_attempt_forward()
    {
        Assert.Equal(
            new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero),
            SourceBackOff.NextAttemptAt(Hourly, 3, FailedAt, TimeSpan.FromHours(2)));
    }

    [Fact]
    public void A_cap_below_the_schedule_interval_keeps_the_schedule()
    {
        Assert.Equal(
            new DateTimeOffset(2026, 12, 1, 11, 0, 0, TimeSpan.Zero),
            SourceBackOff.NextAttemptAt(Hourly, 3, FailedAt, TimeSpan.FromMinutes(30)));
    }

    [Fact]
    public void A_source_that_is_not_failing_has_no_next_attempt_but_its_schedule()
    {
        Assert.Null(SourceBackOff.NextAttemptAt(Hourly, 0, FailedAt, Day));
        Assert.Null(SourceBackOff.NextAttemptAt(Hourly, 2, null, Day));
    }

    [Fact]
    public void Bad_input_names_the_parameter()
    {
        Assert.Equal("consecutiveFailures",
            Assert.Throws<ArgumentOutOfRangeException>(() => SourceBackOff.Delay(TimeSpan.FromHours(1), -1, Day)).ParamName);
        Assert.Equal("scheduleInterval",
            Assert.Throws<ArgumentOutOfRangeException>(() => SourceBackOff.Delay(TimeSpan.Zero, 1, Day)).ParamName);
        Assert.Equal("cap",
            Assert.Throws<ArgumentOutOfRangeException>(() => SourceBackOff.Delay(TimeSpan.FromHours(1), 1, TimeSpan.Zero)).ParamName);
    }
}
