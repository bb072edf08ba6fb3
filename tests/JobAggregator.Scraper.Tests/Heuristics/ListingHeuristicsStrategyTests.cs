using System.Text;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Extraction;
using JobAggregator.Scraper.Tests.Structured;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class ListingHeuristicsStrategyTests
{
    private static readonly Uri Page = new("https://members.test/careers/");

    /// <summary>Shapes the heuristics do not read yet, as "kind/name" (the fresh probe's misses); the corpus evaluation
    /// counts their misses.</summary>
    private static readonly HashSet<string> NotReadYet =
    [
        "careers-headings/vacancies-joomla-cassiopeia-fte-first-job-pack-word-gb",
        "careers-mixed/postings-township-jobs-tenders-road-closures-ca",
        "single-opening/summer-student-parks-township-posting-ca",
        "single-opening/position-salary-due-uppercase-labels-nbsp-au",
        "careers-widget/get-involved-popup-maker-hiring-us",
        "careers-mixed/work-with-us-wix-vacancies-internship-volunteers-ie",
        "news-post/news-feed-ghost-casper-vacancy-tag-nz",
        "careers-cards/vacancies-godaddy-content-cards-ctc-level-of-effort-za",
        "careers-paragraphs/careers-duda-paragraphs-cdn-job-descriptions-us",
        "careers-headings/vacancies-town-council-scp-casual-vacancy-file-block-gb",
        "careers-cards/bandi-concorso-bootstrap-italia-card-teaser-it",
        "careers-cards/vacatures-wix-tekstvakken-schaal-uren-solliciteren-voor-nl",
        "careers-cards/rencai-zhaomu-elementor-104-lianjie-minguo-xiexian-tw",
        "careers-headings/offres-emploi-drupal-taux-activite-mise-au-concours-ch",
        "careers-mixed/novedades-generatepress-busquedas-entre-convocatorias-ar",
        "single-opening/convocatoria-abogada-litigio-modalidad-hibrida-ar",
        "single-opening/busqueda-administrativo-contable-convenio-comercio-ar",
        "careerplug/hosted-board-job-table-state-city-zip-us",
    ];

    public static TheoryData<string> LabelledCases =>
        CorpusStrategyRunner.Cases(c => (c.Strategy == "heuristic" || (c.Kind == "jazzhr" && c.Strategy == "jazzhr"))
            && !NotReadYet.Contains($"{c.Kind}/{c.Name}"));

    public static TheoryData<string> NegativeCases =>
        CorpusStrategyRunner.Cases(c => c.Kind == "negative" && !NotReadYet.Contains($"{c.Kind}/{c.Name}"));

    public static TheoryData<string> HtmlPagesThatAreNotAppShells =>
        CorpusStrategyRunner.Cases(c => c.BodyPath.EndsWith(".html", StringComparison.Ordinal)
            && c.Label.GetProperty("noPostingsReason").GetString() != "javascript-app-shell" && c.Kind != "paylocity");

    [Theory]
    [MemberData(nameof(LabelledCases))]
    public async Task Finds_the_labelled_postings(string id)
    {
        var corpusCase = CorpusStrategyRunner.Case(id);

        var outcome = await CorpusStrategyRunner.RunAsync(new ListingHeuristicsStrategy(), corpusCase);

        CorpusStrategyRunner.AssertMatchesLabel(corpusCase, outcome);
        Assert.Equal("heuristic", outcome!.Strategy);
        Assert.False(outcome.Complete);
    }

    [Theory]
    [MemberData(nameof(NegativeCases))]
    public async Task Finds_nothing_on_pages_without_openings(string id)
    {
        var outcome = await CorpusStrategyRunner.RunAsync(new ListingHeuristicsStrategy(), CorpusStrategyRunner.Case(id));

        Assert.Null(outcome);
    }

    [Fact]
    public async Task Recognises_a_javascript_app_shell()
    {
        var page = CorpusStrategyRunner.Page(CorpusStrategyRunner.Case("negative/exoneration-initiative-careers-app-shell"));

        Assert.True(ListingHeuristicsStrategy.LooksLikeJavaScriptAppShell(await page.HtmlAsync(TestContext.Current.CancellationToken)));
    }

    [Theory]
    [MemberData(nameof(HtmlPagesThatAreNotAppShells))]
    public async Task Does_not_take_a_page_with_content_for_an_app_shell(string id)
    {
        var page = CorpusStrategyRunner.Page(CorpusStrategyRunner.Case(id));

        Assert.False(ListingHeuristicsStrategy.LooksLikeJavaScriptAppShell(await page.HtmlAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Reads_labelled_fields_and_the_published_date_of_each_block()
    {
        var outcome = await CorpusStrategyRunner.RunAsync(new ListingHeuristicsStrategy(), CorpusStrategyRunner.Case("university-portal/cu-boulder-law-search-results"));

        var first = outcome!.Postings[0];
        Assert.Equal("University of Colorado Boulder", first.Organization);
        Assert.Equal("Boulder, CO", first.Location);
        Assert.Equal("Full-time, University Staff", first.EmploymentType);
        Assert.Equal("$75,000 – $82,000 annually", first.SalaryText);
        Assert.Equal("03/12/2024", first.DatePosted);
        Assert.Equal("04/01/2024", first.ValidThrough);
        Assert.Null(outcome.Postings[1].ValidThrough);
        Assert.Contains("post-conviction innocence litigation", first.DescriptionHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_meta_lines_and_time_elements_of_wordpress_articles()
    {
        var outcome = await CorpusStrategyRunner.RunAsync(new ListingHeuristicsStrategy(), CorpusStrategyRunner.Case("wordpress/centurion-careers"));

        Assert.Equal(["Princeton, NJ", "Princeton, NJ (hybrid)", "Princeton, NJ"], outcome!.Postings.Select(p => p.Location));
        Assert.Equal(["Full-time", "Full-time", "Part-time, 20 hours per week"], outcome.Postings.Select(p => p.EmploymentType));
        Assert.Equal(["$65,000–$75,000 per year", null, "$28 per hour"], outcome.Postings.Select(p => p.SalaryText));
        Assert.Equal("2024-03-19T09:00:47-04:00", outcome.Postings[1].DatePosted);
        Assert.All(outcome.Postings, p => Assert.Equal("Centurion", p.Organization));
    }

    [Fact]
    public async Task Maps_table_columns_by_their_header_and_follows_rel_next()
    {
        var outcome = await CorpusStrategyRunner.RunAsync(new ListingHeuristicsStrategy(), CorpusStrategyRunner.Case("state-portal/ct-public-defender-openings-page1"));

        var last = outcome!.Postings[3];
        Assert.Equal("Hartford", last.Location);
        Assert.Equal("$28.34 - $36.12/hour", last.SalaryText);
        Assert.Equal("05/10/2024", last.ValidThrough);
        Assert.Null(outcome.Postings[2].ValidThrough);
        Assert.Equal([new Uri("https://portal.ct.gov/ocpd/careers/current-openings?page=2")], outcome.NextPages);
    }

    [Fact]
    public async Task Splits_network_headings_into_title_and_organisation_and_follows_older_entries()
    {
        var outcome = await CorpusStrategyRunner.RunAsync(new ListingHeuristicsStrategy(), CorpusStrategyRunner.Case("network-listing/innocence-network-about-page-2"));

        Assert.Equal(
            ["Georgia Innocence Project", "New England Innocence Project", "Washington Innocence Project", "Illinois Innocence Project", "Arizona Justice Project"],
            outcome!.Postings.Select(p => p.Organization));
        Assert.Equal("$36,000+ per year, depending on experience", outcome.Postings[0].SalaryText);
        Assert.Equal("Atlanta, GA", outcome.Postings[0].Location);
        Assert.Equal("January 22, 2020", outcome.Postings[0].DatePosted);
        Assert.Equal([new Uri("https://innocencenetwork.org/about/page/3/")], outcome.NextPages);
    }

    [Fact]
    public async Task Reads_fields_in_the_languages_of_the_members()
    {
        var dutch = await CorpusStrategyRunner.RunAsync(new ListingHeuristicsStrategy(), CorpusStrategyRunner.Case("careers-page/vacatures-nl"));
        var spanish = await CorpusStrategyRunner.RunAsync(new ListingHeuristicsStrategy(), CorpusStrategyRunner.Case("careers-page/trabaja-con-nosotros-ar"));

        Assert.Equal(["Utrecht", "Utrecht (hybride)", "Utrecht of op afstand"], dutch!.Postings.Select(p => p.Location));
        Assert.Equal("4 april 2024", dutch.Postings[0].DatePosted);
        Assert.Equal("2 mei 2024", dutch.Postings[0].ValidThrough);
        Assert.Equal("€ 3.100 – € 4.200 bruto per maand", dutch.Postings[0].SalaryText);
        Assert.Equal("Jornada completa", spanish!.Postings[0].EmploymentType);
        Assert.Equal("12/03/2024", spanish.Postings[0].DatePosted);
        Assert.Equal("05/04/2024", spanish.Postings[0].ValidThrough);
        Assert.Equal("Buenos Aires (CABA)", spanish.Postings[0].Location);
    }

    [Fact]
    public async Task A_page_announcing_one_opening_is_one_posting_at_its_own_address()
    {
        var corpusCase = CorpusStrategyRunner.Case("single-paragraph/arizona-justice-join-our-team");

        var outcome = await CorpusStrategyRunner.RunAsync(new ListingHeuristicsStrategy(), corpusCase);

        var draft = Assert.Single(outcome!.Postings);
        Assert.Equal(corpusCase.Url, draft.Url);
        Assert.Equal("full-time", draft.EmploymentType);
        Assert.Equal("Phoenix, Arizona", draft.Location);
        Assert.Equal("April 30, 2024", draft.ValidThrough);
        Assert.Equal("Arizona Justice Project", draft.Organization);
    }

    [Fact]
    public void Navigation_footer_sidebar_news_staff_and_programme_links_are_not_postings()
    {
        const string html = """
            <html><head><title>Careers | Example Project</title></head><body>
            <header><nav><ul><li><a href="/jobs/staff-attorney/">Staff Attorney</a></li><li><a href="/jobs/investigator/">Investigator</a></li></ul></nav></header>
            <main>
              <h1>Careers</h1>
              <ul class="news">
                <li><a href="/news/meet-our-new-staff-attorney/">Meet our new Staff Attorney</a></li>
                <li><a href="/blog/paralegal-of-the-year/">Paralegal of the Year</a></li>
                <li><a href="/events/investigator-training/">Investigator Training</a></li>
                <li><a href="/donate/">Volunteer Coordinator</a></li>
              </ul>
              <ul class="partners">
                <li><a href="https://elsewhere.test/">Innocence Attorney Network</a></li>
                <li><a href="https://another.test/">Paralegal Association</a></li>
              </ul>
              <ul class="staff">
                <li><a href="/about/team/jane-doe/">Jane Doe, Staff Attorney</a></li>
                <li><a href="/about/team/john-roe/">John Roe, Investigator</a></li>
              </ul>
              <ul class="programs">
                <li><a href="/get-involved/internships/">Legal Internships</a></li>
                <li><a href="/get-involved/fellowships/">Fellowship Program</a></li>
                <li><a href="/get-involved/volunteer/">Volunteer</a></li>
              </ul>
            </main>
            <aside><ul><li><a href="/jobs/clerk/">Law Clerk</a></li><li><a href="/jobs/fellow/">Fellow</a></li></ul></aside>
            <footer><ul><li><a href="/jobs/manager/">Office Manager</a></li><li><a href="/jobs/director/">Director</a></li></ul></footer>
            </body></html>
            """;

        Assert.Empty(ListingHeuristicsStrategy.Extract(Html.Parse(html), Page));
    }

    [Theory]
    [InlineData("Contact us", "<p><b>Executive Director</b><br>Jane Doe leads the Coalition.</p><p><b>Staff Attorney</b><br>John Roe argues our appeals.</p>")]
    [InlineData("Unser Team", "<p><font size=\"3\"><b>GESCHÄFTSFÜHRERIN</b></font><br>Jana Beispiel leitet den Verein.</p><p><font size=\"3\"><b>SOZIALARBEITER</b></font><br>Jonas Muster berät Familien.</p>")]
    [InlineData("Notre équipe", "<p><b>AVOCATE</b><br>Marie Exemple plaide en appel.</p><p><b>JURISTE</b><br>Paul Exemple répond aux lettres.</p>")]
    public void A_bold_line_heading_a_page_without_headings_is_no_careers_heading_unless_it_says_so(string heading, string people)
    {
        var html = $"<html><body><table><tr><td><p><font size=\"4\"><b>{heading}</b></font></p>{people}</td></tr></table></body></html>";

        Assert.Empty(ListingHeuristicsStrategy.Extract(Html.Parse(html), Page));
    }

    [Theory]
    [InlineData("Employment Opportunities", "STAFF ATTORNEY")]
    [InlineData("Offres d'emploi", "JURISTE")]
    [InlineData("Vacatures", "Maatschappelijk werker")]
    [InlineData("Stellenangebote", "SOZIALARBEITER*IN")]
    public void A_bold_careers_line_heads_the_bold_titles_of_a_page_without_headings(string heading, string title)
    {
        var html = $"<html><body><p><font size=\"4\"><b>{heading}</b></font></p>"
            + $"<p><font size=\"3\"><b>{title}</b></font><br>Boston. Full-time. $60,000 per year.</p>"
            + "<p><font size=\"3\"><b>Investigator</b></font><br>Boston. Part-time. $22 per hour.</p></body></html>";

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal([title, "Investigator"], drafts.Select(d => d.Title));
    }

    [Fact]
    public void Accordion_panels_are_openings_whose_in_page_links_lead_nowhere()
    {
        const string html = """
            <html><body><main><h2>Open positions</h2>
              <div class="panel"><h4 class="panel-title"><a href="#p1">Staff Attorney</a></h4><p>Location: Boise, ID</p></div>
              <div class="panel"><h4 class="panel-title"><a href="#p2">Paralegal</a></h4><p>Location: Nampa, ID</p></div>
              <details><summary>Investigator</summary><p>Location: Twin Falls, ID</p></details>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Staff Attorney", "Paralegal"], drafts.Select(d => d.Title));
        Assert.All(drafts, d => Assert.Equal(Page, d.Url ?? d.FoundOn));
        Assert.Equal(["Boise, ID", "Nampa, ID"], drafts.Select(d => d.Location));
    }

    [Theory]
    [InlineData("Current opportunities", "Senior Solicitor", "Location: Geelong", "Client Support Worker", "Location: Ballarat", "Geelong")]
    [InlineData("Offres d'emploi", "Juriste (H/F)", "Lieu : Lyon", "Assistant·e social·e", "Lieu : Lille", "Lyon")]
    [InlineData("Stellenangebote", "Sozialarbeiter*in", "Ort: Leipzig", "Verwaltungskraft (m/w/d)", "Ort: Halle", "Leipzig")]
    public void An_accordion_button_s_label_is_an_opening_s_title(string heading, string first, string firstFacts, string second, string secondFacts, string firstPlace)
    {
        var html = $"""
            <html><body><main><h2 class="fl-heading"><span class="fl-heading-text">{heading}</span></h2>
              <div class="fl-accordion" role="tablist">
                <div class="fl-accordion-item"><div class="fl-accordion-button" role="tab"><a href="#" class="fl-accordion-button-label">{first}</a></div>
                  <div class="fl-accordion-content" role="tabpanel"><p>{firstFacts}</p></div></div>
                <div class="fl-accordion-item"><div class="fl-accordion-button" role="tab"><a href="#" class="fl-accordion-button-label">{second}</a></div>
                  <div class="fl-accordion-content" role="tabpanel"><p>{secondFacts}</p></div></div>
              </div></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal([first, second], drafts.Select(d => d.Title));
        Assert.Equal(firstPlace, drafts[0].Location);
    }

    [Theory]
    [InlineData("""<a href="/jobs/caseworker.pdf">Read more</a>""", """<a href="/jobs/office-manager.pdf">Read more</a>""")]
    [InlineData("", "")]
    public void An_opening_whose_block_also_holds_the_page_s_heading_and_intro_takes_nothing_from_before_its_title(string firstLink, string secondLink)
    {
        var html = $"""
            <html><body><main><div class="wrap">
              <div class="text-widget"><h2>Work With Us</h2>
                <p>Riverside Legal Aid Centre is a registered charity based in Camden Town, Greater London.</p>
                <h4>Housing Caseworker</h4>
                <p>Bristol, England · Part-time · £26,000 pro rata</p>
                <p>You will advise tenants facing eviction and represent them at the county court.</p>
              </div>{firstLink}
              <div class="text-widget"><h4>Office Manager</h4>
                <p>Bath, England · Full-time · £31,000 a year</p>
              </div>{secondLink}
            </div></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Housing Caseworker", "Office Manager"], drafts.Select(d => d.Title));
        Assert.Equal(["Bristol, England", "Bath, England"], drafts.Select(d => d.Location));
        Assert.Contains("advise tenants", drafts[0].DescriptionHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es", "Abogado/a defensor/a", "Asistente administrativo/a", "Interesados enviar CV a rrhh@example.org antes del 31 de enero de 2027.", "31 de enero de 2027")]
    [InlineData("en", "Staff Attorney", "Investigator", "Candidates should send a CV and cover letter to jobs@example.org by January 31, 2027.", "January 31, 2027")]
    [InlineData("de", "Jurist*in", "Sachbearbeiter*in", "Bewerbungen bitte per E-Mail bis zum 31. Januar 2027 an jobs@example.org.", "31. Januar 2027")]
    [InlineData("fr", "Juriste", "Assistant·e", "Les candidatures sont à envoyer avant le 31 janvier 2027 à jobs@example.org.", "31 janvier 2027")]
    [InlineData("it", "Avvocato/a", "Segretario/a", "Gli interessati possono inviare il CV entro il 31 gennaio 2027.", "31 gennaio 2027")]
    public void A_closing_sentence_to_all_applicants_after_the_last_heading_s_list_dates_every_opening(
        string language, string first, string second, string sentence, string closing)
    {
        var html = $"""
            <html lang="{language}"><body><main><h1>Vacantes</h1>
              <h4>{first}</h4>
              <ul><li>Licenciatura en Derecho.</li><li>Experiencia mínima de 3 años.</li></ul>
              <h4>{second}</h4>
              <ul><li>Manejo de paquetería de oficina.</li><li>Atención al público.</li></ul>
              <p>{sentence}</p>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal([first, second], drafts.Select(d => d.Title));
        Assert.All(drafts, d => Assert.Equal(closing, d.ValidThrough));
    }

    [Theory]
    [InlineData("<p>This role closes February 15, 2027.</p>", "<p>Candidates should apply by January 31, 2027.</p>")]
    [InlineData("", "")]
    public void A_closing_sentence_after_the_last_heading_s_list_stays_its_own_when_another_opening_is_dated_or_it_speaks_to_its_applicants(
        string firstFacts, string lastParagraph)
    {
        var html = $"""
            <html lang="en"><body><main><h1>Job openings</h1>
              <h4>Staff Attorney</h4>
              <ul><li>Bar admission.</li><li>Three years of criminal defense practice.</li></ul>{firstFacts}
              <h4>Investigator</h4>
              <ul><li>Experience interviewing witnesses.</li></ul>
              {(lastParagraph.Length > 0 ? lastParagraph : "<p>This role closes March 1, 2027.</p>")}
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Staff Attorney", "Investigator"], drafts.Select(d => d.Title));
        Assert.NotEqual(drafts[0].ValidThrough, drafts[1].ValidThrough);
    }

    [Fact]
    public void Details_summaries_under_a_careers_heading_are_openings_and_questions_are_not()
    {
        const string html = """
            <html><body><main><h2>Open positions</h2>
              <details><summary>Staff Attorney</summary><p>Location: Boise, ID</p><p><a href="/files/staff-attorney.pdf">Job description (PDF)</a></p></details>
              <details><summary>Paralegal</summary><p>Location: Nampa, ID</p></details>
              <h2>FAQ</h2>
              <details><summary>How do I apply?</summary><p>By email.</p></details>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Staff Attorney", "Paralegal"], drafts.Select(d => d.Title));
        Assert.Equal("https://members.test/files/staff-attorney.pdf", drafts[0].Url?.AbsoluteUri);
    }

    [Fact]
    public void A_paragraph_whose_bold_first_line_is_a_title_holds_the_opening_in_its_lines_after_it()
    {
        const string html = """
            <html lang="es"><body><main><h1>Trabaja con nosotros</h1>
              <p>Estas son nuestras búsquedas abiertas.</p>
              <p><b>Abogado/a de familia</b><br>Lugar: Valencia<br>Jornada: completa<br>Plazo: 12/03/2027<br><a href="/docs/abogado-familia.pdf">Descargar la convocatoria</a></p>
              <p><b>Técnico/a de acogida</b><br>
                 Lugar: Alicante<br>Jornada: media jornada</p>
              <p><strong>Importante:</strong> no aceptamos candidaturas por teléfono.</p>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Abogado/a de familia", "Técnico/a de acogida"], drafts.Select(d => d.Title));
        Assert.Equal(["Valencia", "Alicante"], drafts.Select(d => d.Location));
        Assert.Equal("12/03/2027", drafts[0].ValidThrough);
    }

    [Fact]
    public void A_heading_announcing_an_opening_names_the_role_it_announces_and_its_hours_the_kind_of_job()
    {
        const string html = """
            <html lang="de"><body><main><h1>Jobs</h1>
              <div class="block"><h2>Ab dem 1. März 2027 suchen wir eine*n Sozialarbeiter*in (m/w/d) in Vollzeit</h2>
                <p>Arbeitsort: Leipzig · befristet auf 18 Monate</p></div>
              <div class="block"><h2>Referent*in für Öffentlichkeitsarbeit (m/w/d)</h2>
                <p>Arbeitsort: Leipzig · 20 Stunden pro Woche</p></div>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Sozialarbeiter*in (m/w/d)", "Referent*in für Öffentlichkeitsarbeit (m/w/d)"], drafts.Select(d => d.Title));
        Assert.Equal("Vollzeit", drafts[0].EmploymentType);
    }

    [Fact]
    public void A_view_opening_button_to_a_pdf_is_its_opening_s_link_beside_an_opening_whose_only_button_is_an_email()
    {
        const string html = """
            <html lang="nl"><body><main><h1>Vacatures</h1>
              <div class="group"><h3>Beleidsmedewerker (28 uur)</h3><p>Standplaats: Den Haag</p>
                <a class="button" href="/uploads/vacature-beleidsmedewerker.pdf">Bekijk de vacature (PDF)</a></div>
              <div class="group"><h3>Juridisch adviseur (20 uur)</h3><p>Standplaats: Den Haag</p>
                <a class="button" href="mailto:werk@example.nl">Solliciteer direct</a></div>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Beleidsmedewerker (28 uur)", "Juridisch adviseur (20 uur)"], drafts.Select(d => d.Title));
        Assert.Equal("https://members.test/uploads/vacature-beleidsmedewerker.pdf", drafts[0].Url?.AbsoluteUri);
        Assert.Equal(Page, drafts[1].Url ?? drafts[1].FoundOn);
    }

    [Fact]
    public void A_short_line_of_facts_states_its_pay_in_a_later_sentence()
    {
        const string html = """
            <html lang="en"><body><main><h2>Current vacancies</h2>
              <details><summary>Paralegal – Brisbane</summary><p>Full-time, ongoing. $74,000 plus super.</p></details>
              <details><summary>Finance Officer – Brisbane</summary><p>Part-time (0.4 FTE). $68,000 pro rata plus super.</p></details>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["$74,000 plus super", "$68,000 pro rata plus super"], drafts.Select(d => d.SalaryText));
    }

    [Fact]
    public void Each_tab_s_opening_is_read_from_the_pane_its_control_shows()
    {
        const string html = """
            <html><body><main><h2>Offene Stellen</h2>
              <ul class="nav nav-tabs"><li class="active"><a href="#stelle-1" data-toggle="tab">Jurist*in (m/w/d)</a></li><li><a href="#stelle-2" data-toggle="tab">Sozialarbeiter*in (m/w/d)</a></li></ul>
              <div class="tab-content">
                <div class="tab-pane fade in active" id="stelle-1"><p>Arbeitsort: Graz</p><p>Beschäftigungsausmaß: Vollzeit</p></div>
                <div class="tab-pane fade" id="stelle-2"><p>Arbeitsort: Linz</p><p>Beschäftigungsausmaß: Teilzeit</p></div>
              </div>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Jurist*in (m/w/d)", "Sozialarbeiter*in (m/w/d)"], drafts.Select(d => d.Title));
        Assert.Equal(["Graz", "Linz"], drafts.Select(d => d.Location));
        Assert.Equal(["Vollzeit", "Teilzeit"], drafts.Select(d => d.EmploymentType));
    }

    [Fact]
    public void A_pane_marked_as_a_tabpanel_holds_the_opening_of_the_tab_that_labels_it()
    {
        const string html = """
            <html><body><main><h2>Vacantes</h2>
              <div role="tablist"><button id="t1" class="x-tab-title" role="tab" aria-controls="p1">Abogado/a laboralista</button><button id="t2" class="x-tab-title" role="tab" aria-controls="p2">Mediador/a familiar</button></div>
              <div id="p1" class="box" role="tabpanel" aria-labelledby="t1"><p>Ubicación: Cádiz</p><p>Jornada: completa</p></div>
              <div id="p2" class="box" role="tabpanel" aria-labelledby="t2"><p>Ubicación: Jerez</p><p>Jornada: parcial</p></div>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Abogado/a laboralista", "Mediador/a familiar"], drafts.Select(d => d.Title));
        Assert.Equal(["Cádiz", "Jerez"], drafts.Select(d => d.Location));
    }

    [Fact]
    public void An_opening_s_facts_are_read_from_the_modal_or_template_its_button_shows()
    {
        const string html = """
            <html><body><main><h1>Careers</h1>
              <div class="card"><h3 class="card-title">Staff Attorney – Tenant Rights</h3><button data-bs-toggle="modal" data-bs-target="#m1">Details</button></div>
              <div class="card"><h3 class="card-title">Intake Paralegal</h3><button data-job="job-2">Details</button></div>
            </main>
            <div class="modal fade" id="m1"><h4 class="modal-title">Staff Attorney – Tenant Rights</h4><ul><li>Location: Tacoma, WA</li><li>Salary: $70,000 per year</li></ul></div>
            <template id="job-2"><ul><li>Location: Olympia, WA</li><li>Closing date: May 2, 2025</li></ul></template>
            </body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Staff Attorney – Tenant Rights", "Intake Paralegal"], drafts.Select(d => d.Title));
        Assert.Equal(["Tacoma, WA", "Olympia, WA"], drafts.Select(d => d.Location));
        Assert.Equal("$70,000 per year", drafts[0].SalaryText);
        Assert.Equal("May 2, 2025", drafts[1].ValidThrough);
    }

    [Theory]
    [InlineData("""<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a>""", "fn1",
        """<a href="#fn2" class="footnote-ref" id="fnref2" role="doc-noteref"><sup>2</sup></a>""", "fn2")]
    [InlineData("""<sup data-fn="a1" class="fn"><a href="#a1" id="a1-link">1</a></sup>""", "a1",
        """<sup data-fn="b2" class="fn"><a href="#b2" id="b2-link">2</a></sup>""", "b2")]
    public void An_opening_s_pay_is_read_from_the_footnote_its_note_reference_points_at(string firstNote, string firstId, string secondNote, string secondId)
    {
        var html = $"""
            <html><body><main><h1>Open positions</h1>
              <h2>Staff Attorney</h2><ul><li>Location: Tacoma, WA</li><li>Salary: see note{firstNote}</li></ul>
              <h2>Intake Paralegal</h2><ul><li>Location: Olympia, WA</li><li>Salary: see note{secondNote}</li></ul>
              <section class="footnotes"><ol><li id="{firstId}"><p>$70,000 per year.</p></li><li id="{secondId}"><p>$28 per hour.</p></li></ol></section>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Staff Attorney", "Intake Paralegal"], drafts.Select(d => d.Title));
        Assert.Equal(["$70,000 per year", "$28 per hour"], drafts.Select(d => d.SalaryText));
    }

    [Fact]
    public void A_heading_naming_an_office_gives_its_place_to_the_openings_under_it_and_keeps_the_careers_heading_above()
    {
        const string html = """
            <html><body><main><h1>Offres d'emploi</h1>
              <h2>Antenne de Lille</h2>
              <div><h3>Juriste en droit des étrangers (H/F)</h3><ul><li>CDI, temps plein</li></ul></div>
              <h2>Bureau de Lyon</h2>
              <div><h3>Assistant·e juridique</h3><ul><li>CDI, mi-temps</li></ul></div>
              <div><h3>Chargé·e d'accueil</h3><ul><li>Lieu : Villeurbanne</li><li>CDD, temps plein</li></ul></div>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Juriste en droit des étrangers (H/F)", "Assistant·e juridique", "Chargé·e d'accueil"], drafts.Select(d => d.Title));
        Assert.Equal(["Lille", "Lyon", "Villeurbanne"], drafts.Select(d => d.Location));
    }

    [Fact]
    public void A_disclosure_s_bold_title_beside_its_button_is_an_opening_and_a_builder_s_site_name_is_not_the_owner()
    {
        const string html = """
            <html><head><title>Careers | Riverside Legal Aid</title><meta property="og:site_name" content="Wix.com"></head>
            <body><main><h2>Open positions</h2>
              <div class="toggle"><div><button aria-expanded="false">▸</button><div><strong>Staff Attorney</strong></div></div>
                <div class="panel"><p>Location: Dayton, OH</p></div></div>
              <div class="toggle"><div><button aria-expanded="false">▸</button><div><strong>Intake Paralegal</strong></div></div>
                <div class="panel"><p>Location: Xenia, OH</p></div></div>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Staff Attorney", "Intake Paralegal"], drafts.Select(d => d.Title));
        Assert.Equal(["Dayton, OH", "Xenia, OH"], drafts.Select(d => d.Location));
        Assert.All(drafts, d => Assert.Equal("Riverside Legal Aid", d.Organization));
    }

    [Fact]
    public void A_named_icon_alone_states_a_fact_and_one_before_a_text_labels_it_and_a_side_column_s_facts_are_the_heading_s()
    {
        const string html = """
            <html><body><main><h1>Careers</h1>
              <div class="row"><div class="col-8"><div class="text"><h3>Staff Attorney</h3><p>Represent clients at hearings.</p>
                  <span class="badge"><i class="fa fa-clock" role="img" title="Part-time"></i></span></div></div>
                <div class="col-4"><p><span class="fa fa-calendar" role="img" aria-label="Closing date"></span><span>May 2, 2025</span></p>
                  <p><a href="/careers/staff-attorney">Read more</a></p></div></div>
              <div class="row"><div class="col-8"><div class="text"><h3>Intake Paralegal</h3><p>Answer our helpline.</p>
                  <span class="badge"><i class="fa fa-clock" role="img" title="Full-time"></i></span></div></div>
                <div class="col-4"><p><span class="fa fa-calendar" role="img" aria-label="Closing date"></span><span>May 9, 2025</span></p>
                  <p><a href="/careers/intake-paralegal">Read more</a></p></div></div>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Staff Attorney", "Intake Paralegal"], drafts.Select(d => d.Title));
        Assert.Equal(["Part-time", "Full-time"], drafts.Select(d => d.EmploymentType));
        Assert.Equal(["May 2, 2025", "May 9, 2025"], drafts.Select(d => d.ValidThrough));
    }

    [Fact]
    public void Programmes_under_a_heading_about_helping_people_find_work_are_no_openings()
    {
        const string html = """
            <html><body><main><h1>Employment services</h1>
              <h2>We help you find work</h2>
              <div class="columns"><div><h3>Resume Writer</h3><p>Location: Akron, OH</p><p><a href="/services/coach">Learn more</a></p></div>
                <div><h3>Job Placement Navigator</h3><p>Location: Canton, OH</p><p><a href="/services/navigator">Learn more</a></p></div></div>
            </main></body></html>
            """;

        Assert.Empty(ListingHeuristicsStrategy.Extract(Html.Parse(html), Page));
    }

    [Fact]
    public void A_table_s_bold_cells_label_the_cells_beside_them_and_a_link_after_a_lone_title_is_its_own()
    {
        const string html = """
            <html><body><main><h1>Vacatures</h1>
              <div class="widget"><h2>Jurist arbeidsrecht</h2></div>
              <div class="widget"><table><tr><td><strong>Standplaats</strong></td><td>Arnhem</td></tr><tr><td><b>Dienstverband</b></td><td>Parttime</td></tr></table></div>
              <div class="widget"><p><a href="/vacatures/jurist">Lees de volledige vacaturetekst</a></p></div>
              <div class="widget"><h2>Sociaal raadsvrouw</h2></div>
              <div class="widget"><table><tr><td><strong>Standplaats</strong></td><td>Ede</td></tr><tr><td><b>Dienstverband</b></td><td>Fulltime</td></tr></table></div>
              <div class="widget"><p><a href="/vacatures/raadsvrouw">Lees de volledige vacaturetekst</a></p></div>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Jurist arbeidsrecht", "Sociaal raadsvrouw"], drafts.Select(d => d.Title));
        Assert.Equal(["Arnhem", "Ede"], drafts.Select(d => d.Location));
        Assert.Equal(["Parttime", "Fulltime"], drafts.Select(d => d.EmploymentType));
        Assert.Equal(["https://members.test/vacatures/jurist", "https://members.test/vacatures/raadsvrouw"], drafts.Select(d => d.Url?.AbsoluteUri));
    }

    [Fact]
    public void A_widget_holding_only_the_title_heads_the_widgets_after_it()
    {
        const string html = """
            <html><body><main><h1>Vacatures</h1>
              <div class="elementor-widget-heading"><div class="elementor-widget-container"><h2>Sociaal advocaat</h2></div></div>
              <div class="elementor-widget-text-editor"><table><tr><th>Standplaats</th><td>Gent</td></tr><tr><th>Sluitingsdatum</th><td>15 maart 2025</td></tr></table></div>
              <div class="elementor-widget-heading"><div class="elementor-widget-container"><h2>Juridisch medewerker</h2></div></div>
              <div class="elementor-widget-text-editor"><table><tr><th>Standplaats</th><td>Antwerpen</td></tr><tr><th>Sluitingsdatum</th><td>22 maart 2025</td></tr></table></div>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Sociaal advocaat", "Juridisch medewerker"], drafts.Select(d => d.Title));
        Assert.Equal(["Gent", "Antwerpen"], drafts.Select(d => d.Location));
        Assert.Equal(["15 maart 2025", "22 maart 2025"], drafts.Select(d => d.ValidThrough));
    }

    [Fact]
    public void A_list_item_s_bare_date_is_its_posted_date_unless_a_closing_label_leads_to_it()
    {
        const string html = """
            <html><body><main><h2>Offres d'emploi</h2><ul>
              <li><a href="/offres/juriste.pdf">Juriste (CDI)</a> <span class="meta">Lyon</span> <small>04.11.2024</small></li>
              <li><a href="/offres/mediateur.pdf">Médiateur·rice (CDD)</a> <span class="meta">Lyon</span> <span>Candidatures jusqu'au</span> <small>30.11.2024</small></li>
            </ul></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Juriste (CDI)", "Médiateur·rice (CDD)"], drafts.Select(d => d.Title));
        Assert.Equal(["04.11.2024", null], drafts.Select(d => d.DatePosted));
        Assert.Equal([null, "30.11.2024"], drafts.Select(d => d.ValidThrough));
    }

    [Fact]
    public void A_table_without_th_cells_takes_its_bold_first_row_as_the_header()
    {
        const string html = """
            <html><body><main><h2>Oferty pracy</h2><table><tbody>
              <tr><td><strong>Stanowisko</strong></td><td><strong>Miejsce pracy</strong></td><td><strong>Wynagrodzenie</strong></td></tr>
              <tr><td>Prawnik</td><td>Warszawa</td><td>7 000 zł brutto miesięcznie</td></tr>
              <tr><td>Asystentka biura</td><td>Kraków</td><td>3 200 zł brutto miesięcznie</td></tr>
            </tbody></table></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Prawnik", "Asystentka biura"], drafts.Select(d => d.Title));
        Assert.Equal(["Warszawa", "Kraków"], drafts.Select(d => d.Location));
    }

    [Fact]
    public void A_definition_lists_facts_and_a_label_before_its_value_element_are_read()
    {
        const string html = """
            <html><body><main><h2>Vacatures</h2><dl>
              <dt><a href="/vacatures/jurist">Jurist</a></dt><dd>Utrecht · € 3.200 bruto per maand · reageren vóór 1 april 2024</dd>
              <dt><a href="/vacatures/office-manager">Office manager (parttime)</a></dt>
              <dd><span class="label">Locatie: </span><div>Amersfoort</div></dd>
            </dl></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Jurist", "Office manager (parttime)"], drafts.Select(d => d.Title));
        Assert.Equal(["Utrecht", "Amersfoort"], drafts.Select(d => d.Location));
        Assert.Equal("1 april 2024", drafts[0].ValidThrough);
        Assert.Equal("parttime", drafts[1].EmploymentType);
    }

    [Fact]
    public void Repeated_blocks_need_two_job_titles_but_take_in_their_siblings()
    {
        const string html = """
            <html><body><main><div class="list">
              <div class="card"><h3><a href="/careers/staff-attorney/">Staff Attorney</a></h3><p>Nashville, TN</p></div>
              <div class="card"><h3><a href="/careers/fundraising-lead/">Fundraising Lead</a></h3><p>Remote</p></div>
              <div class="card"><h3><a href="/careers/paralegal/">Paralegal</a></h3><p>Memphis, TN</p></div>
              <div class="card"><h3><a href="/careers/">All careers</a></h3></div>
            </div></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Staff Attorney", "Fundraising Lead", "Paralegal"], drafts.Select(d => d.Title));
        Assert.Equal(["Nashville, TN", "Remote", "Memphis, TN"], drafts.Select(d => d.Location));
    }

    [Fact]
    public void Headings_with_title_and_organisation_are_paired_with_their_read_more_links()
    {
        const string html = """
            <html><body><main>
              <h3>Staff Attorney – Innocence Project of Texas</h3><p>Austin, TX. A litigation post.</p><p><a href="/jobs/ipot-staff-attorney">Read more</a></p>
              <h3>Investigator &#8212; Michigan Innocence Clinic</h3><p>Ann Arbor, MI.</p><p><a href="/jobs/mic-investigator">Lire la suite</a></p>
              <h3>Annual report – 2023</h3><p><a href="/report">Read more</a></p>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Staff Attorney", "Investigator"], drafts.Select(d => d.Title));
        Assert.Equal(["Innocence Project of Texas", "Michigan Innocence Clinic"], drafts.Select(d => d.Organization));
        Assert.Equal(["https://members.test/jobs/ipot-staff-attorney", "https://members.test/jobs/mic-investigator"], drafts.Select(d => d.Url!.AbsoluteUri));
    }

    [Fact]
    public void Plain_job_title_headings_take_the_link_that_follows_them()
    {
        const string html = """
            <html><body><main>
              <h2>Staff Attorney</h2><p>Boston, MA. Full-time.</p><p><a href="/files/staff-attorney.pdf">Job description</a></p>
              <h2>Investigator – Post-Conviction Unit</h2><p><a href="/careers/investigator">Read more</a></p>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Staff Attorney", "Investigator – Post-Conviction Unit"], drafts.Select(d => d.Title));
        Assert.Equal(["https://members.test/files/staff-attorney.pdf", "https://members.test/careers/investigator"], drafts.Select(d => d.Url!.AbsoluteUri));
        Assert.All(drafts, d => Assert.Null(d.Organization));
    }

    [Fact]
    public void A_card_that_is_one_link_takes_its_title_from_the_heading_inside()
    {
        const string html = """
            <html><head><title>Jobs – Example Project</title></head><body><main><ul class="job_listings">
              <li class="job_listing"><a href="/job/staff-attorney/"><div class="position"><h3>Staff Attorney</h3><div class="company">Example Project</div></div>
                <div class="location">Boston, MA</div><ul class="meta"><li class="job-type">Full Time</li><li class="date"><time datetime="2024-04-02">2 days ago</time></li></ul></a></li>
              <li class="job_listing"><a href="/job/paralegal/"><div class="position"><h3>Paralegal</h3><div class="company">Other Project</div></div>
                <div class="location">Worcester, MA</div><ul class="meta"><li class="job-type">Part Time</li><li class="date"><time datetime="2024-04-01">3 days ago</time></li></ul></a></li>
            </ul></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Staff Attorney", "Paralegal"], drafts.Select(d => d.Title));
        Assert.Equal(["Full Time", "Part Time"], drafts.Select(d => d.EmploymentType));
        Assert.Equal(["Boston, MA", "Worcester, MA"], drafts.Select(d => d.Location));
        Assert.Equal(["2024-04-02", "2024-04-01"], drafts.Select(d => d.DatePosted));
        Assert.Equal(["Example Project", "Other Project"], drafts.Select(d => d.Organization));
    }

    [Fact]
    public void Openings_may_link_to_an_applicant_system_or_a_document_on_another_site()
    {
        const string html = """
            <html><body><main><h1>Join our team</h1><ul>
              <li><a href="https://recruiting.example-ats.test/jobboard/123/staff-attorney">Staff Attorney</a> (Boston, MA)</li>
              <li><a href="https://static1.files.test/static/5c3f/investigator.pdf">Investigator</a> (Providence, RI)</li>
              <li><a href="/about/careers/paralegal/">Paralegal</a> (Boston, MA)</li>
            </ul></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Staff Attorney", "Investigator", "Paralegal"], drafts.Select(d => d.Title));
    }

    [Fact]
    public void A_careers_page_with_one_listed_opening_gives_it()
    {
        const string html = """
            <html><body><main><h1>Careers</h1><p>We have one opening:</p>
            <p><a href="/careers/executive-director/">Executive Director</a></p></main></body></html>
            """;

        var draft = Assert.Single(ListingHeuristicsStrategy.Extract(Html.Parse(html), Page));

        Assert.Equal("Executive Director", draft.Title);
    }

    [Fact]
    public void A_short_line_s_apply_by_phrase_gives_the_closing_date()
    {
        const string html = """
            <html lang="es"><body><main><h2>Ofertas de empleo</h2>
              <details><summary>Abogado/a – Valencia</summary><p>Jornada completa. Envía tu CV antes del 15 de marzo de 2027.</p></details>
              <details><summary>Trabajador/a social – Alicante</summary><p>Media jornada.</p><p>Envía tu CV antes del 2 de abril de 2027 a rrhh@example.org.</p></details>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["15 de marzo de 2027", "2 de abril de 2027"], drafts.Select(d => d.ValidThrough));
    }

    [Fact]
    public void A_card_inviting_volunteers_among_job_cards_is_no_opening()
    {
        const string html = """
            <html lang="en"><body><main><h1>Careers</h1>
              <div class="card"><h4>Staff Attorney</h4><p>Denver. Full-time.</p><a href="/careers/staff-attorney">Read more</a></div>
              <div class="card"><h4>Paralegal</h4><p>Boulder. Part-time.</p><a href="/careers/paralegal">Read more</a></div>
              <div class="card"><h4>Become a volunteer</h4><p>Help us review case files.</p><a href="/volunteer">Read more</a></div>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Staff Attorney", "Paralegal"], drafts.Select(d => d.Title));
    }

    [Fact]
    public void A_page_saying_there_are_no_openings_gives_none()
    {
        const string html = """
            <html><body><main><p>We are not currently hiring. We are looking for a Paralegal volunteer in the spring.</p></main></body></html>
            """;

        Assert.Empty(ListingHeuristicsStrategy.Extract(Html.Parse(html), Page));
    }

    [Theory]
    [InlineData("https://members.test/jobs/page/2/", """<a href="/jobs/page/3/">3</a>""", "https://members.test/jobs/page/3/")]
    [InlineData("https://members.test/jobs/", """<a href="/jobs/page/2/">2</a>""", "https://members.test/jobs/page/2/")]
    [InlineData("https://members.test/empleos/", """<a href="/empleos/?pg=b">Siguiente »</a>""", "https://members.test/empleos/?pg=b")]
    [InlineData("https://members.test/jobs?page=4", """<a href="/jobs?page=5">5</a><a href="/jobs?page=3">3</a>""", "https://members.test/jobs?page=5")]
    [InlineData("https://members.test/vacatures/", """<a class="x" href="/vacatures/2">Volgende</a>""", "https://members.test/vacatures/2")]
    public void Finds_the_next_page(string page, string links, string next)
    {
        var document = Html.Parse($"<html><body><main>{links}</main></body></html>");

        Assert.Equal([new Uri(next)], Pagination.NextPages(document, new Uri(page)));
    }

    [Fact]
    public async Task Does_not_apply_to_feeds()
    {
        var feed = new PageContent(Page, Encoding.UTF8.GetBytes("<rss><channel><item><title>Clerk</title></item></channel></rss>"), "application/rss+xml");

        Assert.Null(await new ListingHeuristicsStrategy().TryExtractAsync(feed, CorpusStrategyRunner.Context(Page), TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("Title", "Published", "Paralegal – Leeds", "Leeds")]
    [InlineData("Titolo", "Data di pubblicazione", "Avvocato/a penalista – Napoli", "Napoli")]
    [InlineData("Título", "Data de publicação", "Técnico/a de apoio à vítima – Porto", "Porto")]
    public void A_cms_list_of_articles_in_its_sorting_form_reads_each_title_s_town(string titleHeader, string dateHeader, string title, string town)
    {
        var html = $"""
            <html><body><main><h1>Jobs</h1>
              <form method="post" name="adminForm"><select name="limit"><option>20</option></select>
              <table><thead><tr><th>{titleHeader}</th><th>{dateHeader}</th></tr></thead>
              <tbody><tr><th><a href="/jobs/24-a">{title}</a></th><td>14.01.2027</td></tr>
              <tr><th><a href="/jobs/23-b">Legal secretary – Bristol</a></th><td>07.01.2027</td></tr></tbody></table></form>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(2, drafts.Count);
        Assert.Equal(title[..title.IndexOf(" –", StringComparison.Ordinal)], drafts[0].Title);
        Assert.Equal(town, drafts[0].Location);
        Assert.Equal("14.01.2027", drafts[0].DatePosted);
    }

    [Theory]
    [InlineData("Ofertas de empleo", "Puesto", "Lugar")]
    [InlineData("Vacatures", "Functie", "Standplaats")]
    [InlineData("Current openings", "Position", "Location")]
    public void A_sidebar_s_job_table_under_a_careers_heading_is_read_beside_a_news_list(string heading, string titleHeader, string placeHeader)
    {
        var html = $"""
            <html><body><main><h1>Latest news</h1>
              <article><h2><a href="/2027/01/lawyer-awarded/">Our coordinating lawyer receives an award</a></h2><p>The bar honours ten years of work.</p></article>
              <article><h2><a href="/2026/12/report-social-workers/">Report 2026: five social workers and 1,800 consultations</a></h2><p>Our year.</p></article>
            </main>
            <aside class="widget"><h2>{heading}</h2><table><thead><tr><th>{titleHeader}</th><th>{placeHeader}</th></tr></thead>
              <tbody><tr><td><a href="/jobs/paralegal/">Paralegal</a></td><td>Leeds</td></tr><tr><td><a href="/jobs/caseworker/">Caseworker</a></td><td>York</td></tr></tbody></table></aside>
            </body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), new Uri("https://members.test/"));

        Assert.Equal(["Paralegal", "Caseworker"], drafts.Select(d => d.Title));
        Assert.Equal(["Leeds", "York"], drafts.Select(d => d.Location));
    }

    [Fact]
    public void List_items_opening_with_a_title_its_bracket_and_a_dash_tail_are_openings_without_a_link()
    {
        const string html = """
            <html><body><main><h1>Get involved</h1><h2>We're hiring</h2>
            <ul><li>Paralegal (part-time, Boston) — send your CV to <a href="mailto:jobs@example.org">jobs@example.org</a> by 15 January 2027</li>
            <li>Grants Manager (full-time, remote within New England) — $65,000–$72,000; send your CV to <a href="mailto:jobs@example.org">jobs@example.org</a> by 22 January 2027</li></ul>
            <h2>Volunteer</h2><p>Law students can volunteer. <a href="/volunteer">Learn more</a>.</p></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Collection(drafts,
            d => Assert.Equal(("Paralegal", "Boston", "part-time", null, "15 January 2027", (Uri?)null), (d.Title, d.Location, d.EmploymentType, d.SalaryText, d.ValidThrough, d.Url)),
            d => Assert.Equal(("Grants Manager", "remote within New England", "full-time", "$65,000–$72,000", "22 January 2027"), (d.Title, d.Location, d.EmploymentType, d.SalaryText, d.ValidThrough)));
    }

    [Theory]
    [InlineData("Ofertas de empleo", "<li>Abogado/a (jornada completa, Madrid) – envía tu CV a <a href=\"mailto:a@example.org\">a@example.org</a></li><li>Trabajador/a social (media jornada, Sevilla) – envía tu CV a <a href=\"mailto:a@example.org\">a@example.org</a></li>", "Madrid")]
    [InlineData("Offres d'emploi", "<li>Juriste (CDI, Lyon) — candidature à <a href=\"mailto:a@example.org\">a@example.org</a></li><li>Assistant·e juridique (temps partiel, Lille) — candidature à <a href=\"mailto:a@example.org\">a@example.org</a></li>", "Lyon")]
    public void Leading_title_items_read_in_other_languages(string heading, string items, string firstPlace)
    {
        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse($"<html><body><main><h2>{heading}</h2><ul>{items}</ul></main></body></html>"), Page);

        Assert.Equal(2, drafts.Count);
        Assert.Equal(firstPlace, drafts[0].Location);
    }

    [Fact]
    public void A_list_s_lead_in_place_is_every_item_s_and_a_bracketed_programme_is_no_place()
    {
        const string html = """
            <html><body><main><h1>Join Our Team</h1>
            <div class="w"><p>We are hiring for the following positions in Austin, Texas:</p></div>
            <div class="w"><ul><li><a href="/files/Staff-Attorney.pdf">Staff Attorney</a></li><li><a href="/files/Case-Manager.pdf">Case Manager (Reentry)</a></li></ul></div>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Austin, Texas", "Austin, Texas"], drafts.Select(d => d.Location));
        Assert.Equal("Case Manager (Reentry)", drafts[1].Title);
    }

    [Fact]
    public void A_bold_first_row_heads_a_table_whose_post_column_is_the_title_and_hours_are_weekly()
    {
        const string html = """
            <html><body><main><h1>Vacancies</h1><table>
            <tr><td><strong>Post</strong></td><td><strong>Location</strong></td><td><strong>Hours</strong></td><td><strong>Closing date</strong></td></tr>
            <tr><td><a href="/v/support-worker.docx">Support Worker</a></td><td>Glasgow</td><td>21 hours</td><td>15/01/2027</td></tr>
            <tr><td><a href="/v/finance-officer.docx">Finance Officer</a></td><td>Edinburgh</td><td>37.5 hours</td><td>22/01/2027</td></tr>
            </table></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["21 hours a week", "37.5 hours a week"], drafts.Select(d => d.EmploymentType));
        Assert.Equal(["15/01/2027", "22/01/2027"], drafts.Select(d => d.ValidThrough));
        Assert.All(drafts, d => Assert.Null(d.DatePosted));
    }
}
