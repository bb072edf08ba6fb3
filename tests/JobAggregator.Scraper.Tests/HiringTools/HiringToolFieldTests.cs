using System.Text;
using System.Text.RegularExpressions;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

/// <summary>The quirks of single fields that the corpus shows once or not at all.</summary>
public sealed class HiringToolFieldTests
{
    private static readonly Uri GreenhouseApi = new("https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true");

    [Fact]
    public async Task Decodes_greenhouse_content_once()
    {
        var outcome = await HiringToolRun.ExtractAsync(Json(GreenhouseApi, """
            {"jobs": [{"id": 1, "title": "Paralegal", "absolute_url": "https://job-boards.greenhouse.io/acme/jobs/1",
              "first_published": "2024-02-20T09:05:31-05:00", "updated_at": "2024-04-11T16:42:09-04:00",
              "content": "&lt;p&gt;Fish &amp;amp; chips, &amp;lt;b&amp;gt; is text&lt;/p&gt;"}], "meta": {"total": 1}}
            """));

        Assert.Equal("<p>Fish &amp; chips, &lt;b&gt; is text</p>", outcome!.Postings[0].DescriptionHtml);
        Assert.True(outcome.Complete);
    }

    [Fact]
    public async Task Never_takes_greenhouse_s_updated_at_for_the_posting_date()
    {
        var outcome = await HiringToolRun.ExtractAsync(Json(GreenhouseApi, """
            {"jobs": [{"id": 1, "title": "Paralegal", "absolute_url": "https://job-boards.greenhouse.io/acme/jobs/1",
              "updated_at": "2024-04-11T16:42:09-04:00", "location": {"name": "Boston, MA"}}], "meta": {"total": 1}}
            """));

        Assert.Null(outcome!.Postings[0].DatePosted);
        Assert.False(outcome.Complete);
    }

    [Fact]
    public async Task Builds_a_greenhouse_url_when_the_api_omits_it()
    {
        var outcome = await HiringToolRun.ExtractAsync(Json(GreenhouseApi, """{"jobs": [{"id": 42, "title": "Investigator", "first_published": "2024-01-02"}], "meta": {"total": 1}}"""));

        Assert.Equal(new Uri("https://job-boards.greenhouse.io/acme/jobs/42"), outcome!.Postings[0].Url);
    }

    [Theory]
    [InlineData("Tipo de contrato", "Indefinido, jornada completa")]
    [InlineData("Type de contrat", "CDI, temps plein")]
    [InlineData("Vertragsart", "Teilzeit")]
    [InlineData("Dienstverband", "Parttime (24 uur)")]
    [InlineData("Employment Type", "Full-time")]
    public async Task Reads_greenhouse_s_employment_type_field_named_in_the_board_s_language(string name, string value)
    {
        var outcome = await HiringToolRun.ExtractAsync(Json(GreenhouseApi, $$$"""
            {"jobs": [{"id": 1, "title": "Paralegal", "metadata": [{"id": 7, "name": "Department code", "value": "L-2", "value_type": "short_text"},
              {"id": 8, "name": "{{{name}}}", "value": "{{{value}}}", "value_type": "single_select"}]}], "meta": {"total": 1}}
            """));

        Assert.Equal(value, outcome!.Postings[0].EmploymentType);
    }

    [Theory]
    [InlineData("Banda salarial anual (bruto)", "EUR", 31000, 35000, "YEAR")]
    [InlineData("Salary Range", "USD", 58000, 64000, "YEAR")]
    [InlineData("Stundenlohn", "CHF", 32.5, 36, "HOUR")]
    [InlineData("Salaris per maand", "EUR", 3200, 4100, "MONTH")]
    [InlineData("Rango (coordinador)", "MXN", 28000, 32000, "Rango (coordinador)")]
    public async Task Reads_pay_from_a_greenhouse_currency_range_field(string name, string unit, decimal min, decimal max, string period)
    {
        var outcome = await HiringToolRun.ExtractAsync(Json(GreenhouseApi, $$$"""
            {"jobs": [{"id": 1, "title": "Paralegal", "metadata": [{"id": 9, "name": "{{{name}}}", "value_type": "currency_range",
              "value": {"unit": "{{{unit}}}", "min_value": "{{{min.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}", "max_value": "{{{max.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}"}}]}],
              "meta": {"total": 1}}
            """));

        Assert.Equal(new JobAggregator.Contracts.ScrapedSalary(min, max, unit, period), outcome!.Postings[0].Salary);
    }

