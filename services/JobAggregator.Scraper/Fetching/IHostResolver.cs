using System.Net;

namespace JobAggregator.Scraper.Fetching;

/// <summary>Turns a host name into the addresses the connect-time guard judges and connects to.</summary>
internal interface IHostResolver
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}
