using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

public sealed class OrganisationNamedInAdsTests
{
    private static PostingDraft Ad(string title, string html) => new() { Title = title, DescriptionHtml = html };

    [Theory]
    [InlineData("<p>The Mid-Atlantic Innocence Project is hiring an Investigator in Washington, DC.</p>", "Mid-Atlantic Innocence Project")]
    [InlineData("<p>Innocence Project Italia cerca un avvocato.</p>", "Innocence Project Italia")]
    [InlineData("<h3>Über uns</h3><p>Stichting Onschuldig Veroordeeld zoekt een casemanager.</p>", "Stichting Onschuldig Veroordeeld")]
    [InlineData("<p>La Fundación Inocencia España busca un abogado.</p>", "Fundación Inocencia España")]
    [InlineData("<p>Der Verein Rechtshilfe Ost sucht eine*n Jurist*in.</p>", "Verein Rechtshilfe Ost")]
    [InlineData("<p>Southern Center for Human Rights's lawyers represent people facing the death penalty.</p>", "Southern Center for Human Rights")]
    public void Reads_the_name_an_ad_gives(string html, string expected) =>
        Assert.Equal(expected, OrganisationNamedInAds.Of([Ad("Staff Attorney", html)]));

    [Theory]
    [InlineData("<p>We represent people in Cook County, Illinois.</p>")]
    [InlineData("<p>Reports to the Deputy Director. Apply on our website.</p>")]
    [InlineData("<p>The caseworker drafts applications to the Criminal Cases Review Commission.</p>")]
    [InlineData("<p>Work on the Southern Center for Human Rights docket.</p>")]
    public void A_run_of_capitalised_words_without_an_organisation_word_names_no_one(string html) =>
        Assert.Null(OrganisationNamedInAds.Of([Ad("Staff Attorney", html)]));

    [Fact]
    public void A_posting_title_is_not_the_organisation()
    {
        PostingDraft[] ads = [Ad("Legal Aid Office Manager", "<p>Legal Aid Office Manager, full time.</p>")];

        Assert.Null(OrganisationNamedInAds.Of(ads));
    }

    [Fact]
    public void Takes_the_name_most_ads_give_and_not_a_partner_one_ad_names()
    {
        PostingDraft[] ads =
        [
            Ad("Investigator", "<p>The Great North Innocence Project works with the Innocence Network.</p>"),
            Ad("Paralegal", "<p>Great North Innocence Project seeks a Paralegal.</p>"),
            Ad("Social Worker", "<p>Great North Innocence Project seeks a Social Worker.</p>"),
        ];

        Assert.Equal("Great North Innocence Project", OrganisationNamedInAds.Of(ads));
    }

    [Fact]
    public void A_name_fewer_than_half_the_ads_give_is_not_taken()
    {
        PostingDraft[] ads =
        [
            Ad("Investigator", "<p>Partner of the Innocence Network.</p>"),
            Ad("Paralegal", "<p>Full time in Minneapolis.</p>"),
            Ad("Social Worker", "<p>Part time in Saint Paul.</p>"),
        ];

        Assert.Null(OrganisationNamedInAds.Of(ads));
    }
}
