using JobAggregator.Contracts;
using JobAggregator.Normalizer.Organizations;
using JobAggregator.Sources.Organizations;

namespace JobAggregator.Normalizer.Tests.Organizations;

public sealed class OrganizationDirectoryTests
{
    private static readonly OrganizationDirectory Directory = new(
    [
        ("Georgia Innocence Project", ["GIP"]),
        ("Hawai'i Innocence Project", ["HIP", "Hawaii Innocence Project"]),
        ("California Western Innocence & Justice Clinic", ["IJC", "California Innocence Project"]),
        ("Korey Wise Innocence Project", ["KWIP"]),
        ("Innocence Project", ["IP"]),
        ("Innocence Project of Florida", ["IPF"]),
        ("The Exoneration Project", ["Exoneration Project"]),
        ("George C. Cochran Innocence Project", ["MIP", "Mississippi Innocence Project"]),
        ("Midwest Innocence Project", ["MIP"]),
        ("Projet Innocence Québec", []),
    ]);

    public static TheoryData<string, string, string> Names => new()
    {
        { "GIP", "georgia-innocence-project", "Georgia Innocence Project" },
        { "Georgia Innocence Project", "georgia-innocence-project", "Georgia Innocence Project" },
        { "Georgia Innocence Project, Inc.", "georgia-innocence-project", "Georgia Innocence Project" },
        { "GEORGIA INNOCENCE PROJECT INC", "georgia-innocence-project", "Georgia Innocence Project" },
        { "The Georgia Innocence Project", "georgia-innocence-project", "Georgia Innocence Project" },
        { "Georgia Innocence Project (GIP)", "georgia-innocence-project", "Georgia Innocence Project" },
        { "georgia innocence project", "georgia-innocence-project", "Georgia Innocence Project" },
        { "Hawaii Innocence Project", "hawaii-innocence-project", "Hawai'i Innocence Project" },
        { "Hawai‘i Innocence Project", "hawaii-innocence-project", "Hawai'i Innocence Project" },
        { "HIP", "hawaii-innocence-project", "Hawai'i Innocence Project" },
        { "California Western Innocence and Justice Clinic", "california-western-innocence-and-justice-clinic", "California Western Innocence & Justice Clinic" },
        { "IJC", "california-western-innocence-and-justice-clinic", "California Western Innocence & Justice Clinic" },
        { "Korey Wise Innocence Project (KWIP), at Colorado Law", "korey-wise-innocence-project", "Korey Wise Innocence Project" },
        { "KWIP", "korey-wise-innocence-project", "Korey Wise Innocence Project" },
        { "Innocence Project of Florida (IPF)", "innocence-project-of-florida", "Innocence Project of Florida" },
        { "Innocence Project, Inc.", "innocence-project", "Innocence Project" },
        { "Innocence Project, New Orleans", "innocence-project-new-orleans", "Innocence Project, New Orleans" },
        { "Exoneration Project", "the-exoneration-project", "The Exoneration Project" },
        { "Mississippi Innocence Project", "george-c-cochran-innocence-project", "George C. Cochran Innocence Project" },
        { "Projet Innocence Quebec", "projet-innocence-quebec", "Projet Innocence Québec" },
        { "MIP", "mip", "MIP" },
        { "Arizona Justice Project", "arizona-justice-project", "Arizona Justice Project" },
        { "Office of the Ohio Public Defender", "office-of-the-ohio-public-defender", "Office of the Ohio Public Defender" },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Gives_every_name_of_an_organisation_its_one_canonical_organisation(string name, string id, string canonical)
    {
        Assert.Equal(new NormalizedOrganization(id, canonical), OrganizationNormalizer.Normalize(name, null, Directory));
    }

    [Fact]
    public void Knows_no_organisation_when_empty()
    {
        Assert.Null(OrganizationDirectory.Empty.Find("Georgia Innocence Project"));
    }
}
