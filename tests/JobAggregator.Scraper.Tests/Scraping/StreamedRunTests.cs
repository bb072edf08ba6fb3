using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;
using JobAggregator.Scraper.Messaging;
using JobAggregator.Scraper.Tests.HiringTools;
using JobAggregator.Scraper.Tests.HttpFetching;
using JobAggregator.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.Scraper.Tests.Scraping;

/// <summary>A large board's run hands its postings on to be published while it is still making their drafts: the
/// board is never held as all its drafts at once. Seen without timing, through the real consumer over loopback HTTP:
/// each draft, when made, notes how many postings the run has already asked room to publish.</summary>
public sealed class StreamedRunTests : IAsyncLifetime
{
    private const int Postings = 1000;
    private LoopbackSite _site = null!;

    public async ValueTask InitializeAsync() => _site = await LoopbackSite.StartAsync();

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Postings_are_published_in_steps_while_the_later_drafts_are_not_made_yet()
    {
        _site.MapText("/v1/boards/big/jobs", Board(), "application/json");
        var room = new CountingBackPressure();
        var tool = new WatchedGreenhouseTool(room);

        var (postings, ended) = await ConsumerRun.EndAsync(Source(), services => services
            .AddSingleton<IPostingBackPressure>(room)
            .AddSingleton(new AutoExtractor([new HiringToolStrategy([tool])])));

        Assert.IsType<JobAggregator.Contracts.ScrapeCompleted>(ended);
        Assert.Equal(Postings, postings.Count);
        Assert.Equal(Postings, tool.PublishedWhenMade.Count);
        Assert.Equal(0, tool.PublishedWhenMade[0]);
        // Published a step at a time: by the last draft, all the steps before it had been handed on.
        Assert.True(tool.PublishedWhenMade[^1] >= Postings - 256, $"the last draft was made when {tool.PublishedWhenMade[^1]} postings had been handed on");
    }

    private static string Board() => GreenhouseBoardJson.Of(Postings, "big");

    private SourceDefinition Source() =>
        new("big-board", "Example Innocence Project", _site.Url("/v1/boards/big/jobs"), SourceDefinition.DefaultSchedule,
            ExtractionStrategy.Auto, null, null, Country: "US", AllowPrivateNetwork: true);

    private sealed class CountingBackPressure : IPostingBackPressure
    {
        private int _asked;

        public int Asked => Volatile.Read(ref _asked);

        public ValueTask WaitForRoomAsync(int postings, CancellationToken ct)
        {
            Interlocked.Add(ref _asked, postings);
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>Greenhouse as it is, noting for each draft it makes how many postings had been handed on by then.</summary>
    private sealed class WatchedGreenhouseTool(CountingBackPressure room) : IStreamingHiringTool
    {
        private readonly GreenhouseTool _tool = new(streamFromBytes: 0);

        public List<int> PublishedWhenMade { get; } = [];

        public string Name => _tool.Name;
        public bool ListsThroughApi => _tool.ListsThroughApi;
        public IReadOnlyList<string> HostDomains => _tool.HostDomains;
        public HiringToolBoard? Recognize(Uri url) => _tool.Recognize(url);
        public HiringToolBoard? RecognizeEmbed(PageContent page, AngleSharp.Dom.IDocument html) => _tool.RecognizeEmbed(page, html);
        public bool IsPostingPage(Uri url) => _tool.IsPostingPage(url);
        public bool IsApiResponse(PageContent page) => _tool.IsApiResponse(page);
        public Uri? ApiUrl(HiringToolBoard board) => _tool.ApiUrl(board);
        public IReadOnlyList<PostingDraft> Map(PageContent response, AngleSharp.Dom.IDocument? html, HiringToolBoard? board) => _tool.Map(response, html, board);
        public Uri? NextPage(PageContent response) => _tool.NextPage(response);

        public StreamedDrafts? Stream(PageContent response, HiringToolBoard? board) =>
            _tool.Stream(response, board)?.Select(draft =>
            {
                lock (PublishedWhenMade)
                {
                    PublishedWhenMade.Add(room.Asked);
                }

                return draft;
            });
    }
}
