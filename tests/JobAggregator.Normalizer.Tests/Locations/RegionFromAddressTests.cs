using JobAggregator.Contracts;
using JobAggregator.Normalizer.Locations;

namespace JobAggregator.Normalizer.Tests.Locations;

public sealed class RegionFromAddressTests
{
    [Theory]
    [InlineData("Sherbrooke", "CA", "270, rue Marquette, Sherbrooke (Québec) J1H 1M1", "QC")]
    [InlineData("Magog", "CA", "OJA L'Élan, 270 rue Marquette, Sherbrooke, QC J1H 1M1", "QC")]
    [InlineData("Springfield", "US", "1200 Main St, Springfield, IL 62701", "IL")]
    [InlineData("Rockville", "US", "1350 Connecticut Ave NW, Washington, DC 20036", "DC")]
    [InlineData("Geelong", "AU", "12 Moorabool St, Geelong VIC 3220", "VIC")]
    public void A_town_without_its_region_takes_the_region_of_the_organisation_s_address(string town, string country, string address, string region)
    {
        var place = new NormalizedLocation(town, town, null, country, false);

        Assert.Equal(region, RegionFromAddress.Complete(place, country, address).Region);
    }

    [Theory]
    [InlineData("Sherbrooke", null, "CA", "270, rue Marquette, Sherbrooke (Québec) J1H 1M1", "QC")]
    [InlineData("Ottawa", "ON", "CA", "270, rue Marquette, Sherbrooke (Québec) J1H 1M1", "ON")]
    [InlineData("Odense", null, "DK", "Vestergade 20, 5000 Odense C", null)]
    [InlineData("Lyon", null, "FR", "12 rue de la République, 69002 Lyon", null)]
    [InlineData("Sherbrooke", null, "US", "270, rue Marquette, Sherbrooke (Québec) J1H 1M1", null)]
    public void A_stated_region_stays_and_an_address_without_a_region_of_the_country_gives_none(string town, string? stated, string country, string address,
        string? region)
    {
        var place = new NormalizedLocation(town, town, stated, country, false);

        Assert.Equal(region, RegionFromAddress.Complete(place, country, address).Region);
    }
}
