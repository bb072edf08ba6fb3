using System.Net;
using JobAggregator.Api.Tests.Http;

namespace JobAggregator.Api.Tests.Embed;

/// <summary>What a member's site may take: the framed list at /embed, and the search and feeds read from its own page
/// across origins. Real HTTP, real SQLite store.</summary>
public sealed class EmbedAndCorsTests : IAsyncLifetime
{
    private const string MemberSite = "https://www.member.example";
    private ApiServer _server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _server = await ApiServer.StartAsync();
        await _server.StoreAsync(ApiServer.Posting("staff-attorney", "Staff Attorney"));
        await _server.StoreAsync(ApiServer.Posting("communications", "Chief Communications Officer", "Korey Wise Innocence Project"));
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task The_embed_lists_one_organisation_s_openings_unstyled_with_links_out_of_the_frame_and_any_site_may_frame_it()
    {
        using var response = await _server.Client.GetAsync("/embed?organization=Korey%20Wise%20Innocence%20Project", Ct);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith("; frame-ancestors *", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("Chief Communications Officer", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Staff Attorney", html, StringComparison.Ordinal);
        Assert.Contains("<base target=\"_blank\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{_server.Client.BaseAddress!.AbsoluteUri.TrimEnd('/')}/jobs/", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<form", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_bad_embed_parameter_is_named_with_status_400()
    {
        using var response = await _server.Client.GetAsync("/embed?country=USA", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("country must be", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/jobs?organization=Innocence%20Project")]
    [InlineData("/feeds/jobs.json?organization=Innocence%20Project")]
    [InlineData("/feeds/jobs.rss")]
    public async Task Another_site_may_read_the_search_and_the_feeds_with_their_validators(string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.Add("Origin", MemberSite);
        using var response = await _server.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("ETag", response.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_preflight_for_a_conditional_GET_is_allowed_and_the_web_pages_are_not_shared()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/jobs");
        preflight.Headers.Add("Origin", MemberSite);
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "if-none-match");
        using var allowed = await _server.Client.SendAsync(preflight, Ct);
        using var page = new HttpRequestMessage(HttpMethod.Get, "/");
        page.Headers.Add("Origin", MemberSite);
        using var notShared = await _server.Client.SendAsync(page, Ct);

        Assert.True(allowed.IsSuccessStatusCode, $"preflight answered {allowed.StatusCode}");
        Assert.Equal("*", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("if-none-match", allowed.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.False(notShared.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
