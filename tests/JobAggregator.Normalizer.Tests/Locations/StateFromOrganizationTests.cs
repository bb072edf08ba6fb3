using JobAggregator.Contracts;
using JobAggregator.Normalizer.Locations;

namespace JobAggregator.Normalizer.Tests.Locations;

public sealed class StateFromOrganizationTests
{
    [Theory]
    [InlineData("Connecticut Division of Public Defender Services", "CT")]
    [InlineData("Office of the Ohio Public Defender", "OH")]
    [InlineData("New Mexico Innocence and Justice Project", "NM")]
    public void A_town_without_its_state_takes_the_state_the_organisation_names(string organization, string state)
    {
        var town = new NormalizedLocation("Rocky Hill", "Rocky Hill", null, "US", false);

        Assert.Equal(state, StateFromOrganization.Complete(town, "US", organization).Region);
    }

    [Theory]
    [InlineData("Innocence Network", "US")]
    [InlineData("Connecticut Division of Public Defender Services", "CA")]
    [InlineData("Amnesty IN Action", "US")]
    public void Leaves_the_region_empty_when_the_organisation_names_no_state_or_the_country_differs(string organization, string country)
    {
        var town = new NormalizedLocation("Rocky Hill", "Rocky Hill", null, country, false);

        Assert.Null(StateFromOrganization.Complete(town, country, organization).Region);
    }

    [Fact]
    public void Keeps_a_stated_region()
    {
        var place = new NormalizedLocation("Albany, NY", "Albany", "NY", "US", false);

        Assert.Equal("NY", StateFromOrganization.Complete(place, "US", "Connecticut Division of Public Defender Services").Region);
    }
}
