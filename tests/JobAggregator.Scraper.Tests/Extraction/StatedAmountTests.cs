using JobAggregator.Scraper.Extraction;

namespace JobAggregator.Scraper.Tests.Extraction;

public sealed class StatedAmountTests
{
    [Theory]
    [InlineData("3200.0", 3200.0)]
    [InlineData("45,000", 45000)]
    [InlineData("3,800.50", 3800.5)]
    [InlineData("4.100,00", 4100)]
    [InlineData("18,75", 18.75)]
    [InlineData("2.950", 2950)]
    [InlineData("1.234.567", 1234567)]
    [InlineData(" 62000 ", 62000)]
    public void Reads_an_amount_in_either_convention(string text, double expected) =>
        Assert.Equal((decimal)expected, StatedAmount.Parse(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("€ 3.800")]
    [InlineData("3.800 € brutto")]
    [InlineData("-5")]
    [InlineData("DOE")]
    public void Reads_no_amount_from_text_that_is_not_only_digits_and_separators(string? text) =>
        Assert.Null(StatedAmount.Parse(text));
}
