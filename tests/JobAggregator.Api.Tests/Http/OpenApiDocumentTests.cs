using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace JobAggregator.Api.Tests.Http;

/// <summary>The OpenAPI document and its reference UI, served by the api role over real HTTP.</summary>
public sealed class OpenApiDocumentTests : IAsyncLifetime
{
    private ApiServer _server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await ApiServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("/api/jobs")]
    [InlineData("/feeds/jobs.rss")]
    [InlineData("/feeds/jobs.json")]
    public async Task The_search_s_query_parameters_have_their_real_names_types_and_descriptions(string path)
    {
        var document = await _server.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);

        var parameters = document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters")
            .EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        Assert.Superset(
            new HashSet<string> { "q", "organization", "location", "country", "remote", "employmentType", "category", "language", "minSalary", "currency", "postedSince", "sort", "includeClosed", "page", "pageSize" },
            parameters.Keys.ToHashSet());
        Assert.All(parameters.Values, p =>
        {
            Assert.Equal("query", p.GetProperty("in").GetString());
            Assert.False(string.IsNullOrWhiteSpace(p.TryGetProperty("description", out var d) ? d.GetString() : null), $"{p}: no description");
        });
        Assert.Equal("integer", parameters["pageSize"].GetProperty("schema").GetProperty("type").GetString());
        Assert.Equal(100, parameters["pageSize"].GetProperty("schema").GetProperty("maximum").GetInt32());
        Assert.Equal("boolean", parameters["remote"].GetProperty("schema").GetProperty("type").GetString());
        Assert.Equal("number", parameters["minSalary"].GetProperty("schema").GetProperty("type").GetString());
        Assert.Equal("date", parameters["postedSince"].GetProperty("schema").GetProperty("format").GetString());
        Assert.Contains("FULL_TIME", parameters["employmentType"].GetProperty("schema").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["newest", "salary", "closing", "relevance"], parameters["sort"].GetProperty("schema").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!));
    }

    [Theory]
    [InlineData("/api/jobs")]
    [InlineData("/api/jobs/{id}")]
    [InlineData("/feeds/jobs.atom")]
    public async Task A_read_is_documented_once_as_get_though_it_also_answers_head(string path)
    {
        var document = await _server.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);

        var operations = document.GetProperty("paths").GetProperty(path).EnumerateObject()
            .Select(property => property.Name).Where(name => name is not ("parameters" or "summary" or "description"));
        Assert.Equal(["get"], operations);
    }

    [Fact]
    public async Task The_reference_at_docs_is_a_page_that_reads_the_document()
    {
        using var response = await _server.Client.GetAsync("/docs", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("openapi/v1.json", html, StringComparison.Ordinal);
    }
}
