using System.Text;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

/// <summary>Comeet's careers widget names its board only in the settings its inline script passes to <c>COMEET.init</c>;
/// the widget's token is the key its careers API asks for.</summary>
public sealed class ComeetEmbedTests
{
    [Theory]
    [InlineData("""COMEET.init({ "token": "4B24B24B", "company-uid": "93.00C", "color": "278fe6" });""", "93.00C", "4B24B24B")]
    [InlineData("""COMEET.init({ token: '7A1C7A1C', 'company-uid': 'E4.00A', 'css-url': 'https://example.org/c.css' });""", "E4.00A", "7A1C7A1C")]
    [InlineData("""COMEET.init({ "company-uid": "12.001" });""", "12.001", null)]
    [InlineData("""var settings = { "csrf-token": "abc" }; COMEET.init({ "company-uid": "12.002", "token": "99AA" });""", "12.002", "99AA")]
    public async Task Reads_the_board_and_its_api_key_from_the_widget_settings(string script, string uid, string? key)
    {
        var (page, html) = await PageAsync(script);

        var board = new ComeetTool().RecognizeEmbed(page, html);

        Assert.NotNull(board);
        Assert.Equal((uid, key), (board.Token, board.ApiKey));
    }

    [Fact]
    public async Task A_page_without_the_widget_settings_embeds_no_comeet_board()
    {
        var (page, html) = await PageAsync("""window.dataLayer = []; var config = { "token": "4B24", "company-uid": "93.00C" };""");

        Assert.Null(new ComeetTool().RecognizeEmbed(page, html));
    }

    [Theory]
    [InlineData("93.00C", "4B24B24B", "https://www.comeet.co/careers-api/2.0/company/93.00C/positions?token=4B24B24B&details=true")]
    [InlineData("93.00C", null, null)]
    public void Reads_the_board_through_the_careers_api_only_with_the_widget_s_token(string uid, string? key, string? api) =>
        Assert.Equal(api is null ? null : new Uri(api), new ComeetTool().ApiUrl(new HiringToolBoard("comeet", uid, null) { ApiKey = key }));

    [Fact]
    public void A_careers_api_url_keeps_its_token()
    {
        var board = new ComeetTool().Recognize(new Uri("https://www.comeet.co/careers-api/2.0/company/93.00C/positions?token=4B24B24B&details=true"));

        Assert.Equal(("93.00C", "4B24B24B"), (board?.Token, board?.ApiKey));
    }

    [Fact]
    public async Task The_strategy_asks_the_careers_api_for_the_widget_s_board()
    {
        var (page, _) = await PageAsync("""COMEET.init({ "token": "4B24B24B", "company-uid": "93.00C" });""");
        var fetcher = new RecordingPageFetcherFake();

        await HiringToolRun.ExtractAsync(page, fetcher);

        Assert.Equal([new Uri("https://www.comeet.co/careers-api/2.0/company/93.00C/positions?token=4B24B24B&details=true")], fetcher.Requested);
    }

    private static async Task<(PageContent Page, AngleSharp.Dom.IDocument Html)> PageAsync(string script)
    {
        var page = new PageContent(new Uri("https://www.example.org/careers/"),
            Encoding.UTF8.GetBytes($"""<html><body><h1>Careers</h1><div class="comeet-careers-list"></div><script>{script}</script></body></html>"""),
            "text/html; charset=utf-8");
        return (page, await page.HtmlAsync(TestContext.Current.CancellationToken));
    }
}
