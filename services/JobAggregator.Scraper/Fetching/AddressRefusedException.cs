namespace JobAggregator.Scraper.Fetching;

/// <summary>Thrown from the connect callback when every address of a host is one the request may not reach; the
/// fetcher turns it into a <see cref="FetchException"/> naming the URL.</summary>
internal sealed class AddressRefusedException(string host, IReadOnlyList<string> refused)
    : IOException($"{host} is {string.Join(", ", refused)}, and this source is not allowed to reach private networks")
{
    public string Host { get; } = host;
    public IReadOnlyList<string> Refused { get; } = refused;
}
