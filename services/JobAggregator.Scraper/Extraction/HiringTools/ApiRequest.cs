using JobAggregator.Scraper.Fetching;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>How a hiring tool's list is asked for: a GET of its URL, or, where the tool's own public board app asks so,
/// a read-only POST of a JSON body to it (Workday's cxs list). Either is sent through the same polite fetcher.</summary>
internal sealed record ApiRequest(Uri Url, string? JsonBody = null)
{
    public HttpMethod Method => JsonBody is null ? HttpMethod.Get : HttpMethod.Post;

    public static ApiRequest Get(Uri url) => new(url);

    public static ApiRequest PostJson(Uri url, string json) => new(url, json);

    /// <summary>Sends the request, answering a failure with its reason instead of throwing it.</summary>
    public Task<FetchAttempt> SendAsync(IPageFetcher fetcher, CancellationToken cancellationToken) =>
        JsonBody is null
            ? fetcher.TryFetchAsync(Url, cancellationToken)
            : fetcher.TryFetchAsync(Url, new FetchOptions { Post = PostBody.Json(JsonBody) }, cancellationToken);

    public override string ToString() => JsonBody is null ? Url.ToString() : $"POST {Url} {JsonBody}";
}
