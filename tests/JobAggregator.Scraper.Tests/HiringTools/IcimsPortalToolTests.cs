using System.Text;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

/// <summary>A classic iCIMS portal's list page, as its iframe shows it (<c>/jobs/search?ss=1&amp;in_iframe=1</c>): each
/// row's title and link, and its fields after the portal's own labels, in the portal's language.</summary>
public sealed class IcimsPortalToolTests
{
    private static readonly Uri ListPage = new("https://careers-legalaidozarks.icims.com/jobs/search?ss=1&in_iframe=1");
    private static readonly IcimsPortalTool Tool = new();

    [Theory]
    [InlineData("https://careers-legalaidozarks.icims.com/jobs/search?ss=1&in_iframe=1&hashed=-435682337", "legalaidozarks")]
    [InlineData("https://uscareers-acuren.icims.com/jobs/intro", "uscareers-acuren")]
    public void Reads_the_portal_s_list_page_as_its_iframe_asks_for_it(string embed, string token)
    {
        var board = Tool.Recognize(new Uri(embed))!;

        Assert.Equal(token, board.Token);
        Assert.Equal(new Uri(new Uri(embed), "/jobs/search?ss=1&in_iframe=1"), Tool.ApiUrl(board));
        Assert.Equal(HttpMethod.Get, ((IHiringTool)Tool).ListRequest(board)!.Method);
    }

    [Fact]
    public async Task Reads_each_row_s_title_link_place_type_and_posted_date()
    {
        var drafts = await MapAsync(Row("1187", "Staff Attorney", "Job Locations", "US-MO-Springfield", "Position Type", "Regular Full-Time")
            + Row("1190", "Paralegal (Part-Time)", "Job Locations", "US-MO-Joplin | US-AR-Fayetteville", "Position Type", "Regular Part-Time"));

        Assert.Collection(drafts,
            first =>
            {
                Assert.Equal("Staff Attorney", first.Title);
                Assert.Equal(new Uri("https://careers-legalaidozarks.icims.com/jobs/1187/staff-attorney/job?in_iframe=1"), first.Url);
                Assert.Equal("Springfield, MO, US", first.Location);
                Assert.Equal("Regular Full-Time", first.EmploymentType);
                Assert.Equal("3/2/2026 10:21 AM", first.DatePosted);
                Assert.Null(first.DescriptionHtml);
            },
            second =>
            {
                Assert.Equal("Paralegal (Part-Time)", second.Title);
                Assert.Equal("Joplin, MO, US; Fayetteville, AR, US", second.Location);
                Assert.Equal("Regular Part-Time", second.EmploymentType);
            });
    }

    [Theory]
    [InlineData("Lieu", "Type de contrat", "Temps plein")]
    [InlineData("Ubicación", "Tipo de contrato", "Jornada completa")]
    [InlineData("Standort", "Beschäftigungsart", "Vollzeit")]
    [InlineData("Locatie", "Dienstverband", "Voltijds")]
    [InlineData("Sede di lavoro", "Tipo di contratto", "Tempo pieno")]
    [InlineData("Local de trabalho", "Regime de contratação", "Tempo integral")]
    [InlineData("勤務地", "雇用形態", "正社員")]
    public async Task Reads_the_fields_under_the_portal_s_labels_in_its_language(string placeLabel, string typeLabel, string type)
    {
        var draft = Assert.Single(await MapAsync(Row("2044", "Juriste", placeLabel, "CA-QC-Montréal", typeLabel, type)));

        Assert.Equal("Montréal, QC, CA", draft.Location);
        Assert.Equal(type, draft.EmploymentType);
    }

    [Fact]
    public async Task Reads_a_card_list_and_a_title_given_only_as_the_link_s_text()
    {
        var page = Page("""
            <ul class="iCIMS_JobsTable">
              <li class="iCIMS_JobCardItem"><div class="row">
                <div class="col-xs-12 title"><a class="iCIMS_Anchor" href="/jobs/77/intake-specialist/job?in_iframe=1" title="77 - Intake Specialist">
                  <span class="sr-only field-label">Title</span>Intake Specialist</a></div>
                <div class="col-xs-6 header left"><span class="sr-only field-label">Location</span><span>US-Remote</span></div>
              </div></li>
            </ul>
            """);

        var draft = Assert.Single(Tool.Map(page, await page.HtmlAsync(TestContext.Current.CancellationToken), null));

        Assert.Equal("Intake Specialist", draft.Title);
        Assert.Equal("Remote, US", draft.Location);
    }

