using JobAggregator.Contracts;
using JobAggregator.Normalizer.Languages;
using JobAggregator.Normalizer.Organizations;
using JobAggregator.Normalizer.Tests.Salary;
using JobAggregator.Sources.Organizations;

namespace JobAggregator.Normalizer.Tests;

public sealed class PostingNormalizerTests
{
    private readonly PostingNormalizer _normalizer = new(OrganizationDirectory.Empty);

    [Fact]
    public void Plain_fields_leave_as_text_whatever_markup_or_entities_they_came_with()
    {
        var posting = _normalizer.Normalize(SeedPostings.OhioPublicDefender() with
        {
            Title = "Staff Attorney<script>alert(1)</script>",
            Organization = "&lt;img src=x onerror=alert(1)&gt;Acme Legal Aid",
            LocationText = "Columbus, Ohio <svg onload=alert(1)>",
        });

        Assert.Equal("Staff Attorney", posting.Title);
        Assert.Equal("Acme Legal Aid", posting.Organization.Name);
        Assert.Equal("Columbus, Ohio", posting.Location.Text);
    }

    [Fact]
    public void Normalizes_the_ohio_public_defender_posting()
    {
        var posting = _normalizer.Normalize(SeedPostings.OhioPublicDefender());

        Assert.Equal("ohio-public-defender", posting.SourceId);
        Assert.Equal(SeedPostings.FirstRun, posting.ScrapeRunId);
        Assert.Equal(SeedPostings.FirstScrape, posting.ScrapedAt);
        Assert.Equal("190007WE", posting.PostingKey);
        Assert.Equal("Assistant Public Defender 2 – Wrongful Conviction Project", posting.Title);
        Assert.Equal(new NormalizedOrganization("office-of-the-ohio-public-defender", "Office of the Ohio Public Defender"), posting.Organization);
        Assert.Equal(new NormalizedLocation("United States of America-OHIO-Franklin County", null, "OH", "US", false), posting.Location);
        Assert.Equal("FULL_TIME", posting.EmploymentType);
        Assert.Equal(SalaryParserTests.SeedHourly with { Text = "$17.89 – $50.98 per hour" }, posting.Salary);
        Assert.Equal(new DateOnly(2020, 2, 28), posting.DatePosted);
        Assert.Equal(new DateOnly(2020, 3, 10), posting.ValidThrough);
        Assert.Equal("https://careers.ohio.example/job/190007WE", posting.Url);
        Assert.Equal("https://careers.ohio.example/apply/190007WE", posting.ApplyUrl);
        Assert.Equal("state-portal", posting.ExtractedBy);
        Assert.Equal(["attorney"], posting.Categories);
        Assert.Equal("en", posting.Language);
        Assert.False(posting.OpenUntilFilled);
        Assert.Null(posting.SourceOrganizationId);
        Assert.Matches("^[0-9a-f]{64}$", posting.ContentHash);
    }

    [Fact]
    public void Sanitizes_the_description_and_resolves_its_links()
    {
        var posting = _normalizer.Normalize(SeedPostings.OhioPublicDefender());

        Assert.DoesNotContain("script", posting.DescriptionHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<a href=\"https://careers.ohio.example/requisition/190007WE\">Full requisition</a>", posting.DescriptionHtml, StringComparison.Ordinal);
        Assert.Equal(
            "About the project\n"
            + "The Wrongful Conviction Project reviews claims of innocence and litigates them in state and federal courts.\n"
            + "- Unclassified\n"
            + "- Exempt\n"
            + "Full requisition",
            posting.DescriptionText);
    }

    [Fact]
    public void Gives_the_same_content_the_same_hash_whichever_run_scraped_it()
    {
        var first = _normalizer.Normalize(SeedPostings.OhioPublicDefender());
        var second = _normalizer.Normalize(SeedPostings.OhioPublicDefender() with
        {
            ScrapeRunId = Guid.Parse("0e5a8b7c-1d2f-4a3b-9c8d-7e6f5a4b3c2d"),
            ScrapedAt = SeedPostings.FirstScrape.AddDays(1),
            Title = "Assistant Public Defender 2 – Wrongful Conviction Project",
        });

        Assert.Equal(first.ContentHash, second.ContentHash);
    }

    [Fact]
    public void Gives_a_changed_salary_a_different_hash()
    {
        var first = _normalizer.Normalize(SeedPostings.OhioPublicDefender());
        var raised = _normalizer.Normalize(SeedPostings.OhioPublicDefender() with { SalaryText = "$18.50 – $50.98 per hour" });

        Assert.NotEqual(first.ContentHash, raised.ContentHash);
    }

    [Fact]
    public void Gives_a_changed_closing_date_a_different_hash()
    {
        var first = _normalizer.Normalize(SeedPostings.OhioPublicDefender());
        var extended = _normalizer.Normalize(SeedPostings.OhioPublicDefender() with { ValidThroughText = "Mar 24, 2020" });

        Assert.NotEqual(first.ContentHash, extended.ContentHash);
    }

