using System.Text;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

public sealed class HiBobToolTests
{
    [Theory]
    [InlineData("https://droit-au-logement-lyon.careers.hibob.com/jobs")]
    [InlineData("https://droit-au-logement-lyon.careers.hibob.com/")]
    [InlineData("https://Droit-au-Logement-Lyon.careers.hibob.com/jobs/3f0c2a9e-51d4-4b7a-9c1e-7a2d8e4b6f10")]
    public void Reads_the_tenant_and_asks_its_public_job_ad_list(string url)
    {
        var tool = new HiBobTool();
        var board = tool.Recognize(new Uri(url));

        Assert.NotNull(board);
        Assert.Equal(("hibob", "droit-au-logement-lyon"), (board.Tool, board.Token));
        Assert.Equal(new Uri("https://droit-au-logement-lyon.careers.hibob.com/api/job-ad"), tool.ApiUrl(board));
    }

    [Theory]
    [InlineData("https://www.hibob.com/fr/")]
    [InlineData("https://app.hibob.com/home")]
    [InlineData("https://careers.hibob.com/")]
    [InlineData("https://droit-au-logement-lyon.careers.hibob.com.example.org/jobs")]
    public void Takes_no_board_from_the_tool_s_own_sites_or_lookalike_hosts(string url) =>
        Assert.Null(new HiBobTool().Recognize(new Uri(url)));

    [Fact]
    public void Reads_an_ad_s_page_as_a_posting_page() =>
        Assert.True(new HiBobTool().IsPostingPage(new Uri("https://droit-au-logement-lyon.careers.hibob.com/jobs/3f0c2a9e-51d4-4b7a-9c1e-7a2d8e4b6f10")));

    [Fact]
    public async Task Maps_sites_remote_ads_the_organisation_s_own_words_and_every_section_of_the_ad()
    {
        var outcome = await HiringToolRun.ExtractAsync(HiringToolCorpus.Case("hibob", "droit-au-logement-lyon-job-ad").Page());

        Assert.NotNull(outcome);
        Assert.Equal(3, outcome.Postings.Count);
        var juriste = outcome.Postings[0];
        Assert.Equal(("Lyon, France", "CDI – Temps plein", "2025-03-04"), (juriste.Location, juriste.EmploymentType, juriste.DatePosted));
        Assert.Contains("permanences juridiques", juriste.DescriptionHtml, StringComparison.Ordinal);
        Assert.Contains("32 000 €", juriste.DescriptionHtml, StringComparison.Ordinal);
        Assert.Equal("France (Remote)", outcome.Postings[2].Location);
        Assert.Null(juriste.Organization);
    }

    [Fact]
    public async Task An_answer_of_another_shape_is_told_with_its_url()
    {
        var api = new Uri("https://droit-au-logement-lyon.careers.hibob.com/api/job-ad");
        var page = new PageContent(new Uri("https://www.dal-lyon.example/nous-rejoindre"),
            Encoding.UTF8.GetBytes("""<html><body><a href="https://droit-au-logement-lyon.careers.hibob.com/jobs">Offres</a></body></html>"""), "text/html");
        var fetcher = new RecordingPageFetcherFake().Serving(api, Encoding.UTF8.GetBytes("""{"error":"Unauthorized","status":401}"""), "application/json");
        var logger = new CapturedLogger();

        await HiringToolRun.ExtractAsync(page, fetcher, logger);

        var warning = Assert.Single(logger.Warnings);
        Assert.Contains(api.AbsoluteUri, warning, StringComparison.Ordinal);
        Assert.Contains("JSON of another shape", warning, StringComparison.Ordinal);
    }
}
