using System.Text.Json;

namespace JobAggregator.EndToEnd.Tests;

/// <summary>The README's promise: the one-process demo serves every seed posting of the network, read from the
/// bundled sample sites over loopback.</summary>
public sealed class SeedPostingsTests(ScrapedDemoFixture fixture) : IClassFixture<ScrapedDemoFixture>
{
    private readonly RunningDemo _demo = fixture.Demo;
    private readonly JsonElement[] _jobs = fixture.Jobs;

    [Theory]
    [InlineData("Post-Graduate Fellowship Program", "Korey Wise Innocence Project")]
    [InlineData("Operations Coordinator", "Georgia Innocence Project")]
    [InlineData("Supervising Attorney", "New England Innocence Project")]
    [InlineData("Chief Communications Officer", "Innocence Project")]
    [InlineData("Litigation Director", "Washington Innocence Project")]
    [InlineData("Assistant Public Defender 2 – Wrongful Conviction Project", "Office of the Ohio Public Defender")]
    [InlineData("Finance and Human Resources Manager", "Innocence Project of Florida")]
    [InlineData("Staff Attorney (Post-Conviction Litigation)", "Innocence Project")]
    [InlineData("Latino Initiative Attorney", "Illinois Innocence Project")]
    [InlineData("Strategic Litigation Counsel", "Arizona Justice Project")]
    public void Serves_every_seed_posting_with_its_organisation(string title, string organizationStart)
    {
        var matches = JobsTitled(title);

        Assert.NotEmpty(matches);
        Assert.All(matches, job => Assert.StartsWith(organizationStart, Name(job), StringComparison.Ordinal));
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
        _jobs.Where(j => j.GetProperty("title").GetString() == title).ToArray();

    private static string Name(JsonElement job) => job.GetProperty("organization").GetProperty("name").GetString()!;
}
