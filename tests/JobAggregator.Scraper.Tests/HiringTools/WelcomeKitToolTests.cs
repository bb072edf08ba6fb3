using System.Text;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

public sealed class WelcomeKitToolTests
{
    private const string Reference = "Xq7LmP2";

    [Fact]
    public void Keeps_the_widget_s_reference_as_written_and_asks_the_embed_api()
    {
        var board = new WelcomeKitTool().Recognize(new Uri($"https://www.welcomekit.co/api/v1/embed?organization_reference={Reference}"));

        Assert.NotNull(board);
        Assert.Equal(("welcomekit", Reference), (board.Tool, board.Token));
        Assert.Equal(new Uri($"https://www.welcomekit.co/api/v1/embed?organization_reference={Reference}"), new WelcomeKitTool().ApiUrl(board));
    }

    [Theory]
    [InlineData("https://www.welcomekit.co/assets/embed.js")]
    [InlineData("https://www.welcomekit.co/")]
    [InlineData("https://www.welcomekit.co.example.org/api/v1/embed?organization_reference=" + Reference)]
    public void Takes_no_board_from_the_widget_s_script_the_tool_s_site_or_lookalike_hosts(string url) =>
        Assert.Null(new WelcomeKitTool().Recognize(new Uri(url)));

    [Theory]
    [InlineData("<script>welcomeKitReady(function() { var wk = new WelcomeKitEmbed('" + Reference + "'); wk.render() })</script>")]
    [InlineData("<div data-job-reference=\"WTTJ_a8PqR2z\" data-organization-reference=\"" + Reference + "\"></div>")]
    public async Task Finds_the_reference_in_the_widget_s_script_or_attribute(string snippet)
    {
        var page = new PageContent(new Uri("https://www.justice-reparee.example/nous-rejoindre"),
            Encoding.UTF8.GetBytes($"<html><body><div id='welcomekit-embed'></div>{snippet}</body></html>"), "text/html");

        var board = new WelcomeKitTool().RecognizeEmbed(page, await page.HtmlAsync(CancellationToken.None));

        Assert.Equal(Reference, board?.Token);
    }

    [Fact]
    public async Task Reads_the_organisation_the_french_contract_words_pay_and_the_written_creation_date()
    {
        var outcome = await HiringToolRun.ExtractAsync(HiringToolCorpus.Case("welcomekit", "collectif-justice-reparee-embed").Page());

        Assert.NotNull(outcome);
        var (juriste, plaidoyer) = (outcome.Postings[0], outcome.Postings[1]);
        Assert.Equal(("Juriste en droit pénal (H/F)", "Collectif Justice Réparée", "Lyon, France", "CDI"), (juriste.Title, juriste.Organization, juriste.Location, juriste.EmploymentType));
        Assert.Equal((32000m, 38000m, "EUR", "YEAR"), (juriste.Salary?.Min, juriste.Salary?.Max, juriste.Salary?.Currency, juriste.Salary?.UnitText));
        Assert.Contains("Master 2 en droit pénal", juriste.DescriptionHtml, StringComparison.Ordinal);
        Assert.Equal(("CDD", "2025-03-12", "MONTH"), (plaidoyer.EmploymentType, plaidoyer.DatePosted, plaidoyer.Salary?.UnitText));
        Assert.Null(outcome.Postings[2].Salary);
    }

    [Fact]
    public async Task An_answer_without_jobs_is_told_as_json_of_another_shape()
    {
        var api = new Uri($"https://www.welcomekit.co/api/v1/embed?organization_reference={Reference}");
        var page = new PageContent(new Uri("https://www.justice-reparee.example/nous-rejoindre"),
            Encoding.UTF8.GetBytes($"<html><body><script>var wk = new WelcomeKitEmbed('{Reference}'); wk.render()</script></body></html>"), "text/html");
        var fetcher = new RecordingPageFetcherFake().Serving(api, Encoding.UTF8.GetBytes("""{"error":"organization not found"}"""), "application/json");
        var logger = new CapturedLogger();

        await HiringToolRun.ExtractAsync(page, fetcher, logger);

        var warning = Assert.Single(logger.Warnings);
        Assert.Contains(api.AbsoluteUri, warning, StringComparison.Ordinal);
        Assert.Contains("JSON of another shape", warning, StringComparison.Ordinal);
    }
}