    [Fact]
    public void Falls_back_to_the_source_organization()
    {
        var posting = _normalizer.Normalize(SeedPostings.OhioPublicDefender() with
        {
            Organization = null,
            SourceOrganization = "Georgia Innocence Project",
        });

        Assert.Equal(new NormalizedOrganization("georgia-innocence-project", "Georgia Innocence Project"), posting.Organization);
    }

    [Fact]
    public void Prefers_structured_salary_over_salary_text()
    {
        var posting = _normalizer.Normalize(SeedPostings.OhioPublicDefender() with
        {
            Salary = new ScrapedSalary(17.89m, 50.98m, "USD", "HOUR"),
            SalaryText = "$17.89 to $50.98",
        });

        Assert.Equal(SalaryParserTests.SeedHourly with { Text = "$17.89 to $50.98" }, posting.Salary);
    }

    [Fact]
    public void Reads_salary_text_when_the_structure_holds_no_amount()
    {
        var posting = _normalizer.Normalize(SeedPostings.OhioPublicDefender() with
        {
            Salary = new ScrapedSalary(null, null, "USD", "HOUR"),
        });

        Assert.Equal(SalaryParserTests.SeedHourly with { Text = "$17.89 – $50.98 per hour" }, posting.Salary);
    }

    [Fact]
    public void Takes_the_dollar_of_the_source_country()
    {
        var posting = _normalizer.Normalize(SeedPostings.OhioPublicDefender() with
        {
            LocationText = "Toronto, ON",
            SalaryText = "$70,000 - $80,000",
            SourceCountry = "CA",
        });

        Assert.Equal(new NormalizedSalary(70_000m, 80_000m, "CAD", "YEAR", "$70,000 - $80,000") { AnnualMin = 70_000m, AnnualMax = 80_000m }, posting.Salary);
    }

    [Fact]
    public void Takes_a_dollar_with_no_country_at_all_for_the_us_dollar()
    {
        var posting = _normalizer.Normalize(SeedPostings.OhioPublicDefender() with
        {
            LocationText = null,
            SalaryText = "$65,000+ per year",
            SourceCountry = null,
        });

        Assert.Equal(new NormalizedSalary(65_000m, null, "USD", "YEAR", "$65,000+ per year") { AnnualMin = 65_000m }, posting.Salary);
    }

    [Fact]
    public void Leaves_a_dollar_in_a_country_of_another_currency_without_a_currency()
    {
        var posting = _normalizer.Normalize(SeedPostings.OhioPublicDefender() with
        {
            LocationText = null,
            SalaryText = "$65,000+ per year",
            SourceCountry = "FR",
        });

        Assert.Null(posting.Salary?.Currency);
        Assert.Equal(65_000m, posting.Salary?.Min);
    }

