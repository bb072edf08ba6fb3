using System.Text.Json;

namespace JobAggregator.EndToEnd.Tests.Xss;

/// <summary>The XSS corpus (<see cref="XssVectors"/>) through sources of every kind, scraped, normalised and stored by
/// the one-process demo, then read back from the API, the feeds and the pages: nothing that could run comes out.</summary>
public sealed class XssCorpusTests(XssCorpusFixture fixture) : IClassFixture<XssCorpusFixture>
{
    [Fact]
    public async Task Every_kind_of_source_brings_postings_carrying_the_vectors_to_the_store()
    {
        var sources = await fixture.SourcesAsync();
        var stored = fixture.Jobs.GroupBy(job => job.GetProperty("sourceId").GetString()!).ToDictionary(g => g.Key, g => g.Count());

        TestContext.Current.SendDiagnosticMessage(
            $"{XssVectors.Markup.Count} markup vectors, {XssVectors.Urls.Count} script URLs; stored per source: "
            + string.Join(", ", HostileSites.Sources.Select(s => $"{s.Id} {stored.GetValueOrDefault(s.Id)}"))
            + $"; {fixture.JsonResponses.Count} JSON, {fixture.FeedResponses.Count} feed and {fixture.HtmlResponses.Count} HTML responses read");
        Assert.All(HostileSites.Sources, source =>
        {
            var health = sources.Single(s => s.GetProperty("id").GetString() == source.Id);
            Assert.True(stored.GetValueOrDefault(source.Id) >= XssVectors.Markup.Count / 2,
                $"{source.Id}: {stored.GetValueOrDefault(source.Id)} postings stored of {XssVectors.Markup.Count}; {health}");
        });
    }

    [Fact]
    public void The_api_s_json_holds_no_script_handler_or_script_url_in_any_decoded_string()
    {
        var leaks = fixture.JsonResponses
            .SelectMany(response => LeakScanner.InJson(response.Path, JsonDocument.Parse(response.Body).RootElement))
            .ToList();

        AssertNone(leaks);
    }

    [Fact]
    public void The_rss_and_atom_feeds_hold_no_script_handler_or_script_url()
    {
        var leaks = fixture.FeedResponses.SelectMany(response => LeakScanner.InFeed(response.Path, response.Body)).ToList();

        AssertNone(leaks);
    }

    [Fact]
    public void The_pages_hold_no_script_but_their_json_ld_and_no_handler_or_script_url()
    {
        var leaks = fixture.HtmlResponses.SelectMany(response => LeakScanner.InHtmlPage(response.Path, response.Body)).ToList();

        AssertNone(leaks);
    }

    private static void AssertNone(List<string> leaks) =>
        Assert.True(leaks.Count == 0, $"{leaks.Count} leaks:\n" + string.Join('\n', leaks.Distinct().Take(60)));
}
