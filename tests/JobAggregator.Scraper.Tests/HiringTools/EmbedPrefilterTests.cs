using System.Text;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

/// <summary>The embeds and links recognised after a quick look at the page's text still are, and pages without them are
/// passed over.</summary>
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

    [Fact]
    public async Task A_relative_link_on_a_page_of_a_tools_own_host_is_read_though_it_names_no_domain()
    {
        var page = new PageContent(new Uri("https://boards.greenhouse.io/"), Encoding.UTF8.GetBytes("""<html><body><a href="/innocenceproject">Openings</a></body></html>"""),
            "text/html; charset=utf-8");

        var boards = await new HiringToolStrategy().FindBoardsAsync(page, TestContext.Current.CancellationToken);

        Assert.Contains(boards, b => b is { Tool: "greenhouse", Token: "innocenceproject" });
    }

    /// <summary>The strategy resolves only the links and scripts that name one of the tools' host domains: a tool that
    /// recognised a URL on another host would lose its boards.</summary>
    [Fact]
    public async Task Every_url_a_tool_recognises_on_the_corpus_pages_is_on_one_of_its_host_domains()
    {
        var recognised = 0;
        foreach (var corpusCase in HiringToolCorpus.OfKinds(HiringToolCorpus.EmbedKinds.Concat(HiringToolCorpus.ResponseKinds)))
        {
            var page = corpusCase.Page();
            if (page.Format != PageFormat.Html)
            {
                continue;
            }

            var html = await page.HtmlAsync(TestContext.Current.CancellationToken);
            var urls = html.All.SelectMany(e => e.Attributes).Select(a => Links.Resolve(page.Url, a.Value)).OfType<Uri>().Append(page.Url);
            foreach (var url in urls)
            {
                foreach (var tool in HiringToolCatalog.All.Where(t => t.Recognize(url) is not null))
                {
                    recognised++;
                    Assert.Contains(tool.HostDomains, domain => url.Host.Equals(domain, StringComparison.OrdinalIgnoreCase)
                        || url.Host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase));
                }
            }
        }

        Assert.True(recognised > 0, "no corpus page links a hiring tool");
    }

    private static async Task<(PageContent Page, AngleSharp.Dom.IDocument Html)> PageAsync(string html)
    {
        var page = new PageContent(new Uri("https://careers.acme.example/jobs"), Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8");
        return (page, await page.HtmlAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Boards_linked_from_elements_come_before_boards_built_in_inline_scripts_in_one_walk()
    {
        var page = new PageContent(new Uri("https://acme.example/careers"), Encoding.UTF8.GetBytes(
                """<html><body><script>var board = "https:\/\/boards.greenhouse.io\/embed\/job_board\/js?for=acme";</script><script src="/app.js"></script>"""
                + """<a href="https://jobs.lever.co/beta">Openings</a></body></html>"""),
            "text/html; charset=utf-8");

        var boards = await new HiringToolStrategy().FindBoardsAsync(page, TestContext.Current.CancellationToken);

        Assert.Equal(["lever:beta", "greenhouse:acme"], boards.Select(b => $"{b.Tool}:{b.Token}"));
    }

    [Theory]
    [InlineData("""<script type="rocketlazyloadscript" data-rocket-src="https://boards.greenhouse.io/embed/job_board/js?for=acme" defer></script>""", "greenhouse:acme")]
    [InlineData("""<iframe src="about:blank" data-lazy-src="https://acme.recruitee.com/?iframe=1"></iframe>""", "recruitee:acme")]
    [InlineData("""<iframe data-cookieblock-src="https://jobs.lever.co/acme" data-cookieconsent="marketing"></iframe>""", "lever:acme")]
    [InlineData("""<iframe data-cmplz-src="https://apply.workable.com/acme/" class="cmplz-iframe"></iframe>""", "workable:acme")]
    [InlineData("""<script type="litespeed/javascript" data-src="https://boards.greenhouse.io/embed/job_board/js?for=acme"></script>""", "greenhouse:acme")]
    public async Task An_embed_whose_address_a_lazy_loader_or_consent_manager_moved_into_a_data_attribute_is_recognised(string embed, string board)
    {
        var page = new PageContent(new Uri("https://acme.example/careers"), Encoding.UTF8.GetBytes($"<html><body><h1>Careers</h1>{embed}</body></html>"),
            "text/html; charset=utf-8");

        var boards = await new HiringToolStrategy().FindBoardsAsync(page, TestContext.Current.CancellationToken);

        Assert.Equal([board], boards.Select(b => $"{b.Tool}:{b.Token}"));
    }

    [Fact]
    public async Task A_page_naming_no_tools_domain_has_no_board()
    {
        var page = new PageContent(new Uri("https://acme.example/careers"), Encoding.UTF8.GetBytes(
                """<html><body><script>var jobs = "https://acme.example/jobs";</script><a href="/jobs/1">Paralegal</a></body></html>"""),
            "text/html; charset=utf-8");

        Assert.Empty(await new HiringToolStrategy().FindBoardsAsync(page, TestContext.Current.CancellationToken));
    }
}
