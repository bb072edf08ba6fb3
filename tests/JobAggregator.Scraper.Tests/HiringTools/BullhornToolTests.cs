using System.Text;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

public sealed class BullhornToolTests
{
    private const string FirstPage = "https://public-rest32.bullhornstaffing.com/rest-services/3LKS7P/search/JobOrder?query=(isOpen:1)%20AND%20(isDeleted:0)"
        + "&fields=id,title,publishedCategory(id,name),address(city,state,countryName),employmentType,dateLastPublished,publicDescription,isOpen,isPublic,isDeleted,publishedZip,salary,salaryUnit,onSite"
        + "&count=100&start=0&sort=-dateLastPublished";

    [Fact]
    public void Reads_the_corporation_token_and_asks_the_same_data_centre_for_open_job_orders()
    {
        var tool = new BullhornTool();
        var board = tool.Recognize(new Uri("https://public-rest32.bullhornstaffing.com/rest-services/3LKS7P/search/JobOrder?start=0"));

        Assert.NotNull(board);
        Assert.Equal(("bullhorn", "3LKS7P"), (board.Tool, board.Token));
        Assert.Equal(new Uri(FirstPage), tool.ApiUrl(board));
    }

    [Theory]
    [InlineData("https://www.bullhorn.com/")]
    [InlineData("https://rest.bullhornstaffing.com/rest-services/login?version=*")]
    [InlineData("https://auth.bullhornstaffing.com/oauth/authorize")]
    [InlineData("https://public-rest32.bullhornstaffing.com/rest-services/login")]
    public void Takes_no_board_from_the_login_and_authenticated_hosts(string url) =>
        Assert.Null(new BullhornTool().Recognize(new Uri(url)));

    [Fact]
    public async Task Maps_pay_with_its_unit_epoch_dates_and_remote_job_orders()
    {
        var outcome = await HiringToolRun.ExtractAsync(HiringToolCorpus.Case("bullhorn", "lakeshore-legal-staffing-job-orders").Page());

        Assert.NotNull(outcome);
        Assert.Equal(3, outcome.Postings.Count);
        var paralegal = outcome.Postings[0];
        Assert.Equal(("Milwaukee, WI, United States", "Permanent", "2025-02-28"), (paralegal.Location, paralegal.EmploymentType, paralegal.DatePosted));
        Assert.Equal((52000m, "YEAR"), (paralegal.Salary!.Min!.Value, paralegal.Salary.UnitText));
        Assert.Equal("HOUR", outcome.Postings[1].Salary!.UnitText);
        Assert.Equal(("United States (Remote)", null), (outcome.Postings[2].Location, outcome.Postings[2].Salary));
    }

    [Fact]
    public void Asks_for_the_next_page_while_the_total_says_more_follow()
    {
        var answer = new PageContent(new Uri(FirstPage), Encoding.UTF8.GetBytes("""{"total":250,"start":0,"count":100,"data":[{"id":1,"title":"Paralegal"}]}"""), "application/json");
        var last = new PageContent(new Uri(FirstPage), Encoding.UTF8.GetBytes("""{"total":250,"start":200,"count":50,"data":[{"id":1,"title":"Paralegal"}]}"""), "application/json");

        Assert.Equal(new Uri(FirstPage.Replace("start=0", "start=100", StringComparison.Ordinal)), new BullhornTool().NextPage(answer));
        Assert.Null(new BullhornTool().NextPage(last));
    }

    [Fact]
    public async Task An_answer_of_another_shape_is_told_with_its_url()
    {
        var page = new PageContent(new Uri("https://www.lakeshorelegalstaffing.example/jobs"),
            Encoding.UTF8.GetBytes("""<html><body><script>var u = "https://public-rest32.bullhornstaffing.com/rest-services/3LKS7P/search/JobOrder";</script></body></html>"""), "text/html");
        var fetcher = new RecordingPageFetcherFake().Serving(new Uri(FirstPage), Encoding.UTF8.GetBytes("""{"errorMessage":"Invalid corporation token","errorCode":400}"""), "application/json");
        var logger = new CapturedLogger();

        await HiringToolRun.ExtractAsync(page, fetcher, logger);

        var warning = Assert.Single(logger.Warnings);
        Assert.Contains("3LKS7P/search/JobOrder", warning, StringComparison.Ordinal);
        Assert.Contains("JSON of another shape", warning, StringComparison.Ordinal);
    }
}
