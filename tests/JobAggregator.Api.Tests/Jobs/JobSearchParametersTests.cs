using JobAggregator.Api.Jobs;

namespace JobAggregator.Api.Tests.Jobs;

public sealed class JobSearchParametersTests
{
    private static readonly DateOnly Today = new(2026, 3, 1);

    [Theory]
    [InlineData("0", 2026, 3, 1)]
    [InlineData(" 7 ", 2026, 3, 8)]
    [InlineData("365", 2027, 3, 1)]
    public void Closing_within_days_is_the_window_from_today_to_that_many_days_later(string days, int year, int month, int day)
    {
        var (query, errors) = new JobSearchParameters { ClosingWithin = days }.ToQuery(Today);

        Assert.Empty(errors);
        Assert.Equal(Today, query!.ClosingFrom);
        Assert.Equal(new DateOnly(year, month, day), query.ClosingBy);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void No_closing_within_leaves_the_closing_date_free(string? days)
    {
        var (query, _) = new JobSearchParameters { ClosingWithin = days }.ToQuery(Today);

        Assert.Null(query!.ClosingFrom);
        Assert.Null(query.ClosingBy);
    }

    [Fact]
    public void A_bad_closing_within_is_reported_with_the_other_bad_parameters()
    {
        var (query, errors) = new JobSearchParameters { ClosingWithin = "a week", Country = "USA" }.ToQuery(Today);

        Assert.Null(query);
        Assert.Equal(["closingWithin must be between 0 and 365, not a week."], errors["closingWithin"]);
        Assert.True(errors.ContainsKey("country"));
    }

    [Theory]
    [InlineData("UK", null, "country", "country must be an ISO 3166-1 alpha-2 country code such as US or NL, not 'UK' (the United Kingdom is GB).")]
    [InlineData("ZZ", null, "country", "country must be an ISO 3166-1 alpha-2 country code such as US or NL, not 'ZZ'.")]
    [InlineData(null, "ABC", "currency", "currency must be an ISO 4217 currency code such as USD or EUR, not 'ABC'.")]
    [InlineData(null, "rmb", "currency", "currency must be an ISO 4217 currency code such as USD or EUR, not 'rmb' (the yuan is CNY).")]
    public void A_code_no_one_is_assigned_is_refused_by_name(string? country, string? currency, string parameter, string message)
    {
        var (query, errors) = new JobSearchParameters { Country = country, Currency = currency }.ToQuery(Today);

        Assert.Null(query);
        Assert.Equal([message], errors[parameter]);
    }

    [Theory]
    [InlineData("gb", "eur")]
    [InlineData("XK", "XOF")]
    public void Assigned_codes_in_either_case_are_read(string country, string currency)
    {
        var (query, errors) = new JobSearchParameters { Country = country, Currency = currency }.ToQuery(Today);

        Assert.Empty(errors);
        Assert.Equal(country.ToUpperInvariant(), query!.Country);
        Assert.Equal(currency.ToUpperInvariant(), query.SalaryCurrency);
    }
}
