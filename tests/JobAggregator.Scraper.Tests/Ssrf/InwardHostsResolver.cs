using System.Net;
using JobAggregator.Scraper.Fetching;

namespace JobAggregator.Scraper.Tests.Ssrf;

/// <summary>Stands in for a DNS server that answers some names with inside addresses (as a hostile zone, a rebinding
/// attack or a poisoned cache would), which cannot be arranged offline: the names given resolve as told, every other
/// name through the operating system (hosts file) as in production.</summary>
internal sealed class InwardHostsResolver(IReadOnlyDictionary<string, IPAddress[]> answers) : IHostResolver
{
    private readonly SystemHostResolver _system = new();

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        answers.TryGetValue(host.TrimEnd('.'), out var addresses) ? Task.FromResult(addresses) : _system.ResolveAsync(host, cancellationToken);
}
