using System.Text;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;
using JobAggregator.Scraper.Fetching;

namespace JobAggregator.Scraper.Tests.HiringTools;

/// <summary>A Greenhouse answer read one posting at a time: the same drafts as a document of the whole answer gives,
/// each made when it is asked for and none held, whether the answer is in memory or kept in a file; an answer whose
/// drafts depend on each other, or that is not JSON, is read as a whole as before.</summary>
public sealed class StreamedBoardTests
{
    private static readonly Uri Answer = new("https://boards-api.greenhouse.io/v1/boards/example/jobs?content=true");

    [Fact]
    public async Task Gives_the_same_drafts_as_the_whole_answer_read_at_once()
    {
        var page = Page(Board(50));
        var tool = new GreenhouseTool(streamFromBytes: 0);

        var streamed = tool.Stream(page, tool.Recognize(Answer));
        var outcome = await ExtractAsync(page);

        Assert.NotNull(streamed);
        Assert.True(streamed.Complete);
        Assert.Equal(tool.Map(page, null, tool.Recognize(Answer)), streamed);
        Assert.NotNull(outcome);
        Assert.IsType<StreamedDrafts>(outcome.Postings);
        Assert.Equal(50, outcome.Postings.Count);
        Assert.Contains("$50,000", outcome.Postings[0].SalaryText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_corpus_board_with_ads_streams_as_its_document_maps()
    {
        var corpusCase = HiringToolCorpus.Case("greenhouse", "innocence-project-board-content");
        var page = corpusCase.Page();
        var tool = new GreenhouseTool(streamFromBytes: 0);

        var streamed = tool.Stream(page, tool.Recognize(page.Url));

        Assert.NotNull(streamed);
        Assert.Equal(tool.Map(page, null, tool.Recognize(page.Url)), streamed);
    }

    [Fact]
    public void Each_draft_is_made_when_it_is_asked_for_and_none_is_held()
    {
        var tool = new GreenhouseTool(streamFromBytes: 0);

        var streamed = tool.Stream(Page(Board(3)), null)!;

        Assert.Equal(streamed[1], streamed[1]);
        Assert.NotSame(streamed[1], streamed[1]);
        Assert.Equal(2, streamed.Take(2).Count);
    }

    [Theory]
    [InlineData(7, "\"content\":\"\"")]
    [InlineData(7, "\"content\":null")]
    [InlineData(7, "\"absolute_url\":\"https://example.org/jobs#paralegal\"")]
    public void An_answer_with_a_job_whose_draft_depends_on_the_others_is_read_as_a_whole(int job, string field)
    {
        var board = Board(10).Replace($"\"id\":{job},", $"\"id\":{job},{field},", StringComparison.Ordinal);

        Assert.Null(new GreenhouseTool(streamFromBytes: 0).Stream(Page(board), null));
    }

    [Fact]
    public async Task A_broken_answer_is_read_as_it_was_before_streaming_and_gives_no_board()
    {
        var page = Page(Board(10)[..^40]);

        Assert.Throws<MalformedJsonException>(() => new GreenhouseTool(streamFromBytes: 0).Stream(page, null));
        Assert.Null(await ExtractAsync(page));
    }

    private static Task<StrategyOutcome?> ExtractAsync(PageContent page) =>
        new HiringToolStrategy([new GreenhouseTool(streamFromBytes: 0)])
            .TryExtractAsync(page, HiringToolRun.Context(page.Url, new RecordingPageFetcherFake()), TestContext.Current.CancellationToken);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_board_kept_in_a_file_gives_the_same_drafts_as_in_memory(bool byteOrderMark)
    {
        var bytes = Bytes(Board(200), byteOrderMark);
        using var file = InFile(bytes);
        var tool = new GreenhouseTool(streamFromBytes: 0);

        var fromFile = tool.Stream(new PageContent(new FetchedPage(Answer, [], "application/json") { Spooled = file }), null);
        var inMemory = tool.Stream(new PageContent(Answer, bytes, "application/json"), null);

        Assert.NotNull(fromFile);
        Assert.NotNull(inMemory);
        Assert.Equal(200, fromFile.Count);
        Assert.Equal(inMemory, fromFile);
    }

    [Theory]
    [InlineData("\"content\":\"\"")]
    [InlineData("\"title\":\"\\ud83d\\ude00 Paralegal\"")]
    public void A_board_kept_in_a_file_is_read_as_a_whole_where_one_in_memory_would_be(string field)
    {
        var bytes = Bytes(Board(10).Replace("\"id\":7,", $"\"id\":7,{field},", StringComparison.Ordinal), byteOrderMark: false);
        using var file = InFile(bytes);
        var tool = new GreenhouseTool(streamFromBytes: 0);

        Assert.Null(tool.Stream(new PageContent(Answer, bytes, "application/json"), null));
        Assert.Null(tool.Stream(new PageContent(new FetchedPage(Answer, [], "application/json") { Spooled = file }), null));
    }

    [Fact]
    public void A_broken_board_kept_in_a_file_is_told_as_in_memory()
    {
        var bytes = Bytes(Board(10)[..^40], byteOrderMark: false);
        using var file = InFile(bytes);
        var tool = new GreenhouseTool(streamFromBytes: 0);

        var inMemory = Assert.Throws<MalformedJsonException>(() => tool.Stream(new PageContent(Answer, bytes, "application/json"), null));
        var fromFile = Assert.Throws<MalformedJsonException>(() => tool.Stream(new PageContent(new FetchedPage(Answer, [], "application/json") { Spooled = file }), null));

        Assert.Equal(inMemory.Message, fromFile.Message);
    }

    private static byte[] Bytes(string json, bool byteOrderMark) => [.. byteOrderMark ? [0xEF, 0xBB, 0xBF] : Array.Empty<byte>(), .. Encoding.UTF8.GetBytes(json)];

    private static SpooledBody InFile(byte[] bytes)
    {
        var file = SpooledBody.Create();
        file.Append(bytes);
        return file;
    }

    [Fact]
    public void A_small_board_is_read_as_one_document_by_default() =>
        Assert.Null(new GreenhouseTool().Stream(Page(Board(50)), null));

    private static PageContent Page(string json) => new(Answer, Encoding.UTF8.GetBytes(json), "application/json");

    private static string Board(int postings) => GreenhouseBoardJson.Of(postings, "example");
}
