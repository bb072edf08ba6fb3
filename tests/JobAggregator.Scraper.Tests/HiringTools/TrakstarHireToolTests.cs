using System.Text;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

public sealed class TrakstarHireToolTests
{
    private static readonly Uri Api = new("https://jsapi.recruiterbox.com/v1/openings?client_name=coastalpublicdefender");

    [Theory]
    [InlineData("https://coastalpublicdefender.hire.trakstar.com/")]
    [InlineData("https://coastalpublicdefender.hire.trakstar.com/jobs/fk0745/")]
    [InlineData("https://CoastalPublicDefender.recruiterbox.com/jobs/fk0745")]
    [InlineData("https://jsapi.recruiterbox.com/v1/openings?client_name=coastalpublicdefender&limit=20&offset=40")]
    public void Reads_the_client_name_from_a_board_posting_or_api_url(string url)
    {
        var board = new TrakstarHireTool().Recognize(new Uri(url));

        Assert.NotNull(board);
        Assert.Equal(("trakstar", "coastalpublicdefender"), (board.Tool, board.Token));
        Assert.Equal(Api, new TrakstarHireTool().ApiUrl(board));
    }

    [Theory]
    [InlineData("https://www.trakstar.com/")]
    [InlineData("https://jsapi.recruiterbox.com/v1/openings")]
    [InlineData("https://cdn.recruiterbox.com/asset.js")]
    [InlineData("https://coastalpublicdefender.hire.trakstar.com.example.org/")]
    public void Takes_no_board_from_the_tool_s_own_pages_or_lookalike_hosts(string url) =>
        Assert.Null(new TrakstarHireTool().Recognize(new Uri(url)));

    [Theory]
    [InlineData("https://coastalpublicdefender.hire.trakstar.com/jobs/fk0745/", true)]
    [InlineData("https://coastalpublicdefender.hire.trakstar.com/", false)]
    public void Tells_a_posting_s_page_from_the_board(string url, bool isPosting) =>
        Assert.Equal(isPosting, new TrakstarHireTool().IsPostingPage(new Uri(url)));

    [Fact]
    public async Task Reads_place_remote_flag_type_closing_date_and_the_ad_with_its_requirements()
    {
        var outcome = await HiringToolRun.ExtractAsync(HiringToolCorpus.Case("trakstar", "coastal-public-defender-openings").Page());

        Assert.NotNull(outcome);
        var defender = outcome.Postings[0];
        Assert.Equal(("Mobile, AL, USA", "Full-time", "2025-05-15"), (defender.Location, defender.EmploymentType, defender.ValidThrough));
        Assert.Null(defender.Organization);
        Assert.Contains("<h3>Requirements</h3>", defender.DescriptionHtml, StringComparison.Ordinal);
        Assert.Contains("$62,000 - $70,000 per year", defender.SalaryText, StringComparison.Ordinal);
        Assert.Equal(("AL, USA (Remote)", "Part-time"), (outcome.Postings[2].Location, outcome.Postings[2].EmploymentType));
    }

    [Fact]
    public void Asks_for_the_next_window_while_meta_counts_more_openings()
    {
        var tool = new TrakstarHireTool();
        var first = Answer("""{"objects": [], "meta": {"total_count": 45, "limit": 20, "offset": 20}}""");
        var last = Answer("""{"objects": [], "meta": {"total_count": 45, "limit": 20, "offset": 40}}""");

        Assert.Equal(new Uri("https://jsapi.recruiterbox.com/v1/openings?client_name=coastalpublicdefender&limit=20&offset=40"), tool.NextPage(first));
        Assert.Null(tool.NextPage(last));
    }

    [Fact]
    public async Task An_answer_of_another_shape_is_told_with_its_url()
    {
        var page = new PageContent(new Uri("https://www.coastalpublicdefender.example/careers/"),
            Encoding.UTF8.GetBytes("""<html><body><a href="https://coastalpublicdefender.hire.trakstar.com/">Open positions</a></body></html>"""), "text/html");
        var fetcher = new RecordingPageFetcherFake().Serving(Api, Encoding.UTF8.GetBytes("""{"error": "Invalid client_name"}"""), "application/json");
        var logger = new CapturedLogger();

        var outcome = await HiringToolRun.ExtractAsync(page, fetcher, logger);

        Assert.Null(outcome);
        var warning = Assert.Single(logger.Warnings);
        Assert.Contains(Api.AbsoluteUri, warning, StringComparison.Ordinal);
        Assert.Contains("JSON of another shape", warning, StringComparison.Ordinal);
    }

    private static PageContent Answer(string json) => new(Api, Encoding.UTF8.GetBytes(json), "application/json");
}
