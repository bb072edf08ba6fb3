using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Extraction;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class LabelledLinesTests
{
    [Theory]
    [InlineData("Ort: Leipzig. Beginn: 1. April 2027. Bewerbungsschluss: 24. Januar 2027.", "Leipzig", "24. Januar 2027")]
    [InlineData("Lieu : Paris. Gratification légale. Date limite : 15 janvier 2027.", "Paris", "15 janvier 2027")]
    [InlineData("Location: St. Louis. Closing date: January 15, 2027.", "St. Louis", "January 15, 2027")]
    public void A_line_of_labelled_sentences_keeps_a_day_s_number_with_its_month(string line, string place, string closing)
    {
        var content = Html.Parse($"<html><body><main><p>{line}</p></main></body></html>").QuerySelector("main")!;

        var read = LabelledLines.Read(content);

        Assert.Equal((place, closing), (read.Location, read.ValidThrough));
    }
}
