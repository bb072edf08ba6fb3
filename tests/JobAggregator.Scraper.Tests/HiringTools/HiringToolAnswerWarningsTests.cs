using System.Text;
using JobAggregator.Scraper.Extraction;

namespace JobAggregator.Scraper.Tests.HiringTools;

public sealed class HiringToolAnswerWarningsTests
{
    private static readonly Uri CareersPage = new("https://www.southwarklawcentre.example/work-with-us");

    private static readonly Uri BoardApi = new("https://api.polymer.co/v1/hire/organizations/southwark-law-centre/jobs");

    private static PageContent PageLinkingTheBoard() =>
        new(CareersPage, Encoding.UTF8.GetBytes("""<html><body><a href="https://jobs.polymer.co/southwark-law-centre">Vacancies</a></body></html>"""), "text/html");

    [Fact]
    public async Task A_board_answer_that_is_not_valid_json_is_told_with_its_url_and_where_it_breaks()
    {
        var fetcher = new RecordingPageFetcherFake().Serving(BoardApi, Encoding.UTF8.GetBytes("""{"items": [{"id": 1, "title": "Paralegal",}"""), "application/json");
        var logger = new CapturedLogger();

        var outcome = await HiringToolRun.ExtractAsync(PageLinkingTheBoard(), fetcher, logger);

        Assert.Null(outcome);
        var warning = Assert.Single(logger.Warnings);
        Assert.Contains(BoardApi.AbsoluteUri, warning, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", warning, StringComparison.Ordinal);
        Assert.Contains("LineNumber: 0", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_board_answer_of_another_shape_is_told_as_such()
    {
        var fetcher = new RecordingPageFetcherFake().Serving(BoardApi, Encoding.UTF8.GetBytes("""{"error": "organization not found"}"""), "application/json");
        var logger = new CapturedLogger();

        await HiringToolRun.ExtractAsync(PageLinkingTheBoard(), fetcher, logger);

        var warning = Assert.Single(logger.Warnings);
        Assert.Contains(BoardApi.AbsoluteUri, warning, StringComparison.Ordinal);
        Assert.Contains("JSON of another shape", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_posting_answer_that_is_not_one_is_told_and_the_listing_s_fields_are_kept()
    {
        var detail = new Uri("https://api.polymer.co/v1/hire/organizations/southwark-law-centre/jobs/21874");
        var fetcher = new RecordingPageFetcherFake().Serving(detail, Encoding.UTF8.GetBytes("<html><body>Service unavailable</body></html>"), "text/html");
        var logger = new CapturedLogger();

        var outcome = await HiringToolRun.ExtractAsync(HiringToolCorpus.Case("polymer", "southwark-law-centre-jobs").Page(), fetcher, logger);

        Assert.NotNull(outcome);
        Assert.Equal("Housing Solicitor", outcome.Postings[0].Title);
        Assert.Contains(logger.Warnings, w => w.Contains(detail.AbsoluteUri, StringComparison.Ordinal) && w.Contains("not valid JSON", StringComparison.Ordinal));
    }
}
