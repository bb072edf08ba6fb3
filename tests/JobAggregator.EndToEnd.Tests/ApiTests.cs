using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace JobAggregator.EndToEnd.Tests;

/// <summary>The API's filters, paging, errors and health, over HTTP against the scraped demo.</summary>
public sealed class ApiTests(ScrapedDemoFixture fixture) : IClassFixture<ScrapedDemoFixture>
{
    private readonly HttpClient _api = fixture.Demo.Api;

    [Theory]
    [InlineData("organization=Innocence%20Project", new[] { "Chief Communications Officer", "Staff Attorney (Post-Conviction Litigation)" })]
    [InlineData("organization=georgia-innocence-project", new[] { "Operations Coordinator" })]
    [InlineData("organization=gip", new[] { "Operations Coordinator" })]
    [InlineData("location=tallahassee", new[] { "Finance and Human Resources Manager" })]
    [InlineData("category=attorney", new[] { "Latino Initiative Attorney", "Litigation Director", "Staff Attorney (Post-Conviction Litigation)", "Strategic Litigation Counsel", "Supervising Attorney" })]
    [InlineData("category=finance-hr&country=us", new[] { "Finance and Human Resources Manager" })]
    [InlineData("minSalary=50000", new[] { "Strategic Litigation Counsel" })]
    [InlineData("minSalary=50000&currency=USD&includeClosed=true", new[] { "Assistant Public Defender 2 – Wrongful Conviction Project", "Strategic Litigation Counsel" })]
    [InlineData("country=NL", new string[0])]
    [InlineData("remote=true", new string[0])]
    [InlineData("language=es", new string[0])]
    public async Task Filters_postings(string query, string[] titles)
    {
        var page = await _api.GetFromJsonAsync<JsonElement>($"/api/jobs?pageSize=100&{query}", TestContext.Current.CancellationToken);

        var found = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()).Distinct().Order();
        Assert.Equal(titles, found);
    }

    [Theory]
    [InlineData("bilingual", "Latino Initiative Attorney")]
    [InlineData("litig", "Strategic Litigation Counsel")]
    [InlineData("Bloomerang", "Operations Coordinator")]
    public async Task Searches_text_in_titles_and_descriptions_with_prefixes(string q, string expectedTitle)
    {
        var page = await _api.GetFromJsonAsync<JsonElement>($"/api/jobs?pageSize=100&q={q}", TestContext.Current.CancellationToken);

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, i => i.GetProperty("title").GetString() == expectedTitle);
        Assert.True(items.Count < fixture.Jobs.Length, $"'{q}' matched every posting");
        Assert.All(items, i => Assert.Contains(q,
            i.GetProperty("title").GetString() + " " + i.GetProperty("descriptionText").GetString(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Filters_by_employment_type_case_insensitively()
    {
        var page = await _api.GetFromJsonAsync<JsonElement>("/api/jobs?pageSize=100&employmentType=full_time", TestContext.Current.CancellationToken);

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal("FULL_TIME", i.GetProperty("employmentType").GetString()));
        Assert.True(items.Count < fixture.Jobs.Length);
    }

    [Fact]
    public async Task Sorts_by_yearly_pay_with_unpaid_postings_last()
    {
        var page = await _api.GetFromJsonAsync<JsonElement>("/api/jobs?pageSize=100&sort=salary", TestContext.Current.CancellationToken);

        var titles = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()).ToList();
        Assert.Equal(["Strategic Litigation Counsel", "Operations Coordinator"], titles.Take(2));
        Assert.Equal(fixture.Jobs.Length, titles.Count);
    }

    [Fact]
    public async Task Pages_through_every_posting_exactly_once()
    {
        var seen = new List<string>();
        for (var page = 1; page <= 5; page++)
        {
            var body = await _api.GetFromJsonAsync<JsonElement>($"/api/jobs?pageSize=4&page={page}", TestContext.Current.CancellationToken);
            Assert.Equal(fixture.Jobs.Length, body.GetProperty("total").GetInt32());
            seen.AddRange(body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
        }

        Assert.Equal(fixture.Jobs.Length, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task Answers_a_bad_parameter_with_400_naming_it()
    {
        var response = await _api.GetAsync("/api/jobs?pageSize=500", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("pageSize must be between 1 and 100, not 500", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("page=0", "page", "page must be a whole number of 1 or more, not 0.")]
    [InlineData("country=USA", "country", "country must be an ISO 3166-1 alpha-2 country code such as US or NL, not 'USA'.")]
    [InlineData("remote=maybe", "remote", "remote must be true or false, not 'maybe'.")]
    [InlineData("category=lawyer", "category", "'lawyer' is not one of attorney, fellowship,")]
    [InlineData("language=english", "language", "language must be an ISO 639-1 language code such as en or es, not 'english'.")]
    [InlineData("minSalary=lots", "minSalary", "minSalary must be a yearly amount such as 50000, not 'lots'.")]
    [InlineData("currency=dollars", "currency", "currency must be an ISO 4217 currency code such as USD or EUR, not 'dollars'.")]
    [InlineData("postedSince=3/1/2020", "postedSince", "postedSince must be a date as yyyy-MM-dd, not '3/1/2020'.")]
    [InlineData("sort=oldest", "sort", "'oldest' is not one of newest, salary, closing, relevance.")]
    public async Task Answers_each_bad_filter_with_400_naming_the_parameter_and_what_it_takes(
        string query, string parameter, string message)
    {
        var response = await _api.GetAsync($"/api/jobs?{query}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var errors = problem.GetProperty("errors").GetProperty(parameter).EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains(errors, e => e!.StartsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Serves_one_posting_by_id_and_404_for_an_unknown_one()
    {
        var id = fixture.Jobs[0].GetProperty("id").GetString();

        var one = await _api.GetFromJsonAsync<JsonElement>($"/api/jobs/{id}", TestContext.Current.CancellationToken);
        var missing = await _api.GetAsync("/api/jobs/does-not-exist", TestContext.Current.CancellationToken);

        Assert.Equal(id, one.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy(string path)
    {
        var response = await _api.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