    [Fact]
    public void Reads_a_posting_s_ad_from_its_own_page_on_the_portal()
    {
        var posting = new Uri("https://careers-legalaidozarks.icims.com/jobs/1187/staff-attorney/job?in_iframe=1");
        var page = new PageContent(posting, Encoding.UTF8.GetBytes("""
            <html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Staff Attorney",
            "description":"<p>Represent tenants.</p>","datePosted":"2026-11-02","hiringOrganization":{"@type":"Organization","name":"Legal Aid of the Ozarks"}}</script></head>
            <body><div class="iCIMS_JobContent"><h1>Staff Attorney</h1></div></body></html>
            """), "text/html");

        var detail = Tool.MapDetail(page);

        Assert.Equal(posting, Tool.DetailApiUrl(new PostingDraft { Title = "Staff Attorney", Url = posting }));
        Assert.Null(Tool.DetailApiUrl(new PostingDraft { Title = "Staff Attorney", Url = new Uri("https://www.example.org/jobs/1187/staff-attorney") }));
        Assert.Equal("<p>Represent tenants.</p>", detail?.DescriptionHtml);
        Assert.Equal("Legal Aid of the Ozarks", detail?.Organization);
    }

    [Fact]
    public void A_page_without_the_portal_s_table_is_not_its_list()
    {
        var page = new PageContent(ListPage, Encoding.UTF8.GetBytes("<html><body><h1>Human Verification</h1></body></html>"), "text/html");

        Assert.False(Tool.IsApiResponse(page));
    }

    [Fact]
    public void A_posting_s_own_page_is_not_the_list()
    {
        var page = new PageContent(new Uri("https://careers-legalaidozarks.icims.com/jobs/1187/staff-attorney/job?in_iframe=1"),
            Encoding.UTF8.GetBytes("<html><body><div class='iCIMS_JobsTable'></div></body></html>"), "text/html");

        Assert.False(Tool.IsApiResponse(page));
        Assert.True(Tool.IsPostingPage(page.Url));
    }

    [Theory]
    [InlineData("""<link rel="next" href="https://careers-legalaidozarks.icims.com/jobs/search?pr=1&amp;ss=1&amp;in_iframe=1">""", "",
        "https://careers-legalaidozarks.icims.com/jobs/search?pr=1&ss=1&in_iframe=1")]
    [InlineData("", """<div class="iCIMS_PagingBatch"><a href="/jobs/search?pr=0&amp;ss=1" class="selected">1</a><a href="/jobs/search?pr=1&amp;ss=1">2</a></div>""",
        "https://careers-legalaidozarks.icims.com/jobs/search?pr=1&ss=1&in_iframe=1")]
    [InlineData("", """<div class="iCIMS_PagingBatch"><a href="/jobs/search?pr=0&amp;ss=1" class="selected">1</a></div>""", null)]
    public void Follows_the_list_s_next_page_in_its_frame(string head, string pager, string? next)
    {
        var page = new PageContent(ListPage, Encoding.UTF8.GetBytes(
            $"<html><head>{head}</head><body><div class='container-fluid iCIMS_JobsTable'>{Row("1187", "Staff Attorney", "Job Locations", "US-MO-Springfield", "Type", "Full-Time")}</div>{pager}</body></html>"),
            "text/html");

        Assert.Equal(next is null ? null : new Uri(next), Tool.NextPage(page));
    }

    private static async Task<IReadOnlyList<PostingDraft>> MapAsync(string rows)
    {
        var page = Page($"<div class=\"container-fluid iCIMS_JobsTable\">{rows}</div>");
        Assert.True(Tool.IsApiResponse(page));
        return Tool.Map(page, await page.HtmlAsync(TestContext.Current.CancellationToken), null);
    }

    private static PageContent Page(string body) =>
        new(ListPage, Encoding.UTF8.GetBytes($"<html><head><title>Careers</title></head><body class='iCIMS_ListingsPage'>{body}</body></html>"), "text/html; charset=utf-8");

    /// <summary>One result row as the portal writes it: the place in a header cell after its screen-reader label, the
    /// posted date's exact time as a tooltip, the other fields in the header group.</summary>
    private static string Row(string id, string title, string placeLabel, string place, string typeLabel, string type) => $"""
        <div class="row">
          <div class="col-xs-6 header left"><span class="sr-only field-label">{placeLabel}</span><span>{place}</span></div>
          <div class="col-xs-6 header right"><span class="sr-only field-label">Posted Date</span><span title="3/2/2026 10:21 AM">1 week ago</span></div>
          <div class="col-xs-12 title"><a href="https://careers-legalaidozarks.icims.com/jobs/{id}/{title.ToLowerInvariant().Replace(' ', '-')}/job?in_iframe=1" class="iCIMS_Anchor" title="{id} - {title}">
            <span class="sr-only field-label">Title</span><h3>{title}</h3></a></div>
          <div class="col-xs-12 description">Represent tenants facing eviction.</div>
          <div class="col-xs-12 additionalFields"><dl class="iCIMS_JobHeaderGroup">
            <div class="iCIMS_JobHeaderTag"><dt class="iCIMS_JobHeaderField">ID</dt><dd class="iCIMS_JobHeaderData"><span>2026-{id}</span></dd></div>
            <div class="iCIMS_JobHeaderTag"><dt class="iCIMS_JobHeaderField">{typeLabel}</dt><dd class="iCIMS_JobHeaderData"><span>{type}</span></dd></div>
          </dl></div>
        </div>
        """;
}
