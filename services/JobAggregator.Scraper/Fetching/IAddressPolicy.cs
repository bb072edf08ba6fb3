using System.Net;

namespace JobAggregator.Scraper.Fetching;

/// <summary>Decides which endpoints a request without permission for private networks may connect to.</summary>
internal interface IAddressPolicy
{
    /// <summary>Why <paramref name="endpoint"/> is refused ("loopback", ...), or null when it may be reached.</summary>
    string? Refusal(IPEndPoint endpoint);
}
