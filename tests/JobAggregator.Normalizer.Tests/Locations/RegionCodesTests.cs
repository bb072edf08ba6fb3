using JobAggregator.Normalizer.Locations;

namespace JobAggregator.Normalizer.Tests.Locations;

public sealed class RegionCodesTests
{
    [Theory]
    [InlineData("Jalisco", "MX", "JAL")]
    [InlineData("JAL", "MX", "JAL")]
    [InlineData("Ciudad de México", "MX", "CMX")]
    [InlineData("CDMX", "MX", "CMX")]
    [InlineData("Nuevo Leon", "MX", "NLE")]
    [InlineData("California", "US", "CA")]
    [InlineData("CA", "US", "CA")]
    [InlineData("Auvergne-Rhône-Alpes", "FR", "ARA")]
    [InlineData("Lazio", "IT", "Lazio")]
    [InlineData("Lombardy", "IT", "Lombardia")]
    [InlineData("Steiermark", "AT", "Steiermark")]
    [InlineData("Noord-Holland", "NL", "NH")]
    [InlineData("Gauteng", "ZA", "GP")]
    [InlineData("CABA", "AR", "C")]
    [InlineData("Ontario", null, "ON")]
    public void Gives_the_code_of_a_region_named_or_coded(string region, string? country, string code)
    {
        Assert.Equal(code, RegionCodes.Of(region, country));
    }

    [Theory]
    [InlineData("Jalisco", "US")]
    [InlineData("Atlantis", "US")]
    [InlineData("New England", null)]
    public void Gives_nothing_for_a_region_the_country_does_not_have(string region, string? country)
    {
        Assert.Null(RegionCodes.Of(region, country));
    }

    [Fact]
    public void Names_the_missing_region()
    {
        var error = Assert.Throws<ArgumentNullException>(() => RegionCodes.Of(null!, "US"));

        Assert.Equal("region", error.ParamName);
    }
}
