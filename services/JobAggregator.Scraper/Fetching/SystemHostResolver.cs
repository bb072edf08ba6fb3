using System.Net;

namespace JobAggregator.Scraper.Fetching;

/// <summary>The operating system's resolver (hosts file, then DNS).</summary>
internal sealed class SystemHostResolver : IHostResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        Dns.GetHostAddressesAsync(host, cancellationToken);
}
