namespace JobAggregator.Scraper.Tests.Discovery;

/// <summary>Stands in for the fetcher: serves the pages it was given by address, null for any other (a 404), and
/// records every address asked for.</summary>
internal sealed class SiteFetchFake
{
    private readonly Dictionary<Uri, (Uri Url, string Html)> _pages = [];

    public List<Uri> Requested { get; } = [];

    public SiteFetchFake Serve(string url, string body) => Redirect(url, url, body);

    /// <summary>Answers <paramref name="url"/> with the page at <paramref name="finalUrl"/>, as after a redirect.</summary>
    public SiteFetchFake Redirect(string url, string finalUrl, string body)
    {
        _pages[new Uri(url)] = (new Uri(finalUrl), body);
        return this;
    }

    public Task<(Uri Url, string Html)?> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Requested.Add(url);
        return Task.FromResult(_pages.TryGetValue(url, out var page) ? page : ((Uri, string)?)null);
    }
}