    [Theory]
    [InlineData(null, null, "2027-03-02")]
    [InlineData("FR", null, "2027-02-03")]
    [InlineData(null, "Lyon, France", "2027-02-03")]
    [InlineData("US", "Lyon, France", "2027-03-02")]
    public void Reads_an_ambiguous_numeric_date_by_the_country_of_the_source_else_of_the_place(string? sourceCountry, string? place, string expected)
    {
        var posting = _normalizer.Normalize(SeedPostings.OhioPublicDefender() with
        {
            LocationText = place,
            SourceCountry = sourceCountry,
            ValidThroughText = "03/02/2027",
        });

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), posting.ValidThrough);
    }

    [Theory]
    [InlineData("2026-12-01", "hasta el 18 de diciembre", "2026-12-18")]
    [InlineData("2026-12-10", "bis 8. Januar", "2027-01-08")]
    [InlineData("2026-12-10", "until 18 December", "2026-12-18")]
    [InlineData(null, "hasta el 18 de diciembre", null)]
    public void Dates_a_day_and_month_with_no_year_from_the_posts_own_date_only(string? posted, string validThrough, string? expected)
    {
        var posting = _normalizer.Normalize(SeedPostings.OhioPublicDefender() with { DatePostedText = posted, ValidThroughText = validThrough });

        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), posting.ValidThrough);
    }

    [Fact]
    public void Counts_a_relative_posting_date_from_when_the_page_was_scraped()
    {
        var posting = _normalizer.Normalize(SeedPostings.OhioPublicDefender() with { DatePostedText = "Posted 3 days ago" });

        Assert.Equal(new DateOnly(2020, 2, 27), posting.DatePosted);
    }

    [Theory]
    [InlineData("Open until filled", null)]
    [InlineData("Priority review March 10, 2020; open until filled", null)]
    [InlineData("Rolling", null)]
    public void Flags_a_posting_open_until_filled_and_gives_it_no_closing_date(string validThrough, string? description)
    {
        var posting = _normalizer.Normalize(SeedPostings.OhioPublicDefender() with { ValidThroughText = validThrough, DescriptionHtml = description });

        Assert.True(posting.OpenUntilFilled);
        Assert.Null(posting.ValidThrough);
    }

    [Fact]
    public void Flags_a_posting_whose_description_says_it_is_open_until_filled()
    {
        var posting = _normalizer.Normalize(SeedPostings.OhioPublicDefender() with
        {
            DescriptionHtml = "<p>Applications are reviewed on a rolling basis until the position is filled.</p>",
        });

        Assert.True(posting.OpenUntilFilled);
        Assert.Equal(new DateOnly(2020, 3, 10), posting.ValidThrough);
    }

    [Fact]
    public void Keeps_hybrid_work_and_the_other_places()
    {
        var posting = _normalizer.Normalize(SeedPostings.OhioPublicDefender() with { LocationText = "Hybrid: Columbus, OH; Cincinnati, OH" });

        Assert.True(posting.Location.Hybrid);
        Assert.Equal(("Columbus", "OH"), (posting.Location.City, posting.Location.Region));
        Assert.Equal([new NormalizedPlace("Cincinnati", "OH", "US")], posting.Location.OtherPlaces);
    }

    [Fact]
    public void Names_the_canonical_organisation_of_the_source()
    {
        var directory = new OrganizationDirectory([("Georgia Innocence Project", ["GIP"]), ("Innocence Network", [])]);
        var posting = new PostingNormalizer(directory).Normalize(SeedPostings.OhioPublicDefender() with
        {
            Organization = "Georgia Innocence Project, Inc.",
            SourceOrganization = "GIP",
        });

        Assert.Equal(new NormalizedOrganization("georgia-innocence-project", "Georgia Innocence Project"), posting.Organization);
        Assert.Equal("georgia-innocence-project", posting.SourceOrganizationId);
    }

    [Fact]
    public void Takes_the_language_of_the_source_for_a_posting_too_short_to_tell()
    {
        var languages = new SourceLanguages([KeyValuePair.Create("ohio-public-defender", "es")]);
        var posting = new PostingNormalizer(OrganizationDirectory.Empty, languages).Normalize(SeedPostings.OhioPublicDefender() with
        {
            Title = "Abogado/a",
            DescriptionHtml = null,
        });

        Assert.Equal("es", posting.Language);
        Assert.Equal(["attorney"], posting.Categories);
    }

    public static TheoryData<string, Func<PostingScraped, PostingScraped>> Changes => new()
    {
        { "location made hybrid", scraped => scraped with { LocationText = "Hybrid: Columbus, OH" } },
        { "another place added", scraped => scraped with { LocationText = "Columbus, OH; Cincinnati, OH" } },
        { "category changed", scraped => scraped with { Title = "Investigator – Wrongful Conviction Project" } },
        { "open until filled", scraped => scraped with { ValidThroughText = "Open until filled" } },
        { "source organisation", scraped => scraped with { SourceOrganization = "Innocence Network" } },
        { "language", scraped => scraped with { DescriptionHtml = "<p>El proyecto busca un abogado para trabajar en la revisión de casos de condenas erróneas en el estado.</p>" } },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Gives_a_change_of_a_parsed_field_a_different_hash(string change, Func<PostingScraped, PostingScraped> edit)
    {
        var first = _normalizer.Normalize(SeedPostings.OhioPublicDefender());
        var changed = _normalizer.Normalize(edit(SeedPostings.OhioPublicDefender()));

        Assert.True(first.ContentHash != changed.ContentHash, change);
    }

    [Fact]
    public void Leaves_unknown_fields_empty()
    {
        var posting = _normalizer.Normalize(new PostingScraped(
            "wiki", SeedPostings.FirstRun, SeedPostings.FirstScrape, "post-graduate-fellowship", "Post-Graduate Fellowship Program",
            "Korey Wise Innocence Project", null, null, "None stated", null, null, "Fall 2020 or early 2021", null, null, null, "wordpress"));

        Assert.Equal(new NormalizedLocation(null, null, null, null, false), posting.Location);
        Assert.Null(posting.EmploymentType);
        Assert.Null(posting.Salary);
        Assert.Null(posting.DatePosted);
        Assert.Null(posting.ValidThrough);
        Assert.Null(posting.DescriptionHtml);
        Assert.Null(posting.DescriptionText);
        Assert.Null(posting.Url);
        Assert.Null(posting.ApplyUrl);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("&nbsp;")]
    public void Rejects_a_posting_without_a_title_naming_its_key(string title)
    {
        var exception = Assert.Throws<ArgumentException>(() => _normalizer.Normalize(SeedPostings.OhioPublicDefender() with { Title = title }));

        Assert.Contains("190007WE", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_posting_without_any_organization_naming_its_key()
    {
        var exception = Assert.Throws<ArgumentException>(() => _normalizer.Normalize(SeedPostings.OhioPublicDefender() with { Organization = null }));

        Assert.Contains("190007WE", exception.Message, StringComparison.Ordinal);
    }
}
