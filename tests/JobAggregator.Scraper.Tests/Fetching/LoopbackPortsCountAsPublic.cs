using System.Net;
using JobAggregator.Scraper.Fetching;

namespace JobAggregator.Scraper.Tests.HttpFetching;

/// <summary>Stands in for a public site, which cannot be reached offline: 127.0.0.1 on the given ports counts as
/// public; every other address is judged as in production.</summary>
internal sealed class LoopbackPortsCountAsPublic(params int[] ports) : IAddressPolicy
{
    private readonly PublicAddressesOnly _production = new();

    public string? Refusal(IPEndPoint endpoint) =>
        endpoint.Address.Equals(IPAddress.Loopback) && ports.Contains(endpoint.Port) ? null : _production.Refusal(endpoint);
}
