using System.Text;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

public sealed class JobScoreToolTests
{
    private static readonly Uri Feed = new("https://careers.jobscore.com/jobs/bayarealegaldefense/feed.json");

    [Theory]
    [InlineData("https://careers.jobscore.com/careers/bayarealegaldefense")]
    [InlineData("https://careers.jobscore.com/careers/BayAreaLegalDefense/jobs/development-associate-cMp4zQrYmr8Qf2aKcfFRzb")]
    [InlineData("https://careers.jobscore.com/jobs/bayarealegaldefense/feed.json?sort=title")]
    public void Reads_the_company_from_a_career_site_posting_or_feed_url(string url)
    {
        var board = new JobScoreTool().Recognize(new Uri(url));

        Assert.NotNull(board);
        Assert.Equal(("jobscore", "bayarealegaldefense"), (board.Tool, board.Token));
        Assert.Equal(Feed, new JobScoreTool().ApiUrl(board));
    }

    [Theory]
    [InlineData("https://www.jobscore.com/")]
    [InlineData("https://careers.jobscore.com/")]
    [InlineData("https://careers.jobscore.com.example.org/careers/bayarealegaldefense")]
    public void Takes_no_board_from_the_tool_s_own_pages_or_lookalike_hosts(string url) =>
        Assert.Null(new JobScoreTool().Recognize(new Uri(url)));

    [Theory]
    [InlineData("https://careers.jobscore.com/careers/bayarealegaldefense/jobs/development-associate-cMp4zQrYmr8Qf2aKcfFRzb", true)]
    [InlineData("https://careers.jobscore.com/careers/bayarealegaldefense", false)]
    public void Tells_a_posting_s_page_from_the_board(string url, bool isPosting) =>
        Assert.Equal(isPosting, new JobScoreTool().IsPostingPage(new Uri(url)));

    [Fact]
    public async Task Reads_pay_from_cents_the_remote_flag_and_the_posting_page_without_tracking()
    {
        var outcome = await HiringToolRun.ExtractAsync(HiringToolCorpus.Case("jobscore", "bay-area-legal-defense-feed").Page());

        Assert.NotNull(outcome);
        var (attorney, paralegal, associate) = (outcome.Postings[0], outcome.Postings[1], outcome.Postings[2]);
        Assert.Equal((92000m, 115000m, "USD", "YEAR"), (attorney.Salary!.Min, attorney.Salary.Max, attorney.Salary.Currency, attorney.Salary.UnitText));
        Assert.Equal((30m, 34m, "HOUR"), (paralegal.Salary!.Min, paralegal.Salary.Max, paralegal.Salary.UnitText));
        Assert.Null(associate.Salary);
        Assert.Equal("Remote - California", paralegal.Location);
        Assert.Equal("San Francisco, CA", associate.Location);
        Assert.Equal("", attorney.Url!.Query);
        Assert.Equal("Bay Area Legal Defense Fund", attorney.Organization);
    }

    [Fact]
    public async Task Gives_whole_amounts_for_a_currency_without_cents_and_remote_for_yes_with_a_note()
    {
        var answer = new PageContent(Feed, Encoding.UTF8.GetBytes("""
            {"company_name": "Tokyo Legal Aid", "jobs": [{"title": "Paralegal", "remote": "Yes | within Japan", "opened_date": "2025-01-06",
              "detail_url": "https://careers.jobscore.com/careers/tokyolegalaid/jobs/paralegal-x1", "public_salary_minimum": 4000000,
              "public_salary_maximum": null, "currency_code": "JPY", "public_compensation_interval": "Yearly"}]}
            """), "application/json");

        var posting = Assert.Single(new JobScoreTool().Map(answer, null, null));

        Assert.Equal((4000000m, (decimal?)null, "JPY"), (posting.Salary!.Min, posting.Salary.Max, posting.Salary.Currency));
        Assert.Equal("Remote", posting.Location);
    }
}
