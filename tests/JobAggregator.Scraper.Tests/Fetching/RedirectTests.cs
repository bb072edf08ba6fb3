using System.Text;
using JobAggregator.Scraper.Fetching;

namespace JobAggregator.Scraper.Tests.HttpFetching;

public sealed class RedirectTests : IAsyncLifetime
{
    private LoopbackSite _site = null!;

    public async ValueTask InitializeAsync()
    {
        _site = await LoopbackSite.StartAsync();
        _site.MapText("/final/", "arrived");
    }

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    [Theory]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(303)]
    [InlineData(307)]
    [InlineData(308)]
    public async Task Follows_a_redirect_and_reports_where_the_body_came_from(int status)
    {
        _site.MapRedirect("/start/", "/final/", status);
        await using var services = FetchingServices.Build();

        var page = await services.Fetcher().FetchAsync(_site.Url("/start/"), FetchingServices.Loopback, TestContext.Current.CancellationToken);

        Assert.Equal("arrived", Encoding.UTF8.GetString(page.Body));
        Assert.Equal(_site.Url("/final/"), page.Url);
    }

    [Fact]
    public async Task A_redirect_to_something_that_is_not_an_address_is_quoted_in_the_failure()
    {
        _site.MapRedirect("/start/", "http://[not-an-address");
        await using var services = FetchingServices.Build();

        var error = await Assert.ThrowsAsync<FetchException>(() =>
            services.Fetcher().FetchAsync(_site.Url("/start/"), FetchingServices.Loopback, TestContext.Current.CancellationToken));

        Assert.Contains("with a Location that is not an address: 'http://[not-an-address'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Follows_up_to_the_configured_number_of_redirects()
    {
        MapChain(3);
        await using var services = FetchingServices.Build(("Scraper:MaxRedirects", "3"));

        var page = await services.Fetcher().FetchAsync(_site.Url("/hop/0"), FetchingServices.Loopback, TestContext.Current.CancellationToken);

        Assert.Equal(_site.Url("/final/"), page.Url);
    }

    [Fact]
    public async Task One_redirect_more_than_the_bound_fails()
    {
        MapChain(4);
        await using var services = FetchingServices.Build(("Scraper:MaxRedirects", "3"));

        var error = await Assert.ThrowsAsync<FetchException>(() =>
            services.Fetcher().FetchAsync(_site.Url("/hop/0"), FetchingServices.Loopback, TestContext.Current.CancellationToken));

        Assert.Equal(FetchFailure.TooManyRedirects, error.Failure);
        Assert.Equal(_site.Url("/hop/0"), error.Url);
        Assert.Contains("more than 3 redirects", error.Message, StringComparison.Ordinal);
        Assert.Empty(_site.RequestsTo("/final/"));
    }

    [Fact]
    public async Task A_redirect_loop_ends_at_the_bound()
    {
        _site.MapRedirect("/a/", "/b/");
        _site.MapRedirect("/b/", "/a/");
        await using var services = FetchingServices.Build();

        var error = await Assert.ThrowsAsync<FetchException>(() =>
            services.Fetcher().FetchAsync(_site.Url("/a/"), FetchingServices.Loopback, TestContext.Current.CancellationToken));

        Assert.Equal(FetchFailure.TooManyRedirects, error.Failure);
        Assert.Equal(6, _site.RequestsTo("/a/").Count + _site.RequestsTo("/b/").Count);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org/jobs.txt")]
    [InlineData("gopher://example.org/")]
    public async Task A_redirect_to_a_scheme_other_than_http_or_https_fails(string target)
    {
        _site.MapRedirect("/start/", target);
        await using var services = FetchingServices.Build();

        var error = await Assert.ThrowsAsync<FetchException>(() =>
            services.Fetcher().FetchAsync(_site.Url("/start/"), FetchingServices.Loopback, TestContext.Current.CancellationToken));

        Assert.Equal(FetchFailure.UnsupportedScheme, error.Failure);
        Assert.Contains(target, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirect_without_a_location_fails_with_its_status()
    {
        _site.MapText("/start/", "", status: 302);
        await using var services = FetchingServices.Build();

        var error = await Assert.ThrowsAsync<FetchException>(() =>
            services.Fetcher().FetchAsync(_site.Url("/start/"), FetchingServices.Loopback, TestContext.Current.CancellationToken));

        Assert.Equal(FetchFailure.HttpStatus, error.Failure);
        Assert.Equal(302, error.HttpStatus);
    }

    private void MapChain(int hops)
    {
        for (var i = 0; i < hops; i++)
        {
            _site.MapRedirect($"/hop/{i}", i + 1 < hops ? $"/hop/{i + 1}" : "/final/");
        }
    }
}
