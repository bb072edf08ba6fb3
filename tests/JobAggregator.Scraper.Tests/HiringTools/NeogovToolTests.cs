using System.Text;
using JobAggregator.Scraper.Discovery;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

public sealed class NeogovToolTests
{
    private static readonly Uri Feed = new("https://www.governmentjobs.com/SearchEngine/JobsFeed?agency=sonomacounty");

    [Theory]
    [InlineData("https://www.governmentjobs.com/careers/sonomacounty")]
    [InlineData("https://www.governmentjobs.com/careers/sonomacounty?department[0]=Public%20Defender")]
    [InlineData("https://www.governmentjobs.com/careers/sonomacounty/jobs/4981234/deputy-public-defender-iii")]
    [InlineData("https://www.governmentjobs.com/SearchEngine/JobsFeed?agency=sonomacounty")]
    public void Reads_the_agency_from_a_board_posting_or_feed_url(string url)
    {
        var board = new NeogovTool().Recognize(new Uri(url));

        Assert.NotNull(board);
        Assert.Equal(("neogov", "sonomacounty"), (board.Tool, board.Token));
        Assert.Equal(Feed, new NeogovTool().ApiUrl(board));
    }

    [Fact]
    public void Reads_a_school_district_s_feed_on_its_own_host()
    {
        var board = new NeogovTool().Recognize(new Uri("https://www.schooljobs.com/careers/tacomapublicschools"));

        Assert.NotNull(board);
        Assert.Equal(new Uri("https://www.schooljobs.com/SearchEngine/JobsFeed?agency=tacomapublicschools"), new NeogovTool().ApiUrl(board));
    }

    [Theory]
    [InlineData("https://www.governmentjobs.com/")]
    [InlineData("https://www.governmentjobs.com/SearchEngine/JobsFeed")]
    [InlineData("https://www.neogov.com/careers/sonomacounty")]
    [InlineData("https://www.governmentjobs.com.example.org/careers/sonomacounty")]
    public void Takes_no_board_from_other_pages_or_lookalike_hosts(string url) =>
        Assert.Null(new NeogovTool().Recognize(new Uri(url)));

    [Theory]
    [InlineData("https://www.governmentjobs.com/careers/sonomacounty/jobs/4981234/deputy-public-defender-iii", true)]
    [InlineData("https://www.governmentjobs.com/careers/sonomacounty", false)]
    public void Tells_a_posting_s_page_from_the_board(string url, bool isPosting) =>
        Assert.Equal(isPosting, new NeogovTool().IsPostingPage(new Uri(url)));

    [Fact]
    public async Task Reads_the_agency_feed_s_pay_interval_closing_date_and_the_agency_s_name()
    {
        var outcome = await HiringToolRun.ExtractAsync(HiringToolCorpus.Case("neogov", "sonoma-county-jobs-feed").Page());

        Assert.NotNull(outcome);
        Assert.Equal("neogov", outcome.Strategy);
        var defender = outcome.Postings[0];
        Assert.Equal("County of Sonoma", defender.Organization);
        Assert.Equal((148575m, 180590m, "USD", "YEAR"), (defender.Salary!.Min, defender.Salary.Max, defender.Salary.Currency, defender.Salary.UnitText));
        Assert.Equal("Full Time", defender.EmploymentType);
        Assert.Equal(("2025-07-14", "2025-08-04"), (defender.DatePosted, defender.ValidThrough));
        Assert.Equal("HOUR", outcome.Postings[1].Salary!.UnitText);
    }

    [Fact]
    public async Task A_feed_of_another_tool_is_no_neogov_answer()
    {
        var page = new PageContent(Feed, Encoding.UTF8.GetBytes("""<?xml version="1.0"?><rss version="2.0"><channel><title>News</title></channel></rss>"""), "application/rss+xml");

        Assert.False(new NeogovTool().IsApiResponse(page));
        var outcome = await HiringToolRun.ExtractAsync(page);
        Assert.True(outcome is null || outcome.Postings.Count == 0);
    }

    [Theory]
    [InlineData("www.governmentjobs.com")]
    [InlineData("www.schooljobs.com")]
    public void Its_board_hosts_are_a_hiring_tool_s_for_discovery(string host) =>
        Assert.Equal("NEOGOV", HiringToolHosts.Tool(host));
}
