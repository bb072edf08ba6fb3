using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Structured;

namespace JobAggregator.Scraper.Tests.Heuristics;

/// <summary>The page's main content is what the selector queries it replaced find, on every corpus page.</summary>
public sealed class PageRegionsTests
{
    public static TheoryData<string> HtmlPages =>
        CorpusStrategyRunner.Cases(c => c.BodyPath.EndsWith(".html", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(HtmlPages))]
    public async Task Finds_the_main_content_as_the_selector_queries_do(string id)
    {
        var document = await DocumentOf(id);

        var expected = document.QuerySelector("main, [role='main']") ?? document.QuerySelector("#content, #main, .content, article") ?? document.Body;
        Assert.Same(expected, PageRegions.MainContent(document));
        Assert.Same(expected, PageRegions.MainContent(document));
    }

    [Fact]
    public void Finds_main_before_an_earlier_content_element()
    {
        var document = new HtmlParser().ParseDocument(
            "<html><body><div id='content'><article><p>x</p></article></div><div role='main'><p>y</p></div></body></html>");

        Assert.Equal("main", PageRegions.MainContent(document)?.GetAttribute("role"));
    }

    [Theory]
    [InlineData("slick-slide slick-cloned", true)]
    [InlineData("swiper-slide swiper-slide-duplicate", true)]
    [InlineData("owl-item cloned", true)]
    [InlineData("splide__slide splide__slide--clone", true)]
    [InlineData("swiper-slide swiper-slide-duplicate-next", false)]
    [InlineData("slick-slide slick-current slick-active", false)]
    [InlineData("cloned-repository-card", false)]
    public void A_carousels_copy_of_a_slide_is_furniture(string classes, bool furniture)
    {
        var document = new HtmlParser().ParseDocument($"<html><body><main><div class='{classes}'><article><h3>Paralegal</h3></article></div></main></body></html>");

        Assert.Equal(furniture, PageRegions.MarksFurniture(document.QuerySelector("main > div")!));
    }

    private static async Task<IDocument> DocumentOf(string id) =>
        await CorpusStrategyRunner.Page(CorpusStrategyRunner.Case(id)).HtmlAsync(TestContext.Current.CancellationToken);
}
