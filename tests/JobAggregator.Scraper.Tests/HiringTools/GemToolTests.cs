using System.Text;
using JobAggregator.Scraper.Discovery;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

public sealed class GemToolTests
{
    private static readonly Uri Api = new("https://api.gem.com/job_board/v0/justicia-migrante/job_posts/");

    [Theory]
    [InlineData("https://jobs.gem.com/justicia-migrante")]
    [InlineData("https://jobs.gem.com/justicia-migrante/am9icG9zdDrT7W4vSkggQ1FqZmR2b2F0")]
    [InlineData("https://api.gem.com/job_board/v0/justicia-migrante/job_posts/")]
    public void Reads_the_board_slug_from_a_board_posting_or_api_url(string url)
    {
        var board = new GemTool().Recognize(new Uri(url));

        Assert.NotNull(board);
        Assert.Equal(("gem", "justicia-migrante"), (board.Tool, board.Token));
        Assert.Equal(Api, new GemTool().ApiUrl(board));
    }

    [Theory]
    [InlineData("https://www.gem.com/")]
    [InlineData("https://api.gem.com/v0/candidates")]
    [InlineData("https://jobs.gem.com.example.org/justicia-migrante")]
    public void Takes_no_board_from_gem_s_other_pages_or_lookalike_hosts(string url) =>
        Assert.Null(new GemTool().Recognize(new Uri(url)));

    [Theory]
    [InlineData("https://jobs.gem.com/justicia-migrante/am9icG9zdDrT7W4vSkggQ1FqZmR2b2F0", true)]
    [InlineData("https://jobs.gem.com/justicia-migrante", false)]
    public void Tells_a_posting_s_page_from_the_board(string url, bool isPosting) =>
        Assert.Equal(isPosting, new GemTool().IsPostingPage(new Uri(url)));

    [Fact]
    public async Task Reads_the_ad_once_decoded_the_first_publication_and_the_remote_work_place()
    {
        var outcome = await HiringToolRun.ExtractAsync(HiringToolCorpus.Case("gem", "justicia-migrante-job-posts-es").Page());

        Assert.NotNull(outcome);
        var lawyer = outcome.Postings[0];
        Assert.StartsWith("<p>Justicia Migrante busca", lawyer.DescriptionHtml, StringComparison.Ordinal);
        Assert.Equal("2025-04-02", lawyer.DatePosted);
        Assert.Equal("Full-time", lawyer.EmploymentType);
        Assert.Contains("32.000 € - 36.000 €", lawyer.SalaryText, StringComparison.Ordinal);
        var coordinator = outcome.Postings[1];
        Assert.Equal("<p>Coordinación de la red de voluntariado en Cataluña, en remoto con encuentros mensuales.</p>", coordinator.DescriptionHtml);
        Assert.Equal("2025-04-05", coordinator.DatePosted);
        Assert.Equal("Barcelona, España (Remote)", coordinator.Location);
    }

    [Fact]
    public async Task Builds_a_posting_s_page_from_the_slug_and_id_when_the_post_has_no_url_and_lists_its_offices()
    {
        const string body = """[{"id": "am9icG9zdDoxMjM", "title": "Paralegal", "location_type": "hybrid", "offices": [{"name": "Oakland, CA"}, {"name": "San José, CA"}]}]""";

        var outcome = await HiringToolRun.ExtractAsync(new PageContent(Api, Encoding.UTF8.GetBytes(body), "application/json"));

        Assert.NotNull(outcome);
        var posting = Assert.Single(outcome.Postings);
        Assert.Equal(new Uri("https://jobs.gem.com/justicia-migrante/am9icG9zdDoxMjM"), posting.Url);
        Assert.Equal("Oakland, CA; San José, CA", posting.Location);
    }

    [Fact]
    public async Task Reads_the_job_posts_wrapped_in_an_object_as_the_bare_array()
    {
        var outcome = await HiringToolRun.ExtractAsync(HiringToolCorpus.Case("gem", "rechtswinkel-job-posts-wrapped-nl").Page());

        Assert.NotNull(outcome);
        Assert.Equal("gem", outcome.Strategy);
        var lawyer = Assert.Single(outcome.Postings);
        Assert.Equal(new Uri("https://jobs.gem.com/rechtswinkel-amsterdam/am9icG9zdDpSV0EtMjAyNS0wMw"), lawyer.Url);
        Assert.Equal(("Amsterdam, Nederland", "Part-time", "2025-06-02"), (lawyer.Location, lawyer.EmploymentType, lawyer.DatePosted));
    }

    [Theory]
    [InlineData("""{"error": "not found"}""")]
    [InlineData("""[{"id": "1", "title": """)]
    public async Task An_answer_that_is_not_a_job_posts_array_is_no_board_and_throws_nothing(string body)
    {
        var page = new PageContent(Api, Encoding.UTF8.GetBytes(body), "application/json");

        Assert.False(new GemTool().IsApiResponse(page));
        var outcome = await HiringToolRun.ExtractAsync(page);
        Assert.True(outcome is null || outcome.Postings.Count == 0);
    }

    [Fact]
    public void Its_board_host_is_a_hiring_tool_s_for_discovery() =>
        Assert.Equal("Gem", HiringToolHosts.Tool("jobs.gem.com"));
}
