using JobAggregator.Scraper.Fetching;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.Scraper.Tests.HttpFetching;

/// <summary>No connection to a non-public address without the source's permission, however the URL gets there.</summary>
public sealed class PrivateNetworkTests : IAsyncLifetime
{
    private LoopbackSite _site = null!;

    public async ValueTask InitializeAsync()
    {
        _site = await LoopbackSite.StartAsync();
        _site.MapText("/jobs/", "<h1>Jobs</h1>");
    }

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task A_loopback_url_is_refused_without_permission_naming_the_address_and_the_url()
    {
        await using var services = FetchingServices.Build();
        var url = _site.Url("/jobs/");

        var error = await Assert.ThrowsAsync<FetchException>(() => services.Fetcher().FetchAsync(url, TestContext.Current.CancellationToken));

        Assert.Equal(FetchFailure.PrivateAddress, error.Failure);
        Assert.Contains(url.AbsoluteUri, error.Message, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1 (loopback)", error.Message, StringComparison.Ordinal);
        Assert.Empty(_site.Requests);
    }

    [Fact]
    public async Task A_loopback_url_is_fetched_with_permission()
    {
        await using var services = FetchingServices.Build();

        var page = await services.Fetcher().FetchAsync(_site.Url("/jobs/"), FetchingServices.Loopback, TestContext.Current.CancellationToken);

        Assert.Equal("<h1>Jobs</h1>", System.Text.Encoding.UTF8.GetString(page.Body));
        Assert.Equal(200, page.StatusCode);
    }

    [Fact]
    public async Task A_name_that_resolves_to_loopback_is_refused_at_connection_time()
    {
        await using var services = FetchingServices.Build();
        var url = new Uri($"http://localhost:{_site.Port}/jobs/");

        var error = await Assert.ThrowsAsync<FetchException>(() => services.Fetcher().FetchAsync(url, TestContext.Current.CancellationToken));

        Assert.Equal(FetchFailure.PrivateAddress, error.Failure);
        Assert.Contains(url.AbsoluteUri, error.Message, StringComparison.Ordinal);
        Assert.Contains("(loopback)", error.Message, StringComparison.Ordinal);
        Assert.Contains("localhost", error.Message, StringComparison.Ordinal);
        Assert.Empty(_site.Requests);
    }

    [Theory]
    [InlineData("http://[::1]:9/")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.0.0.1/")]
    [InlineData("http://[::ffff:127.0.0.1]:9/")]
    [InlineData("http://2130706433:9/")]
    public async Task Literal_non_public_addresses_are_refused_before_anything_is_sent(string url)
    {
        await using var services = FetchingServices.Build();

        var error = await Assert.ThrowsAsync<FetchException>(() => services.Fetcher().FetchAsync(new Uri(url), TestContext.Current.CancellationToken));

        Assert.Equal(FetchFailure.PrivateAddress, error.Failure);
        Assert.Contains("refused to connect to", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirect_to_127_0_0_1_is_refused_for_a_source_not_allowed_loopback()
    {
        await using var inside = await LoopbackSite.StartAsync();
        inside.MapText("/admin/", "secret");
        _site.MapRedirect("/careers/", inside.Url("/admin/").AbsoluteUri);
        await using var services = FetchingServices.Build(s => s.AddSingleton<IAddressPolicy>(new LoopbackPortsCountAsPublic(_site.Port)));

        var error = await Assert.ThrowsAsync<FetchException>(() =>
            services.Fetcher().FetchAsync(_site.Url("/careers/"), TestContext.Current.CancellationToken));

        Assert.Equal(FetchFailure.PrivateAddress, error.Failure);
        Assert.Contains(inside.Url("/admin/").AbsoluteUri, error.Message, StringComparison.Ordinal);
        Assert.Single(_site.RequestsTo("/careers/"));
        Assert.Empty(inside.Requests);
    }

    [Fact]
    public async Task A_redirect_to_a_name_that_resolves_inward_is_refused_too()
    {
        await using var inside = await LoopbackSite.StartAsync();
        inside.MapText("/admin/", "secret");
        _site.MapRedirect("/careers/", $"http://localhost:{inside.Port}/admin/");
        await using var services = FetchingServices.Build(s => s.AddSingleton<IAddressPolicy>(new LoopbackPortsCountAsPublic(_site.Port)));

        var error = await Assert.ThrowsAsync<FetchException>(() =>
            services.Fetcher().FetchAsync(_site.Url("/careers/"), TestContext.Current.CancellationToken));

        Assert.Equal(FetchFailure.PrivateAddress, error.Failure);
        Assert.Empty(inside.Requests);
    }

    [Fact]
    public async Task The_permission_holds_across_redirects()
    {
        await using var other = await LoopbackSite.StartAsync();
        other.MapText("/jobs/", "moved here");
        _site.MapRedirect("/old-jobs/", other.Url("/jobs/").AbsoluteUri, status: 301);
        await using var services = FetchingServices.Build();

        var page = await services.Fetcher().FetchAsync(_site.Url("/old-jobs/"), FetchingServices.Loopback, TestContext.Current.CancellationToken);

        Assert.Equal("moved here", System.Text.Encoding.UTF8.GetString(page.Body));
        Assert.Equal(other.Url("/jobs/"), page.Url);
    }

    [Fact]
    public async Task A_connection_opened_with_permission_does_not_carry_a_request_without_it()
    {
        await using var services = FetchingServices.Build();
        var url = new Uri($"http://localhost:{_site.Port}/jobs/");
        await services.Fetcher().FetchAsync(url, FetchingServices.Loopback, TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<FetchException>(() => services.Fetcher().FetchAsync(url, TestContext.Current.CancellationToken));

        Assert.Equal(FetchFailure.PrivateAddress, error.Failure);
        Assert.Single(_site.RequestsTo("/jobs/"));
    }

    [Fact]
    public async Task A_fetcher_bound_to_a_source_passes_its_permission_to_plain_calls()
    {
        await using var services = FetchingServices.Build();
        var fetcher = services.Fetcher().WithOptions(FetchingServices.Loopback);

        var page = await fetcher.FetchAsync(_site.Url("/jobs/"), TestContext.Current.CancellationToken);

        Assert.Equal(200, page.StatusCode);
    }
}
