using CsCheck;
using JobAggregator.Contracts;
using JobAggregator.Normalizer.Categories;
using JobAggregator.Normalizer.Dates;
using JobAggregator.Normalizer.Descriptions;
using JobAggregator.Normalizer.Employment;
using JobAggregator.Normalizer.Languages;
using JobAggregator.Normalizer.Locations;
using JobAggregator.Normalizer.Organizations;
using JobAggregator.Normalizer.Salary;
using JobAggregator.Sources.Organizations;

namespace JobAggregator.Normalizer.Tests;

public sealed class ParserRobustnessTests
{
    private static readonly DateTimeOffset ScrapedAt = new(2020, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static readonly string[] Countries = ["US", "CA", "AU", "NZ", "GB", "IE", "NL", "IT", "FR", "AR", "TW", "ZA"];

    // Pieces of real salary, date and location texts, so that generated strings reach deep into the parsers rather than
    // failing at the first character.
    private static readonly string[] Tokens =
    [
        "$", "€", "£", "US$", "NT$", "R", "USD", "EUR", "k", "K", "M", "million", "+", "-", "–", " to ", " up to ", "from ",
        "0", "1", "9", "17.89", "50,98", "36,000", "45.000", "45 000", "120", "1.200.000", "2020", "999999999999", ".", ",",
        " per hour", " an hour", "/hr", " per year", " p.a.", " per month", " al mese", " par mois", " per week", " daily",
        " bi-weekly", " 2+ years", " 401(k)", " DOE", " fund", "valued at ", " ", "/", "2/28/2020", "Mar 10, 2020",
        "10 maart 2020", " days ago", "30+", "today", "1582848000", "Remote", "Hybrid", "; ", " or ", "Boston, MA",
        "CA", "GA", "IN", "County", "United States of America-OHIO-", "Amsterdam", "(", ")", "&amp;", "é", "台北",
    ];

    public static TheoryData<string> Awkward => new()
    {
        "$",
        "$.",
        "- – —",
        "1,2,3,4,5",
        "$999999999999999999999999999999999999",
        "€9.999.999.999.999.999.999.999",
        "999999999999k",
        "99/99/9999",
        "9999-99-99",
        "31 février 2020",
        "0000-00-00T00:00:00Z",
        "9999999999999",
        "99999 days ago",
        ",,,;;;()()",
        "-----",
        "; ; or or / /",
        "Remote Remote Hybrid Remote",
        "<<<>>>&&&;;&#x110000;&#0;",
        "<div><div><div><p>deep</div>",
        new string('9', 5_000),
        string.Concat(Enumerable.Repeat("$1 - ", 2_000)),
        string.Concat(Enumerable.Repeat("Boston, MA; ", 500)),
    };

    [Theory]
    [MemberData(nameof(Awkward))]
    public void Parsers_never_throw_and_never_invert_a_range(string text)
    {
        AssertSaneSalary(SalaryParser.Parse(text, "US"));
        _ = DateParser.Parse(text, "US", ScrapedAt);
        _ = OpenUntilFilled.InValidThrough(text);
        _ = LocationParser.Parse(text, "US");
        _ = EmploymentTypeMapper.Map(text);
        Assert.NotEmpty(CategoryClassifier.Classify(text, text));
        _ = LanguageDetector.Detect(text, text, null);
        _ = OrganizationNormalizer.Normalize(text, null, OrganizationDirectory.Empty);
        _ = new DescriptionCleaner().Clean(text, "https://members.example/jobs/1");
    }

    [Fact]
    public void No_parser_throws_on_any_string()
    {
        Gen.Select(Gen.String, Gen.OneOf(Countries)).Sample((text, country) =>
        {
            AssertSaneSalary(SalaryParser.Parse(text, country));
            _ = DateParser.Parse(text, country, ScrapedAt);
            _ = OpenUntilFilled.InValidThrough(text);
            _ = OpenUntilFilled.InDescription(text);
            _ = LocationParser.Parse(text, country);
            _ = EmploymentTypeMapper.Map(text);
            Assert.NotEmpty(CategoryClassifier.Classify(text, text));
            _ = LanguageDetector.Detect(text, text, null);
            _ = OrganizationNormalizer.Normalize(text, text, OrganizationDirectory.Empty);
        });
    }

    [Fact]
    public void No_parser_throws_on_strings_made_of_real_fragments()
    {
        Gen.Select(Gen.OneOf(Tokens).Array[1, 12], Gen.OneOf(Countries)).Sample((pieces, country) =>
        {
            var text = string.Concat(pieces);
            AssertSaneSalary(SalaryParser.Parse(text, country));
            _ = DateParser.Parse(text, country, ScrapedAt);
            _ = LocationParser.Parse(text, country);
            _ = EmploymentTypeMapper.Map(text);
        });
    }

    [Fact]
    public void Salary_ranges_are_never_inverted_whatever_the_order_written()
    {
        var amounts = Gen.Int[0, 2_000_000];
        var currency = Gen.OneOf("$", "€", "£", "NT$", "USD ", "");
        var connector = Gen.OneOf(" - ", "–", " to ", " and ", "-");
        var period = Gen.OneOf("", " per hour", " per day", " per week", " per month", " per year", "k");
        Gen.Select(currency, amounts, connector, amounts, period, Gen.OneOf(Countries))
            .Sample((symbol, low, between, high, unit, country) =>
                AssertSaneSalary(SalaryParser.Parse($"{symbol}{low:N0}{between}{symbol}{high:N0}{unit}", country)));
    }

    [Theory]
    [InlineData("3 days ago")]
    [InlineData("30+ months ago")]
    [InlineData("yesterday")]
    [InlineData("hace 2 semanas")]
    public void Relative_date_counted_from_an_unset_reference_gives_no_date(string text) =>
        Assert.Null(DateParser.Parse(text, "US", default(DateTimeOffset)));

    [Fact]
    public void Structured_salaries_are_never_inverted()
    {
        var amount = Gen.Decimal[-1_000m, 10_000_000m].Nullable();
        var unit = Gen.OneOf<string?>(null, "HOUR", "DAY", "WEEK", "MONTH", "YEAR", "bogus");
        Gen.Select(amount, amount, unit, Gen.OneOf(Countries)).Sample((min, max, unitText, country) =>
            AssertSaneSalary(SalaryParser.FromStructured(new ScrapedSalary(min, max, null, unitText), country)));
    }

    private static void AssertSaneSalary(NormalizedSalary? salary)
    {
        if (salary is null)
        {
            return;
        }

        Assert.True(salary.Min is null || salary.Max is null || salary.Min <= salary.Max, $"{salary.Min} > {salary.Max}");
        Assert.True(salary.AnnualMin is null || salary.AnnualMax is null || salary.AnnualMin <= salary.AnnualMax, $"{salary.AnnualMin} > {salary.AnnualMax}");
        Assert.True(salary.Min is not null || salary.Max is not null, "a salary without any amount");
        Assert.Equal(salary.Period is not null && salary.Min is not null, salary.AnnualMin is not null);
    }
}
