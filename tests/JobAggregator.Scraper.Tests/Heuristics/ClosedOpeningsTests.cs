using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Extraction;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class ClosedOpeningsTests
{
    private static readonly Uri Page = new("https://members.test/careers/");

    [Theory]
    [InlineData("Careers", "job", "Staff Attorney", "Paralegal", """<span class="badge">Position filled</span>""", "New Orleans, LA · Full-time · $68,000–$78,000", "New Orleans, LA")]
    [InlineData("Careers", "job job--closed", "Staff Attorney", "Paralegal", "", "Portland, OR · Full-time", "Portland, OR")]
    [InlineData("Careers", "job is-closed", "Staff Attorney", "Paralegal", "", "Dover, DE · Part-time", "Dover, DE")]
    [InlineData("Careers", "job", "Staff Attorney", "Paralegal", """<span class="tag">No longer accepting applications</span>""", "Fort Wayne, IN · Full-time", "Fort Wayne, IN")]
    [InlineData("Offres d'emploi", "offre", "Juriste", "Assistant·e juridique", """<span class="badge">Pourvu</span>""", "Lyon · CDI", "Lyon")]
    [InlineData("Stellenangebote", "stelle", "Sozialarbeiter*in (m/w/d)", "Jurist*in (m/w/d)", """<span class="badge">Besetzt</span>""", "Berlin · Vollzeit", "Berlin")]
    [InlineData("Ofertas de empleo", "oferta", "Abogado/a", "Trabajador/a social", """<span class="badge">Cerrada</span>""", "Madrid · Jornada completa", "Madrid")]
    [InlineData("Vacatures", "vacature", "Jurist", "Sociaal werker", """<span class="badge">Vervuld</span>""", "Utrecht · Fulltime", "Utrecht")]
    [InlineData("Lavora con noi", "posizione", "Avvocato/a", "Assistente legale", """<span class="badge">Chiusa</span>""", "Milano · Tempo pieno", "Milano")]
    [InlineData("Trabalhe conosco", "vaga", "Advogado(a)", "Assistente social", """<span class="badge">Encerrada</span>""", "Lisboa · Tempo inteiro", "Lisboa")]
    [InlineData("Convocatorias", "convocatoria", "Abogado/a", "Pasante de comunicación", """<span class="estado">– finalizada</span>""", "Rosario · Jornada completa", "Rosario")]
    [InlineData("Offres d'emploi", "offre", "Juriste", "Chargé·e de plaidoyer", """<span class="badge">Offre clôturée</span>""", "Lyon · CDI", "Lyon")]
    [InlineData("Careers", "job", "Staff Attorney", "Investigator", """<span class="tag">Expired</span>""", "Reno, NV · Full-time", "Reno, NV")]
    [InlineData("採用情報", "job", "法律事務スタッフ", "相談員", """<span class="badge">募集終了</span>""", "東京都千代田区 · 雇用形態：正社員", "東京都千代田区")]
    public void A_card_marked_filled_in_its_heading_or_class_is_no_opening_and_the_open_cards_keep_their_facts(
        string heading, string closedClass, string openTitle, string closedTitle, string badge, string facts, string place)
    {
        var html = $"""
            <html><body><main><h1>{heading}</h1><div class="jobs">
            <div class="{closedClass.Split(' ')[0]}"><h3><a href="/careers/open-1">{openTitle}</a></h3><p>{facts}</p></div>
            <div class="{closedClass}"><h3><a href="/careers/closed-1">{closedTitle}</a> {badge}</h3><p>{facts}</p></div>
            <div class="{closedClass.Split(' ')[0]}"><h3><a href="/careers/open-2">{openTitle} II</a></h3><p>{facts}</p></div>
            </div></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal([openTitle, $"{openTitle} II"], drafts.Select(d => d.Title));
        Assert.All(drafts, d => Assert.Equal(place, d.Location));
        Assert.All(drafts, d => Assert.NotNull(d.EmploymentType));
    }

    [Theory]
    [InlineData("Position filled", true)]
    [InlineData("No longer accepting applications", true)]
    [InlineData("Open until filled", false)]
    [InlineData("Poste à pourvoir", false)]
    [InlineData("Stelle besetzt", true)]
    [InlineData("已截止", true)]
    public void Reads_a_marker_in_a_text(string text, bool closed) =>
        Assert.Equal(closed, ClosedOpenings.Marks(text));

    [Theory]
    [InlineData("Ann Arbor or Detroit, MI · Unpaid internship (academic credit available)", false)]
    [InlineData("Stage de trois mois, non rémunéré", false)]
    [InlineData("Prácticas no remuneradas, 20 horas semanales", false)]
    [InlineData("Praktikum, unvergütet", false)]
    [InlineData("Tirocinio curricolare non retribuito", false)]
    [InlineData("Stage onbetaald, 4 dagen per week", false)]
    [InlineData("Volunteer · unpaid · flexible hours", true)]
    [InlineData("Mission bénévole, non rémunérée", true)]
    [InlineData("Ehrenamtlich und unbezahlt", true)]
    [InlineData("Unpaid internship – position filled", true)]
    public void An_unpaid_internship_is_an_opening_and_another_unpaid_seat_is_none(string text, bool marked) =>
        Assert.Equal(marked, ClosedOpenings.Marks(text));

    [Theory]
    [InlineData("job job--closed", true)]
    [InlineData("card is-filled", true)]
    [InlineData("recruit-item closed", true)]
    [InlineData("elementor-accordion-icon-closed", false)]
    [InlineData("job job--featured", false)]
    public void Reads_a_marker_in_a_block_s_class(string classes, bool closed) =>
        Assert.Equal(closed, ClosedOpenings.Marks(Html.Parse($"""<html><body><div class="{classes}">Caseworker</div></body></html>""").Body!.FirstElementChild!));

    [Theory]
    [InlineData("<li><del><a href=\"/jobs/1\"><strong>Juridisch secretaresse</strong></a><br>Rotterdam · 24 uur</del></li>", true)]
    [InlineData("<li><s>Abogado/a penalista – Madrid</s> · jornada completa</li>", true)]
    [InlineData("<div class=\"job\"><h3><strike>Avvocato/a junior</strike></h3><p>Torino</p></div>", true)]
    [InlineData("<div><h3 style=\"text-decoration: line-through\">Sozialarbeiter*in (m/w/d)</h3><p>Berlin</p></div>", true)]
    [InlineData("<li><a href=\"/jobs/2\">Staff Attorney</a> – Chicago <s>$70,000</s> $75,000</li>", false)]
    [InlineData("<li><a href=\"/jobs/3\">Advocaat strafrecht</a><br>Rotterdam · 32-36 uur</li>", false)]
    public void Reads_a_struck_through_title_as_closed(string html, bool closed) =>
        Assert.Equal(closed, ClosedOpenings.Marks(Html.Parse($"<html><body><ul>{html}</ul></body></html>").QuerySelector("li, div")!));

    [Theory]
    [InlineData("Nous rejoindre", "<li><s><a href=\"/offres/charge-plaidoyer\">Chargé·e de plaidoyer</a> – CDD 12 mois – Paris</s></li>", "Juriste (H/F)", "– CDI – Lyon")]
    [InlineData("Current vacancies", "<li><a href=\"/jobs/paralegal\"><del>Paralegal</del></a> – Full-time – Leeds</li>", "Caseworker", "– Full-time – Leeds")]
    [InlineData("Ofertas de empleo", "<li><strike><a href=\"/empleo/abogado\">Abogado/a penalista</a></strike> – Jornada completa – Madrid</li>", "Trabajador/a social", "– Jornada completa – Madrid")]
    [InlineData("Vacatures", "<li class=\"text-decoration-line-through\"><a href=\"/vacatures/jurist\">Jurist</a> – 32 uur – Utrecht</li>", "Sociaal werker", "– 32 uur – Utrecht")]
    [InlineData("Stellenangebote", "<li><a class=\"line-through\" href=\"/stellen/jurist\">Jurist*in (m/w/d)</a> – Vollzeit – Berlin</li>", "Sozialarbeiter*in (m/w/d)", "– Vollzeit – Berlin")]
    [InlineData("Lavora con noi", "<li><span style=\"text-decoration: line-through\"><a href=\"/lavoro/avvocato\">Avvocato/a</a></span> – Tempo pieno – Milano</li>", "Assistente legale", "– Tempo pieno – Milano")]
    public void A_listed_offer_whose_title_is_struck_through_is_filled(string heading, string struckItem, string openTitle, string facts)
    {
        var html = $"""
            <html><body><main><h1>{heading}</h1><ul>
            <li><a href="/jobs/open-1"><strong>{openTitle}</strong></a> {facts}</li>
            {struckItem}
            <li><a href="/jobs/open-2"><strong>{openTitle} II</strong></a> {facts}</li>
            </ul></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal([openTitle, $"{openTitle} II"], drafts.Select(d => d.Title));
    }

    [Theory]
    [InlineData("Offres d'emploi", "<s>Chargé·e de plaidoyer</s>", "Juriste (H/F)", "Lieu : Lyon")]
    [InlineData("Current openings", "<del>Staff Attorney</del>", "Investigator", "Location: Boise, ID")]
    [InlineData("Vacantes", "<span class=\"strikethrough\">Abogado/a</span>", "Trabajador/a social", "Lugar: Sevilla")]
    public void A_heading_struck_through_is_a_filled_opening_among_open_ones(string heading, string struckTitle, string openTitle, string facts)
    {
        var html = $"""
            <html><body><main><h1>{heading}</h1>
            <h3>{openTitle}</h3><p>{facts}</p>
            <h3>{struckTitle}</h3><p>{facts}</p>
            <h3>{openTitle} II</h3><p>{facts}</p>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal([openTitle, $"{openTitle} II"], drafts.Select(d => d.Title));
    }

    [Theory]
    [InlineData("<li><a href=\"/jobs/1\"><s>Paralegal</s></a></li>", true)]
    [InlineData("<li><a href=\"/jobs/1\"><del>Senior</del> Paralegal</a></li>", false)]
    [InlineData("<li><a href=\"/jobs/1\">Paralegal</a> <s>$40,000</s> $45,000</li>", false)]
    public void Only_a_title_struck_through_whole_is_struck(string item, bool struck)
    {
        var link = Html.Parse($"<html><body><ul>{item}</ul></body></html>").QuerySelector("a")!;

        Assert.Equal(struck, ClosedOpenings.StruckThrough(link));
    }

    [Theory]
    [InlineData("Búsquedas vigentes", "Psicólogo/a", "Abogado/a penalista <span style=\"color:#c00\">(CERRADA)</span>", "Rosario, Santa Fe · Jornada completa", "Rosario, Santa Fe")]
    [InlineData("Trabaja con nosotros", "Trabajador/a social", "Abogado/a laboralista (CERRADO)", "Madrid · Jornada completa", "Madrid")]
    [InlineData("Offres d'emploi", "Juriste", "Assistant·e juridique (FERMÉ)", "Lyon · CDI", "Lyon")]
    [InlineData("Careers", "Paralegal", "Staff Attorney [CLOSED]", "Chicago, IL · Full-time", "Chicago, IL")]
    [InlineData("Stellenangebote", "Sozialarbeiter*in (m/w/d)", "Jurist*in (m/w/d) (GESCHLOSSEN)", "Berlin · Vollzeit", "Berlin")]
    public void A_heading_marked_closed_in_brackets_is_a_filled_search(string section, string openTitle, string closedTitle, string facts, string place)
    {
        // Jimdo's modules: each heading in a header module, its facts in the text module after it.
        var html = $"""
            <html><body><main><div id="content_area">
              <div class="j-module j-text"><h1>{section}</h1><p>Mandá tu CV indicando la búsqueda.</p></div>
              <div class="j-module j-header"><h2>{openTitle}</h2></div>
              <div class="j-module j-text"><p>{facts}</p></div>
              <div class="j-module j-header"><h2>{closedTitle}</h2></div>
              <div class="j-module j-text"><p>{facts}</p></div>
            </div></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal([openTitle], drafts.Select(d => d.Title));
        Assert.Equal(place, drafts[0].Location);
    }

    [Theory]
    [InlineData("Abogado/a (CERRADA)", true)]
    [InlineData("Juriste (fermé)", true)]
    [InlineData("Jurist*in [geschlossen]", true)]
    [InlineData("【募集終了】ファンドレイジング担当", true)]
    [InlineData("【募集締切】法律事務スタッフ", true)]
    [InlineData("相談員（受付終了）", true)]
    [InlineData("【終了】パラリーガル", true)]
    [InlineData("【已截止】【徵才】社工督導", true)]
    [InlineData("【已額滿】行政助理（兼職）", true)]
    [InlineData("(已截止) 法務專員", true)]
    [InlineData("【截止】法務專員", true)]
    [InlineData("【招聘结束】项目主管", true)]
    [InlineData("法律助理（已满额）", true)]
    [InlineData("[FILLED] Staff Attorney", true)]
    [InlineData("Juriste (pourvu)", true)]
    [InlineData("Abogado/a（CERRADA）", true)]
    [InlineData("Advogado(a) [encerrada]", true)]
    [InlineData("Avvocato/a (chiusa)", true)]
    [InlineData("Jurist (vervuld)", true)]
    [InlineData("募集締切：2027年1月15日", false)]
    [InlineData("応募締切 2027年1月15日", false)]
    [InlineData("定員になり次第受付終了します", false)]
    [InlineData("截止日期：2027年1月15日", false)]
    [InlineData("报名截止时间：2027年1月10日17:00", false)]
    [InlineData("试用期结束后签订劳动合同", false)]
    [InlineData("Nos bureaux sont fermés le lundi", false)]
    [InlineData("Jurist*in, abgeschlossenes Studium", false)]
    public void Reads_a_marker_alone_in_brackets(string text, bool closed) =>
        Assert.Equal(closed, ClosedOpenings.Marks(text));

    [Theory]
    [InlineData("採用情報", "事務局スタッフ", "【募集終了】ファンドレイジング担当", "雇用形態", "契約職員", "勤務地", "東京都新宿区")]
    [InlineData("採用情報", "事務局スタッフ", "【募集締切】パラリーガル", "雇用形態", "パート職員", "勤務地", "東京都新宿区")]
    [InlineData("徵才資訊", "法務專員", "【已額滿】行政助理", "工作性質", "全職", "工作地點", "台北市")]
    [InlineData("招聘信息", "项目主管", "【已截止】法律助理", "工作性质", "全职", "工作地点", "武汉市")]
    [InlineData("Current openings", "Staff Attorney", "[FILLED] Paralegal", "Type", "Full-time", "Location", "Chicago, IL")]
    [InlineData("Vacantes", "Abogado/a", "Trabajador/a social (CERRADA)", "Jornada", "Tiempo completo", "Lugar", "Madrid")]
    public void A_heading_before_its_facts_that_marks_its_position_closed_is_no_opening(
        string section, string openTitle, string closedTitle, string typeLabel, string type, string placeLabel, string place)
    {
        var facts = $"<dl><dt>{typeLabel}</dt><dd>{type}</dd><dt>{placeLabel}</dt><dd>{place}</dd></dl>";
        var html = $"""
            <html><body><main><h1>{section}</h1>
            <section><h3>{openTitle}</h3>{facts}</section>
            <section><h3>{openTitle} II</h3>{facts}</section>
            <section><h3>{closedTitle}</h3>{facts}</section>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal([openTitle, $"{openTitle} II"], drafts.Select(d => d.Title));
        Assert.All(drafts, d => Assert.Equal(place, d.Location));
    }
}