    [Fact]
    public async Task Leaves_an_empty_greenhouse_currency_range_field_without_pay()
    {
        var outcome = await HiringToolRun.ExtractAsync(Json(GreenhouseApi, """
            {"jobs": [{"id": 1, "title": "Paralegal", "metadata": [{"id": 9, "name": "Salary Range", "value_type": "currency_range", "value": null}]}],
              "meta": {"total": 1}}
            """));

        Assert.Null(outcome!.Postings[0].Salary);
    }

    [Theory]
    [InlineData("Rémunération", "28 000 € - 31 000 € brut annuel")]
    [InlineData("Salary range", "$52,000 - $58,000 per year")]
    [InlineData("Gehalt", "3.400 € brutto monatlich")]
    [InlineData("Salario", "14,50 € por hora")]
    public async Task Reads_smartrecruiters_pay_from_a_custom_field_that_names_it(string label, string value)
    {
        var outcome = await HiringToolRun.ExtractAsync(Json(new Uri("https://api.smartrecruiters.com/v1/companies/Acme/postings"), $$$"""
            {"offset": 0, "limit": 100, "totalFound": 1, "content": [{"id": "7", "name": "Paralegal", "releasedDate": "2026-12-01T10:00:00.000Z",
              "company": {"identifier": "Acme", "name": "Acme"}, "typeOfEmployment": {"label": "Full-time"},
              "customField": [{"fieldLabel": "Team", "valueLabel": "Legal 2"}, {"fieldLabel": "{{{label}}}", "valueLabel": "{{{value}}}"}]}]}
            """));

        Assert.Equal(value, outcome!.Postings[0].SalaryText);
    }

    [Theory]
    [InlineData("Temps de travail", "35 h par semaine")]
    [InlineData("Team", "Legal 2")]
    public async Task Takes_no_smartrecruiters_custom_field_that_is_not_pay(string label, string value)
    {
        var outcome = await HiringToolRun.ExtractAsync(Json(new Uri("https://api.smartrecruiters.com/v1/companies/Acme/postings"), $$$"""
            {"offset": 0, "limit": 100, "totalFound": 1, "content": [{"id": "7", "name": "Paralegal", "releasedDate": "2026-12-01T10:00:00.000Z",
              "company": {"identifier": "Acme", "name": "Acme"}, "customField": [{"fieldLabel": "{{{label}}}", "valueLabel": "{{{value}}}"}]}]}
            """));

        Assert.Null(outcome!.Postings[0].SalaryText);
    }

    [Theory]
    [InlineData(1711983600123L, "2024-04-01")]
    [InlineData(1712015999000L, "2024-04-01")]
    [InlineData(1712016000000L, "2024-04-02")]
    public async Task Reads_lever_s_epoch_milliseconds_as_the_utc_date(long createdAt, string date)
    {
        var outcome = await HiringToolRun.ExtractAsync(Json(new Uri("https://api.lever.co/v0/postings/acme?mode=json"), $$"""
            [{"id": "a", "text": "Staff Attorney", "createdAt": {{createdAt}}, "categories": {"location": "Minneapolis, MN"},
              "workplaceType": "remote", "hostedUrl": "https://jobs.lever.co/acme/a"}]
            """));

        Assert.Equal(date, outcome!.Postings[0].DatePosted);
        Assert.Equal("Minneapolis, MN (Remote)", outcome.Postings[0].Location);
    }

