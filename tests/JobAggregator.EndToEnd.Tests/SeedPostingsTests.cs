using System.Text.Json;

namespace JobAggregator.EndToEnd.Tests;

/// <summary>The README's promise: the one-process demo serves every seed opening of the network once, read from the
/// bundled sample sites over loopback, where the network's listing and the member's own page both carry it, with its
/// place, hours, pay and closing date. Run twice, one demo each: on the automatic extraction and on hand-written
/// selectors.</summary>
public abstract class SeedPostingsTests(ScrapedDemoFixture fixture)
{
    private readonly RunningDemo _demo = fixture.Demo;
    private readonly JsonElement[] _jobs = fixture.AllJobs;
    private readonly JsonElement[] _openJobs = fixture.Jobs;

    /// <summary>The strategy that reads each source's own openings in this mode.</summary>
    protected abstract IReadOnlyDictionary<string, string> Extractors { get; }

    [Fact]
    public void Reads_each_source_by_the_strategy_its_rules_give()
    {
        Assert.Equal(Extractors.Keys.Order(), _jobs.Select(j => j.GetProperty("sourceId").GetString()!).Distinct().Order());
        Assert.All(_jobs, job => Assert.Equal(Extractors[job.GetProperty("sourceId").GetString()!], job.GetProperty("extractedBy").GetString()));
    }

    [Theory]
    [InlineData("Post-Graduate Fellowship Program", "Korey Wise Innocence Project", "innocence-network", false)]
    [InlineData("Operations Coordinator", "Georgia Innocence Project", "georgia-innocence-project", true)]
    [InlineData("Supervising Attorney", "New England Innocence Project", "innocence-network", false)]
    [InlineData("Chief Communications Officer", "Innocence Project", "innocence-project", false)]
    [InlineData("Litigation Director", "Washington Innocence Project", "innocence-network", false)]
    [InlineData("Assistant Public Defender 2 – Wrongful Conviction Project", "Office of the Ohio Public Defender", "ohio-public-defender", true)]
    [InlineData("Finance and Human Resources Manager", "Innocence Project of Florida", "innocence-project-of-florida", true)]
    [InlineData("Staff Attorney (Post-Conviction Litigation)", "Innocence Project", "innocence-project", false)]
    [InlineData("Latino Initiative Attorney", "Illinois Innocence Project", "innocence-network", false)]
    [InlineData("Strategic Litigation Counsel", "Arizona Justice Project", "innocence-network", false)]
    public void Serves_every_seed_opening_once_with_its_organisation_and_its_own_page_first(
        string title, string organizationStart, string sourceId, bool alsoOnTheNetworkListing)
    {
        var job = Assert.Single(_jobs, j => Matches(j, title));

        Assert.StartsWith(organizationStart, Name(job), StringComparison.Ordinal);
        Assert.Equal(sourceId, job.GetProperty("sourceId").GetString());
        Assert.Contains($"/{sourceId}/", job.GetProperty("url").GetString(), StringComparison.Ordinal);
        var elsewhere = job.GetProperty("alsoSeenAt").EnumerateArray().Select(s => s.GetProperty("sourceId").GetString()).ToList();
        if (alsoOnTheNetworkListing)
        {
            Assert.Equal(["innocence-network"], elsewhere);
            Assert.Contains("innocence-network", job.GetProperty("mergeReason").GetString(), StringComparison.Ordinal);
        }
        else
        {
            Assert.Empty(elsewhere);
        }
    }

    [Fact]
    public void Serves_as_many_items_as_there_are_seed_openings()
    {
        Assert.Equal(10, _jobs.Length);
    }

    [Fact]
    public void Closes_the_ohio_opening_whose_closing_date_has_passed_and_keeps_the_others_open()
    {
        var ohio = Assert.Single(_jobs, j => Matches(j, "Assistant Public Defender 2 – Wrongful Conviction Project"));

        Assert.Equal("closed", ohio.GetProperty("status").GetString());
        Assert.Equal("expired", ohio.GetProperty("closedReason").GetString());
        Assert.DoesNotContain(_openJobs, j => j.GetProperty("id").GetString() == ohio.GetProperty("id").GetString());
        Assert.Equal(9, _openJobs.Length);
    }

