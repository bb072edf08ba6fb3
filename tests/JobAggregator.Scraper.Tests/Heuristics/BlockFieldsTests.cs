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
    [InlineData("<span class=\"etiqueta\">Concurso</span>", "Jornada completa, Santiago.", "Santiago")]
    [InlineData("<div class=\"views-field-field-categoria\">Seminario</div>", "Tempo parziale, Bologna.", "Bologna")]
    [InlineData("<span class=\"post-category\">Recrutement</span>", "CDI, temps plein, Lille.", "Lille")]
    [InlineData("<span class=\"kategorie\">Ausschreibung</span>", "Teilzeit, Bremen.", "Bremen")]
    public void A_category_line_is_no_place(string category, string facts, string town)
    {
        var block = Html.Parse($"<html><body><div id=\"b\">{category}<p>{facts}</p></div></body></html>").GetElementById("b")!;

        Assert.StartsWith(town, BlockFields.Read(block, null).Location);
    }
}
