using System.Net;
using System.Text;
using JobAggregator.Scraper.Tests.HttpFetching;
using JobAggregator.Sources;

namespace JobAggregator.Scraper.Tests.Scraping;

/// <summary>A hiring tool's board of thousands of postings, served over real HTTP on loopback and read by the scraper's
/// consumer: its JSON is parsed from the UTF-8 bytes as they came (not from a decoded copy) and its messages made and
/// published a step at a time, and every posting comes out as the board gave it.</summary>
public sealed class LargeBoardTests : IAsyncLifetime
{
    private const int Postings = 3000;
    private LoopbackSite _site = null!;

    public async ValueTask InitializeAsync() => _site = await LoopbackSite.StartAsync();

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_posting_of_a_board_of_thousands_is_published_as_the_board_gave_it(bool byteOrderMark)
    {
        _site.MapText("/v1/boards/large/jobs", (byteOrderMark ? "\uFEFF" : "") + Board(), "application/json");

        var (postings, completed) = await ConsumerRun.ScrapeAsync(Source(), ("Scraper:MaxPostingsPerRun", "100000"));

        Assert.Equal(Postings, completed.PostingKeys.Count);
        Assert.Equal(Postings, postings.Count);
        var byTitle = postings.ToDictionary(p => p.Title);
        for (var i = 0; i < Postings; i++)
        {
            var posting = byTitle[$"Défenseure « publique » {i}"];
            Assert.Equal($"<p>Représenter les clients n° {i} — “tous”.</p>", posting.DescriptionHtml);
            Assert.Equal($"https://job-boards.greenhouse.io/large/jobs/{i}", posting.Url);
            Assert.Equal("Montréal, QC", posting.LocationText);
        }
    }

    private static string Board()
    {
        var json = new StringBuilder("{\"jobs\":[");
        for (var i = 0; i < Postings; i++)
        {
            var content = WebUtility.HtmlEncode($"<p>Représenter les clients n° {i} — “tous”.</p>");
            json.Append(i == 0 ? "" : ",")
                .Append($"{{\"id\":{i},\"absolute_url\":\"https://job-boards.greenhouse.io/large/jobs/{i}\",")
                .Append($"\"title\":\"Défenseure « publique » {i}\",\"location\":{{\"name\":\"Montréal, QC\"}},")
                .Append($"\"first_published\":\"2026-11-01T09:00:00-04:00\",\"content\":\"{content}\"}}");
        }

        return json.Append("]}").ToString();
    }

    private SourceDefinition Source() =>
        new("large-board", "Example Innocence Project", _site.Url("/v1/boards/large/jobs"), SourceDefinition.DefaultSchedule,
            ExtractionStrategy.Auto, null, null, Country: "US", AllowPrivateNetwork: true);
}
