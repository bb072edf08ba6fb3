using AngleSharp.Dom;
using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Structured;

namespace JobAggregator.Scraper.Tests.Heuristics;

/// <summary>The walks hold to what AngleSharp's selector queries find on every corpus page.</summary>
public sealed class ElementWalkTests
{
    public static TheoryData<string> HtmlPages =>
        CorpusStrategyRunner.Cases(c => c.BodyPath.EndsWith(".html", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(HtmlPages))]
    public async Task Lists_the_descendants_as_QuerySelectorAll_does(string id)
    {
        var document = await DocumentOf(id);

        Assert.Equal(document.DocumentElement.QuerySelectorAll("*"), ElementWalk.Descendants(document.DocumentElement));
        Assert.Equal(document.Body!.QuerySelectorAll("*"), ElementWalk.Descendants(document.Body));
    }

    [Theory]
    [MemberData(nameof(HtmlPages))]
    public async Task Finds_the_first_descendant_as_QuerySelector_does(string id)
    {
        var document = await DocumentOf(id);

        // The first elements of the page, so that roots of every size and depth are asked about without the test
        // costing the square of the page.
        foreach (var root in document.QuerySelectorAll("*").Take(400))
        {
            Assert.Same(root.QuerySelector("a[href]"), ElementWalk.FirstDescendant(root, ElementWalk.IsLink));
            Assert.Same(root.QuerySelector("h1, h2, h3, h4, h5, h6"), ElementWalk.FirstDescendant(root, ElementWalk.IsHeading));
        }
    }

    [Theory]
    [InlineData("<strong>Staff Attorney</strong>", true)]
    [InlineData("<b>Juriste</b>", true)]
    [InlineData("<span style=\"font-weight:bold;\">Staff Attorney</span>", true)]
    [InlineData("<span style=\"color: #333; font-weight: 700\">Abogado/a</span>", true)]
    [InlineData("<span style=\"font-weight:600\">Sozialarbeiter*in</span>", true)]
    [InlineData("<span style=\"font-weight:400\">Avvocato</span>", false)]
    [InlineData("<span style=\"font-weight:normal\">Jurist</span>", false)]
    [InlineData("<span class=\"bold\">Jurist</span>", false)]
    [InlineData("<em>Jurist</em>", false)]
    public void Tells_bold_text_by_tag_or_by_its_own_style(string html, bool bold)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<p>{html}</p>");

        Assert.Equal(bold, ElementWalk.IsBold(document.QuerySelector("p")!.FirstElementChild!));
    }

    [Theory]
    [InlineData("font-size:24pt", true)]
    [InlineData("color: #222; font-size: 28px;", true)]
    [InlineData("font-size:1.5em", true)]
    [InlineData("font-size:11pt", false)]
    [InlineData("font-size:16px", false)]
    [InlineData("font-weight:700", false)]
    public void Tells_large_print_by_its_own_style(string style, bool large) =>
        Assert.Equal(large, ElementWalk.IsLargePrint(style));

    private static async Task<IDocument> DocumentOf(string id) =>
        await CorpusStrategyRunner.Page(CorpusStrategyRunner.Case(id)).HtmlAsync(TestContext.Current.CancellationToken);
}
