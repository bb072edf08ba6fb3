using System.Text;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

public sealed class FactorialToolTests
{
    [Theory]
    [InlineData("https://derechos-migrantes.factorialhr.com/")]
    [InlineData("https://Derechos-Migrantes.factorialhr.com/job_posting/abogado-a-de-extranjeria-248811")]
    public void Reads_the_company_and_reads_its_career_site_s_root(string url)
    {
        var tool = new FactorialTool();
        var board = tool.Recognize(new Uri(url));

        Assert.NotNull(board);
        Assert.Equal(("factorial", "derechos-migrantes"), (board.Tool, board.Token));
        Assert.Equal(new Uri("https://derechos-migrantes.factorialhr.com/"), tool.ApiUrl(board));
    }

    [Theory]
    [InlineData("https://factorialhr.com/?utm_source=career_page")]
    [InlineData("https://api.factorialhr.com/api/v1/ats/job_postings")]
    [InlineData("https://derechos-migrantes.factorialhr.com.example.org/")]
    public void Takes_no_board_from_the_tool_s_own_sites_or_lookalike_hosts(string url) =>
        Assert.Null(new FactorialTool().Recognize(new Uri(url)));

    [Theory]
    [InlineData("https://derechos-migrantes.factorialhr.com/job_posting/abogado-a-de-extranjeria-248811", true)]
    [InlineData("https://derechos-migrantes.factorialhr.com/apply/abogado-a-de-extranjeria-248811", true)]
    [InlineData("https://derechos-migrantes.factorialhr.com/", false)]
    public void Tells_a_posting_s_page_from_the_list(string url, bool posting) =>
        Assert.Equal(posting, new FactorialTool().IsPostingPage(new Uri(url)));

    [Fact]
    public async Task Names_each_posting_s_office_from_the_location_filter_and_flags_remote_ones()
    {
        var outcome = await HiringToolRun.ExtractAsync(HiringToolCorpus.Case("factorial", "asociacion-derechos-migrantes-ofertas").Page());

        Assert.NotNull(outcome);
        Assert.Equal(
            [("Abogado/a de extranjería", "Valencia", "indefinite"), ("Técnico/a de acogida (sustitución)", "Valencia", "Temporary"), ("Prácticas en el área jurídica", "Alicante (Remote)", "Internship")],
            outcome.Postings.Select(p => (p.Title!, p.Location!, p.EmploymentType!)).ToList());
    }

    [Fact]
    public async Task A_career_site_that_answers_with_another_page_is_told_with_its_url()
    {
        var board = new Uri("https://derechos-migrantes.factorialhr.com/");
        var page = new PageContent(new Uri("https://www.derechosmigrantes.example/trabaja-con-nosotros"),
            Encoding.UTF8.GetBytes("""<html><body><a href="https://derechos-migrantes.factorialhr.com/">Ofertas</a></body></html>"""), "text/html");
        var fetcher = new RecordingPageFetcherFake().Serving(board, Encoding.UTF8.GetBytes("<html><body><h1>Página no encontrada</h1></body></html>"), "text/html");
        var logger = new CapturedLogger();

        await HiringToolRun.ExtractAsync(page, fetcher, logger);

        var warning = Assert.Single(logger.Warnings);
        Assert.Contains(board.AbsoluteUri, warning, StringComparison.Ordinal);
    }
}
