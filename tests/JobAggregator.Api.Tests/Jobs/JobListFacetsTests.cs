using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using JobAggregator.Api.Tests.Alerts;
using JobAggregator.Api.Tests.Http;
using JobAggregator.Contracts;
using Microsoft.Extensions.DependencyInjection;
using static JobAggregator.Api.Tests.Jobs.Postings;

namespace JobAggregator.Api.Tests.Jobs;

/// <summary><c>/api/jobs</c>'s facet counts and closing-within filter, and the list page's counts, over HTTP on a real
/// SQLite store.</summary>
public sealed class JobListFacetsTests : IAsyncLifetime
{
    private ApiServer _api = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _api = await ApiServer.StartAsync(services: services => services.AddSingleton<TimeProvider>(new TestClock(Now)));
        await _api.Store.UpsertAsync(Posting("acme-attorney") with { Categories = [PostingCategories.Attorney], Language = "en" }, Ct);
        await _api.Store.UpsertAsync(
            Posting("acme-paralegal") with { EmploymentType = "PART_TIME", ValidThrough = new DateOnly(2026, 3, 8) }, Ct);
        await _api.Store.UpsertAsync(
            Posting("hope-attorney", "Hope Legal Aid") with
            {
                Location = new NormalizedLocation("Remote - Canada", null, null, "CA", true),
                Categories = [PostingCategories.Attorney],
                Language = "fr",
                ValidThrough = new DateOnly(2026, 3, 1),
            },
            Ct);
        await _api.Store.UpsertAsync(Posting("hope-intake", "Hope Legal Aid") with { ValidThrough = new DateOnly(2026, 3, 9) }, Ct);
    }

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task The_list_carries_each_filter_s_counts_under_its_parameter_name_each_ignoring_only_its_own_filter()
    {
        var list = await _api.Client.GetFromJsonAsync<JsonElement>("/api/jobs?employmentType=FULL_TIME&country=US", Ct);
        var facets = list.GetProperty("facets");

        Assert.Equal(2, list.GetProperty("total").GetInt32());
        Assert.Equal(["acme-attorney", "hope-intake"], list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).Order());
        Assert.Equal(
            ["acme-legal:Acme Legal:1", "hope-legal-aid:Hope Legal Aid:1"],
            facets.GetProperty("organization").EnumerateArray()
                .Select(o => $"{o.GetProperty("value").GetString()}:{o.GetProperty("label").GetString()}:{o.GetProperty("count").GetInt32()}"));
        Assert.Equal(["US:2", "CA:1"], Counts(facets, "country"));
        Assert.Equal(["GA:2"], Counts(facets, "region"));
        Assert.Equal(["FULL_TIME:2", "PART_TIME:1"], Counts(facets, "employmentType"));
        Assert.Equal(["false:2"], Counts(facets, "remote"));
        Assert.Equal(["attorney:1"], Counts(facets, "category"));
        Assert.Equal(["en:1"], Counts(facets, "language"));
        Assert.False(facets.GetProperty("country")[0].TryGetProperty("label", out _));
    }

    [Fact]
    public async Task A_facet_value_given_back_as_its_parameter_finds_as_many_openings_as_it_counted()
    {
        var facets = (await _api.Client.GetFromJsonAsync<JsonElement>("/api/jobs", Ct)).GetProperty("facets");

        foreach (var name in new[] { "organization", "country", "region", "remote", "employmentType", "category", "language" })
        {
            foreach (var facet in facets.GetProperty(name).EnumerateArray())
            {
                var value = facet.GetProperty("value").GetString()!;
                var found = await _api.Client.GetFromJsonAsync<JsonElement>($"/api/jobs?{name}={Uri.EscapeDataString(value)}", Ct);
                Assert.True(
                    facet.GetProperty("count").GetInt32() == found.GetProperty("total").GetInt32(),
                    $"{name}={value} counted {facet.GetProperty("count")} but found {found.GetProperty("total")}");
            }
        }
    }

    [Fact]
    public async Task Closing_within_days_counts_from_today_and_takes_both_ends()
    {
        var within7 = await _api.Client.GetFromJsonAsync<JsonElement>("/api/jobs?closingWithin=7&sort=closing", Ct);
        var today = await _api.Client.GetFromJsonAsync<JsonElement>("/api/jobs?closingWithin=0", Ct);

        Assert.Equal(["hope-attorney", "acme-paralegal"], within7.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(["acme-legal:1", "hope-legal-aid:1"], Counts(within7.GetProperty("facets"), "organization"));
        Assert.Equal("hope-attorney", Assert.Single(today.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("-1")]
    [InlineData("366")]
    [InlineData("1.5")]
    public async Task A_bad_closing_within_answers_400_naming_it(string value)
    {
        using var response = await _api.Client.GetAsync($"/api/jobs?closingWithin={value}", Ct);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            $"closingWithin must be between 0 and 365, not {value}.",
            Assert.Single(problem.GetProperty("errors").GetProperty("closingWithin").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task The_list_page_shows_beside_each_choice_the_openings_the_api_counts_for_it()
    {
        var html = await _api.Client.GetStringAsync("/?employmentType=PART_TIME&closingWithin=30", Ct);

        var page = new HtmlParser().ParseDocument(html);
        Assert.Equal(["Any type", "Full-time (2)", "Part-time (1)"], Choices(page, "employmentType"));
        Assert.True(page.QuerySelector("#employmentType input[value=PART_TIME]")!.HasAttribute("checked"));
        Assert.Contains("Acme Legal (1)", Choices(page, "organization"));
        Assert.DoesNotContain(Choices(page, "organization"), choice => choice.StartsWith("Hope Legal Aid", StringComparison.Ordinal));
        Assert.Contains("US (1)", Choices(page, "country"));
        Assert.Contains("GA (1)", Choices(page, "region"));

        // A choice that would give nothing is left out.
        Assert.Equal(["On site or remote", "On site (1)"], Choices(page, "remote"));
        Assert.Contains("id=\"closingWithin\" name=\"closingWithin\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"30\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_page_names_a_bad_closing_within_beside_its_field()
    {
        using var response = await _api.Client.GetAsync("/?closingWithin=soon", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"closingWithin-error\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"closingWithin-error\"", html, StringComparison.Ordinal);
    }

    /// <summary>The radio buttons of one filter as the reader sees them: "Full-time (2)".</summary>
    private static List<string> Choices(IHtmlDocument page, string filter) =>
        page.QuerySelectorAll($"#{filter} label").Select(label => Regex.Replace(label.TextContent, @"\s+", " ").Trim()).ToList();

    private static IEnumerable<string> Counts(JsonElement facets, string name) =>
        facets.GetProperty(name).EnumerateArray().Select(f => $"{f.GetProperty("value").GetString()}:{f.GetProperty("count").GetInt32()}");
}
