using System.Globalization;
using JobAggregator.Normalizer.Dates;

namespace JobAggregator.Normalizer.Tests.Dates;

public sealed class YearlessDatesTests
{
    [Theory]
    [InlineData("18 de diciembre", "2026-12-01", "2026-12-18")]
    [InlineData("18. Dezember", "2026-11-20", "2026-12-18")]
    [InlineData("bis 8. Januar", "2026-12-10", "2027-01-08")]
    [InlineData("until 18 December", "2026-12-10", "2026-12-18")]
    [InlineData("18 December", "2026-12-02", "2026-12-18")]
    [InlineData("January 8th", "2026-12-10", "2027-01-08")]
    [InlineData("8 janvier", "2026-12-10", "2027-01-08")]
    [InlineData("10 gennaio", "2026-12-15", "2027-01-10")]
    [InlineData("20 de janeiro", "2026-12-15", "2027-01-20")]
    [InlineData("12 januari", "2027-01-12", "2027-01-12")]
    public void A_day_and_month_is_the_next_one_on_or_after_the_pages_date(string text, string pageDate, string expected) =>
        Assert.Equal(Date(expected), YearlessDates.OnOrAfter(text, Date(pageDate)));

    [Theory]
    [InlineData("18 de diciembre de 2026")]
    [InlineData("December 18, 2026")]
    [InlineData("18 horas")]
    [InlineData("Open until filled")]
    [InlineData(null)]
    public void A_whole_date_or_no_month_is_no_yearless_date(string? text) =>
        Assert.Null(YearlessDates.OnOrAfter(text, Date("2026-12-01")));

    private static DateOnly Date(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);
}
