using System.Text;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

public sealed class HrmosToolTests
{
    private static readonly Uri JobList = new("https://hrmos.co/pages/minato-legal/jobs");

    [Theory]
    [InlineData("https://hrmos.co/pages/minato-legal")]
    [InlineData("https://hrmos.co/pages/minato-legal/jobs/1849920117634301953")]
    public void Reads_the_company_and_reads_its_job_list(string url)
    {
        var tool = new HrmosTool();
        var board = tool.Recognize(new Uri(url));

        Assert.NotNull(board);
        Assert.Equal(("hrmos", "minato-legal"), (board.Tool, board.Token));
        Assert.Equal(JobList, tool.ApiUrl(board));
    }

    [Theory]
    [InlineData("https://hrmos.co/")]
    [InlineData("https://hrmos.co/pages/")]
    [InlineData("https://hrmos.co.example.org/pages/minato-legal/jobs")]
    public void Takes_no_board_from_the_tool_s_own_pages_or_lookalike_hosts(string url) =>
        Assert.Null(new HrmosTool().Recognize(new Uri(url)));

    [Theory]
    [InlineData("https://hrmos.co/pages/minato-legal/jobs/1849920117634301953", true)]
    [InlineData("https://hrmos.co/pages/minato-legal/jobs/Newgrads28_002", true)]
    [InlineData("https://hrmos.co/pages/minato-legal/jobs", false)]
    public void Tells_a_posting_s_page_from_the_list(string url, bool posting) =>
        Assert.Equal(posting, new HrmosTool().IsPostingPage(new Uri(url)));

    [Fact]
    public async Task Names_the_organisation_from_the_page_not_from_the_tool_s_site_name()
    {
        var outcome = await HiringToolRun.ExtractAsync(HiringToolCorpus.Case("hrmos", "minato-legal-jobs").Page());

        Assert.NotNull(outcome);
        Assert.False(outcome.Complete);
        Assert.Equal(["弁護士（外国人相談担当）", "法律事務スタッフ（パート）", "通訳ボランティアコーディネーター"], outcome.Postings.Select(p => p.Title!).ToList());
        Assert.All(outcome.Postings, p => Assert.Equal("特定非営利活動法人みなと法律支援センター", p.Organization));
    }

    [Fact]
    public async Task A_job_list_that_answers_with_another_page_is_told_with_its_url()
    {
        var page = new PageContent(new Uri("https://www.minato-legal.example/recruit"),
            Encoding.UTF8.GetBytes($"""<html><body><a href="{JobList}">募集職種一覧</a></body></html>"""), "text/html");
        var fetcher = new RecordingPageFetcherFake().Serving(JobList, Encoding.UTF8.GetBytes("<html><body><h1>ページが見つかりません</h1></body></html>"), "text/html");
        var logger = new CapturedLogger();

        await HiringToolRun.ExtractAsync(page, fetcher, logger);

        var warning = Assert.Single(logger.Warnings);
        Assert.Contains(JobList.AbsoluteUri, warning, StringComparison.Ordinal);
    }
}
