using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Extraction;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class JobTablesTests
{
    private static readonly Uri Page = new("https://members.test/careers/");

    [Theory]
    [InlineData("Position", "Salary", """<a href="/jobs/apd">Assistant Public Defender – Felony</a><br><small>San Antonio, TX · Full-time</small>""", "$85,000 - $105,000 annually",
        "Assistant Public Defender – Felony", "San Antonio, TX", "Full-time")]
    [InlineData("Puesto", "Salario", """<a href="/empleo/abogado">Abogado/a penalista</a><br><small>Madrid · Jornada completa</small>""", "32.000 € brutos anuales",
        "Abogado/a penalista", "Madrid", "Jornada completa")]
    [InlineData("Stelle", "Vergütung", """<strong><a href="/stellen/sozialarbeit">Sozialarbeiter*in (m/w/d)</a></strong><br>Berlin · Teilzeit""", "3.400 € brutto monatlich",
        "Sozialarbeiter*in (m/w/d)", "Berlin", "Teilzeit")]
    [InlineData("Functie", "Salaris", """<a href="/vacatures/jurist">Jurist</a><small>Utrecht · Parttime</small>""", "€ 3.800 bruto per maand",
        "Jurist", "Utrecht", "Parttime")]
    [InlineData("Poste", "Salaire", """<div><a href="/offres/juriste">Juriste en droit des étrangers</a></div><div>Lyon · CDI</div>""", "2 300 € brut mensuel",
        "Juriste en droit des étrangers", "Lyon", "CDI")]
    public void A_title_cell_s_line_under_the_title_is_the_row_s_facts(
        string titleHeader, string payHeader, string titleCell, string pay, string title, string place, string type)
    {
        var html = $"""
            <html><body><main><h2>Careers</h2><table><thead><tr><th>{titleHeader}</th><th>{payHeader}</th></tr></thead><tbody>
            <tr><td>{titleCell}</td><td>{pay}</td></tr>
            <tr><td><a href="/jobs/other">Paralegal</a></td><td>{pay}</td></tr>
            </tbody></table></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal((title, place, type, pay), (drafts[0].Title, drafts[0].Location, drafts[0].EmploymentType, drafts[0].SalaryText));
        Assert.Equal("Paralegal", drafts[1].Title);
    }

    [Theory]
    [InlineData("Profilo", "Sede", "Fisioterapista", "Rovereto")]
    [InlineData("Pozice", "Místo výkonu", "Všeobecná sestra", "Kolín")]
    [InlineData("Stilling", "Arbejdssted", "Gældsrådgivning", "Odense")]
    [InlineData("Befattning", "Ort", "Boendestöd", "Uppsala")]
    [InlineData("Stillingstittel", "Arbeidssted", "Miljøterapeut", "Bergen")]
    [InlineData("Profil", "Lieu", "Aide-soignant", "Lyon")]
    [InlineData("Perfil", "Ubicación", "Fisioterapeuta", "Madrid")]
    [InlineData("Funktion", "Ort", "Pflegefachkraft", "Berlin")]
    [InlineData("Profiel", "Standplaats", "Verzorgende IG", "Gent")]
    public void A_header_naming_the_position_column_in_the_network_s_languages_makes_a_job_table(string titleHeader, string placeHeader, string title, string place)
    {
        var html = $"""
            <html><body><main><h1>Info</h1><table><thead><tr><th>{titleHeader}</th><th>{placeHeader}</th></tr></thead><tbody>
            <tr><td>{title}</td><td>{place}</td></tr>
            <tr><td>Receptionist</td><td>{place}</td></tr>
            </tbody></table></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal([(title, place), ("Receptionist", place)], drafts.Select(d => (d.Title, d.Location)));
    }

    [Theory]
    [InlineData("Úvazek", "1,0", "0,5")]
    [InlineData("Pracovní úvazek", "1", "0,8")]
    [InlineData("FTE", "1.0", "0.6")]
    [InlineData("Wymiar etatu", "1,0", "0,5")]
    [InlineData("WTF", "1,0", "0,8")]
    public void A_workload_column_s_share_of_a_post_is_read_as_fte(string header, string full, string part)
    {
        var html = $"""
            <html><body><main><table><thead><tr><th>Position</th><th>{header}</th></tr></thead><tbody>
            <tr><td>Social worker</td><td>{full}</td></tr>
            <tr><td>Nurse</td><td>{part}</td></tr>
            </tbody></table></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal([$"{full} FTE", $"{part} FTE"], drafts.Select(d => d.EmploymentType));
    }

    [Theory]
    [InlineData("<p>Nabízíme stravenky.</p><p>Životopis zasílejte do 15. 1. 2027 na adresu prace@example.cz.</p>", "15. 1. 2027")]
    [InlineData("<p>Candidature entro il 15 gennaio 2027 a personale@example.it.</p>", "15 gennaio 2027")]
    [InlineData("<p>Send din ansøgning senest den 8. januar 2027.</p>", "8. januar 2027")]
    [InlineData("<p>Apply by January 20, 2027 to jobs@example.org.</p>", "January 20, 2027")]
    public void A_closing_sentence_under_the_table_closes_each_row(string below, string closing)
    {
        var html = $"""
            <html><body><main><figure class="wp-block-table"><table><thead><tr><th>Position</th><th>Location</th></tr></thead><tbody>
            <tr><td>Social worker</td><td>Kolín</td></tr>
            <tr><td>Nurse</td><td>Kolín</td></tr>
            </tbody></table></figure>{below}</main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal([closing, closing], drafts.Select(d => d.ValidThrough));
    }

    [Theory]
    [InlineData("<s>Educatore professionale</s> <em>(selezione chiusa)</em>")]
    [InlineData("<del>Trabajador/a social</del>")]
    [InlineData("Sozialarbeiter*in (besetzt)")]
    [InlineData("Caseworker – filled")]
    public void A_title_cell_struck_through_or_marked_closed_is_no_opening(string closedTitle)
    {
        var html = $"""
            <html><body><main><table><thead><tr><th>Position</th><th>Location</th></tr></thead><tbody>
            <tr><td>Nurse</td><td>Trento</td></tr>
            <tr><td>{closedTitle}</td><td>Rovereto</td></tr>
            <tr><td>Physiotherapist</td><td>Rovereto</td></tr>
            </tbody></table></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Nurse", "Physiotherapist"], drafts.Select(d => d.Title));
    }

    [Theory]
    [InlineData("Role", "Location", "Status", "Galway", "Open", "Closed")]
    [InlineData("Position", "Location", "Status", "Denver, CO", "Accepting applications", "Filled")]
    [InlineData("Puesto", "Ubicación", "Estado", "Madrid", "Abierta", "Cerrada")]
    [InlineData("Poste", "Lieu", "Statut", "Lyon", "Ouvert", "Fermé")]
    [InlineData("Stelle", "Ort", "Status", "Berlin", "Offen", "Geschlossen")]
    [InlineData("Posizione", "Sede", "Stato", "Milano", "Aperta", "Chiusa")]
    [InlineData("Functie", "Locatie", "Status", "Utrecht", "Open", "Gesloten")]
    public void A_row_whose_status_cell_says_closed_is_no_opening(string titleHeader, string placeHeader, string statusHeader, string place, string open, string closed)
    {
        var html = $"""
            <html><body><main><h2>Careers</h2><table><thead><tr><th>{titleHeader}</th><th>{placeHeader}</th><th>{statusHeader}</th></tr></thead><tbody>
            <tr><td><a href="/jobs/solicitor">Solicitor</a></td><td>{place}</td><td>{open}</td></tr>
            <tr><td><a href="/jobs/paralegal">Paralegal</a></td><td>{place}</td><td>{open}</td></tr>
            <tr><td><a href="/jobs/administrator">Finance Administrator</a></td><td>{place}</td><td>{closed}</td></tr>
            </tbody></table></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Solicitor", "Paralegal"], drafts.Select(d => d.Title));
    }

    [Theory]
    [InlineData("Closed", true)]
    [InlineData("FILLED", true)]
    [InlineData("Closed 27/11/2026", true)]
    [InlineData("Pourvu", true)]
    [InlineData("Fermée", true)]
    [InlineData("Geschlossen", true)]
    [InlineData("Open", false)]
    [InlineData("Open until filled", false)]
    [InlineData("Closing soon", false)]
    [InlineData("Geschlossene Unterbringung, Berlin", false)]
    [InlineData("Full-time, 35 hrs", false)]
    public void Knows_a_status_cell_that_says_closed(string cell, bool closed) =>
        Assert.Equal(closed, ClosedOpenings.IsClosedStatus(cell));

    [Theory]
    [InlineData("""<a href="/jobs/apd">Assistant Public Defender</a> – Felony""", "Assistant Public Defender – Felony")]
    [InlineData("""<a href="/jobs/apd">Assistant Public Defender</a> <em>(Felony)</em>""", "Assistant Public Defender (Felony)")]
    public void A_title_cell_of_one_line_is_the_title(string titleCell, string title)
    {
        var html = $"""
            <html><body><main><table><tr><th>Position</th><th>Location</th></tr>
            <tr><td>{titleCell}</td><td>San Antonio, TX</td></tr>
            <tr><td><a href="/jobs/other">Paralegal</a></td><td>Austin, TX</td></tr>
            </table></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(title, drafts[0].Title);
        Assert.Equal("San Antonio, TX", drafts[0].Location);
    }

    [Theory]
    [InlineData("Position", "Location", "Status", "Closing date", "Indianapolis, IN", "Full-time", "01/22/2027")]
    [InlineData("Poste", "Lieu", "Contrat", "Date limite", "Lyon", "CDI", "15/01/2027")]
    [InlineData("Puesto", "Ubicación", "Jornada", "Fecha límite", "Madrid", "Jornada completa", "15/01/2027")]
    [InlineData("Stelle", "Ort", "Arbeitszeit", "Bewerbungsfrist", "Berlin", "Vollzeit", "15.01.2027")]
    public void A_cell_spanned_over_rows_belongs_to_each_row(
        string titleHeader, string placeHeader, string typeHeader, string closingHeader, string place, string type, string closing)
    {
        var html = $"""
            <html><body><main><table><thead><tr><th>{titleHeader}</th><th>{placeHeader}</th><th>{typeHeader}</th><th>{closingHeader}</th></tr></thead><tbody>
            <tr><td><a href="/jobs/1">Staff Attorney</a></td><td rowspan="3">{place}</td><td rowspan="3">{type}</td><td>{closing}</td></tr>
            <tr><td><a href="/jobs/2">Investigator</a></td><td>{closing}</td></tr>
            <tr><td><a href="/jobs/3">Paralegal</a></td><td>{closing}</td></tr>
            <tr><td><a href="/jobs/4">Social Worker</a></td><td colspan="2">{place}</td><td>{closing}</td></tr>
            </tbody></table></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Staff Attorney", "Investigator", "Paralegal", "Social Worker"], drafts.Select(d => d.Title));
        Assert.All(drafts, d => Assert.Equal(place, d.Location));
        Assert.Equal([type, type, type, null], drafts.Select(d => d.EmploymentType));
        Assert.All(drafts, d => Assert.Equal(closing, d.ValidThrough));
    }

    [Theory]
    [InlineData("fr", "Poste <em>/ Position</em>", "Lieu / Location", "Salaire / Salary", "Avocat(e) salarié(e)", "Staff Lawyer", "26,40 $ l'heure", "$26.40 per hour")]
    [InlineData("en-CA", "Position / Poste", "Location / Lieu", "Salary / Salaire", "Staff Lawyer", "Avocat(e) salarié(e)", "$26.40 per hour", "26,40 $ l'heure")]
    [InlineData("de-CH", "Stelle / Poste", "Arbeitsort / Lieu de travail", "Lohn / Salaire", "Juristin / Jurist", "Juriste", "CHF 7'200 pro Monat", "CHF 7'200 par mois")]
    [InlineData("nl-BE", "Functie / Fonction", "Plaats / Lieu", "Salaris / Salaire", "Jurist", "Juriste", "€ 3.400 bruto per maand", "3 400 € brut par mois")]
    [InlineData("es", "Puesto", "Lugar / Lloc de treball", "Salario / Retribució", "Abogado/a", "Advocat/ada", "1.400 € brutos al mes", "1.400 € bruts al mes")]
    public void A_bilingual_table_s_cells_give_the_page_language_s_copy(
        string pageLanguage, string titleHeader, string placeHeader, string payHeader, string title, string otherTitle, string pay, string otherPay)
    {
        var other = pageLanguage.StartsWith("en", StringComparison.Ordinal) ? "fr" : pageLanguage == "es" ? "ca" : pageLanguage == "fr" ? "en" : "fr";
        var html = $"""
            <html lang="{pageLanguage}"><body><main><h1>Jobs</h1><table><thead><tr><th>{titleHeader}</th><th>{placeHeader}</th><th>{payHeader}</th><th></th></tr></thead><tbody>
            <tr><td><strong>{title}</strong><br><em lang="{other}">{otherTitle}</em></td><td>Gatineau</td><td>{pay}<br><em lang="{other}">{otherPay}</em></td>
              <td><a href="/jobs/1.pdf">PDF</a></td></tr>
            <tr><td>Paralegal<br><span lang="{other}">Paralegal</span></td><td>Ottawa</td><td>{pay}</td><td><a href="/jobs/2.pdf">PDF</a></td></tr>
            </tbody></table></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal([title, "Paralegal"], drafts.Select(d => d.Title));
        Assert.Equal(("Gatineau", pay), (drafts[0].Location, drafts[0].SalaryText));
        Assert.Equal("https://members.test/jobs/1.pdf", drafts[0].Url?.ToString());
    }

    [Fact]
    public void A_title_cell_spanned_over_rows_is_one_opening()
    {
        const string html = """
            <html><body><main><table><tr><th>Position</th><th>Location</th></tr>
            <tr><td rowspan="2"><a href="/jobs/apd">Assistant Public Defender</a></td><td>San Antonio, TX</td></tr>
            <tr><td>Austin, TX</td></tr>
            <tr><td><a href="/jobs/other">Paralegal</a></td><td>Austin, TX</td></tr>
            </table></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Assistant Public Defender", "Paralegal"], drafts.Select(d => d.Title));
        Assert.Equal("San Antonio, TX", drafts[0].Location);
    }

    [Theory]
    [InlineData("職缺", "專職律師", "社工員", "工作地點", "臺北市", "待遇", "月薪新台幣70,000元", "報名截止", "116年1月15日")]
    [InlineData("", "Staff Attorney", "Paralegal", "Location", "Chicago, IL", "Salary", "$72,000", "Closing date", "January 15, 2027")]
    [InlineData("Puesto", "Abogado/a", "Trabajador/a social", "Ubicación", "Madrid", "Salario", "32.000 € anuales", "Plazo", "15/01/2027")]
    [InlineData("Stelle", "Jurist*in", "Sozialarbeiter*in", "Arbeitsort", "Berlin", "Vergütung", "3.400 € monatlich", "Bewerbungsfrist", "15.01.2027")]
    public void A_table_whose_header_names_the_openings_and_first_column_the_fields_is_read_by_column(
        string corner, string first, string second, string placeLabel, string place, string payLabel, string pay, string closingLabel, string closing)
    {
        var html = $"""
            <html><body><main><h1>Careers</h1><table><thead><tr><th>{corner}</th><th>{first}</th><th>{second}</th></tr></thead><tbody>
            <tr><th>{placeLabel}</th><td>{place}</td><td>Other town</td></tr>
            <tr><th>{payLabel}</th><td>{pay}</td><td>{pay}</td></tr>
            <tr><th>{closingLabel}</th><td>{closing}</td><td>{closing}</td></tr>
            </tbody></table></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal([first, second], drafts.Select(d => d.Title));
        Assert.Equal((place, pay, closing), (drafts[0].Location, drafts[0].SalaryText, drafts[0].ValidThrough));
        Assert.Equal("Other town", drafts[1].Location);
    }

    [Theory]
    [InlineData("募集職種", "介護職員", "看護職員", "調理補助", "勤務地", "さくらの里（埼玉県川越市）", "同上", "雇用形態", "正職員")]
    [InlineData("", "Staff Attorney", "Paralegal", "Investigator", "Location", "Chicago, IL", "Ditto", "Type", "Full-time")]
    [InlineData("Puesto", "Abogado/a", "Trabajador/a social", "Psicólogo/a", "Ubicación", "Montevideo", "Ídem", "Jornada", "Completa")]
    [InlineData("Stelle", "Jurist*in", "Sozialarbeiter*in", "Psycholog*in", "Arbeitsort", "Berlin", "dito", "Umfang", "Vollzeit")]
    public void A_ditto_cell_beside_an_opening_repeats_the_cell_to_its_left(
        string corner, string first, string second, string third, string placeLabel, string place, string ditto, string typeLabel, string type)
    {
        var html = $"""
            <html><body><main><h1>Careers</h1><table><tbody><tr><th>{corner}</th><th>{first}</th><th>{second}</th><th>{third}</th></tr>
            <tr><th>{placeLabel}</th><td>{place}</td><td>{ditto}</td><td>Other town</td></tr>
            <tr><th>{typeLabel}</th><td>{type}</td><td>{type}</td><td>{type}</td></tr>
            </tbody></table></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal([place, place, "Other town"], drafts.Select(d => d.Location));
    }

    [Theory]
    [InlineData("Position", "Location", "Chicago, IL", "ditto")]
    [InlineData("Puesto", "Ubicación", "Montevideo", "idem")]
    [InlineData("Functie", "Standplaats", "Gent", "Dito")]
    [InlineData("職種", "勤務地", "東京都千代田区", "〃")]
    public void A_ditto_cell_under_an_opening_repeats_the_cell_above(string titleLabel, string placeLabel, string place, string ditto)
    {
        var html = $"""
            <html><body><main><h1>Careers</h1><table><tr><th>{titleLabel}</th><th>{placeLabel}</th></tr>
            <tr><td><a href="/jobs/1">Staff Attorney</a></td><td>{place}</td></tr>
            <tr><td><a href="/jobs/2">Paralegal</a></td><td>{ditto}</td></tr>
            </table></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal([place, place], drafts.Select(d => d.Location));
    }

    [Fact]
    public void A_table_of_figures_by_year_is_no_transposed_job_table()
    {
        const string html = """
            <html><body><main><h1>Careers</h1><table><tr><th></th><th>2025</th><th>2026</th></tr>
            <tr><th>Location</th><td>Chicago</td><td>Chicago</td></tr>
            <tr><th>Salary</th><td>$1,200,000</td><td>$1,350,000</td></tr>
            </table></main></body></html>
            """;

        Assert.Empty(ListingHeuristicsStrategy.Extract(Html.Parse(html), Page));
    }

    [Fact]
    public void A_news_post_headed_as_an_announcement_of_openings_gives_its_table_with_the_date_stated_above_it()
    {
        const string html = """
            <html><body><main><div class="article"><h1>徵才啟事</h1><p class="date">發布日期：115年12月8日</p>
            <table><thead><tr><th>職缺</th><th>專職律師</th><th>專案助理</th></tr></thead><tbody>
            <tr><th>工作地點</th><td>臺北市中正區</td><td>臺中市西區</td></tr>
            <tr><th>工作性質</th><td>全職</td><td>全職</td></tr>
            </tbody></table></div></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), new Uri("https://members.test/news/recruit-116"));

        Assert.Equal(["專職律師", "專案助理"], drafts.Select(d => d.Title));
        Assert.All(drafts, d => Assert.Equal("115年12月8日", d.DatePosted));
    }

    [Theory]
    [InlineData("Site", "Fonction", "Contrat", "Date limite", "Bruxelles", "Assistant·e social·e", "Juriste", "Pourvu")]
    [InlineData("Sede", "Función", "Contrato", "Fecha límite", "Madrid", "Trabajador/a social", "Abogado/a", "Cubierto")]
    [InlineData("Sede", "Funzione", "Contratto", "Scadenza", "Milano", "Assistente sociale", "Avvocato/a", "Coperto")]
    [InlineData("Standort", "Funktion", "Arbeitszeit", "Bewerbungsfrist", "Wien", "Sozialarbeiter*in", "Jurist*in", "Besetzt")]
    public void A_table_by_site_and_function_reads_a_spanned_site_into_each_row_and_leaves_a_struck_row_out(
        string siteHeader, string functionHeader, string contractHeader, string deadlineHeader, string site, string open, string struck, string filled)
    {
        var html = $"""
            <html><body><main><h1>Jobs</h1><table><thead><tr><th>{siteHeader}</th><th>{functionHeader}</th><th>{contractHeader}</th><th>{deadlineHeader}</th><th>PDF</th></tr></thead><tbody>
            <tr><td rowspan="2">{site}</td><td>{open}</td><td>CDI</td><td>15/01/2027</td><td><a href="/docs/open.pdf">PDF</a></td></tr>
            <tr><td><del>{struck}</del></td><td><del>CDD</del></td><td><del>20/12/2026</del> <strong>{filled}</strong></td><td></td></tr>
            <tr><td>Namur</td><td>Comptable</td><td>CDI</td><td>31/01/2027</td><td><a href="/docs/second.pdf">PDF</a></td></tr>
            </tbody></table></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal([(open, site), ("Comptable", "Namur")], drafts.Select(d => (d.Title!, d.Location!)));
    }

    [Theory]
    [InlineData("Nom", "Fonction", "Site", "Marie Dupont", "Juriste", "Bruxelles")]
    [InlineData("Name", "Funktion", "Standort", "Anna Huber", "Sozialarbeiterin", "Wien")]
    [InlineData("Nome", "Funzione", "Sede", "Giulia Rossi", "Avvocata", "Milano")]
    [InlineData("Name", "Position", "Office", "Jane Doe", "Staff Attorney", "Detroit")]
    public void A_table_of_people_by_name_and_function_lists_no_openings(string nameHeader, string functionHeader, string placeHeader, string name, string function, string place)
    {
        var html = $"""
            <html><body><main><h1>Jobs</h1><table><thead><tr><th>{nameHeader}</th><th>{functionHeader}</th><th>{placeHeader}</th></tr></thead><tbody>
            <tr><td>{name}</td><td>{function}</td><td>{place}</td></tr>
            <tr><td>{name} II</td><td>{function}</td><td>{place}</td></tr>
            </tbody></table></main></body></html>
            """;

        Assert.Empty(JobTables.Find(Html.Parse(html), Page, Page));
    }
}
