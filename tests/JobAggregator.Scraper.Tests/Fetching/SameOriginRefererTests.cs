using Microsoft.AspNetCore.Http;

namespace JobAggregator.Scraper.Tests.HttpFetching;

public sealed class SameOriginRefererTests : IAsyncLifetime
{
    private LoopbackSite _site = null!;

    public async ValueTask InitializeAsync()
    {
        _site = await LoopbackSite.StartAsync();
        // As HiBob's public job list does: 401 to a request that does not come from the site's own pages.
        _site.Map("/api/job-ad", async context =>
        {
            var referer = context.Request.Headers.Referer.ToString();
            if (!referer.StartsWith($"{context.Request.Scheme}://{context.Request.Host}/", StringComparison.Ordinal))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"jobAdDetails":[]}""", context.RequestAborted);
        });
    }

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Every_request_names_the_sites_own_origin_as_its_referer()
    {
        await using var services = FetchingServices.Build();

        var page = await services.Fetcher().FetchAsync(_site.Url("/api/job-ad"), FetchingServices.Loopback, TestContext.Current.CancellationToken);

        Assert.Equal(200, page.StatusCode);
        var request = Assert.Single(_site.RequestsTo("/api/job-ad"));
        Assert.Equal(_site.Url("/").ToString(), request.Header("Referer"));
    }
}
