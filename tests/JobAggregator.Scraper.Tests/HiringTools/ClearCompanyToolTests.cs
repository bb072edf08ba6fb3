using System.Text;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

public sealed class ClearCompanyToolTests
{
    private const string SiteId = "3f9c6a1e-7b2d-4c85-9e14-0a6d2b8f5c71";
    private static readonly Uri FirstPage = new($"https://careers-api.clearcompany.com/v1/{SiteId}?pageIndex=0&pageSize=50");
    private static readonly Uri SecondPage = new($"https://careers-api.clearcompany.com/v1/{SiteId}?pageIndex=1&pageSize=50");

    [Theory]
    [InlineData("https://careers-content.clearcompany.com/js/v1/career-site.js?siteId=3F9C6A1E-7B2D-4C85-9E14-0A6D2B8F5C71")]
    [InlineData("https://careers-api.clearcompany.com/v1/3f9c6a1e-7b2d-4c85-9e14-0a6d2b8f5c71?pageIndex=3")]
    public void Reads_the_site_s_id_from_the_widget_or_the_api_and_asks_the_first_page(string url)
    {
        var tool = new ClearCompanyTool();
        var board = tool.Recognize(new Uri(url));

        Assert.NotNull(board);
        Assert.Equal(("clearcompany", SiteId), (board.Tool, board.Token));
        Assert.Equal(FirstPage, tool.ApiUrl(board));
    }

    [Theory]
    [InlineData("https://careers-api.clearcompany.com/v1/settings/3f9c6a1e-7b2d-4c85-9e14-0a6d2b8f5c71")]
    [InlineData("https://lakeshoredefenders.clearcompany.com/careers")]
    [InlineData("https://www.clearcompany.com/")]
    [InlineData("https://careers-content.clearcompany.com/js/v1/career-site.js")]
    public void Takes_no_board_from_a_company_s_subdomain_the_tool_s_pages_or_a_word_where_the_id_goes(string url) =>
        Assert.Null(new ClearCompanyTool().Recognize(new Uri(url)));

    [Fact]
    public async Task Maps_the_structured_place_the_posting_s_page_behind_its_form_and_the_pay_in_the_ad()
    {
        var outcome = await HiringToolRun.ExtractAsync(HiringToolCorpus.Case("clearcompany", "lakeshore-defenders-jobs").Page());

        Assert.NotNull(outcome);
        Assert.Equal(["Muskegon, MI, US", "Grand Haven, MI, US", "Muskegon, MI, US"], outcome.Postings.Select(p => p.Location!).ToList());
        Assert.Equal("https://lakeshoredefenders.clearcompany.com/careers/jobs/8c2e4a17-5f3b-4d9e-a0c6-71b9e2d4f853", outcome.Postings[0].Url!.AbsoluteUri);
        Assert.EndsWith("/apply", outcome.Postings[0].ApplyUrl!.AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains("$68,000 - $82,000 per year", outcome.Postings[0].SalaryText, StringComparison.Ordinal);
        Assert.Equal("Part-Time", outcome.Postings[1].EmploymentType);
        Assert.Equal("2026-11-02", outcome.Postings[2].DatePosted);
    }

    [Fact]
    public async Task Reads_the_widget_s_board_page_by_page_until_the_total_is_listed()
    {
        var member = new PageContent(new Uri("https://www.lakeshoredefenders.example/careers"),
            Encoding.UTF8.GetBytes($"""<html><body><script src="https://careers-content.clearcompany.com/js/v1/career-site.js?siteId={SiteId}"></script></body></html>"""), "text/html");
        var fetcher = new RecordingPageFetcherFake()
            .Serving(FirstPage, Encoding.UTF8.GetBytes(Page(Enumerable.Range(1, 50))), "application/json")
            .Serving(SecondPage, Encoding.UTF8.GetBytes(Page([51])), "application/json");

        var outcome = await HiringToolRun.ExtractAsync(member, fetcher);

        Assert.NotNull(outcome);
        Assert.Equal([FirstPage, SecondPage], fetcher.Requested);
        Assert.Equal(51, outcome.Postings.Count);
    }

    [Fact]
    public async Task An_api_that_answers_with_another_shape_is_told_with_its_url()
    {
        var member = new PageContent(new Uri("https://www.lakeshoredefenders.example/careers"),
            Encoding.UTF8.GetBytes($"""<html><body><script src="https://careers-content.clearcompany.com/js/v1/career-site.js?siteId={SiteId}"></script></body></html>"""), "text/html");
        var fetcher = new RecordingPageFetcherFake().Serving(FirstPage, Encoding.UTF8.GetBytes("""{"message":"Site not found"}"""), "application/json");
        var logger = new CapturedLogger();

        await HiringToolRun.ExtractAsync(member, fetcher, logger);

        var warning = Assert.Single(logger.Warnings);
        Assert.Contains(FirstPage.AbsoluteUri, warning, StringComparison.Ordinal);
        Assert.Contains("clearcompany", warning, StringComparison.Ordinal);
    }

    private static string Page(IEnumerable<int> numbers) =>
        $$"""{"results":[{{string.Join(",", numbers.Select(n =>
            $$"""{"id":"job-{{n}}","positionTitle":"Assistant Public Defender {{n}}","locations":[{"city":"Muskegon","subdivision":"MI","country":"US"}],"applyLink":"https://lakeshoredefenders.clearcompany.com/careers/jobs/job-{{n}}/apply"}"""))}}],"totalCount":51}""";
}