    [Fact]
    public async Task Reads_a_teamtailor_career_site_feed()
    {
        var feed = new PageContent(new Uri("https://appeal.teamtailor.com/jobs.rss"), Encoding.UTF8.GetBytes("""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:tt="https://teamtailor.com/locations">
              <channel>
                <title>APPEAL</title>
                <item>
                  <title>Caseworker (Criminal Appeals)</title>
                  <description>&lt;p&gt;Fights miscarriages of justice.&lt;/p&gt;</description>
                  <pubDate>Wed, 27 Mar 2024 23:02:45 +0100</pubDate>
                  <link>https://appeal.teamtailor.com/jobs/4418821-caseworker</link>
                  <remoteStatus>fully</remoteStatus>
                  <guid>3ce2c88b-cbc6-4ae9-8ecb-000466c69037</guid>
                  <tt:locations>
                    <tt:location><tt:name>London office</tt:name><tt:city>London</tt:city><tt:country>United Kingdom</tt:country></tt:location>
                  </tt:locations>
                  <tt:department>Casework</tt:department>
                </item>
              </channel>
            </rss>
            """), "application/rss+xml");

        var outcome = await HiringToolRun.ExtractAsync(feed);

        Assert.Equal("teamtailor", outcome?.Strategy);
        var posting = Assert.Single(outcome!.Postings);
        Assert.Equal("Caseworker (Criminal Appeals)", posting.Title);
        Assert.Equal("London, United Kingdom (Remote)", posting.Location);
        Assert.Equal("2024-03-27", posting.DatePosted);
        Assert.Equal("<p>Fights miscarriages of justice.</p>", posting.DescriptionHtml);
        Assert.Equal(new Uri("https://appeal.teamtailor.com/jobs/4418821-caseworker"), posting.Url);
    }

    [Fact]
    public async Task Builds_phenom_job_urls_when_the_page_renders_no_job_links()
    {
        var phenom = HiringToolCorpus.Case("phenom", "metropolitan-public-defender-search");
        var withoutLinks = Regex.Replace(Encoding.UTF8.GetString(phenom.Body), "<main>.*</main>", "<main></main>", RegexOptions.Singleline);

        var outcome = await HiringToolRun.ExtractAsync(new PageContent(phenom.Url, Encoding.UTF8.GetBytes(withoutLinks), phenom.ContentType));

        Assert.Equal(new Uri("https://careers.mpdlaw.org/us/en/job/2024-124/Mitigation-Specialist-Social-Worker"), outcome!.Postings[2].Url);
    }

    [Fact]
    public async Task Points_to_the_next_phenom_search_page_while_there_are_more_hits()
    {
        var phenom = HiringToolCorpus.Case("phenom", "metropolitan-public-defender-search");
        var moreHits = Encoding.UTF8.GetString(phenom.Body).Replace("\"totalHits\":3", "\"totalHits\":25", StringComparison.Ordinal);

        var outcome = await HiringToolRun.ExtractAsync(new PageContent(phenom.Url, Encoding.UTF8.GetBytes(moreHits), phenom.ContentType));

        Assert.Equal([new Uri("https://careers.mpdlaw.org/us/en/search-results?from=3&s=1")], outcome!.NextPages);
        Assert.False(outcome.Complete);
    }

    [Theory]
    [InlineData("workable", "innocence-canada-widget", 1, "Salary range: $68,000 – $76,000 CAD per year.")]
    [InlineData("personio", "innocence-project-france-positions", 0, "Rémunération : 32 000 € – 36 000 € bruts annuels selon expérience.")]
    public async Task Passes_on_the_ad_s_pay_sentence_when_the_api_has_no_pay_field(string kind, string name, int index, string sentence)
    {
        var outcome = await HiringToolRun.ExtractAsync(HiringToolCorpus.Case(kind, name).Page());

        Assert.Equal(sentence, outcome!.Postings[index].SalaryText);
        Assert.Null(outcome.Postings[index].Salary);
    }

