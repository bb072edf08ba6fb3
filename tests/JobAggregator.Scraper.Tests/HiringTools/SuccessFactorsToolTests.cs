using System.Text;
using JobAggregator.Scraper.Discovery;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

public sealed class SuccessFactorsToolTests
{
    private static readonly Uri Feed = new("https://career4.successfactors.com/career?company=ncpadvocP&career_ns=job_listing_summary&resultType=XML");

    [Theory]
    [InlineData("https://career4.successfactors.com/career?company=ncpadvocP&career_ns=job_listing_summary&navBarLevel=JOB_SEARCH", "ncpadvocP")]
    [InlineData("https://career4.successfactors.com/career?career_ns=job_listing&company=ncpadvocP&career_job_req_id=10482", "ncpadvocP")]
    [InlineData("https://career2.successfactors.eu/careers?company=acmeAG", "acmeAG")]
    [InlineData("https://career44.sapsf.com/career?company=mavericsys&career_ns=job_listing_summary", "mavericsys")]
    public void Reads_the_company_id_from_a_career_site_url(string url, string token)
    {
        var board = new SuccessFactorsTool().Recognize(new Uri(url));

        Assert.NotNull(board);
        Assert.Equal(("successfactors", token), (board.Tool, board.Token));
    }

    [Theory]
    [InlineData("https://www.successfactors.com/products.html")]
    [InlineData("https://performancemanager4.successfactors.com/login?company=ncpadvocP")]
    [InlineData("https://career4.successfactors.com/career")]
    [InlineData("https://career4.successfactors.com.example.org/career?company=ncpadvocP")]
    public void Takes_no_board_from_sap_s_other_pages_or_lookalike_hosts(string url) =>
        Assert.Null(new SuccessFactorsTool().Recognize(new Uri(url)));

    [Fact]
    public void Reads_a_board_from_its_public_xml_listing_and_a_requisition_as_a_posting_page()
    {
        var tool = new SuccessFactorsTool();
        var board = tool.Recognize(new Uri("https://career4.successfactors.com/career?company=ncpadvocP&career_ns=job_listing_summary&navBarLevel=JOB_SEARCH"))!;

        Assert.Equal(Feed, tool.ApiUrl(board));
        Assert.True(tool.IsPostingPage(new Uri("https://career4.successfactors.com/career?company=ncpadvocP&career_job_req_id=10482&career_ns=job_listing")));
        Assert.False(tool.IsPostingPage(Feed));
    }

    [Fact]
    public void Its_career_hosts_are_a_hiring_tool_s_for_discovery()
    {
        Assert.Equal("SuccessFactors", HiringToolHosts.Tool("career4.successfactors.com"));
        Assert.Equal("SuccessFactors", HiringToolHosts.Tool("career2.successfactors.eu"));
        Assert.Null(HiringToolHosts.Tool("www.successfactors.com"));
    }

    [Fact]
    public async Task Reads_facets_by_their_labels_and_skips_unfilled_merge_tokens()
    {
        var outcome = await HiringToolRun.ExtractAsync(HiringToolCorpus.Case("successfactors", "nebraska-public-advocacy-job-listing-xml").Page());

        Assert.NotNull(outcome);
        var attorney = outcome.Postings[0];
        // The place facet wins over the country facet written before it; "Hybrid" flexibility is not remote.
        Assert.Equal("Lincoln, NE", attorney.Location);
        Assert.Equal("Full-Time", attorney.EmploymentType);
        Assert.Equal("2024-03-04", attorney.DatePosted);
        Assert.Contains("$72,000 - $86,000", attorney.SalaryText, StringComparison.Ordinal);
        Assert.StartsWith("<p>The Commission represents", attorney.DescriptionHtml, StringComparison.Ordinal);
        Assert.Equal("Investigator & Mitigation Specialist", outcome.Postings[1].Title);
        Assert.DoesNotContain(outcome.Postings, p => (p.Location + p.EmploymentType + p.Title).Contains("[[", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("03/04/2024", "07/09/2024", "2024-03-04", "2024-07-09")]
    [InlineData("03/04/2024", "22/07/2024", "2024-04-03", "2024-07-22")]
    [InlineData("2024-05-06", "2024-05-07T08:09:10Z", "2024-05-06", "2024-05-07")]
    public void Reads_dates_month_first_unless_one_date_of_the_feed_cannot_be(string first, string second, string firstDate, string secondDate)
    {
        var xml = $"""
            <Job-Listing>
              <Job><JobTitle>Clerk</JobTitle><ReqId>1</ReqId><Posted-Date>{first}</Posted-Date></Job>
              <Job><JobTitle>Paralegal</JobTitle><ReqId>2</ReqId><Posted-Date>{second}</Posted-Date></Job>
            </Job-Listing>
            """;
        var response = new PageContent(Feed, Encoding.UTF8.GetBytes(xml), "text/xml");
        var tool = new SuccessFactorsTool();

        Assert.True(tool.IsApiResponse(response));
        Assert.Equal([firstDate, secondDate], tool.Map(response, null, null).Select(d => d.DatePosted));
    }

    [Fact]
    public async Task Reads_the_board_a_page_links_with_one_request_to_its_xml_listing()
    {
        var page = HiringToolCorpus.Case("successfactors-embed", "nebraska-public-advocacy-employment").Page();
        var listing = HiringToolCorpus.Case("successfactors", "nebraska-public-advocacy-job-listing-xml");
        var fetcher = new RecordingPageFetcherFake().Serving(Feed, listing.Body, listing.ContentType);

        var outcome = await HiringToolRun.ExtractAsync(page, fetcher);

        Assert.Equal([Feed], fetcher.Requested);
        Assert.NotNull(outcome);
        Assert.Equal("successfactors", outcome.Strategy);
        Assert.Equal(2, outcome.Postings.Count);
        Assert.Equal(new Uri("https://career4.successfactors.com/career?company=ncpadvocP&career_job_req_id=10482&career_ns=job_listing"), outcome.Postings[0].Url);
    }
}
