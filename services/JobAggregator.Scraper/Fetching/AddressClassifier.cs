using System.Net;
using System.Net.Sockets;

namespace JobAggregator.Scraper.Fetching;

/// <summary>Tells public addresses from the ones a fetch must not reach on a stranger's say-so.</summary>
internal static class AddressClassifier
{
    public static AddressScope Classify(IPAddress address) => address.AddressFamily switch
    {
        AddressFamily.InterNetwork => ClassifyV4(address.GetAddressBytes()),
        AddressFamily.InterNetworkV6 => ClassifyV6(address),
        _ => AddressScope.Reserved,
    };

    public static string Describe(AddressScope scope) => scope switch
    {
        AddressScope.Public => "public",
        AddressScope.Unspecified => "unspecified",
        AddressScope.Loopback => "loopback",
        AddressScope.Private => "private network",
        AddressScope.LinkLocal => "link-local",
        AddressScope.SharedAddressSpace => "carrier-grade NAT",
        AddressScope.Multicast => "multicast",
        AddressScope.Documentation => "documentation range",
        AddressScope.Tunnel => "tunnel relay (Teredo or NAT64)",
        _ => "reserved",
    };

    private static AddressScope ClassifyV4(byte[] b) => (b[0], b[1], b[2], b[3]) switch
    {
        (0, _, _, _) => AddressScope.Unspecified,
        (10, _, _, _) => AddressScope.Private,
        (100, >= 64 and <= 127, _, _) => AddressScope.SharedAddressSpace,
        (127, _, _, _) => AddressScope.Loopback,
        (169, 254, _, _) => AddressScope.LinkLocal,
        (172, >= 16 and <= 31, _, _) => AddressScope.Private,
        (192, 0, 0, _) => AddressScope.Reserved,
        (192, 0, 2, _) or (198, 51, 100, _) or (203, 0, 113, _) => AddressScope.Documentation,
        (192, 88, 99, _) => AddressScope.Reserved,
        (192, 168, _, _) => AddressScope.Private,
        (198, 18 or 19, _, _) => AddressScope.Reserved,
        (255, 255, 255, 255) => AddressScope.Reserved,
        ( >= 224 and <= 239, _, _, _) => AddressScope.Multicast,
        ( >= 240, _, _, _) => AddressScope.Reserved,
        _ => AddressScope.Public,
    };

    private static AddressScope ClassifyV6(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return ClassifyV4(address.MapToIPv4().GetAddressBytes());
        }

        var b = address.GetAddressBytes();
        if (address.Equals(IPAddress.IPv6None))
        {
            return AddressScope.Unspecified;
        }

        if (address.Equals(IPAddress.IPv6Loopback))
        {
            return AddressScope.Loopback;
        }

        // Prefixes that carry an IPv4 address inside (IPv4-compatible ::a.b.c.d, 6to4 2002::/16) lead wherever that
        // address leads.
        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0)
        {
            return ClassifyV4(b[12..16]);
        }

        // IPv4-translated addresses (::ffff:0:a.b.c.d, RFC 2765) too.
        if (b is [0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0, ..])
        {
            return ClassifyV4(b[12..16]);
        }

        if (b is [0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0, ..] or [0x00, 0x64, 0xff, 0x9b, 0x00, 0x01, ..]
            or [0x20, 0x01, 0x00, 0x00, ..])
        {
            return AddressScope.Tunnel;
        }

        if (b is [0x20, 0x01, 0x0d, 0xb8, ..])
        {
            return AddressScope.Documentation;
        }

        if (b is [0x20, 0x02, ..])
        {
            return ClassifyV4(b[2..6]);
        }

        return b switch
        {
            [0x01, 0x00, 0, 0, 0, 0, 0, 0, ..] => AddressScope.Reserved,

            // The rest of ::/8 is reserved by the IETF: no public server lives there.
            [0x00, ..] => AddressScope.Reserved,
            [0xff, ..] => AddressScope.Multicast,
            [0xfe, >= 0x80 and <= 0xbf, ..] => AddressScope.LinkLocal,
            [0xfe, >= 0xc0, ..] => AddressScope.Private,
            [0xfc or 0xfd, ..] => AddressScope.Private,
            _ => AddressScope.Public,
        };
    }
}
