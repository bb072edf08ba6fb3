using JobAggregator.Contracts;
using JobAggregator.Normalizer.Salary;

namespace JobAggregator.Normalizer.Tests.Salary;

public sealed class SalaryParserTests
{
    public static TheoryData<string, string?, decimal?, decimal?, string, string?> Stated => new()
    {
        { "$36,000+ per year, depending on experience", "US", 36_000m, null, "USD", "YEAR" },
        { "$17.89 – $50.98 per hour", "US", 17.89m, 50.98m, "USD", "HOUR" },
        { "$17.89 - $50.98 hourly", "US", 17.89m, 50.98m, "USD", "HOUR" },
        { "$65,000+ (based on experience)", "US", 65_000m, null, "USD", "YEAR" },
        { "$36,000 or more per year, depending on experience.", "US", 36_000m, null, "USD", "YEAR" },
        { "$120-150k", "US", 120_000m, 150_000m, "USD", "YEAR" },
        { "$120K–$150K", null, 120_000m, 150_000m, "USD", "YEAR" },
        { "€45.000 - €50.000 per year", "NL", 45_000m, 50_000m, "EUR", "YEAR" },
        { "45 000 €", "FR", 45_000m, 45_000m, "EUR", "YEAR" },
        { "45.000 - 50.000 € brutos anuales", "ES", 45_000m, 50_000m, "EUR", "YEAR" },
        { "up to $80,000", "US", null, 80_000m, "USD", "YEAR" },
        { "USD 50,000 to 60,000", null, 50_000m, 60_000m, "USD", "YEAR" },
        { "Between $40,000 and $45,000 a year", "US", 40_000m, 45_000m, "USD", "YEAR" },
        { "£28,000 - £32,000 per annum", "GB", 28_000m, 32_000m, "GBP", "YEAR" },
        { "GBP 30,000", null, 30_000m, 30_000m, "GBP", "YEAR" },
        { "CAD 55,000 - 65,000 annually", "CA", 55_000m, 65_000m, "CAD", "YEAR" },
        { "$70,000 - $80,000", "CA", 70_000m, 80_000m, "CAD", "YEAR" },
        { "C$32 an hour", null, 32m, 32m, "CAD", "HOUR" },
        { "A$85,000 + super", "AU", 85_000m, null, "AUD", "YEAR" },
        { "$95,000 AUD", null, 95_000m, 95_000m, "AUD", "YEAR" },
        { "NZ$60,000 per annum", "NZ", 60_000m, 60_000m, "NZD", "YEAR" },
        { "NZD 28.50 per hour", null, 28.50m, 28.50m, "NZD", "HOUR" },
        { "$25/hr", "US", 25m, 25m, "USD", "HOUR" },
        { "$350 per day", "US", 350m, 350m, "USD", "DAY" },
        { "$1,234.56 weekly", "US", 1_234.56m, 1_234.56m, "USD", "WEEK" },
        { "$4,500 per month", "US", 4_500m, 4_500m, "USD", "MONTH" },
        { "$4,500", "US", 4_500m, 4_500m, "USD", "MONTH" },
        { "$22", "US", 22m, 22m, "USD", "HOUR" },
        { "Salary: $52,000 - $48,000", "US", 48_000m, 52_000m, "USD", "YEAR" },
        { "$50,000 per year plus 401(k) match", "US", 50_000m, 50_000m, "USD", "YEAR" },
        { "$22 per hour, 40 hours per week", "US", 22m, 22m, "USD", "HOUR" },
        { "Hourly rate: $30", "US", 30m, 30m, "USD", "HOUR" },
        { "€ 2.500 al mese", "IT", 2_500m, 2_500m, "EUR", "MONTH" },
        { "1.800 € par mois", "FR", 1_800m, 1_800m, "EUR", "MONTH" },
        { "€ 3.200 per maand", "NL", 3_200m, 3_200m, "EUR", "MONTH" },
        { "$900.000 por mes", "AR", 900_000m, 900_000m, "ARS", "MONTH" },
        { "ARS 450.000 mensuales", null, 450_000m, 450_000m, "ARS", "MONTH" },
        { "NT$45,000 per month", "TW", 45_000m, 45_000m, "TWD", "MONTH" },
        { "R350 000 per annum", "ZA", 350_000m, 350_000m, "ZAR", "YEAR" },
        { "Salary 48,000 per year", "US", 48_000m, 48_000m, "USD", "YEAR" },
        { "$65,000.00 - $70,000.00", "US", 65_000m, 70_000m, "USD", "YEAR" },
    };

