using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Extraction;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class SingleOpeningTests
{
    private static readonly Uri Page = new("https://members.test/about/");

    [Fact]
    public void An_opening_announced_in_prose_takes_the_place_pay_and_closing_date_of_the_page_s_labelled_lines()
    {
        const string html = """
            <html><body><main>
              <h1>About us</h1>
              <p>The Example Project, a small non-profit, is looking for a full-time Finance Manager to keep our books.</p>
              <p><strong>Location:</strong> Tallahassee, Florida</p>
              <p><strong>Salary:</strong> $52,000 per year</p>
              <p><strong>Closing date:</strong> March 31, 2020</p>
            </main></body></html>
            """;

        var draft = Assert.Single(SingleOpening.Find(Html.Parse(html), Page));
        Assert.Equal("Finance Manager", draft.Title);
        Assert.Equal(Page, draft.Url);
        Assert.Equal("full-time", draft.EmploymentType);
        Assert.Equal("Tallahassee, Florida", draft.Location);
        Assert.Equal("$52,000 per year", draft.SalaryText);
        Assert.Equal("March 31, 2020", draft.ValidThrough);
    }

    [Fact]
    public void An_opening_told_over_several_paragraphs_takes_its_facts_from_those_after_the_announcement()
    {
        const string html = """
            <html><body><main>
              <h2>Work with us</h2>
              <p>Founded in 2009 in Portland, Oregon, the clinic has helped free eleven people.</p>
              <p>We are looking for a Case Manager to join our team in Eugene.</p>
              <p>This is a part-time role (24 hours a week) paying $27 an hour.</p>
              <p>Please send your application to jobs@example.org before February 26, 2027.</p>
            </main></body></html>
            """;

        var draft = Assert.Single(SingleOpening.Find(Html.Parse(html), Page));
        Assert.Equal("Case Manager", draft.Title);
        Assert.Equal("Eugene", draft.Location);
        Assert.Equal("part-time", draft.EmploymentType);
        Assert.Equal("February 26, 2027", draft.ValidThrough);
    }

    [Fact]
    public void The_title_is_the_one_after_the_hiring_verb_not_a_later_sentence_s()
    {
        const string html = """
            <html><body><main>
              <h1>Communications Manager (Remote)</h1>
              <p>Witness to Innocence is hiring a Communications Manager. This is a remote position open to candidates anywhere.</p>
            </main></body></html>
            """;

        var draft = Assert.Single(SingleOpening.Find(Html.Parse(html), Page));
        Assert.Equal("Communications Manager (Remote)", draft.Title);
    }

    [Fact]
    public void A_node_page_s_heading_names_the_opening_its_prose_announces_and_its_marked_labels_give_the_fields()
    {
        const string html = """
            <html><body><main>
              <h1 class="page-title"><span class="field field--name-title">Caseworker – Family Law</span></h1>
              <article class="node node--type-job">
                <div class="field field--label-inline"><div class="field__label">Location</div><div class="field__item">Geelong VIC</div></div>
                <div class="field field--label-inline"><div class="field__label">Salary</div><div class="field__item">$78,000 per annum + super</div></div>
                <div class="field field--label-inline"><div class="field__label">Closing date</div><div class="field__item"><time datetime="2027-02-05T17:00:00+11:00" class="datetime">5 Feb 2027</time></div></div>
                <p>We are looking for an experienced caseworker to support families in the Barwon region.</p>
              </article>
            </main></body></html>
            """;

        var draft = Assert.Single(SingleOpening.Find(Html.Parse(html), Page));
        Assert.Equal("Caseworker – Family Law", draft.Title);
        Assert.Equal("Geelong VIC", draft.Location);
        Assert.Equal("$78,000 per annum + super", draft.SalaryText);
        Assert.Equal("5 Feb 2027", draft.ValidThrough);
        Assert.Null(draft.DatePosted);
    }

    [Fact]
    public void Without_labelled_lines_the_prose_gives_the_fields()
    {
        const string html = """
            <html><body><main>
              <p>The Arizona Justice Project in Phoenix, AZ is hiring a full-time Staff Attorney. Apply by April 30, 2024.</p>
            </main></body></html>
            """;

        var draft = Assert.Single(SingleOpening.Find(Html.Parse(html), Page));
        Assert.Equal("Phoenix, AZ", draft.Location);
        Assert.Equal("April 30, 2024", draft.ValidThrough);
    }

    [Fact]
    public void A_news_post_whose_headline_announces_an_opening_is_read_with_the_facts_of_its_sentences_and_its_stamp()
    {
        const string html = """
            <html lang="nl"><body><main><article>
              <h1>Wij zoeken een juridisch medewerker</h1>
              <time datetime="2024-05-02">2 mei 2024</time>
              <p>De Rechtswinkel zoekt per 1 juli een juridisch medewerker voor 24 uur per week, op ons kantoor in Utrecht.</p>
              <p>Het salaris ligt tussen € 3.200 en € 4.100 bruto per maand.</p>
              <p>Reageren kan tot en met 31 mei 2024 via de e-mail.</p>
            </article></main></body></html>
            """;

        var draft = Assert.Single(SingleOpening.Find(Html.Parse(html), new Uri("https://members.test/nieuws/wij-zoeken/")));
        Assert.Equal("Juridisch medewerker", draft.Title);
        Assert.Equal("24 uur per week", draft.EmploymentType);
        Assert.Equal("Utrecht", draft.Location);
        Assert.Equal("Het salaris ligt tussen € 3.200 en € 4.100 bruto per maand", draft.SalaryText);
        Assert.Equal("2024-05-02", draft.DatePosted);
        Assert.Equal("31 mei 2024", draft.ValidThrough);
    }

    [Fact]
    public void A_news_post_whose_headline_announces_nothing_stays_unread()
    {
        const string html = """
            <html lang="de"><body><main><article>
              <h1>Jahresbericht 2023 erschienen</h1>
              <p>Im vergangenen Jahr suchten wir eine*n Sozialarbeiter*in und fanden sie im Frühjahr.</p>
              <p>Für unsere Beratungsstelle in Kassel suchen wir ab sofort eine*n Jurist*in.</p>
            </article></main></body></html>
            """;

        Assert.Empty(SingleOpening.Find(Html.Parse(html), new Uri("https://members.test/aktuelles/jahresbericht/")));
    }

    [Fact]
    public void The_same_opening_in_the_page_s_second_language_is_not_a_second_opening()
    {
        const string html = """
            <html lang="de"><body><main>
              <div lang="de"><h2>Sachbearbeiter*in Rechtsberatung</h2>
                <p>Wir suchen für unseren Sitz in Bozen eine*n Sachbearbeiter*in in Teilzeit 50 %.</p></div>
              <div lang="it"><h2>Collaboratore/trice consulenza legale</h2>
                <p>Cerchiamo per la nostra sede di Bolzano un collaboratore per la consulenza legale.</p></div>
            </main></body></html>
            """;

        var draft = Assert.Single(SingleOpening.Find(Html.Parse(html), Page));
        Assert.Equal("Sachbearbeiter*in Rechtsberatung", draft.Title);
        Assert.Equal("Bozen", draft.Location);
    }

    [Fact]
    public void An_internship_s_own_page_is_its_opening_with_the_pay_its_prose_states()
    {
        const string html = """
            <html lang="fr"><body><div id="main"><h1>Stage en droit des étrangers – dès avril 2027</h1>
              <p>Lieu : Lyon. Gratification de 650 € par mois. Date limite : 28 février 2027.</p>
              <p>Vous accompagnerez les juristes lors des permanences.</p>
            </div></body></html>
            """;

        var draft = Assert.Single(SingleOpening.Find(Html.Parse(html), Page));
        Assert.Equal("Stage en droit des étrangers – dès avril 2027", draft.Title);
        Assert.Equal("Lyon", draft.Location);
        Assert.Equal("Gratification de 650 € par mois", draft.SalaryText);
        Assert.Equal("28 février 2027", draft.ValidThrough);
    }

    [Fact]
    public void A_day_s_ordinal_dot_does_not_end_the_announcing_sentence()
    {
        const string html = """
            <html lang="de"><body><main><h1>Aktuelles</h1>
              <p>Für unsere Beratungsstelle suchen wir ab dem 1. Juni 2027 eine*n Jurist*in in Teilzeit.</p>
              <p>Bewerbungsschluss: 30.04.2027</p>
            </main></body></html>
            """;

        var draft = Assert.Single(SingleOpening.Find(Html.Parse(html), Page));
        Assert.Equal("Jurist*in", draft.Title);
    }

    [Theory]
    [InlineData("A associação está a recrutar um jurista para o Porto.", "Jurista")]
    [InlineData("Estamos a recrutar um advogado estagiário para Lisboa.", "Advogado estagiário")]
    [InlineData("Voor ons kantoor in Gent zoeken we een jurist (m/v/x) die cliënten begeleidt.", "Jurist (m/v/x)")]
    [InlineData("Vacature: maatschappelijk werker (m/v/x)", "Maatschappelijk werker (m/v/x)")]
    [InlineData("Recrutamento: Jurista (m/f)", "Jurista (m/f)")]
    [InlineData("L'associazione avvia una selezione per un/una assistente sociale presso la sede di Bologna.", "Assistente sociale")]
    [InlineData("Avviso di selezione per un avvocato", "Avvocato")]
    [InlineData("Ogłoszenie o naborze na stanowisko: Asystent / Asystentka", "Asystent / Asystentka")]
    [InlineData("Stowarzyszenie ogłasza nabór na stanowisko Koordynator / Koordynatorka projektu.", "Koordynator / Koordynatorka")]
    [InlineData("Recrutamento: Assistente social (m/f)", "Assistente social (m/f)")]
    public void Announcements_in_portuguese_dutch_italian_and_polish_name_the_opening(string text, string title) =>
        Assert.Equal(title, SingleOpening.Announcement(text)?.Title);

    [Theory]
    [InlineData("Avviso di chiusura dello sportello per le festività.")]
    [InlineData("Ogłoszenie o zmianie godzin dyżurów.")]
    [InlineData("Vacature ingevuld: bedankt voor de vele reacties.")]
    public void Notices_that_announce_no_opening_name_none(string text) => Assert.Null(SingleOpening.Announcement(text));

    [Fact]
    public void A_blog_post_titled_by_an_h2_with_a_notice_lead_is_read_with_its_date_in_a_span_s_title()
    {
        const string html = """
            <html><body><div id="content"><div class="post">
              <h2 class="post-title">Recrutamento: Assistente social (m/f)</h2>
              <div class="post-meta"><span title="2027-03-02 09:00:00 +0000 UTC">2 de março de 2027</span></div>
              <div class="post-body"><p>Procuramos um(a) assistente social para o nosso escritório em Coimbra.</p>
              <table><tr><td><strong>Contrato</strong></td><td>Tempo inteiro</td></tr><tr><td><strong>Verloning</strong></td><td>1.300 € mensais</td></tr></table></div>
            </div></div></body></html>
            """;

        var draft = Assert.Single(SingleOpening.Find(Html.Parse(html), new Uri("https://members.test/blog/recrutamento-assistente-social")));
        Assert.Equal("Assistente social (m/f)", draft.Title);
        Assert.Equal("2027-03-02", draft.DatePosted);
        Assert.Equal("Coimbra", draft.Location);
        Assert.Equal("Tempo inteiro", draft.EmploymentType);
        Assert.Equal("1.300 € mensais", draft.SalaryText);
    }

    [Fact]
    public void A_course_page_with_a_place_and_a_fee_is_no_opening()
    {
        const string html = """
            <html><body><main>
              <h1>Training for paralegals</h1>
              <p><strong>Location:</strong> Leeds</p>
              <p><strong>Fee:</strong> £180</p>
              <p><strong>Closing date:</strong> 5 February 2027</p>
            </main></body></html>
            """;

        Assert.Empty(SingleOpening.Find(Html.Parse(html), Page));
    }

    [Theory]
    [InlineData("""
        <h1>Juridisch adviseur (m/v/x)</h1><h3>Wij bieden</h3><ul><li>Plaats van tewerkstelling: Antwerpen</li>
        <li>Contract van onbepaalde duur, voltijds (38 u/week)</li>
        <li>Verloning volgens barema PC 319.01, categorie B1c: bruto maandloon tussen € 3.050 en € 4.250, afhankelijk van je ervaring</li></ul>
        <h3>Interesse?</h3><p>Solliciteren kan tot en met 20 januari 2027 via jobs@example.be.</p>
        """, "Juridisch adviseur (m/v/x)", "Antwerpen", "voltijds",
        "Verloning volgens barema PC 319.01, categorie B1c: bruto maandloon tussen € 3.050 en € 4.250, afhankelijk van je ervaring", "20 januari 2027")]
    [InlineData("""
        <h1>Staff Attorney</h1><h3>What we offer</h3><ul><li>Location: Leeds</li><li>A permanent, full-time contract</li>
        <li>A salary of £34,000 a year</li></ul><p>Closing date: 5 February 2027</p>
        """, "Staff Attorney", "Leeds", "full-time", "A salary of £34,000 a year", "5 February 2027")]
    [InlineData("""
        <h1>Juriste (H/F)</h1><h3>Nous offrons</h3><ul><li>Lieu : Lyon</li><li>Un CDI à temps partiel (28 heures par semaine)</li>
        <li>Une rémunération de 2 300 € brut par mois</li></ul><p>Date limite : 15 janvier 2027</p>
        """, "Juriste (H/F)", "Lyon", "temps partiel", "Une rémunération de 2 300 € brut par mois", "15 janvier 2027")]
    [InlineData("""
        <h1>Abogado/a penalista</h1><h3>Ofrecemos</h3><ul><li>Ubicación: Sevilla</li><li>Contrato indefinido a media jornada</li>
        <li>Salario de 1.400 € brutos al mes</li></ul><p>Plazo: 20 de enero de 2027</p>
        """, "Abogado/a penalista", "Sevilla", "media jornada", "Salario de 1.400 € brutos al mes", "20 de enero de 2027")]
    public void A_titled_page_s_list_of_what_it_offers_gives_the_hours_and_pay_its_items_state_in_words(
        string content, string title, string location, string hours, string pay, string closing)
    {
        var draft = Assert.Single(SingleOpening.Find(Html.Parse($"<html><body><main>{content}</main></body></html>"), Page));

        Assert.Equal((title, location, hours, pay, closing), (draft.Title, draft.Location, draft.EmploymentType, draft.SalaryText, draft.ValidThrough));
    }

    [Theory]
    [InlineData("de-AT", "Juristin / Jurist (w/m/d) für Asylrecht", "Wien, 9. Bezirk · 30 Wochenstunden · ab 1. Februar 2027 · unbefristet",
        "Ihre Aufgaben", "Rechtsberatung von Asylsuchenden", "Bitte senden Sie Ihre Bewerbung bis 17. Jänner 2027 an uns.", "Wien, 9. Bezirk", "30 Wochenstunden", "17. Jänner 2027")]
    [InlineData("fr", "Juriste (H/F)", "Lyon · Temps partiel · CDI", "Vos missions", "Accompagner les personnes exilées",
        "Merci d'envoyer votre candidature avant le 15 janvier 2027.", "Lyon", "Temps partiel", "15 janvier 2027")]
    [InlineData("en-GB", "Casework Officer", "Birmingham | Full-time | Permanent", "Your role", "Advising clients on housing cases",
        "Closing date: 5 February 2027", "Birmingham", "Full-time", "5 February 2027")]
    [InlineData("es", "Abogado/a laboralista", "Sevilla · Jornada completa · Indefinido", "Tus funciones", "Asesorar a personas trabajadoras",
        "Plazo: 20 de enero de 2027", "Sevilla", "Jornada completa", "20 de enero de 2027")]
    public void A_titled_page_s_line_of_facts_under_its_heading_states_the_place_and_hours(
        string language, string title, string metaLine, string section, string task, string closingLine, string place, string hours, string closing)
    {
        var html = $"""
            <html lang="{language}"><body><main><article><h1>{title}</h1><p class="job-meta">{metaLine}</p>
            <h2>{section}</h2><ul><li>{task}</li></ul><h2>Bewerbung</h2><p>{closingLine}</p></article></main></body></html>
            """;

        var draft = Assert.Single(SingleOpening.Find(Html.Parse(html), Page));

        Assert.Equal((title, place, closing), (draft.Title, draft.Location, draft.ValidThrough));
        // A contract term on the line may stand beside the hours ("unbefristet, 30 Wochenstunden").
        Assert.Contains(hours, draft.EmploymentType);
    }

    [Fact]
    public void A_titled_page_with_one_fact_under_its_heading_is_still_no_opening()
    {
        const string html = """
            <html lang="en"><body><main><h1>Staff Attorney Maria Lopez</h1><p>Chicago · Since 2019</p>
            <p>Maria leads our housing practice.</p></main></body></html>
            """;

        Assert.Empty(SingleOpening.Find(Html.Parse(html), Page));
    }

    [Fact]
    public void A_university_s_public_call_for_a_post_is_its_opening_with_the_hours_its_post_row_states()
    {
        const string html = """
            <html lang="ja"><body><main><article>
              <h1>リーガルクリニック特任助教（任期付）の公募について</h1><p class="date">2026.12.04</p>
              <table><tr><th>職名</th><td>特任助教（任期付・常勤）</td></tr><tr><th>勤務地</th><td>東京都八王子市南大沢1-1</td></tr>
                <tr><th>給与</th><td>月給31万円〜（本学規程による）</td></tr><tr><th>応募締切</th><td>2027年1月29日（金）必着</td></tr></table>
            </article></main></body></html>
            """;

        var draft = Assert.Single(SingleOpening.Find(Html.Parse(html), new Uri("https://members.test/lawschool/news/recruit-tokunin/")));

        Assert.Equal(
            ("リーガルクリニック特任助教（任期付）の公募について", "常勤", "東京都八王子市南大沢1-1", "月給31万円〜（本学規程による）", "2027年1月29日（金）必着", "2026.12.04"),
            (draft.Title, draft.EmploymentType, draft.Location, draft.SalaryText, draft.ValidThrough, draft.DatePosted));
    }

    [Fact]
    public void A_public_call_for_research_projects_is_no_opening()
    {
        const string html = """
            <html lang="ja"><body><main><article>
              <h1>2027年度 共同研究プロジェクトの公募について</h1><p class="date">2026.12.04</p>
              <p>本研究科では、共同研究課題を募集します。</p>
              <table><tr><th>対象</th><td>学内外の研究者</td></tr><tr><th>助成額</th><td>1件あたり100万円</td></tr>
                <tr><th>応募締切</th><td>2027年1月29日（金）必着</td></tr></table>
            </article></main></body></html>
            """;

        Assert.Empty(SingleOpening.Find(Html.Parse(html), new Uri("https://members.test/lawschool/news/kenkyu-koubo/")));
    }

    [Theory]
    [InlineData("<h4>Wir suchen</h4><p><b>eine Sozialarbeiterin / einen Sozialarbeiter (m/w/d)</b> in Teilzeit für unsere Beratungsstelle in Köln.</p>",
        "Sozialarbeiterin / Sozialarbeiter (m/w/d)")]
    [InlineData("<h3>Buscamos</h3><p><strong>un abogado / una abogada</strong> para nuestra oficina de Sevilla.</p>", "Abogado / abogada")]
    [InlineData("<h3>We're hiring</h3><p>a Paralegal to join our Boston office.</p>", "Paralegal")]
    public void A_heading_of_bare_announcing_words_leads_the_paragraph_after_it(string content, string title)
    {
        var draft = Assert.Single(SingleOpening.Find(Html.Parse($"<html><body><main><h1>Jobs</h1>{content}</main></body></html>"), Page));
        Assert.Equal(title, draft.Title);
    }

    [Theory]
    [InlineData("es", "<p>Estamos buscando un/a <strong>abogado/a litigante</strong> para nuestra oficina de Lima, a tiempo completo. Las postulaciones se reciben hasta el 20 de enero de 2027.</p><p>También buscamos un/a <strong>asistente administrativo/a</strong> a medio tiempo en Arequipa, con postulaciones hasta el 27 de enero de 2027.</p>",
        "Abogado/a litigante", "20 de enero de 2027", "Asistente administrativo/a", "27 de enero de 2027")]
    [InlineData("en", "<p>We are looking for a Staff Attorney to join our Boston office. Apply by January 15, 2027.</p><p>We are also looking for a Paralegal to join our Worcester office. Apply by January 22, 2027.</p>",
        "Staff Attorney", "January 15, 2027", "Paralegal", "January 22, 2027")]
    [InlineData("fr", "<p>Nous recrutons un(e) juriste pour notre bureau de Lyon, avant le 12 avril 2027.</p><p>Nous recherchons également un assistant juridique pour notre bureau de Grenoble, avant le 19 avril 2027.</p>",
        "Juriste", "12 avril 2027", "Assistant juridique", "19 avril 2027")]
    [InlineData("de", "<p>Wir suchen eine*n Jurist*in für unsere Beratungsstelle in Köln. Bewerbungen bitte bis zum 31. Januar 2027.</p><p>Wir suchen außerdem eine*n Sozialarbeiter*in für unsere Beratungsstelle in Bonn. Bewerbungen bitte bis zum 7. Februar 2027.</p>",
        "Jurist*in", "31. Januar 2027", "Sozialarbeiter*in", "7. Februar 2027")]
    [InlineData("nl", "<p>Wij zoeken een jurist voor ons kantoor in Utrecht. Reageren kan tot en met 10 januari 2027.</p><p>Daarnaast zoeken wij een office manager voor ons kantoor in Utrecht. Reageren kan tot en met 17 januari 2027.</p>",
        "Jurist", "10 januari 2027", "Office manager", "17 januari 2027")]
    [InlineData("it", "<p>Cerchiamo un/una assistente legale per la sede di Bologna, entro il 30 aprile 2027.</p><p>Cerchiamo anche un/una avvocato/a per la sede di Modena, entro il 7 maggio 2027.</p>",
        "Assistente legale", "30 aprile 2027", "Avvocato/a", "7 maggio 2027")]
    [InlineData("pt", "<p>Procuramos um advogado para o nosso escritório de Lisboa. Candidaturas até 15 de janeiro de 2027.</p><p>Também procuramos um(a) assistente social para o nosso escritório do Porto. Candidaturas até 22 de janeiro de 2027.</p>",
        "Advogado", "15 de janeiro de 2027", "Assistente social", "22 de janeiro de 2027")]
    public void A_paragraph_announcing_a_further_role_is_a_second_opening_with_its_own_facts(
        string language, string content, string firstTitle, string firstClosing, string secondTitle, string secondClosing)
    {
        var drafts = SingleOpening.Find(Html.Parse($"<html lang=\"{language}\"><body><main><h1>Jobs</h1>{content}</main></body></html>"), Page);

        Assert.Equal(2, drafts.Count);
        Assert.Equal((firstTitle, firstClosing), (drafts[0].Title, drafts[0].ValidThrough));
        Assert.Equal((secondTitle, secondClosing), (drafts[1].Title, drafts[1].ValidThrough));
    }

    [Fact]
    public void A_further_opening_s_place_pay_and_hours_are_its_own_paragraph_s()
    {
        const string html = """
            <html lang="es"><body><main><h1>Trabaja con nosotros</h1>
              <p>Estamos buscando un/a <strong>abogado/a litigante</strong> para nuestra oficina de Lima, a tiempo completo, con una remuneración de S/ 4,500 mensuales.</p>
              <p>También buscamos un/a <strong>asistente administrativo/a</strong> a medio tiempo en Arequipa (S/ 1,800 mensuales).</p>
            </main></body></html>
            """;

        var drafts = SingleOpening.Find(Html.Parse(html), Page);

        Assert.Equal(2, drafts.Count);
        Assert.Equal(("Lima", "tiempo completo"), (drafts[0].Location, drafts[0].EmploymentType));
        Assert.Contains("4,500", drafts[0].SalaryText, StringComparison.Ordinal);
        Assert.Equal(("Arequipa", "medio tiempo"), (drafts[1].Location, drafts[1].EmploymentType));
        Assert.Contains("1,800", drafts[1].SalaryText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_role_announced_without_a_further_word_still_makes_the_page_no_single_opening_s()
    {
        const string html = """
            <html><body><main><h1>Jobs</h1>
              <p>We are hiring a Staff Attorney for our Boston office.</p>
              <p>We are looking for a Paralegal to join our Worcester office.</p>
            </main></body></html>
            """;

        Assert.Empty(SingleOpening.Find(Html.Parse(html), Page));
    }
}
