using System.Text;
using JobAggregator.Scraper.Discovery;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

public sealed class PinpointToolTests
{
    private static readonly Uri Api = new("https://lawcentrenorth.pinpointhq.com/postings.json");

    [Theory]
    [InlineData("https://lawcentrenorth.pinpointhq.com/")]
    [InlineData("https://lawcentrenorth.pinpointhq.com/en/postings/6f1c2a9e-3d54-4b8e-a0c7-91e2d5b7f304")]
    [InlineData("https://lawcentrenorth.pinpointhq.com/postings.json")]
    public void Reads_the_subdomain_as_the_board(string url)
    {
        var board = new PinpointTool().Recognize(new Uri(url));

        Assert.NotNull(board);
        Assert.Equal(("pinpoint", "lawcentrenorth"), (board.Tool, board.Token));
        Assert.Equal(Api, new PinpointTool().ApiUrl(board));
    }

    [Theory]
    [InlineData("https://www.pinpointhq.com/")]
    [InlineData("https://app.pinpointhq.com/login")]
    [InlineData("https://lawcentrenorth.pinpointhq.com.example.org/")]
    public void Takes_no_board_from_pinpoint_s_own_sites_or_lookalike_hosts(string url) =>
        Assert.Null(new PinpointTool().Recognize(new Uri(url)));

    [Theory]
    [InlineData("https://lawcentrenorth.pinpointhq.com/en/postings/6f1c2a9e-3d54-4b8e-a0c7-91e2d5b7f304", true)]
    [InlineData("https://lawcentrenorth.pinpointhq.com/postings/6f1c2a9e-3d54-4b8e-a0c7-91e2d5b7f304", true)]
    [InlineData("https://lawcentrenorth.pinpointhq.com/", false)]
    public void Tells_a_posting_s_page_from_the_board(string url, bool isPosting) =>
        Assert.Equal(isPosting, new PinpointTool().IsPostingPage(new Uri(url)));

    [Fact]
    public async Task Joins_the_ad_s_sections_under_their_headers_and_reads_pay_only_when_shown()
    {
        var outcome = await HiringToolRun.ExtractAsync(HiringToolCorpus.Case("pinpoint", "droits-urgence-postings-fr").Page());

        Assert.NotNull(outcome);
        var lawyer = outcome.Postings[0];
        Assert.StartsWith("<p>L'association Droits d'Urgence recrute", lawyer.DescriptionHtml, StringComparison.Ordinal);
        Assert.Contains("<h3>Vos missions</h3><ul>", lawyer.DescriptionHtml, StringComparison.Ordinal);
        Assert.Contains("<h3>Ce que nous offrons</h3>", lawyer.DescriptionHtml, StringComparison.Ordinal);
        Assert.Equal("Full Time", lawyer.EmploymentType);
        Assert.Equal("2025-03-31", lawyer.ValidThrough);
        Assert.Equal((38000m, 42000m, "EUR", "YEAR"), (lawyer.Salary!.Min, lawyer.Salary.Max, lawyer.Salary.Currency, lawyer.Salary.UnitText));
        Assert.Null(outcome.Postings[1].Salary);
        Assert.Null(outcome.Postings[1].SalaryText);
    }

    [Fact]
    public async Task Keeps_hidden_pay_hidden_even_when_the_amounts_are_in_the_answer()
    {
        const string body = """{"data":[{"title":"Adviser","url":"https://x.pinpointhq.com/postings/1","compensation_visible":false,"compensation_minimum":30000,"compensation_maximum":34000,"compensation_currency":"GBP","compensation_frequency":"year"}]}""";

        var outcome = await HiringToolRun.ExtractAsync(new PageContent(new Uri("https://x.pinpointhq.com/postings.json"), Encoding.UTF8.GetBytes(body), "application/json"));

        Assert.NotNull(outcome);
        Assert.Null(Assert.Single(outcome.Postings).Salary);
    }

    [Theory]
    [InlineData("""{"data": {"title": "not a list"}}""")]
    [InlineData("""{"data": [""")]
    [InlineData("""<html><body>Maintenance</body></html>""")]
    public async Task An_answer_that_is_not_a_postings_list_is_no_board_and_throws_nothing(string body)
    {
        var page = new PageContent(Api, Encoding.UTF8.GetBytes(body), "application/json");

        Assert.False(new PinpointTool().IsApiResponse(page));
        var outcome = await HiringToolRun.ExtractAsync(page);
        Assert.True(outcome is null || outcome.Postings.Count == 0);
    }

    [Fact]
    public void Its_board_host_is_a_hiring_tool_s_for_discovery() =>
        Assert.Equal("Pinpoint", HiringToolHosts.Tool("lawcentrenorth.pinpointhq.com"));
}
