using System.Text;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Extraction.HiringTools;
using JobAggregator.Scraper.Fetching;

namespace JobAggregator.Scraper.Tests.HiringTools;

/// <summary>A board's standing entry for applicants is left out of what every strategy finds: a hiring tool's answer
/// read whole or streamed one posting at a time, and a plain listing.</summary>
public sealed class OpenApplicationsOnEveryPathTests
{
    private static readonly Uri Answer = new("https://boards-api.greenhouse.io/v1/boards/example/jobs?content=true");

    [Theory]
    [InlineData("Initiativbewerbung", 0)]
    [InlineData("Candidature spontanée", 1)]
    [InlineData("Open sollicitatie", 4)]
    [InlineData("General application – all offices", 0)]
    public async Task A_streamed_hiring_tool_answer_leaves_its_standing_entry_out(string entry, int at)
    {
        var extraction = await ExtractAsync(new GreenhouseTool(streamFromBytes: 0), WithEntry(entry, at));

        Assert.IsType<StreamedDrafts>(extraction.Postings);
        Assert.Equal(4, extraction.Postings.Count);
        Assert.DoesNotContain(extraction.Postings, p => p.Title == entry);
        Assert.All(extraction.Postings, p => Assert.StartsWith("Paralegal", p.Title, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_hiring_tool_answer_read_whole_leaves_its_standing_entry_out()
    {
        var extraction = await ExtractAsync(new GreenhouseTool(), WithEntry("Initiativbewerbung", 2));

        Assert.IsNotType<StreamedDrafts>(extraction.Postings);
        Assert.Equal(["Paralegal 0", "Paralegal 1", "Paralegal 3", "Paralegal 4"], extraction.Postings.Select(p => p.Title));
    }

    [Fact]
    public async Task A_streamed_answer_holding_only_the_standing_entry_gives_no_posting()
    {
        var board = GreenhouseBoardJson.Of(1, "example").Replace("\"Paralegal 0\"", "\"Open application\"", StringComparison.Ordinal);

        var extraction = await ExtractAsync(new GreenhouseTool(streamFromBytes: 0), board);

        Assert.Empty(extraction.Postings);
    }

    [Theory]
    [InlineData("fr", "Offres d'emploi", "Juriste (CDI)", "Candidature spontanée")]
    [InlineData("de", "Stellenangebote", "Jurist*in (Teilzeit)", "Initiativbewerbung")]
    [InlineData("en", "Current openings", "Staff Attorney (Full-time)", "General application")]
    public async Task A_plain_listing_leaves_its_standing_entry_out(string language, string section, string title, string entry)
    {
        var html = $"""
            <html lang="{language}"><body><main><h2>{section}</h2><ul>
              <li><a href="/jobs/1"><strong>{title}</strong></a> · Lyon · 3 200 €</li>
              <li><a href="/jobs/2"><strong>{title} II</strong></a> · Lyon · 3 400 €</li>
              <li><a href="/jobs/3"><strong>{entry}</strong></a></li></ul></main></body></html>
            """;
        var page = new PageContent(new Uri("https://members.test/jobs/"), Encoding.UTF8.GetBytes(html), "text/html");

        var extraction = await new AutoExtractor([new ListingHeuristicsStrategy()])
            .ExtractAsync(page, HiringToolRun.Context(page.Url, new RecordingPageFetcherFake()), TestContext.Current.CancellationToken);

        Assert.Equal(2, extraction.Postings.Count);
        Assert.DoesNotContain(extraction.Postings, p => p.Title == entry);
    }

    private static Task<PageExtraction> ExtractAsync(GreenhouseTool tool, string board)
    {
        var page = new PageContent(Answer, Encoding.UTF8.GetBytes(board), "application/json");
        return new AutoExtractor([new HiringToolStrategy([tool])])
            .ExtractAsync(page, HiringToolRun.Context(page.Url, new RecordingPageFetcherFake()), TestContext.Current.CancellationToken);
    }

    private static string WithEntry(string entry, int at) =>
        GreenhouseBoardJson.Of(5, "example").Replace($"\"Paralegal {at}\"", $"\"{entry}\"", StringComparison.Ordinal);
}
