using System.Text.Json;
using JobAggregator.Api.Jobs;
using JobAggregator.Api.Pages;

namespace JobAggregator.Api.Tests.Pages;

public sealed class JobPostingJsonLdTests
{
    private static readonly Uri Page = new("https://jobs.example/jobs/abc123");

    [Fact]
    public void Carries_every_property_google_requires_and_the_recommended_ones_that_are_known()
    {
        using var json = Render(Jobs.StaffAttorney(), new Uri("https://innocenceproject.example/"));
        var posting = json.RootElement;

        Assert.Equal("JobPosting", posting.GetProperty("@type").GetString());
        Assert.Equal("Staff Attorney", posting.GetProperty("title").GetString());
        Assert.Equal("<p>Review claims of innocence.</p>", posting.GetProperty("description").GetString());
        Assert.Equal("2026-02-28", posting.GetProperty("datePosted").GetString());
        Assert.Equal("2026-03-10T23:59:59", posting.GetProperty("validThrough").GetString());
        Assert.Equal("Innocence Project", posting.GetProperty("hiringOrganization").GetProperty("name").GetString());
        Assert.Equal("https://innocenceproject.example/", posting.GetProperty("hiringOrganization").GetProperty("sameAs").GetString());
        Assert.Equal("US", posting.GetProperty("jobLocation").GetProperty("address").GetProperty("addressCountry").GetString());
        Assert.Equal("New York", posting.GetProperty("jobLocation").GetProperty("address").GetProperty("addressLocality").GetString());
        Assert.Equal("FULL_TIME", posting.GetProperty("employmentType").GetString());
        Assert.Equal("YEAR", posting.GetProperty("baseSalary").GetProperty("value").GetProperty("unitText").GetString());
        Assert.Equal(85000m, posting.GetProperty("baseSalary").GetProperty("value").GetProperty("minValue").GetDecimal());
        Assert.Equal("USD", posting.GetProperty("baseSalary").GetProperty("currency").GetString());
        Assert.False(posting.GetProperty("directApply").GetBoolean());
        Assert.Equal("abc123", posting.GetProperty("identifier").GetProperty("value").GetString());
    }

    [Fact]
    public void A_fully_remote_opening_is_telecommute_with_the_country_applicants_must_be_in()
    {
        var remote = Jobs.StaffAttorney() with { Location = new JobLocation("Remote (US)", null, null, "US", true, false, []) };

        using var json = Render(remote, null);

        Assert.Equal("TELECOMMUTE", json.RootElement.GetProperty("jobLocationType").GetString());
        Assert.Equal("US", json.RootElement.GetProperty("applicantLocationRequirements").GetProperty("name").GetString());
        Assert.False(json.RootElement.TryGetProperty("jobLocation", out _));
    }

    [Fact]
    public void Leaves_out_pay_without_a_figure_and_uses_the_first_seen_day_without_a_posted_date()
    {
        var job = Jobs.StaffAttorney() with { Salary = new JobSalary(null, null, null, null, "DOE", null, null), DatePosted = null };

        using var json = Render(job, null);

        Assert.False(json.RootElement.TryGetProperty("baseSalary", out _));
        Assert.Equal("2026-03-01", json.RootElement.GetProperty("datePosted").GetString());
    }

    [Fact]
    public void Text_that_would_close_the_script_element_is_escaped()
    {
        var hostile = Jobs.StaffAttorney() with { Title = "Attorney</script><script>alert(1)</script>" };

        var rendered = JobPostingJsonLd.For(hostile, Page, null);

        Assert.DoesNotContain("</script>", rendered, StringComparison.OrdinalIgnoreCase);
        using var json = JsonDocument.Parse(rendered);
        Assert.Equal(hostile.Title, json.RootElement.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("json-ld", true)]
    [InlineData("microdata", true)]
    [InlineData("rdfa", true)]
    [InlineData("greenhouse", false)]
    [InlineData("heuristic", false)]
    public void Knows_when_the_member_s_own_page_already_carries_the_markup(string extractedBy, bool carries)
    {
        Assert.Equal(carries, JobPostingJsonLd.SourceCarriesMarkup(Jobs.StaffAttorney() with { ExtractedBy = extractedBy }));
    }

    private static JsonDocument Render(JobItem job, Uri? website) => JsonDocument.Parse(JobPostingJsonLd.For(job, Page, website));
}
