using System.Text;
using JobAggregator.Scraper.Discovery;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

public sealed class PolymerToolTests
{
    private static readonly Uri Api = new("https://api.polymer.co/v1/hire/organizations/southwark-law-centre/jobs");

    private static readonly string Responses = Path.Combine(AppContext.BaseDirectory, "HiringTools", "DetailResponses");

    [Theory]
    [InlineData("https://jobs.polymer.co/southwark-law-centre")]
    [InlineData("https://jobs.polymer.co/southwark-law-centre/21874")]
    [InlineData("https://api.polymer.co/v1/hire/organizations/southwark-law-centre/jobs?page=2")]
    public void Reads_the_organisation_slug_from_a_board_posting_or_api_url(string url)
    {
        var board = new PolymerTool().Recognize(new Uri(url));

        Assert.NotNull(board);
        Assert.Equal(("polymer", "southwark-law-centre"), (board.Tool, board.Token));
        Assert.Equal(Api, new PolymerTool().ApiUrl(board));
    }

    [Theory]
    [InlineData("https://www.polymer.co/")]
    [InlineData("https://api.polymer.co/v1/hire/job_applications/import")]
    [InlineData("https://jobs.polymer.co.example.org/southwark-law-centre")]
    public void Takes_no_board_from_polymer_s_other_pages_or_lookalike_hosts(string url) =>
        Assert.Null(new PolymerTool().Recognize(new Uri(url)));

    [Theory]
    [InlineData("https://jobs.polymer.co/southwark-law-centre/21874", true)]
    [InlineData("https://jobs.polymer.co/southwark-law-centre", false)]
    public void Tells_a_posting_s_page_from_the_board(string url, bool isPosting) =>
        Assert.Equal(isPosting, new PolymerTool().IsPostingPage(new Uri(url)));

    [Fact]
    public async Task Reads_the_employer_pay_fields_or_the_pay_as_shown_and_completes_each_ad_from_the_job_s_own_answer()
    {
        var detail = new Uri("https://api.polymer.co/v1/hire/organizations/southwark-law-centre/jobs/21874");
        var fetcher = new RecordingPageFetcherFake()
            .Serving(detail, await File.ReadAllBytesAsync(Path.Combine(Responses, "polymer-job-housing-solicitor.json"), TestContext.Current.CancellationToken), "application/json");

        var outcome = await HiringToolRun.ExtractAsync(HiringToolCorpus.Case("polymer", "southwark-law-centre-jobs").Page(), fetcher);

        Assert.NotNull(outcome);
        Assert.Equal(detail, fetcher.Requested[0]);
        var solicitor = outcome.Postings[0];
        Assert.Equal("Southwark Law Centre", solicitor.Organization);
        Assert.Equal((38000m, 42000m, "GBP", "YEAR"), (solicitor.Salary!.Min, solicitor.Salary.Max, solicitor.Salary.Currency, solicitor.Salary.UnitText));
        Assert.StartsWith("<p>You will advise and represent tenants", solicitor.DescriptionHtml, StringComparison.Ordinal);
        Assert.Equal("2025-03-03", solicitor.DatePosted);
        var adviser = outcome.Postings[1];
        Assert.Equal("United Kingdom (Remote)", adviser.Location);
        Assert.Equal((17.5m, 17.5m, "GBP", "HOUR"), (adviser.Salary!.Min, adviser.Salary.Max, adviser.Salary.Currency, adviser.Salary.UnitText));
        Assert.Null(adviser.DescriptionHtml);
    }

    [Theory]
    [InlineData("""{"page": 1, "total": 3, "is_last": false}""", "https://api.polymer.co/v1/hire/organizations/southwark-law-centre/jobs?page=2")]
    [InlineData("""{"page": 3, "total": 3, "is_last": false}""", null)]
    [InlineData("""{"page": 1, "total": 1, "is_last": true}""", null)]
    public void Follows_the_pages_the_meta_announces_and_no_further(string meta, string? next)
    {
        var body = $$"""{"items": [{"id": 1, "title": "Paralegal", "kind_pretty": "Full-time", "job_post_url": "https://jobs.polymer.co/southwark-law-centre/1"}], "meta": {{meta}}}""";

        var page = new PageContent(Api, Encoding.UTF8.GetBytes(body), "application/json");

        Assert.Equal(next is null ? null : new Uri(next), new PolymerTool().NextPage(page));
    }

    [Theory]
    [InlineData("""{"items": "none"}""")]
    [InlineData("""{"items": [{"id": 1, "title": """)]
    public async Task An_answer_that_is_not_a_jobs_page_is_no_board_and_throws_nothing(string body)
    {
        var page = new PageContent(Api, Encoding.UTF8.GetBytes(body), "application/json");

        Assert.False(new PolymerTool().IsApiResponse(page));
        var outcome = await HiringToolRun.ExtractAsync(page);
        Assert.True(outcome is null || outcome.Postings.Count == 0);
    }

    [Fact]
    public void Its_board_host_is_a_hiring_tool_s_for_discovery() =>
        Assert.Equal("Polymer", HiringToolHosts.Tool("jobs.polymer.co"));
}
