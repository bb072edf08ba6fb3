using System.Text;
using System.Text.Json;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

/// <summary>Workday's list is asked for as its site's own app asks: a POST of an unfiltered search to the site's cxs
/// list, paged by offset while the pages are full and the board's total says more follow.</summary>
public sealed class WorkdayListRequestTests
{
    private static readonly WorkdayTool Tool = new();

    [Theory]
    [InlineData("https://cascadiapd.wd1.myworkdayjobs.com/en-US/CPD_External", "https://cascadiapd.wd1.myworkdayjobs.com/wday/cxs/cascadiapd/CPD_External/jobs")]
    [InlineData("https://ccpd.wd5.myworkdayjobs.com/de-DE/Karriere/job/Berlin/Jurist_R12", "https://ccpd.wd5.myworkdayjobs.com/wday/cxs/ccpd/Karriere/jobs")]
    [InlineData("http://umich.wd1.myworkdayjobs.com/LawSchool", "https://umich.wd1.myworkdayjobs.com/wday/cxs/umich/LawSchool/jobs")]
    [InlineData("http://umich.wd1.myworkdayjobs.com:8080/fr-CA/Droit", "http://umich.wd1.myworkdayjobs.com:8080/wday/cxs/umich/Droit/jobs")]
    public void Posts_an_unfiltered_search_to_the_site_s_cxs_list(string boardUrl, string list)
    {
        var request = Tool.ListRequest(Tool.Recognize(new Uri(boardUrl))!)!;

        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(new Uri(list), request.Url);
        Assert.Equal(new Uri(list), Tool.ApiUrl(Tool.Recognize(new Uri(boardUrl))!));
        using var body = JsonDocument.Parse(request.JsonBody!);
        Assert.Equal("""{"appliedFacets":{},"limit":20,"offset":0,"searchText":""}""", JsonSerializer.Serialize(body.RootElement));
    }

    [Theory]
    [InlineData(0, 20, 45, 20)]
    [InlineData(20, 20, 45, 40)]
    [InlineData(40, 5, 45, null)]
    [InlineData(20, 20, 40, null)]
    [InlineData(20, 20, 0, 40)]
    [InlineData(0, 0, 0, null)]
    public void Asks_for_the_next_page_while_pages_are_full_and_the_total_says_more_follow(int offset, int listed, int total, int? next)
    {
        var list = new Uri("https://cascadiapd.wd1.myworkdayjobs.com/wday/cxs/cascadiapd/CPD_External/jobs");
        var sent = ApiRequest.PostJson(list, $$"""{"appliedFacets":{},"limit":20,"offset":{{offset}},"searchText":""}""");

        var request = Tool.NextRequest(Answer(list, listed, total), sent);

        Assert.Equal(next, request?.JsonBody is { } json ? JsonDocument.Parse(json).RootElement.GetProperty("offset").GetInt32() : null);
        Assert.True(request is null || request.Url == list);
    }

    [Fact]
    public void Leaves_a_list_read_by_get_to_the_tool_s_next_page()
    {
        var list = new Uri("https://cascadiapd.wd1.myworkdayjobs.com/wday/cxs/cascadiapd/CPD_External/jobs");

        Assert.Null(Tool.NextRequest(Answer(list, 20, 45), ApiRequest.Get(list)));
    }

    [Fact]
    public void Every_other_tool_still_reads_its_list_with_a_get_of_its_api_url()
    {
        var board = new GreenhouseTool().Recognize(new Uri("https://boards.greenhouse.io/ncip"))!;

        var request = ((IHiringTool)new GreenhouseTool()).ListRequest(board)!;

        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Null(request.JsonBody);
        Assert.Equal(new GreenhouseTool().ApiUrl(board), request.Url);
    }

    private static PageContent Answer(Uri list, int listed, int total)
    {
        var postings = string.Join(",", Enumerable.Range(0, listed).Select(i =>
            $$"""{"title":"Staff Attorney {{i}}","externalPath":"/job/Portland-OR/Staff-Attorney_R{{i}}","locationsText":"Portland, OR"}"""));
        return new PageContent(list, Encoding.UTF8.GetBytes($$"""{"total":{{total}},"jobPostings":[{{postings}}]}"""), "application/json");
    }
}
