using JobAggregator.Api.Jobs;
using JobAggregator.Api.Pages;

namespace JobAggregator.Api.Tests.Pages;

public sealed class PageTextTests
{
    [Theory]
    [InlineData(85000.0, 95000.0, "USD", "YEAR", "$85,000 – $95,000 a year")]
    [InlineData(17.89, 50.98, "USD", "HOUR", "$17.89 – $50.98 an hour")]
    [InlineData(3200.0, 3200.0, "EUR", "MONTH", "€3,200 a month")]
    [InlineData(36000.0, null, "USD", "YEAR", "$36,000 a year")]
    [InlineData(45000.0, 50000.0, "CHF", "YEAR", "45,000 CHF – 50,000 CHF a year")]
    public void Says_pay_with_its_currency_and_period(double min, double? max, string currency, string period, string expected)
    {
        var salary = new JobSalary((decimal)min, (decimal?)max, currency, period, null, null, null);

        Assert.Equal(expected, PageText.Pay(salary));
    }

    [Fact]
    public void Says_the_posting_s_own_words_when_no_figure_was_parsed_and_nothing_when_no_pay_is_stated()
    {
        Assert.Equal("Competitive", PageText.Pay(new JobSalary(null, null, null, null, "Competitive", null, null)));
        Assert.Null(PageText.Pay(null));
    }

    [Fact]
    public void Gives_the_yearly_figure_only_for_pay_stated_per_another_period()
    {
        Assert.Equal("about $37,211 – $106,038 a year",
            PageText.YearlyPay(new JobSalary(17.89m, 50.98m, "USD", "HOUR", null, 37211m, 106038m)));
        Assert.Null(PageText.YearlyPay(new JobSalary(85000m, 95000m, "USD", "YEAR", null, 85000m, 95000m)));
    }

    [Theory]
    [InlineData("Atlanta", "GA", "US", false, false, "Atlanta, GA, US")]
    [InlineData(null, null, null, true, false, "Remote")]
    [InlineData(null, null, "US", true, false, "Remote (US)")]
    [InlineData("Boston", "MA", "US", false, true, "Hybrid (Boston, MA, US)")]
    [InlineData("Wien", "Wien", "AT", false, false, "Wien, AT")]
    public void Says_the_place_or_remote_or_hybrid(string? city, string? region, string? country, bool remote, bool hybrid, string expected)
    {
        Assert.Equal(expected, PageText.Place(new JobLocation(null, city, region, country, remote, hybrid, [])));
    }

    [Theory]
    [InlineData("Remote", true, false, "Remote")]
    [InlineData("Remote (Kentucky residents)", true, false, "Remote (Kentucky residents)")]
    [InlineData("Hybrid – Manchester office", false, true, "Hybrid – Manchester office")]
    [InlineData("Anywhere in Europe", true, false, "Remote (Anywhere in Europe)")]
    public void Says_remote_or_hybrid_once_when_the_place_as_written_says_it(string text, bool remote, bool hybrid, string expected)
    {
        Assert.Equal(expected, PageText.Place(new JobLocation(text, null, null, null, remote, hybrid, [])));
    }

    [Fact]
    public void Falls_back_to_the_place_as_written_when_it_was_not_parsed()
    {
        Assert.Equal("Somewhere nice", PageText.Place(new JobLocation("Somewhere nice", null, null, null, false, false, [])));
    }

    [Theory]
    [InlineData(2026, 3, 10, "closes today")]
    [InlineData(2026, 3, 9, "closes tomorrow")]
    [InlineData(2026, 3, 1, "closes in 9 days")]
    [InlineData(2026, 3, 11, "closed 10 March 2026")]
    public void Counts_the_days_to_the_closing_date(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, PageText.Closing(Jobs.StaffAttorney(), new DateOnly(year, month, day)));
    }

    [Fact]
    public void Says_open_until_filled_when_there_is_no_closing_date()
    {
        var rolling = Jobs.StaffAttorney() with { ValidThrough = null, OpenUntilFilled = true };

        Assert.Equal("open until filled", PageText.Closing(rolling, new DateOnly(2026, 3, 1)));
        Assert.Null(PageText.Closing(rolling with { OpenUntilFilled = false }, new DateOnly(2026, 3, 1)));
    }

    [Theory]
    [InlineData("nl", "Dutch")]
    [InlineData("EN", "English")]
    [InlineData("es", "Spanish")]
    [InlineData("eo", "EO")]
    public void Names_a_posting_s_language_in_English_and_a_language_it_does_not_know_by_its_code(string code, string expected) =>
        Assert.Equal(expected, PageText.Language(code));
}
