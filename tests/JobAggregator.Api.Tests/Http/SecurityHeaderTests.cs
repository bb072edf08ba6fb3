using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JobAggregator.Api.Http;

namespace JobAggregator.Api.Tests.Http;

/// <summary>What every answer says about itself to a browser, and how the JSON carries text that is not ours, over real
/// HTTP and a real SQLite store.</summary>
public sealed class SecurityHeaderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_answer_forbids_sniffing_and_pages_carry_a_policy_that_allows_no_script_from_elsewhere()
    {
        await using var server = await ApiServer.StartAsync();
        await server.StoreAsync(ApiServer.Posting("staff-attorney", "Staff Attorney"));

        foreach (var address in new[] { "/", "/api/jobs", "/feeds/jobs.rss", "/no-such-page", "/embed" })
        {
            using var response = await server.Client.GetAsync(address, Ct);
            Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        }

        using var page = await server.Client.GetAsync("/", Ct);
        using var embed = await server.Client.GetAsync("/embed", Ct);
        using var api = await server.Client.GetAsync("/api/jobs", Ct);
        Assert.Equal(SecurityHeaders.PagePolicy + "; frame-ancestors 'self'", Assert.Single(page.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal(SecurityHeaders.PagePolicy + "; frame-ancestors *", Assert.Single(embed.Headers.GetValues("Content-Security-Policy")));
        Assert.False(api.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task Markup_in_a_posting_s_text_leaves_the_json_api_escaped()
    {
        await using var server = await ApiServer.StartAsync();
        await server.StoreAsync(ApiServer.Posting("odd", "Clerk <b>&</b>"));

        var body = await server.Client.GetStringAsync("/api/jobs", Ct);

        Assert.DoesNotContain("<b>", body, StringComparison.Ordinal);
        Assert.Contains(@"Clerk \u003Cb\u003E\u0026\u003C/b\u003E", body, StringComparison.Ordinal);
        Assert.Equal("Clerk <b>&</b>", JsonDocument.Parse(body).RootElement.GetProperty("items")[0].GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("/api/jobs?minSalary=1&minSalary=2", "minSalary")]
    [InlineData("/feeds/jobs.rss?country=US&country=NL", "country")]
    [InlineData("/?q=a&q=b", "q")]
    public async Task A_parameter_given_twice_is_refused_by_name(string address, string parameter)
    {
        await using var server = await ApiServer.StartAsync();

        using var response = await server.Client.GetAsync(address, Ct);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal($"{parameter} is given 2 times; give it once.", problem.GetProperty("errors").GetProperty(parameter)[0].GetString());
    }
}
