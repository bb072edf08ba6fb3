using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Extraction;

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

    [Theory]
    [InlineData("Ort: Leipzig. Beginn: 1. April 2027. Vergütung in Anlehnung an TV-L E13. Bewerbungsschluss: 24. Januar 2027.", "Leipzig", "24. Januar 2027")]
    [InlineData("Lieu : Lyon. Début : 1er mars 2027. Date limite : 15 janvier 2027.", "Lyon", "15 janvier 2027")]
    [InlineData("Location: St. Gallen. Start: 1 March 2027. Closing date: 15 January 2027.", "St. Gallen", "15 January 2027")]
    [InlineData("Sede: Bologna. Inizio: 1 marzo 2027. Scadenza: 30 gennaio 2027.", "Bologna", "30 gennaio 2027")]
    [InlineData("Standplaats: Den Haag. Startdatum: 1 maart 2027. Reageren vóór: 15 januari 2027.", "Den Haag", "15 januari 2027")]
    public void Labelled_sentences_run_together_are_each_read_by_their_label(string facts, string place, string closing)
    {
        var block = Html.Parse($"<html><body><details><summary>Juriste</summary><p>{facts}</p></details></body></html>").QuerySelector("details")!;

        var read = BlockFields.Read(block, block.QuerySelector("summary"));

        Assert.Equal(place, read.Location);
        Assert.StartsWith(closing, read.ValidThrough, StringComparison.Ordinal);
    }
}
