using System.Net;
using JobAggregator.Scraper.Fetching;

namespace JobAggregator.EndToEnd.Tests.Check;

/// <summary>Stands in for a member's public site, which cannot be reached offline: 127.0.0.1 on the sample sites' port
/// counts as public; every other address is judged as in production.</summary>
internal sealed class LoopbackPortCountsAsPublic(int port) : IAddressPolicy
{
    private readonly PublicAddressesOnly _production = new();

    public string? Refusal(IPEndPoint endpoint) =>
        endpoint.Address.Equals(IPAddress.Loopback) && endpoint.Port == port ? null : _production.Refusal(endpoint);
}
