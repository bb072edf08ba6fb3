using System.Text;
using JobAggregator.Scraper.Discovery;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

public sealed class ManatalToolTests
{
    private static readonly Uri Api = new("https://api.manatal.com/open/v3/career-page/fundacion-justicia-abierta/jobs/");

    [Theory]
    [InlineData("https://www.careers-page.com/fundacion-justicia-abierta")]
    [InlineData("https://www.careers-page.com/fundacion-justicia-abierta/job/RY796WR6")]
    [InlineData("https://fundacion-justicia-abierta.careers-page.com/")]
    [InlineData("https://core.api.manatal.com/open/v3/career-page/fundacion-justicia-abierta/jobs/?page=2")]
    public void Reads_the_career_page_slug_from_a_page_posting_or_api_url(string url)
    {
        var board = new ManatalTool().Recognize(new Uri(url));

        Assert.NotNull(board);
        Assert.Equal(("manatal", "fundacion-justicia-abierta"), (board.Tool, board.Token));
        Assert.Equal(Api, new ManatalTool().ApiUrl(board));
    }

    [Theory]
    [InlineData("https://www.manatal.com/features/career-page")]
    [InlineData("https://api.manatal.com/open/v3/candidates/")]
    [InlineData("https://www.careers-page.com.example.org/fundacion-justicia-abierta")]
    public void Takes_no_board_from_manatal_s_other_pages_or_lookalike_hosts(string url) =>
        Assert.Null(new ManatalTool().Recognize(new Uri(url)));

    [Fact]
    public async Task Builds_each_posting_s_page_from_its_hash_and_reads_pay_from_the_ad()
    {
        var outcome = await HiringToolRun.ExtractAsync(HiringToolCorpus.Case("manatal", "fundacion-justicia-abierta-jobs-es").Page());

        Assert.NotNull(outcome);
        Assert.Equal(new Uri("https://www.careers-page.com/fundacion-justicia-abierta/job/RY796WR6"), outcome.Postings[0].Url);
        Assert.Equal("Full-time", outcome.Postings[0].EmploymentType);
        Assert.Contains("28.000 € - 32.000 €", outcome.Postings[0].SalaryText, StringComparison.Ordinal);
        Assert.Equal("Spain (Remote)", outcome.Postings[1].Location);
        Assert.Equal("Part-time", outcome.Postings[1].EmploymentType);
    }

    [Theory]
    [InlineData("https://core.api.manatal.com/open/v3/career-page/fundacion-justicia-abierta/jobs/?page=2", true)]
    [InlineData("https://tracker.example.org/open/v3/career-page/fundacion-justicia-abierta/jobs/?page=2", false)]
    public void Follows_the_next_page_only_to_manatal_s_api(string next, bool followed)
    {
        var body = $$"""{"count": 12, "next": "{{next}}", "previous": null, "results": [{"position_name": "Abogado/a", "hash": "AB12CD34"}]}""";

        var page = new PageContent(Api, Encoding.UTF8.GetBytes(body), "application/json");

        Assert.Equal(followed ? new Uri(next) : null, new ManatalTool().NextPage(page));
    }

    [Theory]
    [InlineData("""{"results": "none"}""")]
    [InlineData("""{"count": 2, "results": [{"position_name": """)]
    public async Task An_answer_that_is_not_a_jobs_page_is_no_board_and_throws_nothing(string body)
    {
        var page = new PageContent(Api, Encoding.UTF8.GetBytes(body), "application/json");

        Assert.False(new ManatalTool().IsApiResponse(page));
        var outcome = await HiringToolRun.ExtractAsync(page);
        Assert.True(outcome is null || outcome.Postings.Count == 0);
    }

    [Fact]
    public void Its_career_page_host_is_a_hiring_tool_s_for_discovery() =>
        Assert.Equal("Manatal", HiringToolHosts.Tool("www.careers-page.com"));
}
