using JobAggregator.Scraper.Extraction;
using JobAggregator.Sources;

namespace JobAggregator.Scraper.Tests.Extraction;

public sealed class CssExtractorTests
{
    private static readonly Uri Page = new("http://members.test/network/about/");

    private const string Listing = """
        <html><body>
          <nav><a href="/">Home</a><a href="/news/">News</a></nav>
          <article class="post">
            <h2 class="entry-title"><a href="/network/ops-coordinator/">Operations Coordinator – Georgia Innocence Project</a></h2>
            <p>The Georgia Innocence Project seeks an Operations Coordinator…</p>
            <a class="more-link" href="/network/ops-coordinator/">read more</a>
          </article>
          <article class="post">
            <h2 class="entry-title"><a href="../apd-2/">Assistant Public Defender 2 – Wrongful Conviction Project – Office of the Ohio Public Defender</a></h2>
            <a class="more-link" href="../apd-2/">read more</a>
          </article>
          <article class="post"><h2 class="entry-title"> </h2></article>
          <a class="next page-numbers" href="/network/about/page/2/">Next »</a>
        </body></html>
        """;

    private static readonly SelectorSet NetworkSelectors = new()
    {
        Item = "article.post",
        Title = "h2.entry-title",
        OrganizationFromTitle = true,
        Link = "a.more-link",
        NextPage = "a.next",
    };

    [Fact]
    public void Reads_one_posting_per_item_and_skips_items_without_a_title()
    {
        var drafts = CssExtractor.ExtractListing(Html.Parse(Listing), Page, NetworkSelectors);

        Assert.Equal(2, drafts.Count);
        Assert.Equal("Operations Coordinator", drafts[0].Title);
        Assert.Equal("Georgia Innocence Project", drafts[0].Organization);
    }

    [Fact]
    public void Splits_the_organisation_at_the_last_dash_of_the_headline()
    {
        var drafts = CssExtractor.ExtractListing(Html.Parse(Listing), Page, NetworkSelectors);

        Assert.Equal("Assistant Public Defender 2 – Wrongful Conviction Project", drafts[1].Title);
        Assert.Equal("Office of the Ohio Public Defender", drafts[1].Organization);
    }

    [Fact]
    public void Makes_relative_links_absolute_against_the_page()
    {
        var drafts = CssExtractor.ExtractListing(Html.Parse(Listing), Page, NetworkSelectors);

        Assert.Equal(new Uri("http://members.test/network/ops-coordinator/"), drafts[0].Url);
        Assert.Equal(new Uri("http://members.test/network/apd-2/"), drafts[1].Url);
    }

    [Fact]
    public void Finds_the_next_listing_page()
    {
        Assert.Equal(new Uri("http://members.test/network/about/page/2/"),
            CssExtractor.NextPage(Html.Parse(Listing), Page, NetworkSelectors));
    }

    [Fact]
    public void Uses_the_title_anchor_as_link_when_no_link_selector_is_given()
    {
        var drafts = CssExtractor.ExtractListing(Html.Parse(Listing), Page, NetworkSelectors with { Link = null });

        Assert.Equal(new Uri("http://members.test/network/ops-coordinator/"), drafts[0].Url);
    }

    [Fact]
    public void Reads_labelled_fields_from_a_table_and_from_bold_lead_ins()
    {
        const string detail = """
            <html><body>
              <table class="job-details">
                <tr><th>Job Title</th><td>Assistant Public Defender 2</td></tr>
                <tr><th>Salary:</th><td>$17.89 – $50.98 per hour</td></tr>
                <tr><th>Unposting Date</th><td>Mar 10, 2020</td></tr>
              </table>
              <div class="entry-content">
                <p><strong>Location:</strong> Atlanta, GA</p>
                <p>Full ad text.</p>
              </div>
              <time datetime="2020-02-28">Feb 28</time>
            </body></html>
            """;
        var selectors = new SelectorSet
        {
            Title = "label:Job Title",
            Salary = "label:Salary",
            ValidThrough = "label:unposting date",
            Location = "label:Location",
            DatePosted = "time@datetime",
            Description = "div.entry-content",
        };

        var draft = CssExtractor.ExtractDetail(Html.Parse(detail), Page, selectors);

        Assert.Equal("Assistant Public Defender 2", draft.Title);
        Assert.Equal("$17.89 – $50.98 per hour", draft.SalaryText);
        Assert.Equal("Mar 10, 2020", draft.ValidThrough);
        Assert.Equal("Atlanta, GA", draft.Location);
        Assert.Equal("2020-02-28", draft.DatePosted);
        Assert.Contains("<p>Full ad text.</p>", draft.DescriptionHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Operations Coordinator – Georgia Innocence Project", "Operations Coordinator", "Georgia Innocence Project")]
    [InlineData("Litigation Director - Washington Innocence Project", "Litigation Director", "Washington Innocence Project")]
    [InlineData("Chief Communications Officer", "Chief Communications Officer", null)]
    [InlineData("Post-Graduate Fellowship Program", "Post-Graduate Fellowship Program", null)]
    public void Splits_headlines(string headline, string title, string? organization)
    {
        Assert.Equal((title, organization), CssExtractor.SplitTitleAndOrganization(headline));
    }

    [Fact]
    public void Detail_page_fields_win_over_the_listing_excerpt_but_keep_the_listing_link()
    {
        var listing = new PostingDraft { Title = "Ops", DescriptionHtml = "excerpt…", Url = new Uri("http://a.test/1/") };
        var detail = new PostingDraft { DescriptionHtml = "<p>full</p>", SalaryText = "$36,000+", Url = new Uri("http://a.test/other/") };

        var merged = listing.CompletedBy(detail);

        Assert.Equal("Ops", merged.Title);
        Assert.Equal("<p>full</p>", merged.DescriptionHtml);
        Assert.Equal("$36,000+", merged.SalaryText);
        Assert.Equal(new Uri("http://a.test/1/"), merged.Url);
    }
}