    [Theory]
    [MemberData(nameof(Stated))]
    public void Parses_amounts_currency_and_period(string text, string? country, decimal? min, decimal? max, string currency, string? period)
    {
        var salary = SalaryParser.Parse(text, country);

        Assert.NotNull(salary);
        Assert.Equal(min, salary.Min);
        Assert.Equal(max, salary.Max);
        Assert.Equal(currency, salary.Currency);
        Assert.Equal(period, salary.Period);
        Assert.Equal(text, salary.Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("DOE")]
    [InlineData("Competitive")]
    [InlineData("Negotiable")]
    [InlineData("401(k)")]
    [InlineData("Competitive salary, 401k and 5% employer match")]
    [InlineData("Salary commensurate with experience")]
    [InlineData("2+ years of experience required")]
    [InlineData("Pay grade 12")]
    [InlineData("Salary to be reviewed in 2021")]
    public void Gives_no_salary_where_no_amount_is_stated(string? text)
    {
        Assert.Null(SalaryParser.Parse(text, "US"));
    }

    [Fact]
    public void Parses_hourly_range_with_en_dash()
    {
        var salary = SalaryParser.Parse("$17.89 – $50.98 per hour", "US");

        Assert.Equal(new NormalizedSalary(17.89m, 50.98m, "USD", "HOUR", "$17.89 – $50.98 per hour"), salary);
    }

    [Fact]
    public void Keeps_the_cleaned_text_with_entities_decoded()
    {
        var salary = SalaryParser.Parse(" $17.89&nbsp;&ndash;  $50.98 per hour ", "US");

        Assert.Equal(new NormalizedSalary(17.89m, 50.98m, "USD", "HOUR", "$17.89 – $50.98 per hour"), salary);
    }

    [Fact]
    public void Makes_no_period_guess_for_a_bare_amount_in_pesos()
    {
        var salary = SalaryParser.Parse("$1.200.000", "AR");

        Assert.Equal(new NormalizedSalary(1_200_000m, 1_200_000m, "ARS", null, "$1.200.000"), salary);
    }

    [Theory]
    [InlineData("$1,500 bi-weekly")]
    [InlineData("$1,500 biweekly")]
    [InlineData("$1,500 semi-monthly")]
    public void Gives_no_period_for_pay_every_two_weeks_or_twice_a_month(string text)
    {
        var salary = SalaryParser.Parse(text, "US");

        Assert.Equal(new NormalizedSalary(1_500m, 1_500m, "USD", null, text), salary);
    }

    [Theory]
    [InlineData("Starting at $45,000", 45_000)]
    [InlineData("$45,000 minimum", 45_000)]
    [InlineData("From €30.000 per year", 30_000)]
    public void Reads_a_floor_as_a_minimum_only(string text, int min)
    {
        var salary = SalaryParser.Parse(text, "US");

        Assert.Equal((min, (decimal?)null), (salary?.Min, salary?.Max));
    }

    [Fact]
    public void Makes_no_period_guess_between_a_day_rate_and_a_week_rate()
    {
        var salary = SalaryParser.Parse("$600", "US");

        Assert.Equal(new NormalizedSalary(600m, 600m, "USD", null, "$600"), salary);
    }

    [Fact]
    public void Trims_the_scale_a_written_amount_carries()
    {
        var salary = SalaryParser.Parse("$65,000.00", "US");

        Assert.Equal("65000", salary?.Min?.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public static TheoryData<string?, string> UnitTexts => new()
    {
        { "HOUR", "HOUR" },
        { "hour", "HOUR" },
        { "Hourly", "HOUR" },
        { "DAY", "DAY" },
        { "WEEK", "WEEK" },
        { "weekly", "WEEK" },
        { "MONTH", "MONTH" },
        { "YEAR", "YEAR" },
        { "annual", "YEAR" },
        { "Annually", "YEAR" },
        { "per year", "YEAR" },
    };

    [Theory]
    [MemberData(nameof(UnitTexts))]
    public void Maps_structured_unit_text(string? unitText, string period)
    {
        var salary = SalaryParser.FromStructured(new ScrapedSalary(60m, 70m, "USD", unitText), "US");

        Assert.Equal(period, salary?.Period);
    }

    [Fact]
    public void Maps_a_structured_hourly_range()
    {
        var salary = SalaryParser.FromStructured(new ScrapedSalary(17.89m, 50.98m, "usd", "HOUR"), "US");

        Assert.Equal(new NormalizedSalary(17.89m, 50.98m, "USD", "HOUR", null), salary);
    }

    [Fact]
    public void Infers_a_structured_period_from_magnitude_when_no_unit_is_given()
    {
        var salary = SalaryParser.FromStructured(new ScrapedSalary(55_000m, null, "CAD", null), "CA");

        Assert.Equal(new NormalizedSalary(55_000m, null, "CAD", "YEAR", null), salary);
    }

    [Fact]
    public void Takes_a_missing_structured_currency_from_the_country()
    {
        var salary = SalaryParser.FromStructured(new ScrapedSalary(40_000m, 45_000m, null, "YEAR"), "NZ");

        Assert.Equal("NZD", salary?.Currency);
    }

    [Fact]
    public void Swaps_a_structured_range_given_upside_down()
    {
        var salary = SalaryParser.FromStructured(new ScrapedSalary(70_000m, 60_000m, "USD", "YEAR"), "US");

        Assert.Equal((60_000m, 70_000m), (salary?.Min, salary?.Max));
    }

    [Fact]
    public void Gives_no_salary_for_a_structure_without_amounts()
    {
        Assert.Null(SalaryParser.FromStructured(new ScrapedSalary(null, null, "USD", "YEAR"), "US"));
    }
}
