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

    /// <summary>192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 and 2001:db8::/32: set aside for examples, so no real
    /// site lives there, and a network that routes them does so for its own purposes.</summary>
    Documentation,

    /// <summary>Teredo (2001::/32) and NAT64 (64:ff9b::/96, 64:ff9b:1::/48): the address the packets finally reach is
    /// decided by a relay, not by what the connect-time guard sees.</summary>
    Tunnel,

    /// <summary>Ranges no public server lives in: 240.0.0.0/4, the broadcast address, benchmarking and IETF ranges,
    /// the IPv6 discard prefix, the rest of ::/8.</summary>
    Reserved,
}
