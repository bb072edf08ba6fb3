using System.Text;
using JobAggregator.Scraper.Fetching;
using Microsoft.AspNetCore.Http;

namespace JobAggregator.Scraper.Tests.HttpFetching;

/// <summary>The one kind of POST the fetcher sends, a hiring tool's list asked for as its board app asks (Workday's cxs
/// search), goes out under every rule a GET does: the address policy, robots.txt for its path, the host's turn, the body
/// caps and the retries; it carries no validators and its answer keeps none.</summary>
public sealed class ReadOnlyPostTests : IAsyncLifetime
{
    private const string Path = "/wday/cxs/lawclinic/Clinics/jobs";
    private const string Search = """{"appliedFacets":{},"limit":20,"offset":0,"searchText":""}""";
    private LoopbackSite _site = null!;

    public async ValueTask InitializeAsync() => _site = await LoopbackSite.StartAsync();

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    private static FetchOptions Post => FetchingServices.Loopback with { Post = PostBody.Json(Search) };

    [Fact]
    public async Task Sends_the_body_as_json_with_a_post_and_reads_the_answer()
    {
        AnswerPosts("""{"total":0,"jobPostings":[]}""");
        await using var services = FetchingServices.Build();

        var page = await services.Fetcher().FetchAsync(_site.Url(Path), Post, TestContext.Current.CancellationToken);

        Assert.Equal("""{"total":0,"jobPostings":[]}""", Encoding.UTF8.GetString(page.Body));
        var sent = Assert.Single(_site.RequestsTo(Path));
        Assert.Equal("POST", sent.Method);
        Assert.Equal(Search, sent.Body);
        Assert.StartsWith("application/json", sent.Header("Content-Type"), StringComparison.Ordinal);
        Assert.StartsWith("JobAggregator/", sent.Header("User-Agent"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Robots_txt_disallowing_the_path_stops_the_post_with_the_usual_reason()
    {
        _site.MapText("/robots.txt", "User-agent: *\nDisallow: /wday/cxs/\n", "text/plain");
        AnswerPosts("""{"total":0,"jobPostings":[]}""");
        await using var services = FetchingServices.Build();

        var error = await Assert.ThrowsAsync<FetchException>(() =>
            services.Fetcher().FetchAsync(_site.Url(Path), Post, TestContext.Current.CancellationToken));

        Assert.Equal(FetchFailure.RobotsDisallowed, error.Failure);
        Assert.Contains("robots.txt disallows it for JobAggregator", error.Message, StringComparison.Ordinal);
        Assert.Empty(_site.RequestsTo(Path));
    }

    [Fact]
    public async Task A_private_address_is_refused_as_for_a_get()
    {
        AnswerPosts("""{"total":0,"jobPostings":[]}""");
        await using var services = FetchingServices.Build();

        var error = await Assert.ThrowsAsync<FetchException>(() =>
            services.Fetcher().FetchAsync(_site.Url(Path), new FetchOptions { Post = PostBody.Json(Search) }, TestContext.Current.CancellationToken));

        Assert.Equal(FetchFailure.PrivateAddress, error.Failure);
        Assert.Empty(_site.Requests);
    }

    [Fact]
    public async Task A_failing_answer_is_retried_with_the_same_body()
    {
        var attempts = 0;
        _site.Map(Path, async context =>
        {
            context.Response.StatusCode = ++attempts == 1 ? 502 : 200;
            await context.Response.WriteAsync("""{"total":0,"jobPostings":[]}""", context.RequestAborted);
        });
        await using var services = FetchingServices.Build();

        var page = await services.Fetcher().FetchAsync(_site.Url(Path), Post, TestContext.Current.CancellationToken);

        Assert.Equal(200, page.StatusCode);
        Assert.Equal([Search, Search], _site.RequestsTo(Path).Select(r => r.Body));
    }

    [Fact]
    public async Task An_answer_over_the_size_cap_fails_as_too_large()
    {
        AnswerPosts($$"""{"total":0,"jobPostings":[],"padding":"{{new string('x', 8192)}}"}""");
        await using var services = FetchingServices.Build(("Scraper:MaxResponseBytes", "2048"));

        var error = await Assert.ThrowsAsync<FetchException>(() =>
            services.Fetcher().FetchAsync(_site.Url(Path), Post, TestContext.Current.CancellationToken));

        Assert.Equal(FetchFailure.TooLarge, error.Failure);
    }

    [Fact]
    public async Task Sends_no_validators_and_keeps_none_from_the_answer()
    {
        _site.Map(Path, async context =>
        {
            context.Response.Headers.ETag = "\"list-1\"";
            context.Response.Headers.LastModified = "Tue, 01 Dec 2026 10:00:00 GMT";
            await context.Response.WriteAsync("""{"total":0,"jobPostings":[]}""", context.RequestAborted);
        });
        await using var services = FetchingServices.Build();

        var page = await services.Fetcher().FetchAsync(_site.Url(Path),
            Post with { ETag = "\"list-0\"", LastModified = DateTimeOffset.UtcNow.AddDays(-1) }, TestContext.Current.CancellationToken);

        var sent = Assert.Single(_site.RequestsTo(Path));
        Assert.Null(sent.Header("If-None-Match"));
        Assert.Null(sent.Header("If-Modified-Since"));
        Assert.Null(page.Validators);
    }

    [Theory]
    [InlineData(307, "POST")]
    [InlineData(308, "POST")]
    [InlineData(303, "GET")]
    public async Task A_redirect_keeps_the_post_unless_it_says_to_get_the_answer_elsewhere(int status, string method)
    {
        _site.MapRedirect(Path, "/wday/cxs/lawclinic/Clinics/search", status);
        _site.MapText("/wday/cxs/lawclinic/Clinics/search", """{"total":0,"jobPostings":[]}""", "application/json");
        await using var services = FetchingServices.Build();

        await services.Fetcher().FetchAsync(_site.Url(Path), Post, TestContext.Current.CancellationToken);

        var followed = Assert.Single(_site.RequestsTo("/wday/cxs/lawclinic/Clinics/search"));
        Assert.Equal(method, followed.Method);
        Assert.Equal(method == "POST" ? Search : "", followed.Body);
    }

    private void AnswerPosts(string json) =>
        _site.Map(Path, async context =>
        {
            context.Response.StatusCode = context.Request.Method == "POST" ? 200 : 405;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(json, context.RequestAborted);
        });
}
