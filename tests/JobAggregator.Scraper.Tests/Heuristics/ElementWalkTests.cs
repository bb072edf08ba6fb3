using AngleSharp.Dom;
using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Extraction;
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
    [InlineData(".c0{font-weight:700;font-size:14pt}.c2{font-weight:400;font-size:11pt}", "c0", true)]
    [InlineData(".c0{font-weight:700;font-size:14pt}.c2{font-weight:400;font-size:11pt}", "c2", false)]
    [InlineData(".c3{color:#000;font-weight:bold}.c2{font-size:11pt}", "c3", true)]
    [InlineData(".c5{font-size:15pt}.c2{font-size:11pt}", "c5", true)]
    [InlineData(".c5{font-size:11.5pt}.c2{font-size:11pt}", "c5", false)]
    [InlineData("p .c0{font-weight:700}.c2{font-size:11pt}", "c0", false)]
    [InlineData(".lst-kix_a>li:before{content:\"•\"}.c2{font-size:11pt}", "c2", false)]
    public void Tells_bold_text_by_its_page_style_sheet(string sheet, string spanClass, bool bold)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            $"<html><head><style>{sheet}</style></head><body><p><span class=\"{spanClass}\">Staff Attorney</span></p>"
            + "<p><span class=\"c2\">Location: Fargo</span></p><p><span class=\"c2\">Salary: $70,000</span></p></body></html>");

        Assert.Equal(bold, ElementWalk.IsBold(document.QuerySelector("p")!.FirstElementChild!));
    }

    [Fact]
    public void Keeps_bold_text_of_a_Word_page_saved_as_html()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            "<html><head><style>p.MsoNormal, li.MsoNormal {margin:0cm;font-size:12.0pt;font-family:\"Times New Roman\"}</style></head>"
            + "<body><p class=MsoNormal><b><span style='font-size:14.0pt'>Staff Attorney</span></b></p>"
            + "<p class=MsoNormal><span>Location: Fargo</span></p></body></html>");

        var paragraphs = document.QuerySelectorAll("p");
        Assert.True(ElementWalk.IsBold(paragraphs[0].FirstElementChild!));
        Assert.False(ElementWalk.IsBold(paragraphs[1].FirstElementChild!));
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

    [Theory]
    [InlineData("""<div class="heading-style-h5">Sozialarbeiter/in FH</div>""", true)]
    [InlineData("""<div class="h5 mb-2">Paralegal</div>""", true)]
    [InlineData("""<p class="text-h3">Juriste</p>""", true)]
    [InlineData("""<span class="title_h4">Abogado/a</span>""", true)]
    [InlineData("""<div class="heading-style">Jurist</div>""", false)]
    [InlineData("""<div class="h50">Jurist</div>""", false)]
    [InlineData("""<a class="h5">Jurist</a>""", false)]
    public void Tells_an_element_styled_as_a_heading_by_its_class(string html, bool heading) =>
        Assert.Equal(heading, ElementWalk.IsClassedAsHeading(Html.Parse($"<html><body>{html}</body></html>").Body!.FirstElementChild!));

    private static async Task<IDocument> DocumentOf(string id) =>
        await CorpusStrategyRunner.Page(CorpusStrategyRunner.Case(id)).HtmlAsync(TestContext.Current.CancellationToken);
}
