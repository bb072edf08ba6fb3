using JobAggregator.Contracts;
using JobAggregator.Normalizer.Locations;

namespace JobAggregator.Normalizer.Tests.Locations;

public sealed class LocationParserTests
{
    [Theory]
    [InlineData("Atlanta, GA", null, "Atlanta", "GA", "US", false)]
    [InlineData("Boston, MA", null, "Boston", "MA", "US", false)]
    [InlineData("New York, NY", null, "New York", "NY", "US", false)]
    [InlineData("New York City, NY", null, "New York City", "NY", "US", false)]
    [InlineData("Tallahassee, Florida", null, "Tallahassee", "FL", "US", false)]
    [InlineData("Seattle, Washington", null, "Seattle", "WA", "US", false)]
    [InlineData("United States of America-OHIO-Franklin County", null, null, "OH", "US", false)]
    [InlineData("Boulder, CO", null, "Boulder", "CO", "US", false)]
    [InlineData("Phoenix, Arizona", null, "Phoenix", "AZ", "US", false)]
    [InlineData("Los Angeles, CA", null, "Los Angeles", "CA", "US", false)]
    [InlineData("Indianapolis, IN", null, "Indianapolis", "IN", "US", false)]
    [InlineData("Washington, DC", null, "Washington", "DC", "US", false)]
    [InlineData("Columbus, OH 43215", null, "Columbus", "OH", "US", false)]
    [InlineData("Atlanta GA", null, "Atlanta", "GA", "US", false)]
    [InlineData("Winston-Salem, NC", null, "Winston-Salem", "NC", "US", false)]
    [InlineData("Boston, MA, USA", null, "Boston", "MA", "US", false)]
    [InlineData("Georgia", null, null, "GA", "US", false)]
    [InlineData("Georgia (Atlanta area)", null, "Atlanta", "GA", "US", false)]
    [InlineData("Washington State", null, null, "WA", "US", false)]
    [InlineData("Northern Illinois", null, null, "IL", "US", false)]
    [InlineData("Remote", "US", null, null, "US", true)]
    [InlineData("Remote", null, null, null, null, true)]
    [InlineData("Remote - US", null, null, null, "US", true)]
    [InlineData("Remote (Georgia only)", null, null, "GA", "US", true)]
    [InlineData("Hybrid (Atlanta, GA)", null, "Atlanta", "GA", "US", false)]
    [InlineData("Atlanta, GA or Remote", null, "Atlanta", "GA", "US", true)]
    [InlineData("New England (Boston, MA office)", null, "Boston", "MA", "US", false)]
    [InlineData("Sydney NSW 2000", null, "Sydney", "NSW", "AU", false)]
    [InlineData("Toronto, ON", null, "Toronto", "ON", "CA", false)]
    [InlineData("Perth, WA", "AU", "Perth", "WA", "AU", false)]
    [InlineData("London, United Kingdom", null, "London", null, "GB", false)]
    [InlineData("Amsterdam, Nederland", "NL", "Amsterdam", null, "NL", false)]
    [InlineData("Buenos Aires, Argentina", null, "Buenos Aires", null, "AR", false)]
    [InlineData("Covers the six New England states", "US", null, null, "US", false)]
    [InlineData("Boston", "US", null, null, "US", false)]
    public void Splits_city_region_country_and_remote(string text, string? hint, string? city, string? region, string? country, bool remote)
    {
        Assert.Equal(new NormalizedLocation(text, city, region, country, remote), LocationParser.Parse(text, hint));
    }

    [Fact]
    public void Keeps_the_cleaned_text()
    {
        var location = LocationParser.Parse("  Tallahassee,&nbsp;Florida ", null);

        Assert.Equal("Tallahassee, Florida", location.Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Takes_the_country_from_the_hint_when_there_is_no_text(string? text)
    {
        Assert.Equal(new NormalizedLocation(null, null, null, "US", false), LocationParser.Parse(text, "us"));
    }
}
