using System.Text;
using JobAggregator.Scraper.Extraction;

namespace JobAggregator.Scraper.Tests.Extraction;

/// <summary>What a posting's own page adds: its content wherever the theme put it, and its labelled lines.</summary>
public sealed class DetailPageReaderTests
{
    private static readonly Uri Page = new("https://example.org/offres/juriste.html");

    [Fact]
    public async Task Content_in_a_container_of_the_themes_own_is_read_around_its_heading()
    {
        var draft = await ReadAsync("""
            <html lang="fr"><body>
            <div id="menu"><a href="/">Accueil</a> <a href="/nous-rejoindre/">Nous rejoindre</a></div>
            <div id="main"><h1>Juriste contentieux pénal (H/F)</h1>
            <table><tr><th>Lieu</th><td>Lyon (69)</td></tr><tr><th>Type de contrat</th><td>CDI, temps plein</td></tr>
            <tr><th>Rémunération</th><td>2 600 € à 3 000 € brut mensuel</td></tr><tr><th>Date limite de candidature</th><td>10 janvier 2027</td></tr></table>
            <h2>Missions</h2><p>Au sein de l'équipe juridique, vous analysez les dossiers de personnes condamnées qui clament leur innocence et préparez les requêtes en révision avec les avocats.</p>
            </div></body></html>
            """);

        Assert.NotNull(draft);
        Assert.Equal("Lyon (69)", draft.Location);
        Assert.Equal("CDI, temps plein", draft.EmploymentType);
        Assert.Equal("2 600 € à 3 000 € brut mensuel", draft.SalaryText);
        Assert.Equal("10 janvier 2027", draft.ValidThrough);
        Assert.Contains("requêtes en révision", draft.DescriptionHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Accueil", draft.DescriptionHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_page_is_read_whole_without_its_navigation_and_footer()
    {
        var draft = await ReadAsync("""
            <html><body><nav><a href="/">Home</a></nav>
            <div class="wrap"><h1>Paralegal</h1><p>Location: Dayton, OH</p><p>Part-time, 20 hours a week.</p></div>
            <footer>© Example Project</footer></body></html>
            """);

        Assert.NotNull(draft);
        Assert.Equal("Dayton, OH", draft.Location);
        Assert.Contains("20 hours a week", draft.DescriptionHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", draft.DescriptionHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("©", draft.DescriptionHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_site_name_in_the_header_is_not_the_pages_heading()
    {
        var draft = await ReadAsync("""
            <html><body><header><h1>Example Innocence Project</h1></header>
            <section><h2>Investigator</h2><p>Location: Tulsa, OK</p></section></body></html>
            """);

        Assert.NotNull(draft);
        Assert.Equal("Tulsa, OK", draft.Location);
        Assert.DoesNotContain("Example Innocence Project", draft.DescriptionHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Lieu : Paris. Gratification légale (4,35 € de l'heure). Date limite : 15 janvier 2027.", "Paris", "15 janvier 2027")]
    [InlineData("Location: Leeds. Closing date: 8 January 2027", "Leeds", "8 January 2027")]
    [InlineData("Location: St. Louis, MO", "St. Louis, MO", null)]
    [InlineData("Location: Boston, MA. Apply by email.", "Boston, MA. Apply by email.", null)]
    public async Task Labels_later_in_a_line_start_lines_of_their_own(string line, string location, string? closing)
    {
        var draft = await ReadAsync($"<html><body><main><h1>Paralegal</h1><p>{line}</p></main></body></html>");

        Assert.NotNull(draft);
        Assert.Equal(location, draft.Location);
        Assert.Equal(closing, draft.ValidThrough);
    }

    /// <summary>The facts a page announcing one opening gives from its lines and sentences, a posting's own page gives
    /// too.</summary>
    [Theory]
    [InlineData("es", "<li><strong>Lugar:</strong> Centro Juvenil Cerro, Montevideo</li><li><strong>Carga horaria:</strong> 30 horas semanales</li>", "30 horas semanales", null)]
    [InlineData("es", "<li><strong>Carga horaria:</strong> 20 horas semanales</li><li><strong>Modalidad:</strong> arrendamiento de servicios (con factura)</li>", "arrendamiento de servicios (con factura), 20 horas semanales", null)]
    [InlineData("nl", "<li>Contract van onbepaalde duur, voltijds (38 u/week)</li><li>Een bruto maandloon tussen € 3.050 en € 4.250</li>", "voltijds", "€ 3.050 en € 4.250")]
    [InlineData("fr", "<p>Stage de six mois. Gratification légale (4,35 € de l'heure).</p>", null, "4,35 €")]
    [InlineData("en", "<p>This is a part-time position of 20 hours a week, paid $24 per hour.</p>", "part-time", "$24")]
    [InlineData("de", "<p>Die Stelle ist in Teilzeit (30 Std./Woche) zu besetzen.</p>", "Teilzeit", null)]
    public async Task A_posting_page_gives_the_hours_and_pay_its_lines_and_sentences_state(string language, string facts, string? type, string? pay)
    {
        var draft = await ReadAsync($"""
            <html lang="{language}"><body><main><h1>Educador/a social</h1><div>{facts}</div>
            <p>Trabajo con adolescentes en el programa del centro juvenil, en coordinación con el equipo técnico del barrio y las familias.</p></main></body></html>
            """);

        Assert.NotNull(draft);
        if (type is null)
        {
            Assert.Null(draft.EmploymentType);
        }
        else
        {
            Assert.Contains(type, draft.EmploymentType, StringComparison.OrdinalIgnoreCase);
        }

        if (pay is null)
        {
            Assert.Null(draft.SalaryText);
        }
        else
        {
            Assert.Contains(pay, draft.SalaryText, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("de", "Innsbruck · Vollzeit (38 Wochenstunden) · Eintritt ab sofort", "Innsbruck", "Vollzeit")]
    [InlineData("de", "Wien, 9. Bezirk · 30 Wochenstunden · unbefristet", "Wien, 9. Bezirk", "30 Wochenstunden")]
    [InlineData("fr", "Lyon | CDI | Temps plein", "Lyon", "Temps plein")]
    [InlineData("es", "Sevilla · Media jornada · Contrato indefinido", "Sevilla", "Media jornada")]
    [InlineData("nl", "Utrecht · Parttime (24 uur) · Tijdelijk contract", "Utrecht", "Parttime")]
    [InlineData("en", "Leeds • Part-time • Fixed term", "Leeds", "Part-time")]
    public async Task The_line_of_facts_under_the_heading_gives_the_place_and_hours(string language, string line, string location, string type)
    {
        var draft = await ReadAsync($"""
            <html lang="{language}"><body><article><h1>Juristin / Jurist (w/m/d)</h1><p class="meta">{line}</p>
            <h2>Aufgaben</h2><ul><li>Rechtsberatung von Klientinnen und Klienten in allen Verfahrensstadien und Vertretung vor Gericht</li></ul>
            <p>Wir freuen uns auf Ihre Bewerbung an unser Team, das seit vielen Jahren Menschen in schwierigen Lebenslagen begleitet.</p></article></body></html>
            """);

        Assert.NotNull(draft);
        Assert.Equal(location, draft.Location);
        Assert.Contains(type, draft.EmploymentType, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_labelled_line_wins_over_the_line_of_facts_under_the_heading()
    {
        var draft = await ReadAsync("""
            <html lang="de"><body><article><h1>Sozialarbeiter*in (w/m/d)</h1><p class="meta">Innsbruck · Vollzeit</p>
            <p>Dienstort: Innsbruck-Wilten</p>
            <p>Wir freuen uns auf Ihre Bewerbung an unser Team, das seit vielen Jahren Menschen in schwierigen Lebenslagen begleitet.</p></article></body></html>
            """);

        Assert.NotNull(draft);
        Assert.Equal("Innsbruck-Wilten", draft.Location);
    }

    [Fact]
    public async Task A_sentence_never_replaces_what_the_listing_states()
    {
        var listed = new PostingDraft { Title = "Paralegal", Location = "Leeds", EmploymentType = "Full-time", SalaryText = "£28,000 a year" };

        var draft = await ReadAsync("""
            <html lang="en"><body><main><h1>Paralegal</h1>
            <p>Our clients come from across the region, and the role is part-time during the first month of training in Manchester, paid £12 per hour.</p>
            <p>Contract: Permanent</p></main></body></html>
            """, listed);

        Assert.NotNull(draft);
        var completed = listed.CompletedBy(draft);
        Assert.Equal("Leeds", completed.Location);
        Assert.Equal("£28,000 a year", completed.SalaryText);
        Assert.Equal("Permanent", completed.EmploymentType);
    }

    private static Task<PostingDraft?> ReadAsync(string html, PostingDraft? listed = null) =>
        DetailPageReader.ReadAsync(new PageContent(Page, Encoding.UTF8.GetBytes(html), "text/html"), listed ?? new PostingDraft(), TestContext.Current.CancellationToken);
}
