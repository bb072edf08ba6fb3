using System.Text;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

/// <summary>A page that only embeds or links a board: the board's API is asked once and its postings are the page's.</summary>
public sealed class HiringToolFetchTests
{
    private static readonly HiringToolCorpusCase GreenhouseBoard = HiringToolCorpus.Case("greenhouse", "innocence-project-board-content");

    [Theory]
    [InlineData("washington-innocence-careers-script", "https://boards-api.greenhouse.io/v1/boards/washingtoninnocenceproject/jobs?content=true")]
    [InlineData("ncip-careers-iframe", "https://boards-api.greenhouse.io/v1/boards/ncip/jobs?content=true")]
    public async Task Reads_an_embedded_greenhouse_board_with_one_request_to_its_api(string name, string api)
    {
        var page = HiringToolCorpus.Case("greenhouse-embed", name).Page();
        var fetcher = new RecordingPageFetcherFake().Serving(new Uri(api), GreenhouseBoard.Body, GreenhouseBoard.ContentType);

        var outcome = await HiringToolRun.ExtractAsync(page, fetcher);

        Assert.Equal([new Uri(api)], fetcher.Requested);
        Assert.NotNull(outcome);
        Assert.Equal("greenhouse", outcome.Strategy);
        Assert.True(outcome.Complete);
        Assert.Equal(["Chief Communications Officer", "Staff Attorney (Post-Conviction Litigation)", "Paralegal, Case Intake"],
            outcome.Postings.Select(p => p.Title));
        Assert.All(outcome.Postings, p => Assert.Equal(page.Url, p.FoundOn));
    }

    [Fact]
    public async Task Gives_other_strategies_their_turn_when_the_board_cannot_be_read()
    {
        var page = HiringToolCorpus.Case("greenhouse-embed", "washington-innocence-careers-script").Page();
        var fetcher = new RecordingPageFetcherFake();

        var outcome = await HiringToolRun.ExtractAsync(page, fetcher);

        Assert.Null(outcome);
        Assert.Single(fetcher.Requested);
    }

    [Fact]
    public async Task Ignores_an_api_answer_that_is_not_the_tool_s()
    {
        var page = HiringToolCorpus.Case("lever-embed", "midwest-innocence-careers").Page();
        var api = new Uri("https://api.lever.co/v0/postings/themip?mode=json");
        var fetcher = new RecordingPageFetcherFake().Serving(api, "<html><body>Moved</body></html>"u8.ToArray(), "text/html");

        var outcome = await HiringToolRun.ExtractAsync(page, fetcher);

        Assert.Null(outcome);
        Assert.Equal([api], fetcher.Requested);
    }

    [Fact]
    public async Task Reads_a_linked_lever_board()
    {
        var page = HiringToolCorpus.Case("lever-embed", "midwest-innocence-careers").Page();
        var board = HiringToolCorpus.Case("lever", "mid-atlantic-postings");
        var api = new Uri("https://api.lever.co/v0/postings/themip?mode=json");
        var fetcher = new RecordingPageFetcherFake().Serving(api, board.Body, board.ContentType);

        var outcome = await HiringToolRun.ExtractAsync(page, fetcher);

        Assert.Equal("lever", outcome?.Strategy);
        Assert.Equal(2, outcome!.Postings.Count);
        Assert.Equal([api], fetcher.Requested);
    }

    [Fact]
    public async Task Reads_a_jazzhr_board_page_for_an_embedded_widget_and_leaves_the_ads_to_their_own_pages()
    {
        var page = HiringToolCorpus.Case("jazzhr-embed", "tennessee-innocence-org-careers").Page();
        var board = HiringToolCorpus.Case("jazzhr", "tennessee-innocence-board");
        var fetcher = new RecordingPageFetcherFake().Serving(board.Url, board.Body, board.ContentType);

        var outcome = await HiringToolRun.ExtractAsync(page, fetcher);

        Assert.Equal([board.Url], fetcher.Requested);
        Assert.Equal("jazzhr", outcome?.Strategy);
        Assert.False(outcome!.Complete);
        Assert.Equal(["Staff Attorney", "Investigator", "Volunteer Coordinator"], outcome.Postings.Select(p => p.Title));
        Assert.Equal("Knoxville, TN", outcome.Postings[1].Location);
        Assert.Equal("Tennessee Innocence Project", outcome.Postings[0].Organization);
        Assert.Equal(new Uri("https://tninnocence.applytojob.com/apply/Xc4pL8sWnE/Investigator"), outcome.Postings[1].Url);
    }

