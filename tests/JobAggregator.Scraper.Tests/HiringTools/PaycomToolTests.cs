using System.Text;
using JobAggregator.Scraper.Discovery;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

public sealed class PaycomToolTests
{
    private const string Key = "7A3F2C9E1B5D4A608C2E9F1A3B7D5C40";
    private static readonly Uri Board = new($"https://www.paycomonline.net/v4/ats/web.php/jobs?clientkey={Key}");

    [Theory]
    [InlineData($"https://www.paycomonline.net/v4/ats/web.php/jobs?clientkey={Key}")]
    [InlineData($"https://www.paycomonline.net/v4/ats/web.php/jobs?jobSearchSettingsId=1282&clientkey={Key}")]
    [InlineData("https://paycomonline.net/v4/ats/web.php/jobs?clientkey=7a3f2c9e1b5d4a608c2e9f1a3b7d5c40")]
    [InlineData($"https://www.paycomonline.net/v4/ats/web.php/portal/{Key}/career-page")]
    [InlineData($"https://www.paycomonline.net/v4/ats/web.php/jobs/ViewJobDetails?job=48213&clientkey={Key}")]
    public void Reads_the_client_key_from_a_board_or_posting_url(string url)
    {
        var board = new PaycomTool().Recognize(new Uri(url));

        Assert.NotNull(board);
        Assert.Equal(("paycom", Key), (board.Tool, board.Token));
        Assert.Equal(Board, board.BoardUrl);
    }

    [Theory]
    [InlineData("https://www.paycom.com/software/applicant-tracking/")]
    [InlineData("https://www.paycomonline.net/v4/ee/web.php/app/login")]
    [InlineData("https://www.paycomonline.net/v4/ats/web.php/jobs")]
    [InlineData($"https://www.paycomonline.net.example.org/v4/ats/web.php/jobs?clientkey={Key}")]
    public void Takes_no_board_from_paycom_s_other_pages_or_lookalike_hosts(string url) =>
        Assert.Null(new PaycomTool().Recognize(new Uri(url)));

    [Theory]
    [InlineData($"https://www.paycomonline.net/v4/ats/web.php/jobs/ViewJobDetails?job=48213&clientkey={Key}", true)]
    [InlineData($"https://www.paycomonline.net/v4/ats/web.php/portal/{Key}/jobs/60412", true)]
    [InlineData($"https://www.paycomonline.net/v4/ats/web.php/jobs?clientkey={Key}", false)]
    [InlineData($"https://www.paycomonline.net/v4/ats/web.php/portal/{Key}/career-page", false)]
    public void Tells_a_posting_s_page_from_the_board(string url, bool isPosting) =>
        Assert.Equal(isPosting, new PaycomTool().IsPostingPage(new Uri(url)));

    [Fact]
    public void Its_board_host_is_a_hiring_tool_s_for_discovery()
    {
        Assert.Equal("Paycom", HiringToolHosts.Tool("www.paycomonline.net"));
        Assert.Null(HiringToolHosts.Tool("www.paycom.com"));
    }

    [Fact]
    public async Task Reads_the_board_a_page_embeds_in_a_frame()
    {
        var page = Page(new Uri("https://acme.example.org/careers/"),
            $"""<html><body><h1>Careers</h1><iframe src="https://www.paycomonline.net/v4/ats/web.php/portal/{Key}/career-page" title="Openings"></iframe></body></html>""");
        var boardPage = HiringToolCorpus.Case("paycom", "missouri-innocence-jobs-board");
        var fetcher = new RecordingPageFetcherFake().Serving(Board, boardPage.Body, boardPage.ContentType);

        var outcome = await HiringToolRun.ExtractAsync(page, fetcher);

        Assert.Equal([Board], fetcher.Requested);
        Assert.NotNull(outcome);
        Assert.Equal("paycom", outcome.Strategy);
        Assert.Equal(["Staff Attorney – Wrongful Conviction Litigation", "Case Investigator"], outcome.Postings.Select(p => p.Title));
        Assert.All(outcome.Postings, p => Assert.Equal(page.Url, p.FoundOn));
    }

    [Fact]
    public async Task Reads_each_card_s_kind_of_job_and_place_and_nothing_from_the_form_or_footer()
    {
        var outcome = await HiringToolRun.ExtractAsync(HiringToolCorpus.Case("paycom", "missouri-innocence-jobs-board").Page());

        Assert.NotNull(outcome);
        Assert.Equal(2, outcome.Postings.Count);
        var first = outcome.Postings[0];
        Assert.Equal("Full Time", first.EmploymentType);
        Assert.Equal("Kansas City, MO", first.Location);
        Assert.Equal(new Uri($"https://www.paycomonline.net/v4/ats/web.php/jobs/ViewJobDetails?job=48213&clientkey={Key}"), first.Url);
        Assert.Equal(("Part Time", "Columbia, MO"), (outcome.Postings[1].EmploymentType, outcome.Postings[1].Location));
    }

    [Fact]
    public void Builds_a_preview_s_page_from_the_board_when_the_list_gives_none_and_marks_remote_ones()
    {
        const string previews = """{"jobPostingPreviews":[{"jobId":9001,"jobTitle":"Paralegal","positionType":"Part Time","remoteType":"R","locations":"","postedOn":"Jun 20, 2024"}],"jobPostingPreviewsCount":1}""";
        var response = new PageContent(new Uri("https://portal-applicant-tracking.us-cent.paycomonline.net/api/ats/job-posting-previews/search"),
            Encoding.UTF8.GetBytes(previews), "application/json");
        var tool = new PaycomTool();

        Assert.True(tool.IsApiResponse(response));
        var draft = Assert.Single(tool.Map(response, null, tool.Recognize(Board)));

        Assert.Equal(new Uri($"https://www.paycomonline.net/v4/ats/web.php/portal/{Key}/jobs/9001"), draft.Url);
        Assert.Equal("Remote", draft.Location);
        Assert.Equal("2024-06-20", draft.DatePosted);
    }

    [Fact]
    public void A_page_that_only_links_one_posting_is_not_a_board()
    {
        var page = Page(new Uri("https://acme.example.org/news/we-are-hiring/"),
            $"""<html><body><p>We are hiring a <a href="https://www.paycomonline.net/v4/ats/web.php/jobs/ViewJobDetails?job=1&amp;clientkey={Key}">paralegal</a>.</p></body></html>""");

        Assert.False(new PaycomTool().IsApiResponse(page));
    }

    private static PageContent Page(Uri url, string html) => new(url, Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8");
}
