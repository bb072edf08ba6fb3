namespace JobAggregator.Api.Check;

/// <summary>Reads one page as a scrape would, without storing anything: the <c>extract</c> command's preview, which the
/// Host provides (it holds the scraper and the normaliser; the api library does not).</summary>
public interface IPagePreview
{
    /// <param name="url">An http(s) page of a configured source's host, checked by the caller; private addresses are
    /// refused while it is read.</param>
    Task<PagePreview> PreviewAsync(Uri url, CancellationToken ct);
}
