using JobAggregator.Api.Jobs;
using JobAggregator.Host.Preview;

namespace JobAggregator.EndToEnd.Tests.Preview;

public sealed class PreviewTextTests
{
    [Theory]
    [InlineData(28000, 28000, "MONTH", "pay 28,000 MXN per month")]
    [InlineData(28000, 32000, null, "pay 28,000–32,000 MXN")]
    [InlineData(28000, null, null, "pay 28,000+ MXN")]
    public void States_the_pay_period_only_when_the_ad_gives_one(int min, int? max, string? period, string expected) =>
        Assert.Equal(expected, PreviewText.Pay(new JobSalary(min, max, "MXN", period, null, null, null)));
}
