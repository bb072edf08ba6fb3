using JobAggregator.Scraper.Extraction.Feeds;

namespace JobAggregator.Scraper.Tests.Feeds;

public sealed class FeedTermPlaceTests
{
    [Theory]
    [InlineData("Utrecht")]
    [InlineData("Leeds")]
    [InlineData("Belo Horizonte/MG")]
    [InlineData("Contagem/MG")]
    [InlineData("Recife (PE)")]
    [InlineData("Austin, TX")]
    [InlineData("Trois-Rivières, QC")]
    [InlineData("São José dos Campos/SP")]
    public void A_town_known_or_followed_by_a_region_code_is_a_place(string term) => Assert.True(FeedTermPlace.Names(term));

    [Theory]
    [InlineData("Vacatures")]
    [InlineData("Vagas")]
    [InlineData("CLT")]
    [InlineData("Direito Penal")]
    [InlineData("Orientación laboral")]
    [InlineData("Offres d'emploi")]
    [InlineData("Stellenangebote")]
    [InlineData("Job Listings")]
    [InlineData("Legal Aid, NGO")]
    public void A_category_or_subject_is_no_place(string term) => Assert.False(FeedTermPlace.Names(term));
}