    [Theory]
    [InlineData("workable", "innocence-canada-widget", 0)]
    [InlineData("personio", "innocence-project-france-positions", 1)]
    [InlineData("lever", "mid-atlantic-postings", 0)]
    public async Task Takes_no_pay_from_an_ad_that_states_no_amount(string kind, string name, int index)
    {
        var outcome = await HiringToolRun.ExtractAsync(HiringToolCorpus.Case(kind, name).Page());

        Assert.Null(outcome!.Postings[index].SalaryText);
        Assert.Null(outcome.Postings[index].Salary);
    }

    [Theory]
    [InlineData("2024-03-31T21:30:00-04:00", "2024-03-31")]
    [InlineData("2024-04-05T00:30:00.000Z", "2024-04-05")]
    [InlineData("2024-04-02 08:15:40 UTC", "2024-04-02")]
    [InlineData("2024-04-01T00:00:00.000+0000", "2024-04-01")]
    [InlineData("Fri, 24 Jul 2026 23:57:16 +0200", "2026-07-24")]
    [InlineData("2024-03-18", "2024-03-18")]
    public void Gives_a_timestamp_s_date_in_its_own_offset(string stamp, string date) => Assert.Equal(date, ApiTimestamps.Date(stamp));

    [Theory]
    [InlineData("FullTime", "Full-time")]
    [InlineData("fulltime", "Full-time")]
    [InlineData("PartTime", "Part-time")]
    [InlineData("parttime_fixed_term", "Part-time fixed term")]
    [InlineData("Intern", "Internship")]
    [InlineData("Contract", "Contract")]
    public void Writes_employment_codes_as_words(string code, string words) => Assert.Equal(words, EmploymentText.FromCode(code));

    [Fact]
    public void Cuts_a_script_s_json_at_its_balanced_closing_brace()
    {
        const string script = """
            if (window.pageData == null) {}
            window.pageData = {"Title": "Braces } { and \"quotes\"", "Jobs": [{"JobId": 1}]}; var after = {"x": 1};
            """;

        var data = Assert.Single(ScriptJson.Assigned(script, "pageData"));

        Assert.Equal("Braces } { and \"quotes\"", data.GetProperty("Title").GetString());
        Assert.Equal(1, data.GetProperty("Jobs").GetArrayLength());
    }

    [Fact]
    public async Task Takes_nothing_from_a_page_that_neither_is_nor_shows_a_board()
    {
        var page = new PageContent(new Uri("https://ncip.org/news/"),
            "<html><body><a href='https://www.bamboohr.com'>HR</a><p>We are hiring soon.</p></body></html>"u8.ToArray(), "text/html");
        var fetcher = new RecordingPageFetcherFake();

        Assert.Null(await HiringToolRun.ExtractAsync(page, fetcher));
        Assert.Empty(fetcher.Requested);
    }

    [Theory]
    [InlineData("2 Locations", null)]
    [InlineData("2 Standorte", null)]
    [InlineData("3 emplacements", null)]
    [InlineData("2 ubicaciones", null)]
    [InlineData("4 locaties", null)]
    [InlineData("2 localizações", null)]
    [InlineData("2 sedi", null)]
    [InlineData("3 勤務地", null)]
    [InlineData("München", "München")]
    [InlineData("Sites, Burgundy", "Sites, Burgundy")]
    public void Takes_a_workday_location_count_in_any_language_for_no_place(string locationsText, string? place)
    {
        var list = Json(new Uri("https://acme.wd3.myworkdayjobs.com/wday/cxs/acme/Karriere/jobs"),
            $$"""{"total": 1, "jobPostings": [{"title": "Paralegal", "externalPath": "/job/X/Paralegal_R-1", "locationsText": "{{locationsText}}"}]}""");

        Assert.Equal(place, new WorkdayTool().Map(list, null, null).Single().Location);
    }

    private static PageContent Json(Uri url, string json) => new(url, Encoding.UTF8.GetBytes(json), "application/json; charset=utf-8");
}
