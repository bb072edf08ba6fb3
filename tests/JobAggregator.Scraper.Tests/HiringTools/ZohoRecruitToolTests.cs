using System.Text;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

public sealed class ZohoRecruitToolTests
{
    [Theory]
    [InlineData("https://riverbend-legal-aid.zohorecruit.com", "https://riverbend-legal-aid.zohorecruit.com/recruit/v2/public/Job_Openings?pagename=Careers&source=CareerSite")]
    [InlineData("https://riverbend-legal-aid.zohorecruit.com/jobs/Careers", "https://riverbend-legal-aid.zohorecruit.com/recruit/v2/public/Job_Openings?pagename=Careers&source=CareerSite")]
    [InlineData("https://nucleus.zohorecruit.in/jobs/Openings", "https://nucleus.zohorecruit.in/recruit/v2/public/Job_Openings?pagename=Openings&source=CareerSite")]
    public void Reads_the_site_and_asks_its_public_openings_on_the_same_host(string url, string api)
    {
        var tool = new ZohoRecruitTool();
        var board = tool.Recognize(new Uri(url));

        Assert.NotNull(board);
        Assert.Equal("zohorecruit", board.Tool);
        Assert.Equal(new Uri(api), tool.ApiUrl(board));
    }

    [Theory]
    [InlineData("https://www.zohorecruit.com/")]
    [InlineData("https://static.zohocdn.com/recruit/embed_careers_site/javascript/v1.1/embed_jobs.js")]
    [InlineData("https://riverbend-legal-aid.zohorecruit.com.example.org/jobs/Careers")]
    public void Takes_no_board_from_the_tool_s_site_its_scripts_or_lookalike_hosts(string url) =>
        Assert.Null(new ZohoRecruitTool().Recognize(new Uri(url)));

    [Fact]
    public void Reads_an_opening_s_page_as_a_posting_page() =>
        Assert.True(new ZohoRecruitTool().IsPostingPage(new Uri("https://riverbend-legal-aid.zohorecruit.com/jobs/Careers/718936000001234567/Staff-Attorney-Housing-Unit")));

    [Fact]
    public async Task Lists_only_published_openings_with_month_first_dates_and_untracked_urls()
    {
        var outcome = await HiringToolRun.ExtractAsync(HiringToolCorpus.Case("zohorecruit", "riverbend-legal-aid-job-openings").Page());

        Assert.NotNull(outcome);
        Assert.Equal(2, outcome.Postings.Count);
        var attorney = outcome.Postings[0];
        Assert.Equal(("Staff Attorney – Housing Unit", "Poughkeepsie, New York, United States", "Full time", "2025-02-24"),
            (attorney.Title, attorney.Location, attorney.EmploymentType, attorney.DatePosted));
        Assert.Equal(new Uri("https://riverbend-legal-aid.zohorecruit.com/jobs/Careers/718936000001234567/Staff-Attorney-Housing-Unit"), attorney.Url);
        Assert.Null(attorney.Organization);
    }

    [Fact]
    public async Task An_answer_of_another_shape_is_told_with_its_url()
    {
        var api = new Uri("https://riverbend-legal-aid.zohorecruit.com/recruit/v2/public/Job_Openings?pagename=Careers&source=CareerSite");
        var page = new PageContent(new Uri("https://www.riverbendlegalaid.example/careers"),
            Encoding.UTF8.GetBytes("""<html><body><script>rec_embed_js.load({ site: "https://riverbend-legal-aid.zohorecruit.com" });</script></body></html>"""), "text/html");
        var fetcher = new RecordingPageFetcherFake().Serving(api, Encoding.UTF8.GetBytes("""{"code":"INVALID_URL_PATTERN","status":"error"}"""), "application/json");
        var logger = new CapturedLogger();

        await HiringToolRun.ExtractAsync(page, fetcher, logger);

        var warning = Assert.Single(logger.Warnings);
        Assert.Contains(api.AbsoluteUri, warning, StringComparison.Ordinal);
        Assert.Contains("JSON of another shape", warning, StringComparison.Ordinal);
    }
}
