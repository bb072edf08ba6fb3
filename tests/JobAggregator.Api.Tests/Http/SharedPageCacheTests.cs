using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.Api.Tests.Http;

/// <summary>The pages with forms (the list and an opening) are rendered once per store change and shared, each visitor
/// getting their own antiforgery token in them; over real HTTP and a real SQLite store.</summary>
public sealed partial class SharedPageCacheTests : IAsyncLifetime
{
    private ApiServer _server = null!;
    private CountingPostingReader _reader = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _server = await ApiServer.StartAsync(services: CountingPostingReader.Register);
        _reader = _server.Services.GetRequiredService<CountingPostingReader>();
        await _server.StoreAsync(ApiServer.Posting("staff-attorney", "Staff Attorney"));
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task The_list_page_is_rendered_once_and_each_visitor_gets_a_token_of_their_own()
    {
        var (firstPage, firstToken, firstCookie) = await VisitAsync("/");
        var readsAfterFirst = _reader.PostingReads;
        var (secondPage, secondToken, secondCookie) = await VisitAsync("/");

        Assert.Equal(readsAfterFirst, _reader.PostingReads);
        Assert.Contains("Staff Attorney", secondPage, StringComparison.Ordinal);
        Assert.NotEqual(firstToken, secondToken);
        Assert.NotEqual(firstCookie, secondCookie);
        Assert.DoesNotContain("antiforgery-token-placeholder", firstPage + secondPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_with_a_form_is_never_stored_by_the_browser_and_carries_no_validators()
    {
        using var response = await _server.Client.GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        Assert.Null(response.Headers.ETag);
        Assert.Null(response.Content.Headers.LastModified);
    }

    [Fact]
    public async Task After_the_store_changes_the_list_page_is_rendered_again_with_the_new_opening()
    {
        await VisitAsync("/");
        var readsBefore = _reader.PostingReads;

        await _server.StoreAsync(ApiServer.Posting("paralegal", "Paralegal"));
        var (page, _, _) = await VisitAsync("/");

        Assert.True(_reader.PostingReads > readsBefore);
        Assert.Contains("Paralegal", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_search_is_kept_apart()
    {
        await _server.StoreAsync(ApiServer.Posting("paralegal", "Paralegal"));

        var (attorneys, _, _) = await VisitAsync("/?q=attorney");
        var (paralegals, _, _) = await VisitAsync("/?q=paralegal");

        Assert.Contains("Staff Attorney", attorneys, StringComparison.Ordinal);
        Assert.DoesNotContain("Paralegal</a>", attorneys, StringComparison.Ordinal);
        Assert.Contains("Paralegal", paralegals, StringComparison.Ordinal);
        Assert.DoesNotContain("Staff Attorney", paralegals, StringComparison.Ordinal);
    }

    /// <summary>A first visit: a client without cookies, as a new visitor comes.</summary>
    private async Task<(string Page, string Token, string Cookie)> VisitAsync(string address)
    {
        using var client = new HttpClient { BaseAddress = _server.Client.BaseAddress };
        using var response = await client.GetAsync(address, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync(Ct);
        var token = AntiforgeryField().Match(page) is { Success: true } match ? match.Groups["token"].Value : "";
        var cookie = response.Headers.TryGetValues("Set-Cookie", out var cookies) ? string.Join(";", cookies) : "";
        Assert.NotEqual("", token);
        Assert.NotEqual("", cookie);
        return (page, token, cookie);
    }

    [GeneratedRegex("""name="__RequestVerificationToken" value="(?<token>[^"]+)"|value="(?<token>[^"]+)" name="__RequestVerificationToken""")]
    private static partial Regex AntiforgeryField();
}
