using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace JobAggregator.Api.Tests.Http;

/// <summary>Compression, ProblemDetails for every error and the search rate limit, over real HTTP and a real SQLite
/// store.</summary>
public sealed class HttpConventionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Pages_the_api_and_feeds_are_compressed_as_the_client_accepts(string encoding)
    {
        await using var server = await ApiServer.StartAsync();
        await server.StoreAsync(ApiServer.Posting("staff-attorney", "Staff Attorney"));

        foreach (var address in new[] { "/", "/api/jobs", "/feeds/jobs.atom" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, address);
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
            using var response = await server.Client.SendAsync(request, Ct);
            await using var body = await response.Content.ReadAsStreamAsync(Ct);
            await using Stream decoded = encoding == "br" ? new BrotliStream(body, CompressionMode.Decompress) : new GZipStream(body, CompressionMode.Decompress);
            using var text = new StreamReader(decoded);

            Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
            Assert.Contains("Staff Attorney", await text.ReadToEndAsync(Ct), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/api/jobs", "application/json")]
    [InlineData("/feeds/jobs.rss", "application/rss+xml")]
    [InlineData("/sitemap.xml", "application/xml")]
    [InlineData("/api/sources", "application/json")]
    public async Task A_head_request_gets_the_get_answers_status_and_headers_without_its_body(string address, string mediaType)
    {
        await using var server = await ApiServer.StartAsync();
        await server.StoreAsync(ApiServer.Posting("staff-attorney", "Staff Attorney"));

        using var get = await server.Client.GetAsync(address, Ct);
        using var head = await server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, address), Ct);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(mediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task A_head_request_to_a_form_that_only_takes_posts_is_still_refused()
    {
        await using var server = await ApiServer.StartAsync();

        using var head = await server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/alerts"), Ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, head.StatusCode);
    }

    [Fact]
    public async Task An_unknown_opening_in_the_api_answers_404_problem_details_and_its_page_keeps_the_html_page()
    {
        await using var server = await ApiServer.StartAsync();

        using var api = await server.Client.GetAsync("/api/jobs/unknown", Ct);
        using var page = await server.Client.GetAsync("/jobs/unknown", Ct);

        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, (await api.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("There is no opening with the id 'unknown'.", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_address_is_the_not_found_page_for_a_browser_and_problem_details_for_a_program()
    {
        await using var server = await ApiServer.StartAsync();

        using var browser = new HttpRequestMessage(HttpMethod.Get, "/no-such-page");
        browser.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        using var page = await server.Client.SendAsync(browser, Ct);
        using var program = await server.Client.GetAsync("/no-such-page", Ct);
        using var api = new HttpRequestMessage(HttpMethod.Get, "/api/no-such-thing");
        api.Headers.Accept.ParseAdd("text/html");
        using var apiAnswer = await server.Client.SendAsync(api, Ct);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("There is no page at /no-such-page.", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, program.StatusCode);
        Assert.Equal("application/problem+json", program.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, apiAnswer.StatusCode);
        Assert.Equal("application/problem+json", apiAnswer.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_failing_store_answers_500_problem_details_without_the_exception_s_text()
    {
        await using var server = await ApiServer.StartAsync();
        await server.StoreAsync(ApiServer.Posting("staff-attorney", "Staff Attorney"));
        await using (var connection = new SqliteConnection($"Data Source={server.DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            await using var drop = connection.CreateCommand();
            drop.CommandText = "ALTER TABLE postings RENAME TO postings_gone;";
            await drop.ExecuteNonQueryAsync(Ct);
        }

        using var response = await server.Client.GetAsync("/api/jobs", Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(500, JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32());
        Assert.DoesNotContain("no such table", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Searches_beyond_the_configured_limit_answer_429_problem_details_with_Retry_After_and_other_pages_still_answer()
    {
        await using var server = await ApiServer.StartAsync(new Dictionary<string, string?>
        {
            ["Api:RateLimit:PermitLimit"] = "3",
            ["Api:RateLimit:WindowSeconds"] = "600",
        });

        var statuses = new List<HttpStatusCode>();
        foreach (var address in new[] { "/api/jobs", "/", "/feeds/jobs.rss", "/api/jobs?q=attorney" })
        {
            using var response = await server.Client.GetAsync(address, Ct);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.Equal(429, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("status").GetInt32());
                Assert.InRange(response.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 600);
            }
        }

        using var other = await server.Client.GetAsync("/organizations", Ct);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }
}