    [Fact]
    public async Task Leaves_a_jazzhr_posting_page_to_its_json_ld()
    {
        var page = HiringToolCorpus.Case("jazzhr", "tennessee-innocence-staff-attorney-detail").Page();
        var fetcher = new RecordingPageFetcherFake();

        Assert.Null(await HiringToolRun.ExtractAsync(page, fetcher));
        Assert.Empty(fetcher.Requested);
    }

    [Fact]
    public async Task Leaves_a_posting_page_on_a_board_host_to_its_json_ld()
    {
        var page = new PageContent(new Uri("https://job-boards.greenhouse.io/innocenceproject/jobs/5123487004"),
            "<html><head><title>Chief Communications Officer</title></head><body><h1>Chief Communications Officer</h1></body></html>"u8.ToArray(),
            "text/html");
        var fetcher = new RecordingPageFetcherFake();

        Assert.Null(await HiringToolRun.ExtractAsync(page, fetcher));
        Assert.Empty(fetcher.Requested);
    }

    [Fact]
    public async Task Reads_a_board_page_on_the_tool_s_own_host_from_its_api()
    {
        var page = new PageContent(new Uri("https://boards.greenhouse.io/innocenceproject"),
            "<html><body><div id='app'>Loading…</div></body></html>"u8.ToArray(), "text/html");
        var api = new Uri("https://boards-api.greenhouse.io/v1/boards/innocenceproject/jobs?content=true");
        var fetcher = new RecordingPageFetcherFake().Serving(api, GreenhouseBoard.Body, GreenhouseBoard.ContentType);

        var outcome = await HiringToolRun.ExtractAsync(page, fetcher);

        Assert.Equal(3, outcome?.Postings.Count);
        Assert.Equal([api], fetcher.Requested);
    }

    [Fact]
    public async Task Follows_the_pages_of_a_paginated_api()
    {
        var page = new PageContent(new Uri("https://acme.example/careers"),
            "<html><body><a href='https://jobs.smartrecruiters.com/Acme'>Jobs</a></body></html>"u8.ToArray(), "text/html");
        var first = new Uri("https://api.smartrecruiters.com/v1/companies/Acme/postings");
        var second = new Uri("https://api.smartrecruiters.com/v1/companies/Acme/postings?offset=1");
        var fetcher = new RecordingPageFetcherFake()
            .Serving(first, SmartRecruitersPage(0, "Paralegal"), "application/json")
            .Serving(second, SmartRecruitersPage(1, "Investigator"), "application/json");

        var outcome = await HiringToolRun.ExtractAsync(page, fetcher);

        // Then each posting's own API, for its ad (see HiringToolDetailApiTests).
        Assert.Equal([first, second], fetcher.Requested.Take(2));
        Assert.Equal(["Paralegal", "Investigator"], outcome!.Postings.Select(p => p.Title));
        Assert.Equal(new Uri("https://jobs.smartrecruiters.com/Acme/74400001"), outcome.Postings[1].Url);
    }

    [Fact]
    public async Task Reports_a_board_it_found_even_when_nothing_is_read_from_it()
    {
        var page = HiringToolCorpus.Case("workable-embed", "irish-innocence-vacancies").Page();

        var boards = await new HiringToolStrategy().FindBoardsAsync(page, TestContext.Current.CancellationToken);

        Assert.Equal([("workable", "irish-innocence-project"), ("workable", "598312")], boards.Select(b => (b.Tool, b.Token)));
    }

    private static byte[] SmartRecruitersPage(int offset, string title) => Encoding.UTF8.GetBytes($$$"""
        {"offset": {{{offset}}}, "limit": 1, "totalFound": 2, "content": [
          {"id": "7440000{{{offset}}}", "name": "{{{title}}}", "company": {"identifier": "Acme", "name": "Acme"},
           "releasedDate": "2024-03-12T15:04:11.000Z", "location": {"city": "Austin", "region": "TX", "country": "us"},
           "typeOfEmployment": {"label": "Full-time"}}
        ]}
        """);
}
