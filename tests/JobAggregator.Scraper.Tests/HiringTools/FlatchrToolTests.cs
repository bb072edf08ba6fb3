using System.Text;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

public sealed class FlatchrToolTests
{
    private static readonly Uri Listing = new("https://careers.flatchr.io/company/acces-droit-lyon.json");

    [Theory]
    [InlineData("https://careers.flatchr.io/company/acces-droit-lyon?iframe=true")]
    [InlineData("https://careers.flatchr.io/fr/company/Acces-Droit-Lyon/")]
    [InlineData("https://careers.flatchr.io/company/acces-droit-lyon.json")]
    [InlineData("https://careers.flatchr.io/company/acces-droit-lyon/vacancy/wn4kd7pzqx1or3vb-juriste-droit-du-logement-h-f/")]
    [InlineData("https://acces-droit-lyon.flatchr.io/")]
    public void Reads_the_company_s_slug_and_asks_its_json(string url)
    {
        var tool = new FlatchrTool();
        var board = tool.Recognize(new Uri(url));

        Assert.NotNull(board);
        Assert.Equal(("flatchr", "acces-droit-lyon"), (board.Tool, board.Token));
        Assert.Equal(Listing, tool.ApiUrl(board));
    }

    [Theory]
    [InlineData("https://www.flatchr.io/")]
    [InlineData("https://careers.flatchr.io/fr/")]
    [InlineData("https://developers.flatchr.io/docs/getting_started")]
    [InlineData("https://api.demo.flatchr.io/company/12/vacancies")]
    [InlineData("https://careers.flatchr.io.example.org/company/acces-droit-lyon")]
    public void Takes_no_board_from_the_tool_s_own_hosts_or_lookalikes(string url) =>
        Assert.Null(new FlatchrTool().Recognize(new Uri(url)));

    [Theory]
    [InlineData("https://careers.flatchr.io/company/acces-droit-lyon/vacancy/wn4kd7pzqx1or3vb-juriste/", true)]
    [InlineData("https://careers.flatchr.io/en/company/acces-droit-lyon/vacancy/wn4kd7pzqx1or3vb-juriste/", true)]
    [InlineData("https://careers.flatchr.io/company/acces-droit-lyon/", false)]
    [InlineData("https://careers.flatchr.io/company/acces-droit-lyon.json", false)]
    public void Tells_a_posting_s_page_from_the_career_site(string url, bool posting) =>
        Assert.Equal(posting, new FlatchrTool().IsPostingPage(new Uri(url)));

    [Fact]
    public async Task Maps_the_employer_the_address_the_contract_and_the_pay_with_its_period()
    {
        var outcome = await HiringToolRun.ExtractAsync(HiringToolCorpus.Case("flatchr", "acces-droit-lyon-jobs").Page());

        Assert.NotNull(outcome);
        Assert.Equal(["Juriste droit du logement H/F", "Assistant(e) administratif(ve)", "Stage plaidoyer et communication"],
            outcome.Postings.Select(p => p.Title!).ToList());
        Assert.All(outcome.Postings, p => Assert.Equal("Association Lyonnaise pour l'Accès au Droit", p.Organization));
        Assert.Equal(
            [("Lyon, Auvergne-Rhône-Alpes, France", "CDI"), ("Villeurbanne, Auvergne-Rhône-Alpes, France", "CDD, temps partiel"), ("Lyon, Auvergne-Rhône-Alpes, France", "Stage")],
            outcome.Postings.Select(p => (p.Location!, p.EmploymentType!)).ToList());
        Assert.Equal(new(32000m, 36000m, "EUR", "YEAR"), outcome.Postings[0].Salary);
        Assert.Equal(new(13.5m, 13.5m, "EUR", "HOUR"), outcome.Postings[1].Salary);
        Assert.Null(outcome.Postings[2].Salary);
        Assert.Equal("2026-10-06", outcome.Postings[0].DatePosted);
        Assert.Equal("https://careers.flatchr.io/company/acces-droit-lyon/vacancy/wn4kd7pzqx1or3vb-juriste-droit-du-logement-h-f/",
            outcome.Postings[0].Url!.AbsoluteUri);
        Assert.Contains("permanences juridiques", outcome.Postings[0].DescriptionHtml, StringComparison.Ordinal);
        Assert.Contains("Master 2", outcome.Postings[0].DescriptionHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_the_embedded_career_site_s_json_and_calls_only_a_fully_remote_posting_remote()
    {
        var member = new PageContent(new Uri("https://www.acces-droit-lyon.example/nous-rejoindre"),
            Encoding.UTF8.GetBytes("""<html><body><iframe src="https://careers.flatchr.io/company/acces-droit-lyon?iframe=true"></iframe></body></html>"""), "text/html");
        var fetcher = new RecordingPageFetcherFake().Serving(Listing, Encoding.UTF8.GetBytes("""
            {"items":[
              {"published":true,"created_at":"2026-10-06T08:12:44Z","vacancy":{"slug":"a-juriste","title":"Juriste","remote":"full","address":{"country":"France"},"company":{"name":"ALAD"}}},
              {"published":true,"created_at":"2026-10-07T08:12:44Z","vacancy":{"slug":"b-chargee","title":"Chargée de projet","remote":"partial","address":{"locality":"Lyon"},"company":{"name":"ALAD"}}}
            ]}
            """), "application/json");

        var outcome = await HiringToolRun.ExtractAsync(member, fetcher);

        Assert.NotNull(outcome);
        Assert.Equal([Listing], fetcher.Requested);
        Assert.Equal(["France (Remote)", "Lyon"], outcome.Postings.Select(p => p.Location!).ToList());
    }

    [Fact]
    public async Task An_answer_for_an_unknown_company_is_told_with_its_url()
    {
        var member = new PageContent(new Uri("https://www.acces-droit-lyon.example/nous-rejoindre"),
            Encoding.UTF8.GetBytes("""<html><body><iframe src="https://careers.flatchr.io/company/acces-droit-lyon?iframe=true"></iframe></body></html>"""), "text/html");
        var fetcher = new RecordingPageFetcherFake().Serving(Listing, Encoding.UTF8.GetBytes("""{"message":"Not available for slug acces-droit-lyon"}"""), "application/json");
        var logger = new CapturedLogger();

        await HiringToolRun.ExtractAsync(member, fetcher, logger);

        var warning = Assert.Single(logger.Warnings);
        Assert.Contains(Listing.AbsoluteUri, warning, StringComparison.Ordinal);
        Assert.Contains("flatchr", warning, StringComparison.Ordinal);
    }
}
