using JobAggregator.Contracts;

namespace JobAggregator.Normalizer.Tests;

public sealed class PostingNormalizerTests
{
    private readonly PostingNormalizer _normalizer = new();

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
        Assert.Equal(new NormalizedSalary(17.89m, 50.98m, "USD", "HOUR", "$17.89 – $50.98 per hour"), posting.Salary);
        Assert.Equal(new DateOnly(2020, 2, 28), posting.DatePosted);
        Assert.Equal(new DateOnly(2020, 3, 10), posting.ValidThrough);
        Assert.Equal("https://careers.ohio.example/job/190007WE", posting.Url);
        Assert.Equal("https://careers.ohio.example/apply/190007WE", posting.ApplyUrl);
        Assert.Equal("state-portal", posting.ExtractedBy);
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

        Assert.Equal(new NormalizedSalary(17.89m, 50.98m, "USD", "HOUR", "$17.89 to $50.98"), posting.Salary);
    }

    [Fact]
    public void Reads_salary_text_when_the_structure_holds_no_amount()
    {
        var posting = _normalizer.Normalize(SeedPostings.OhioPublicDefender() with
        {
            Salary = new ScrapedSalary(null, null, "USD", "HOUR"),
        });

        Assert.Equal(new NormalizedSalary(17.89m, 50.98m, "USD", "HOUR", "$17.89 – $50.98 per hour"), posting.Salary);
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

        Assert.Equal(new NormalizedSalary(70_000m, 80_000m, "CAD", "YEAR", "$70,000 - $80,000"), posting.Salary);
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
