using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Extraction;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class YearlessOpeningDatesTests
{
    [Theory]
    [InlineData("en", "November 26, 2026", "midday Friday 15 January", "2027-01-15")]
    [InlineData("de", "26. November 2026", "bis Freitag, 15. Januar", "2027-01-15")]
    [InlineData("fr", "24 novembre 2026", "vendredi 15 janvier à midi", "2027-01-15")]
    [InlineData("es", "24 de noviembre de 2026", "viernes 15 de enero", "2027-01-15")]
    [InlineData("nl", "24 november 2026", "vrijdag 18 december", "2026-12-18")]
    // A numeric page date is read as the normaliser reads one, day first in a language other than English.
    [InlineData("de", "01.12.2026", "bis Freitag, 15. Januar", "2027-01-15")]
    [InlineData("fr", "01/12/2026", "vendredi 15 janvier à midi", "2027-01-15")]
    [InlineData("it", "01/12/2026", "entro venerdì 15 gennaio", "2027-01-15")]
    [InlineData("en", "12/01/2026", "midday Friday 15 January", "2027-01-15")]
    public void A_yearless_closing_date_is_the_first_such_day_on_or_after_the_newest_date_the_page_states(string language, string pageDate,
        string closing, string dated)
    {
        var document = Html.Parse($"<html lang=\"{language}\"><body><main><h3>Jurist</h3></main><aside><ul><li><a href=\"/news/1\">News</a><span class=\"post-date\">{pageDate}</span></li></ul></aside></body></html>");

        var read = YearlessOpeningDates.Dated(document, [new PostingDraft { Title = "Jurist", ValidThrough = closing }]);

        Assert.Equal(dated, read[0].ValidThrough);
    }

    [Theory]
    [InlineData("fr", "24 novembre 2026", "2 déc.", "2026-12-02")]
    [InlineData("fr", "24 novembre 2026", "20 nov.", "2026-11-20")]
    [InlineData("de", "<time datetime=\"2026-11-24\">24.11.</time>", "2. Dez.", "2026-12-02")]
    [InlineData("en", "November 24, 2026", "Nov 20", "2026-11-20")]
    public void A_yearless_posted_date_is_a_recent_one(string language, string pageDate, string posted, string dated)
    {
        var stamp = pageDate.StartsWith('<') ? pageDate : $"<span class=\"entry-date\">{pageDate}</span>";
        var document = Html.Parse($"<html lang=\"{language}\"><body><main><h3>Juriste</h3></main><aside>{stamp}</aside></body></html>");

        var read = YearlessOpeningDates.Dated(document, [new PostingDraft { Title = "Juriste", DatePosted = posted }]);

        Assert.Equal(dated, read[0].DatePosted);
    }

    [Fact]
    public void A_page_stating_no_whole_date_of_its_own_leaves_them_undated()
    {
        var document = Html.Parse("<html lang=\"es\"><body><main><h2>Buscamos gente</h2></main><footer>© 2026 Inocencia</footer></body></html>");

        var read = YearlessOpeningDates.Dated(document, [new PostingDraft { Title = "Asistente", ValidThrough = "hasta el 18 de diciembre" }]);

        Assert.Equal("hasta el 18 de diciembre", read[0].ValidThrough);
    }
}
