using JobAggregator.Scraper.Extraction.Heuristics;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class ProseFieldsTests
{
    [Theory]
    [InlineData("The Arizona Justice Project (AJP) in Phoenix, AZ is hiring a Strategic Litigation Counsel.", "Phoenix, AZ")]
    [InlineData("This is a full-time role in our New York City office.", "New York City")]
    [InlineData("The project seeks a staff attorney for its Latino Initiative, working in Northern Illinois. Applicants must be licensed.", "Northern Illinois")]
    [InlineData("A non-profit organization based in Tallahassee is looking for a manager.", "Tallahassee")]
    public void Reads_where_the_work_is_from_running_text(string text, string place)
    {
        Assert.Equal(place, ProseFields.Location(text));
    }

    [Theory]
    [InlineData("We are working in partnership with law schools across the state.")]
    [InlineData("Our clients are based in prisons far from home.")]
    public void Reads_no_place_from_a_sentence_that_names_none(string text)
    {
        Assert.Null(ProseFields.Location(text));
    }
}
