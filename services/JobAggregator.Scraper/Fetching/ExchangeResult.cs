namespace JobAggregator.Scraper.Fetching;

/// <summary>One request's outcome: a page (perhaps not modified), or where a redirect points.</summary>
internal sealed record ExchangeResult(FetchedPage? Page, Uri? RedirectTo)
{
    /// <summary>The redirect's status, when <see cref="RedirectTo"/> is one.</summary>
    public int? RedirectStatus { get; init; }
}
