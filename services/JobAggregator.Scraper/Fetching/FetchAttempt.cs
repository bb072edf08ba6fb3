namespace JobAggregator.Scraper.Fetching;

/// <summary>A fetch's outcome as a value: the page, or why it could not be read (<see cref="IPageFetcher.TryFetchAsync"/>).</summary>
public sealed record FetchAttempt
{
    private FetchAttempt(FetchedPage? page, FetchException? failure)
    {
        Page = page;
        Failure = failure;
    }

    /// <summary>The page; null when <see cref="Failure"/> says why there is none.</summary>
    public FetchedPage? Page { get; }

    /// <summary>Why the page could not be read (not thrown); null when there is a <see cref="Page"/>.</summary>
    public FetchException? Failure { get; }

    public static FetchAttempt Succeeded(FetchedPage page) => new(page ?? throw new ArgumentNullException(nameof(page)), null);

    public static FetchAttempt Failed(FetchException failure) => new(null, failure ?? throw new ArgumentNullException(nameof(failure)));
}
