using JobAggregator.Api.Text;

namespace JobAggregator.Api.Tests.Http;

public sealed class CountedTests
{
    [Theory]
    [InlineData(0, "0 pages")]
    [InlineData(1, "1 page")]
    [InlineData(2, "2 pages")]
    [InlineData(1_000_001, "1000001 pages")]
    public void A_count_takes_the_noun_in_its_number(long count, string expected) =>
        Assert.Equal(expected, Counted.Of(count, "page", "pages"));
}
