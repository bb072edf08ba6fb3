using System.Text;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

/// <summary>The embeds recognised after a quick look at the page's text still are, and pages without them are passed
/// over.</summary>
public sealed class EmbedPrefilterTests
{
    [Theory]
    [InlineData("""<script src="https://scripts.Teamtailor-CDN.com/widget.js"></script>""", "careers.acme.example")]
    [InlineData("""<link rel="stylesheet" href="//assets.teamtailor-cdn.com/a.css">""", "careers.acme.example")]
    [InlineData("""<script src="/app.js"></script>""", null)]
    public async Task A_page_served_from_the_teamtailor_cdn_is_a_teamtailor_board(string head, string? token)
    {
        var (page, html) = await PageAsync($"<html><head>{head}</head><body><h1>Jobs</h1></body></html>");

        Assert.Equal(token, new TeamtailorTool().RecognizeEmbed(page, html)?.Token);
    }

    [Theory]
    [InlineData("""<div id="BambooHR" data-domain="acme.bamboohr.com"></div>""", "acme")]
    [InlineData("""<div id="bamboo" data-domain="acme.bamboohr.com"></div>""", null)]
    public async Task A_bamboohr_embed_is_recognised_by_its_element(string body, string? token)
    {
        var (page, html) = await PageAsync($"<html><body>{body}</body></html>");

        Assert.Equal(token, new BambooHrTool().RecognizeEmbed(page, html)?.Token);
    }

    private static async Task<(PageContent Page, AngleSharp.Dom.IDocument Html)> PageAsync(string html)
    {
        var page = new PageContent(new Uri("https://careers.acme.example/jobs"), Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8");
        return (page, await page.HtmlAsync(TestContext.Current.CancellationToken));
    }
}
