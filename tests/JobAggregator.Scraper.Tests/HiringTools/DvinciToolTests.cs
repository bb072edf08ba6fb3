using System.Text;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

public sealed class DvinciToolTests
{
    [Theory]
    [InlineData("https://rechtshilfe-nordhessen.dvinci-hr.com/de/jobs", "rechtshilfe-nordhessen", "https://rechtshilfe-nordhessen.dvinci-hr.com/jobPublication/list.json")]
    [InlineData("https://rechtshilfe-nordhessen.dvinci-hr.com/jobPublication/list.json?lang=de", "rechtshilfe-nordhessen", "https://rechtshilfe-nordhessen.dvinci-hr.com/jobPublication/list.json")]
    [InlineData("https://mtuaero.dvinci-easy.com/de/jobs", "mtuaero", "https://mtuaero.dvinci-easy.com/jobPublication/list.json")]
    [InlineData("https://intermed-karriere.dvinci-hr.com/portal/LADR/de/jobs", "intermed-karriere/ladr", "https://intermed-karriere.dvinci-hr.com/portal/ladr/jobPublication/list.json")]
    public void Reads_the_portal_and_asks_its_own_host_for_the_list(string url, string token, string api)
    {
        var board = new DvinciTool().Recognize(new Uri(url));

        Assert.NotNull(board);
        Assert.Equal(("dvinci", token), (board.Tool, board.Token));
        Assert.Equal(new Uri(api), new DvinciTool().ApiUrl(board));
    }

    [Theory]
    [InlineData("https://www.dvinci-hr.com/")]
    [InlineData("https://rechtshilfe-nordhessen.dvinci-hr.com.example.org/de/jobs")]
    public void Takes_no_board_from_the_tool_s_site_or_lookalike_hosts(string url) =>
        Assert.Null(new DvinciTool().Recognize(new Uri(url)));

    [Fact]
    public void Reads_an_ad_on_the_portal_as_a_posting_page() =>
        Assert.True(new DvinciTool().IsPostingPage(new Uri("https://rechtshilfe-nordhessen.dvinci-hr.com/de/jobs/3187/sozialarbeiterin-mwd-in-der-straffalligenhilfe")));

    [Fact]
    public async Task Joins_the_ad_s_sections_and_gives_the_working_times_as_the_portal_words_them()
    {
        var outcome = await HiringToolRun.ExtractAsync(HiringToolCorpus.Case("dvinci", "rechtshilfe-nordhessen-publications").Page());

        Assert.NotNull(outcome);
        var (social, office) = (outcome.Postings[0], outcome.Postings[1]);
        Assert.Equal(("Kassel, Deutschland", "Vollzeit", "2025-02-17", "2025-03-31"), (social.Location, social.EmploymentType, social.DatePosted, social.ValidThrough));
        Assert.Contains("<li>Vergütung nach TV-L E9</li>", social.DescriptionHtml, StringComparison.Ordinal);
        Assert.Contains("Online-Formular", social.DescriptionHtml, StringComparison.Ordinal);
        Assert.Equal(new Uri("https://rechtshilfe-nordhessen.dvinci-hr.com/de/jobs/3187/sozialarbeiterin-mwd-in-der-straffalligenhilfe/apply"), social.ApplyUrl);
        Assert.Equal(("Fulda, Deutschland", "Teilzeit"), (office.Location, office.EmploymentType));
        Assert.Null(social.Organization);
    }

    [Fact]
    public async Task A_portal_whose_interface_is_off_is_told_with_its_url()
    {
        var api = new Uri("https://rechtshilfe-nordhessen.dvinci-hr.com/jobPublication/list.json");
        var page = new PageContent(new Uri("https://www.rechtshilfe-nordhessen.example/stellen"),
            Encoding.UTF8.GetBytes("""<html><body><a href="https://rechtshilfe-nordhessen.dvinci-hr.com/de/jobs">Stellen</a></body></html>"""), "text/html");
        var fetcher = new RecordingPageFetcherFake().Serving(api, Encoding.UTF8.GetBytes("""{"status":403,"message":"interface not enabled"}"""), "application/json");
        var logger = new CapturedLogger();

        await HiringToolRun.ExtractAsync(page, fetcher, logger);

        var warning = Assert.Single(logger.Warnings);
        Assert.Contains(api.AbsoluteUri, warning, StringComparison.Ordinal);
        Assert.Contains("JSON of another shape", warning, StringComparison.Ordinal);
    }
}
