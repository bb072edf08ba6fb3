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

    [Theory]
    [InlineData(null, null, null, "Remote")]
    [InlineData("Remote", null, null, "Remote")]
    [InlineData("Remote (Kentucky residents)", null, null, "Remote (Kentucky residents)")]
    [InlineData("Anywhere in Canada", null, "CA", "CA (remote)")]
    [InlineData(null, "Denver", "US", "Denver, US (remote)")]
    public void Says_remote_once(string? text, string? city, string? country, string expected) =>
        Assert.Equal(expected, PreviewText.Place(new JobLocation(text, city, null, country, Remote: true, Hybrid: false, [])));
}
