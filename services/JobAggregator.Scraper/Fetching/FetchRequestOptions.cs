namespace JobAggregator.Scraper.Fetching;

internal static class FetchRequestOptions
{
    /// <summary>Set on a request that may connect to non-public addresses; read by the connect callback.</summary>
    public static readonly HttpRequestOptionsKey<bool> AllowPrivateNetwork = new("JobAggregator.AllowPrivateNetwork");
}
