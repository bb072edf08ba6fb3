using System.Text;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

public sealed class JoinToolTests
{
    private static readonly Uri CompanyPage = new("https://join.com/companies/mieterberatung-rhein-neckar");
    private static readonly Uri SecondApiPage = new("https://join.com/api/public/companies/4187223/jobs?page=2&pageSize=1");

    [Theory]
    [InlineData("https://join.com/companies/mieterberatung-rhein-neckar")]
    [InlineData("https://www.join.com/companies/Mieterberatung-Rhein-Neckar/8123401-rechtsanwalt-m-w-d-mietrecht?pid=abc")]
    public void Reads_the_company_s_slug_and_reads_its_page(string url)
    {
        var tool = new JoinTool();
        var board = tool.Recognize(new Uri(url));

        Assert.NotNull(board);
        Assert.Equal(("join", "mieterberatung-rhein-neckar"), (board.Tool, board.Token));
        Assert.Equal(CompanyPage, tool.ApiUrl(board));
    }

    [Theory]
    [InlineData("https://join.com/")]
    [InlineData("https://join.com/companies")]
    [InlineData("https://join.com/api/widget/bundle/eyJhbGciOiJIUzI1NiJ9.e30.c2ln")]
    [InlineData("https://join.com.example.org/companies/mieterberatung-rhein-neckar")]
    public void Takes_no_board_from_the_tool_s_own_pages_its_widget_or_lookalike_hosts(string url) =>
        Assert.Null(new JoinTool().Recognize(new Uri(url)));

    [Theory]
    [InlineData("https://join.com/companies/mieterberatung-rhein-neckar/8123401-rechtsanwalt-m-w-d-mietrecht", true)]
    [InlineData("https://join.com/companies/mieterberatung-rhein-neckar", false)]
    public void Tells_a_posting_s_page_from_the_company_s_page(string url, bool posting) =>
        Assert.Equal(posting, new JoinTool().IsPostingPage(new Uri(url)));

    [Fact]
    public async Task Maps_monthly_pay_in_minor_units_and_leaves_out_pay_the_employer_keeps_off_the_ad()
    {
        var outcome = await HiringToolRun.ExtractAsync(HiringToolCorpus.Case("join", "mieterberatung-rhein-neckar-jobs").Page());

        Assert.NotNull(outcome);
        Assert.Equal(
            [("Mannheim, Deutschland", "Vollzeit"), ("Heidelberg, Deutschland", "Teilzeit"), ("Mannheim, Deutschland (Remote)", "Praktikum")],
            outcome.Postings.Select(p => (p.Location!, p.EmploymentType!)).ToList());
        Assert.Equal((4200m, 4800m, "EUR", "MONTH"), (outcome.Postings[0].Salary!.Min!.Value, outcome.Postings[0].Salary!.Max!.Value, outcome.Postings[0].Salary!.Currency, outcome.Postings[0].Salary!.UnitText));
        Assert.Null(outcome.Postings[1].Salary);
        Assert.All(outcome.Postings, p => Assert.Equal("Mieterberatung Rhein-Neckar e.V.", p.Organization));
    }

    [Fact]
    public async Task Reads_the_company_s_page_then_the_api_s_later_pages_under_the_company_s_slug()
    {
        var member = new PageContent(new Uri("https://www.mieterberatung-rhein-neckar.example/karriere"),
            Encoding.UTF8.GetBytes($"""<html><body><a href="{CompanyPage}">Offene Stellen auf JOIN</a></body></html>"""), "text/html");
        var fetcher = new RecordingPageFetcherFake()
            .Serving(CompanyPage, Encoding.UTF8.GetBytes(CompanyPageWithOneOfTwo), "text/html")
            .Serving(SecondApiPage, Encoding.UTF8.GetBytes(SecondPage), "application/json");

        var outcome = await HiringToolRun.ExtractAsync(member, fetcher);

        Assert.NotNull(outcome);
        Assert.Equal([CompanyPage, SecondApiPage], fetcher.Requested);
        Assert.Equal(
            ["https://join.com/companies/mieterberatung-rhein-neckar/8123401-rechtsanwalt-m-w-d-mietrecht", "https://join.com/companies/mieterberatung-rhein-neckar/8124530-praktikum-rechtsberatung"],
            outcome.Postings.Select(p => p.Url!.AbsoluteUri).ToList());
        Assert.Equal("2026-11-02", outcome.Postings[1].DatePosted);
    }

