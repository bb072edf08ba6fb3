using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.Api.Tests.Http;

/// <summary>ETag, Last-Modified and 304 from the store's last change, over real HTTP and a real SQLite store.</summary>
public sealed class ConditionalRequestTests : IAsyncLifetime
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

    [Theory]
    [InlineData("/api/jobs?q=attorney")]
    [InlineData("/organizations")]
    [InlineData("/feeds/jobs.rss")]
    [InlineData("/feeds/jobs.json?country=US")]
    [InlineData("/sitemap.xml")]
    public async Task A_repeated_request_with_its_ETag_is_answered_304_without_reading_a_posting(string address)
    {
        using var first = await _server.Client.GetAsync(address, Ct);
        var etag = first.Headers.ETag;
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(etag);
        Assert.True(etag.IsWeak);
        Assert.NotNull(first.Content.Headers.LastModified);
        var readsBefore = _reader.PostingReads;

        using var again = new HttpRequestMessage(HttpMethod.Get, address);
        again.Headers.IfNoneMatch.Add(etag);
        using var second = await _server.Client.SendAsync(again, Ct);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Equal(readsBefore, _reader.PostingReads);
    }

    [Fact]
    public async Task An_opening_is_answered_304_when_its_copy_is_as_new_as_the_store_by_If_Modified_Since()
    {
        var list = await _server.Client.GetFromJsonAsync<JsonElement>("/api/jobs", Ct);
        var page = $"/api/jobs/{list.GetProperty("items")[0].GetProperty("id").GetString()}";
        using var first = await _server.Client.GetAsync(page, Ct);
        var readsBefore = _reader.PostingReads;

        using var again = new HttpRequestMessage(HttpMethod.Get, page);
        again.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        using var second = await _server.Client.SendAsync(again, Ct);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(readsBefore, _reader.PostingReads);
    }

    [Fact]
    public async Task After_the_store_changes_the_old_ETag_gets_the_new_answer_with_a_new_ETag()
    {
        using var first = await _server.Client.GetAsync("/api/jobs", Ct);

        await _server.StoreAsync(ApiServer.Posting("paralegal", "Paralegal"));
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/jobs");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await _server.Client.SendAsync(again, Ct);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotEqual(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(2, (await second.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_error_answer_carries_no_validators()
    {
        using var response = await _server.Client.GetAsync("/api/jobs?pageSize=0", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.ETag);
        Assert.Null(response.Content.Headers.LastModified);
    }

    [Fact]
    public async Task An_ETag_of_another_answer_does_not_match()
    {
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/jobs");
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\"", isWeak: true));
        using var response = await _server.Client.SendAsync(again, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
