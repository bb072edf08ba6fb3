namespace JobAggregator.Scraper.Fetching;

/// <summary>Where an IP address leads; everything but <see cref="Public"/> is refused unless a source is allowed
/// private networks.</summary>
internal enum AddressScope
{
    Public,
    Unspecified,
    Loopback,

    /// <summary>RFC 1918 ranges, IPv6 unique-local (fc00::/7) and site-local (fec0::/10).</summary>
    Private,

    /// <summary>169.254.0.0/16 (where cloud metadata services answer) and fe80::/10.</summary>
    LinkLocal,

    /// <summary>100.64.0.0/10, the carrier-grade NAT range, which reaches a provider's inside.</summary>
    SharedAddressSpace,
    Multicast,

    /// <summary>Ranges no public server lives in: 240.0.0.0/4, the broadcast address, benchmarking and IETF ranges,
    /// the IPv6 discard prefix.</summary>
    Reserved,
}
