using JobAggregator.Contracts;
using JobAggregator.Normalizer.Organizations;
using JobAggregator.Sources.Organizations;

namespace JobAggregator.Normalizer.Tests.Organizations;

public sealed class OrganizationNormalizerTests
{
    [Theory]
    [InlineData("Innocence Project of Florida (IPF)", "innocence-project-of-florida-ipf")]
    [InlineData("Office of the Ohio Public Defender", "office-of-the-ohio-public-defender")]
    [InlineData("Korey Wise Innocence Project (KWIP), at Colorado Law", "korey-wise-innocence-project-kwip-at-colorado-law")]
    [InlineData("Projet Innocence Québec", "projet-innocence-quebec")]
    [InlineData("Smith & Jones", "smith-and-jones")]
    [InlineData("Women's Justice Project", "womens-justice-project")]
    [InlineData("  --Arizona   Justice Project--  ", "arizona-justice-project")]
    public void Makes_a_lower_case_slug_of_the_name(string name, string slug)
    {
        Assert.Equal(slug, OrganizationNames.Slug(name));
    }

    [Fact]
    public void Makes_a_stable_id_for_a_name_without_latin_letters()
    {
        var slug = OrganizationNames.Slug("台灣冤獄平反協會");

        Assert.Matches("^org-[0-9a-f]{12}$", slug);
        Assert.Equal(slug, OrganizationNames.Slug("台灣冤獄平反協會"));
    }

    [Fact]
    public void Cleans_the_name()
    {
        Assert.Equal(
            new NormalizedOrganization("georgia-innocence-project", "Georgia Innocence Project"),
            OrganizationNormalizer.Normalize(" Georgia&nbsp;Innocence  Project ", null, OrganizationDirectory.Empty));
    }

    [Fact]
    public void Falls_back_to_the_source_organization()
    {
        Assert.Equal(
            new NormalizedOrganization("arizona-justice-project", "Arizona Justice Project"),
            OrganizationNormalizer.Normalize("  ", "Arizona Justice Project", OrganizationDirectory.Empty));
    }

    [Fact]
    public void Gives_null_when_neither_names_one()
    {
        Assert.Null(OrganizationNormalizer.Normalize(null, " ", OrganizationDirectory.Empty));
    }
}
