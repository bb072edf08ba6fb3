using System.Net;

namespace JobAggregator.Scraper.Fetching;

internal sealed class PublicAddressesOnly : IAddressPolicy
{
    public string? Refusal(IPEndPoint endpoint) =>
        AddressClassifier.Classify(endpoint.Address) is var scope && scope == AddressScope.Public ? null : AddressClassifier.Describe(scope);
}