    [Fact]
    public async Task An_api_page_of_a_source_on_the_company_s_page_builds_its_postings_pages_under_the_source_s_slug()
    {
        var page = new PageContent(SecondApiPage, Encoding.UTF8.GetBytes(SecondPage), "application/json");

        var outcome = await new HiringToolStrategy().TryExtractAsync(page, HiringToolRun.Context(CompanyPage, new RecordingPageFetcherFake()), TestContext.Current.CancellationToken);

        Assert.NotNull(outcome);
        Assert.Equal("join", outcome.Strategy);
        Assert.Equal("https://join.com/companies/mieterberatung-rhein-neckar/8124530-praktikum-rechtsberatung", Assert.Single(outcome.Postings).Url!.AbsoluteUri);
        Assert.Empty(outcome.NextPages);
    }

    [Fact]
    public void Asks_the_api_for_the_page_after_the_company_s_page_while_the_pagination_says_more_follow()
    {
        var companyPage = new PageContent(CompanyPage, Encoding.UTF8.GetBytes(CompanyPageWithOneOfTwo), "text/html");
        var last = new PageContent(SecondApiPage, Encoding.UTF8.GetBytes(SecondPage), "application/json");

        Assert.Equal(SecondApiPage, new JoinTool().NextPage(companyPage));
        Assert.Null(new JoinTool().NextPage(last));
    }

    [Fact]
    public async Task A_company_page_that_answers_with_another_page_is_told_with_its_url()
    {
        var member = new PageContent(new Uri("https://www.mieterberatung-rhein-neckar.example/karriere"),
            Encoding.UTF8.GetBytes($"""<html><body><a href="{CompanyPage}">Offene Stellen</a></body></html>"""), "text/html");
        var fetcher = new RecordingPageFetcherFake().Serving(CompanyPage, Encoding.UTF8.GetBytes("<html><body><h1>Seite nicht gefunden</h1></body></html>"), "text/html");
        var logger = new CapturedLogger();

        await HiringToolRun.ExtractAsync(member, fetcher, logger);

        var warning = Assert.Single(logger.Warnings);
        Assert.Contains(CompanyPage.AbsoluteUri, warning, StringComparison.Ordinal);
        Assert.Contains("join", warning, StringComparison.Ordinal);
    }

    private const string CompanyPageWithOneOfTwo = """
        <html lang="de"><head><title>Jobs bei Mieterberatung Rhein-Neckar e.V. | JOIN</title></head><body><div id="__next"></div>
        <script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"initialState":{
          "company":{"id":4187223,"name":"Mieterberatung Rhein-Neckar e.V.","domain":"mieterberatung-rhein-neckar"},
          "jobs":{"items":[{"id":8123401,"idParam":"8123401-rechtsanwalt-m-w-d-mietrecht","title":"Rechtsanwalt (m/w/d) Mietrecht","companyId":4187223,
            "city":{"cityName":"Mannheim","countryName":"Deutschland"},"workplaceType":"ONSITE","createdAt":"2026-10-14T08:12:33.512Z"}],
          "pagination":{"rowCount":2,"pageCount":2,"page":1,"pageSize":1}}}}},
          "page":"/companies/[companySlug]","query":{"companySlug":"mieterberatung-rhein-neckar"}}</script></body></html>
        """;

    private const string SecondPage = """
        {"items":[{"id":8124530,"idParam":"8124530-praktikum-rechtsberatung","title":"Praktikum Rechtsberatung","companyId":4187223,
          "city":{"cityName":"Mannheim","countryName":"Deutschland"},"country":{"iso3166":"DE","name":"Deutschland"},
          "employmentType":{"name":"Praktikum"},"workplaceType":"REMOTE","createdAt":"2026-11-02T09:05:48.300Z"}],
         "pagination":{"rowCount":2,"pageCount":2,"page":2,"pageSize":1}}
        """;
}