    [Theory]
    [InlineData("Operations Coordinator", 36000, null, "YEAR")]
    [InlineData("Assistant Public Defender 2 – Wrongful Conviction Project", 17.89, 50.98, "HOUR")]
    [InlineData("Strategic Litigation Counsel", 65000, null, "YEAR")]
    public void Serves_salaries_as_numbers_with_their_period(string title, double min, double? max, string period)
    {
        var matches = JobsTitled(title);

        Assert.NotEmpty(matches);
        Assert.All(matches, job =>
        {
            var salary = job.GetProperty("salary");
            Assert.Equal((decimal)min, salary.GetProperty("min").GetDecimal());
            Assert.Equal(max is null ? null : (decimal?)max, salary.GetProperty("max") is { ValueKind: JsonValueKind.Number } m ? m.GetDecimal() : null);
            Assert.Equal("USD", salary.GetProperty("currency").GetString());
            Assert.Equal(period, salary.GetProperty("period").GetString());
        });
    }

    [Theory]
    [InlineData("Post-Graduate Fellowship Program", "Boulder", "CO")]
    [InlineData("Operations Coordinator", "Atlanta", "GA")]
    [InlineData("Supervising Attorney", "Boston", "MA")]
    [InlineData("Chief Communications Officer", "New York", "NY")]
    [InlineData("Litigation Director", "Seattle", "WA")]
    [InlineData("Assistant Public Defender 2 – Wrongful Conviction Project", "Columbus", "OH")]
    [InlineData("Finance and Human Resources Manager", "Tallahassee", "FL")]
    [InlineData("Staff Attorney (Post-Conviction Litigation)", "New York", "NY")]
    [InlineData("Latino Initiative Attorney", null, "IL")]
    [InlineData("Strategic Litigation Counsel", "Phoenix", "AZ")]
    public void Serves_every_seed_opening_at_its_place(string title, string? city, string region)
    {
        var location = Assert.Single(_jobs, j => Matches(j, title)).GetProperty("location");

        Assert.Equal(city, location.GetProperty("city").GetString());
        Assert.Equal(region, location.GetProperty("region").GetString());
        Assert.Equal("US", location.GetProperty("country").GetString());
    }

    [Theory]
    [InlineData("Post-Graduate Fellowship Program", "FULL_TIME")]
    [InlineData("Operations Coordinator", "FULL_TIME")]
    [InlineData("Supervising Attorney", null)]
    [InlineData("Chief Communications Officer", "FULL_TIME")]
    [InlineData("Litigation Director", null)]
    [InlineData("Assistant Public Defender 2 – Wrongful Conviction Project", "FULL_TIME")]
    [InlineData("Finance and Human Resources Manager", "FULL_TIME")]
    [InlineData("Staff Attorney (Post-Conviction Litigation)", "FULL_TIME")]
    [InlineData("Latino Initiative Attorney", null)]
    [InlineData("Strategic Litigation Counsel", "FULL_TIME")]
    public void Serves_the_hours_each_seed_opening_states(string title, string? employmentType)
    {
        var job = Assert.Single(_jobs, j => Matches(j, title));

        Assert.Equal(employmentType, job.GetProperty("employmentType").GetString());
    }

    [Fact]
    public void Serves_the_ohio_closing_date_as_valid_through()
    {
        var matches = JobsTitled("Assistant Public Defender 2 – Wrongful Conviction Project");

        Assert.NotEmpty(matches);
        Assert.All(matches, job => Assert.Equal("2020-03-10", job.GetProperty("validThrough").GetString()));
    }

    [Fact]
    public void Every_item_has_the_documented_shape()
    {
        Assert.NotEmpty(_jobs);
        Assert.All(_jobs, job =>
        {
            foreach (var field in ItemFields)
            {
                Assert.True(job.TryGetProperty(field, out _), $"item lacks '{field}': {job}");
            }

            foreach (var field in LocationFields)
            {
                Assert.True(job.GetProperty("location").TryGetProperty(field, out _), $"location lacks '{field}': {job}");
            }

            Assert.StartsWith("http://127.0.0.1:", job.GetProperty("url").GetString(), StringComparison.Ordinal);
            Assert.DoesNotContain("<script", job.GetProperty("description").GetString() ?? "", StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task Every_sample_source_is_healthy()
    {
        var sources = await _demo.WaitForRunsAsync(DateTimeOffset.MinValue);

        Assert.Equal(5, sources.Length);
        Assert.All(sources, s => Assert.Equal("healthy", s.GetProperty("health").GetString()));
    }

    private static readonly string[] ItemFields =
        ["id", "title", "organization", "location", "employmentType", "salary", "datePosted", "validThrough", "url", "description"];

    private static readonly string[] LocationFields = ["text", "city", "region", "country", "remote"];

    private JsonElement[] JobsTitled(string title) =>
        _jobs.Where(j => Matches(j, title)).ToArray();

    private static bool Matches(JsonElement job, string title) => job.GetProperty("title").GetString() == title;

    private static string Name(JsonElement job) => job.GetProperty("organization").GetProperty("name").GetString()!;
}
