using JobAggregator.Scraper.Extraction.Heuristics;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class BlockFieldsTests
{
    [Theory]
    [InlineData("New Orleans, LA", true)]
    [InlineData("Baton Rouge, LA", true)]
    [InlineData("Portland, OR", true)]
    [InlineData("Dover, DE", true)]
    [InlineData("Fort Wayne, IN", true)]
    [InlineData("Publiée le", false)]
    [InlineData("Posted on", false)]
    [InlineData("Staff Attorney and", false)]
    public void A_state_s_code_in_capitals_ends_a_place_where_a_connector_would_cut_it_short(string text, bool place) =>
        Assert.Equal(place, BlockFields.LooksLikePlace(text));
}
