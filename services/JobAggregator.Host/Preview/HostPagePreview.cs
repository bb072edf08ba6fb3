using JobAggregator.Api.Check;
using JobAggregator.Scraper.Fetching;
using JobAggregator.Sources;

namespace JobAggregator.Host.Preview;

/// <summary>The public page check's preview: the <c>extract</c> command's, with the rules of the source the page
/// belongs to, never allowed into private networks whatever the source may do (the address policy refuses them as the
/// page is read).</summary>
internal sealed class HostPagePreview(IServiceProvider services, SourceCatalog catalog, IPageFetcher fetcher) : IPagePreview
{
    public async Task<PagePreview> PreviewAsync(Uri url, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(url);

        var (source, rules) = SourceRules.Choose(catalog, null, url);
        source = source with { AllowPrivateNetwork = false };
        try
        {
            var (_, outcome, items) = await new PagePreviewer(services).RunAsync(source, fetcher, ct);
            return new PagePreview(
                url, null, outcome.ExtractedBy, outcome.PagesFetched, items, outcome.Explanation, outcome.NoPostingsReason,
                outcome.ListingTruncated, [.. outcome.Gone.Select(g => g.Title ?? g.Url?.ToString() ?? "A posting")], rules);
        }
        catch (FetchException e)
        {
            var failure = e.Failure == FetchFailure.PrivateAddress
                ? "this address leads into a private network, and only public pages can be checked."
                : $"{e.Reason}.";
            return new PagePreview(url, failure, null, 0, [], null, null, false, [], rules);
        }
    }
}
