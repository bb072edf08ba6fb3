using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JobAggregator.Api.Tests.Alerts;
using JobAggregator.Api.Tests.Http;
using JobAggregator.Contracts;
using Microsoft.Extensions.DependencyInjection;
using static JobAggregator.Api.Tests.Jobs.Postings;

namespace JobAggregator.Api.Tests.Jobs;

/// <summary><c>/api/jobs</c>'s deep pages by cursor, and the limit on <c>page</c>, over HTTP on a real SQLite store.
/// </summary>
public sealed class JobListCursorTests : IAsyncLifetime
{
    private static readonly string[] Titles =
    [
        "Staff Attorney", "Paralegal", "Investigator", "Accountant", "Receptionist", "Archivist", "Librarian",
    ];

    private ApiServer _api = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _api = await ApiServer.StartAsync(services: services => services.AddSingleton<TimeProvider>(new TestClock(Now)));
        for (var i = 0; i < Titles.Length; i++)
        {
            await _api.Store.UpsertAsync(
                Posting($"job-{i}") with
                {
                    Title = Titles[i],
                    Salary = i % 3 == 0 ? null : new NormalizedSalary(40000m + (i % 2 * 10000m), null, "USD", "YEAR", null) { AnnualMin = 40000m + (i % 2 * 10000m) },
                    Location = new NormalizedLocation("Atlanta, GA", "Atlanta", "GA", i == 4 ? "CA" : "US", false),
                },
                Ct);
        }
    }

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    [Theory]
    [InlineData("newest")]
    [InlineData("salary")]
    [InlineData("closing")]
    [InlineData("relevance")]
    public async Task Following_next_url_lists_what_one_long_page_lists_in_the_same_order(string sort)
    {
        var whole = await _api.Client.GetFromJsonAsync<JsonElement>($"/api/jobs?sort={sort}&country=US&pageSize=100", Ct);
        var followed = new List<string>();
        var address = $"/api/jobs?sort={sort}&country=US&pageSize=2";
        var pages = 0;
        while (address is not null && pages < 10)
        {
            var page = await _api.Client.GetFromJsonAsync<JsonElement>(address, Ct);
            Assert.Equal(6, page.GetProperty("total").GetInt32());
            Assert.True(page.GetProperty("totalExact").GetBoolean());
            followed.AddRange(Ids(page));
            address = page.TryGetProperty("nextUrl", out var next) ? next.GetString() : null;
            if (address is not null)
            {
                Assert.Contains($"cursor={page.GetProperty("next").GetString()}", address, StringComparison.Ordinal);
                Assert.Contains("country=US", address, StringComparison.Ordinal);
            }

            pages++;
        }

        Assert.Equal(Ids(whole), followed);
        Assert.Equal(3, pages);
        Assert.False(whole.TryGetProperty("next", out _));
    }

    [Theory]
    [InlineData("not a cursor")]
    [InlineData("aGVsbG8")]
    public async Task A_cursor_that_cannot_be_read_is_a_400_naming_it(string cursor)
    {
        await AssertRefusedAsync($"/api/jobs?cursor={Uri.EscapeDataString(cursor)}", "cursor", "cannot be read");
    }

    [Fact]
    public async Task A_cursor_from_another_sort_is_a_400_naming_the_sort_it_belongs_to()
    {
        var first = await _api.Client.GetFromJsonAsync<JsonElement>("/api/jobs?sort=salary&pageSize=2", Ct);

        await AssertRefusedAsync($"/api/jobs?sort=newest&cursor={first.GetProperty("next").GetString()}", "cursor", "sort=salary");
    }

    [Fact]
    public async Task A_cursor_with_a_page_is_a_400_naming_the_cursor()
    {
        var first = await _api.Client.GetFromJsonAsync<JsonElement>("/api/jobs?pageSize=2", Ct);

        await AssertRefusedAsync($"/api/jobs?page=2&cursor={first.GetProperty("next").GetString()}", "cursor", "cannot be given together");
    }

    [Fact]
    public async Task A_page_deeper_than_the_limit_is_a_400_pointing_to_the_cursor()
    {
        Assert.Equal(HttpStatusCode.OK, (await _api.Client.GetAsync("/api/jobs?page=500&pageSize=20", Ct)).StatusCode);

        await AssertRefusedAsync("/api/jobs?page=101&pageSize=100", "page", "cursor");
    }

    [Fact]
    public async Task The_open_api_document_says_what_page_is_limited_to_and_describes_cursor()
    {
        var document = await _api.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);
        var parameters = document.GetProperty("paths").GetProperty("/api/jobs").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("description").GetString());

        Assert.Contains("at most 10000", parameters["page"], StringComparison.Ordinal);
        Assert.Contains("next", parameters["cursor"], StringComparison.Ordinal);
    }

    private static IEnumerable<string> Ids(JsonElement list) =>
        list.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetString()!);

    private async Task AssertRefusedAsync(string address, string parameter, string saying)
    {
        using var response = await _api.Client.GetAsync(address, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var message = Assert.Single(problem.GetProperty("errors").GetProperty(parameter).EnumerateArray()).GetString();
        Assert.Contains(saying, message, StringComparison.Ordinal);
    }
}
