using System.Net;
using JobAggregator.Scraper.Fetching;

namespace JobAggregator.Scraper.Tests.HttpFetching;

public sealed class AddressClassifierTests
{
    [Theory]
    [InlineData("93.184.216.34", "Public")]
    [InlineData("8.8.8.8", "Public")]
    [InlineData("172.15.255.255", "Public")]
    [InlineData("172.32.0.1", "Public")]
    [InlineData("100.63.255.255", "Public")]
    [InlineData("100.128.0.1", "Public")]
    [InlineData("169.253.0.1", "Public")]
    [InlineData("0.0.0.0", "Unspecified")]
    [InlineData("0.1.2.3", "Unspecified")]
    [InlineData("127.0.0.1", "Loopback")]
    [InlineData("127.255.0.9", "Loopback")]
    [InlineData("10.0.0.1", "Private")]
    [InlineData("10.255.255.255", "Private")]
    [InlineData("172.16.0.1", "Private")]
    [InlineData("172.31.255.254", "Private")]
    [InlineData("192.168.1.1", "Private")]
    [InlineData("169.254.169.254", "LinkLocal")]
    [InlineData("169.254.0.1", "LinkLocal")]
    [InlineData("100.64.0.1", "SharedAddressSpace")]
    [InlineData("100.127.255.255", "SharedAddressSpace")]
    [InlineData("224.0.0.1", "Multicast")]
    [InlineData("239.255.255.250", "Multicast")]
    [InlineData("240.0.0.1", "Reserved")]
    [InlineData("255.255.255.255", "Reserved")]
    [InlineData("198.18.0.1", "Reserved")]
    [InlineData("2606:4700::1111", "Public")]
    [InlineData("2001:4860:4860::8888", "Public")]
    [InlineData("::", "Unspecified")]
    [InlineData("::1", "Loopback")]
    [InlineData("::ffff:127.0.0.1", "Loopback")]
    [InlineData("::ffff:7f00:1", "Loopback")]
    [InlineData("::ffff:10.1.2.3", "Private")]
    [InlineData("::ffff:169.254.169.254", "LinkLocal")]
    [InlineData("::ffff:93.184.216.34", "Public")]
    [InlineData("::127.0.0.1", "Loopback")]
    [InlineData("64:ff9b::7f00:1", "Tunnel")]
    [InlineData("64:ff9b::a9fe:a9fe", "Tunnel")]
    [InlineData("64:ff9b::5db8:d822", "Tunnel")]
    [InlineData("64:ff9b:1::a00:1", "Tunnel")]
    [InlineData("2001:0:4136:e378:8000:63bf:3fff:fdd2", "Tunnel")]
    [InlineData("2001:db8::1", "Documentation")]
    [InlineData("2001:db8:ffff::1", "Documentation")]
    [InlineData("192.0.2.1", "Documentation")]
    [InlineData("198.51.100.7", "Documentation")]
    [InlineData("203.0.113.200", "Documentation")]
    [InlineData("::ffff:203.0.113.5", "Documentation")]
    [InlineData("192.88.99.1", "Reserved")]
    [InlineData("198.51.101.1", "Public")]
    [InlineData("203.0.114.1", "Public")]
    [InlineData("2001:4860::1", "Public")]
    [InlineData("2002:c0a8:0101::1", "Private")]
    [InlineData("2002:5db8:d822::1", "Public")]
    [InlineData("fc00::1", "Private")]
    [InlineData("fd12:3456:789a::1", "Private")]
    [InlineData("fec0::1", "Private")]
    [InlineData("fe80::1", "LinkLocal")]
    [InlineData("febf::1", "LinkLocal")]
    [InlineData("ff02::1", "Multicast")]
    [InlineData("100::1", "Reserved")]
    [InlineData("::ffff:0:7f00:1", "Loopback")]
    [InlineData("::ffff:0:a9fe:a9fe", "LinkLocal")]
    [InlineData("::1:0:0:1", "Reserved")]
    [InlineData("0:0:0:0:0:1:7f00:1", "Reserved")]
    [InlineData("64:ff9b::a00:1", "Tunnel")]
    [InlineData("64:ff9b:1:ffff::7f00:1", "Tunnel")]
    [InlineData("2002:7f00:1::", "Loopback")]
    [InlineData("2002:a9fe:a9fe::1", "LinkLocal")]
    [InlineData("2002:0:1::", "Unspecified")]
    public void Classifies_the_address(string address, string expected)
    {
        Assert.Equal(Enum.Parse<AddressScope>(expected), AddressClassifier.Classify(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("::ffff:192.168.0.10", "private network")]
    [InlineData("169.254.169.254", "link-local")]
    public void The_production_policy_refuses_non_public_addresses_by_name(string address, string why)
    {
        Assert.Equal(why, new PublicAddressesOnly().Refusal(new IPEndPoint(IPAddress.Parse(address), 80)));
    }

    [Fact]
    public void The_production_policy_lets_public_addresses_through()
    {
        Assert.Null(new PublicAddressesOnly().Refusal(new IPEndPoint(IPAddress.Parse("93.184.216.34"), 443)));
    }
}
