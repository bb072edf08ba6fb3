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

    private static readonly string[] UnsafeElements = ["script", "style", "iframe", "svg", "img", "object", "embed"];

    // Markup as attackers write it, plain and entity-encoded, for the whole-posting property below.
    private static readonly string[] Hostile =
    [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "&lt;script&gt;",
        "&amp;lt;script&amp;gt;", "&#60;img src=x onerror=alert(1)&#62;", "&#106;avascript:alert(1)", "javascript:alert(1)",
        "<a href=\"javascript:alert(1)\">x</a>", "<iframe src=\"data:text/html,x\">", "<div style=\"x:expression(alert(1))\">",
        "<!--", "-->", "<", ">", "\"", "'", "<scr<script>ipt>", "</title><script>", "<\u200Bscript>alert(1)</\u200Bscript>", "<i\u00ADmg src=x onerror=alert(1)>", "\u0000", "\uFEFF", "\u202E",
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

    [Fact]
    public void Whole_postings_of_hostile_text_keep_their_plain_fields_plain_short_and_their_links_safe()
    {
        var text = Gen.Frequency(
                (8, Gen.OneOf(Tokens)),
                (4, Gen.OneOf(Hostile)),
                (1, Gen.Int[1, 5_000].Select(size => new string('x', size) + " ")),
                (1, Gen.String))
            .Array[0, 12]
            .Select(string.Concat);
        var normalizer = new PostingNormalizer(OrganizationDirectory.Empty);
        Gen.Select(Gen.Select(text, text, text, text), Gen.Select(text, text, text, text), Gen.OneOf(Countries))
            .Sample((plain, rest, country) =>
            {
                var scraped = SeedPostings.OhioPublicDefender() with
                {
                    Title = "Staff Attorney " + plain.Item1,
                    Organization = plain.Item2,
                    LocationText = plain.Item3,
                    EmploymentTypeText = plain.Item4,
                    SalaryText = rest.Item1,
                    DatePostedText = rest.Item2,
                    DescriptionHtml = rest.Item3,
                    ApplyUrl = rest.Item4,
                    SourceCountry = country,
                    SourceOrganization = "Office of the Ohio Public Defender",
                };

                var posting = normalizer.Normalize(scraped);

                AssertPlain(posting.Title, 300);
                AssertPlain(posting.Organization.Name, 200);
                AssertPlain(posting.Location.Text, 300);
                AssertPlain(posting.Salary?.Text, 500);
                Assert.True(posting.ApplyUrl is null || posting.ApplyUrl.StartsWith("http", StringComparison.Ordinal)
                    || posting.ApplyUrl.StartsWith("mailto:", StringComparison.Ordinal), posting.ApplyUrl);
                AssertSanitised(posting.DescriptionHtml);
                AssertPlain(posting.DescriptionText, int.MaxValue);
            },
            iter: 300);
    }

    private static void AssertPlain(string? field, int maxLength)
    {
        if (field is null)
        {
            return;
        }

        Assert.True(field.Length <= maxLength, $"{field.Length} characters, more than {maxLength}");
        // Only a "<" or "</" before a letter opens an element; "</" at the end or "< 50k" is text to any parser.
        Assert.DoesNotMatch(@"</?[a-zA-Z]", field);
    }

    private static void AssertSanitised(string? html)
    {
        if (html is null)
        {
            return;
        }

        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.LocalName, UnsafeElements);
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), attribute.Name);
                Assert.NotEqual("style", attribute.Name);
                Assert.DoesNotMatch("^(?i)\\s*(javascript|vbscript|data):", attribute.Value);
            }
        }
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
