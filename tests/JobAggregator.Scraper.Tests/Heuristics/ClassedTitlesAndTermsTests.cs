using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Extraction;

namespace JobAggregator.Scraper.Tests.Heuristics;

/// <summary>Openings whose title is neither a heading nor a link: a line classed as the item's title or name that opens
/// it, with an "Apply" button or lines classed by field after it, and the unlinked terms of a definition list.</summary>
public sealed class ClassedTitlesAndTermsTests
{
    private static readonly Uri Page = new("https://members.test/careers/");

    [Theory]
    [InlineData("Vacancies", "vacancy", "vacancy-title", "Case Review Lawyer", "Wellington", "Paralegal", "Auckland", "Apply")]
    [InlineData("Offres d'emploi", "offre", "offre-titre", "Juriste en droit des étrangers", "Lyon", "Assistant·e social·e", "Grenoble", "Postuler")]
    [InlineData("Trabaja con nosotros", "oferta", "oferta__nombre", "Abogado/a penalista", "Madrid", "Trabajador/a social", "Sevilla", "Postular")]
    [InlineData("Stellenangebote", "stelle", "stelle_titel", "Sozialarbeiter*in (m/w/d)", "Köln", "Rechtsanwalt (m/w/d)", "Bonn", "Jetzt bewerben")]
    [InlineData("Vacatures", "vacature", "vacature-naam", "Juridisch medewerker", "Utrecht", "Sociaal werker", "Zwolle", "Solliciteer")]
    public void A_classed_title_line_with_only_an_apply_button_is_an_opening_whose_page_is_the_application(string heading, string item,
        string titleClass, string first, string firstPlace, string second, string secondPlace, string apply)
    {
        var html = $"""
            <html><body><main><h1>{heading}</h1>
              <div class="{item}"><p class="{titleClass}">{first}</p><p>{firstPlace} · 2027</p><p><a class="button" href="https://apply.example.org/1">{apply}</a></p></div>
              <div class="{item}"><p class="{titleClass}">{second}</p><p>{secondPlace} · 2027</p><p><a class="button" href="https://apply.example.org/2">{apply}</a></p></div>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal([first, second], drafts.Select(d => d.Title));
        Assert.Equal([firstPlace, secondPlace], drafts.Select(d => d.Location));
        Assert.Equal(["https://apply.example.org/1", "https://apply.example.org/2"], drafts.Select(d => d.Url?.AbsoluteUri));
        Assert.Equal(drafts.Select(d => d.Url), drafts.Select(d => d.ApplyUrl));
    }

    [Theory]
    [InlineData("加入我们", "律师助理", "北京", "月薪8000元", "社工", "上海", "200元/天", "查看详情")]
    [InlineData("Join us", "Staff Attorney", "Denver", "$70,000 per year", "Investigator", "Boulder", "$28 per hour", "Details")]
    [InlineData("Trabalhe conosco", "Advogado(a)", "Recife", "R$ 5.000 mensais", "Assistente social", "Olinda", "R$ 3.200 mensais", "Saiba mais")]
    public void Spans_classed_by_field_after_a_classed_name_are_the_openings_fields(string heading, string first, string firstCity,
        string firstPay, string second, string secondCity, string secondPay, string more)
    {
        var html = $"""
            <html><body><div class="main"><div class="title">{heading}</div><div class="job-list">
              <div class="job-item"><span class="job-name">{first}</span><span class="job-city">{firstCity}</span><span class="job-salary">{firstPay}</span><a href="/jobs/1.html">{more}</a></div>
              <div class="job-item"><span class="job-name">{second}</span><span class="job-city">{secondCity}</span><span class="job-salary">{secondPay}</span><a href="/jobs/2.html">{more}</a></div>
            </div></div></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal([first, second], drafts.Select(d => d.Title));
        Assert.Equal([firstCity, secondCity], drafts.Select(d => d.Location));
        Assert.Equal([firstPay, secondPay], drafts.Select(d => d.SalaryText));
        Assert.Equal(["https://members.test/jobs/1.html", "https://members.test/jobs/2.html"], drafts.Select(d => d.Url?.AbsoluteUri));
        Assert.All(drafts, d => Assert.Null(d.ApplyUrl));
    }

    [Theory]
    [InlineData("募集職種", "社会福祉士（非常勤）", "勤務地：大阪市北区／時給1,500円", "事務職員（常勤）", "勤務地：京都市／月給22万円〜", "大阪市北区", "京都市")]
    [InlineData("Current vacancies", "Paralegal", "Boston · Full-time · $55,000", "Staff Attorney", "Worcester · Part-time", "Boston", "Worcester")]
    [InlineData("Vacantes", "Abogado/a", "Lugar de trabajo: Bilbao · Jornada completa", "Trabajador/a social", "Lugar de trabajo: Vitoria", "Bilbao", "Vitoria")]
    public void The_unlinked_terms_of_a_definition_list_under_a_careers_heading_are_openings(string heading, string first, string firstFacts,
        string second, string secondFacts, string firstPlace, string secondPlace)
    {
        var html = $"""
            <html><body><main><h1>About us</h1><h2>{heading}</h2>
              <dl><dt>{first}</dt><dd>{firstFacts}</dd><dt>{second}</dt><dd>{secondFacts}</dd></dl>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal([first, second], drafts.Select(d => d.Title));
        Assert.Equal([firstPlace, secondPlace], drafts.Select(d => d.Location));
        Assert.All(drafts, d => Assert.Null(d.Url));
    }

    [Fact]
    public void A_persons_post_after_their_name_opens_no_opening_nor_does_an_apply_button_for_volunteers()
    {
        const string html = """
            <html><body><main><h1>Our people</h1>
              <div class="person"><p class="person-name">Aroha Ngata</p><p class="person-title">Senior Case Review Lawyer</p><p>Wellington · part-time</p></div>
              <div class="person"><p class="person-name">Tom Whitfield</p><p class="person-title">Communications Advisor</p><p>Auckland · full-time</p></div>
              <div class="volunteer"><p class="volunteer-title">Volunteer case reviewer</p><p><a href="https://apply.example.org/v">Apply</a></p></div>
            </main></body></html>
            """;

        Assert.Empty(ListingHeuristicsStrategy.Extract(Html.Parse(html), Page));
    }

    [Fact]
    public void The_labels_of_a_definition_list_of_facts_are_no_openings()
    {
        const string html = """
            <html><body><main><h1>Stellenangebote</h1>
              <dl><dt>Sozialarbeiter*in (m/w/d)</dt><dd><dl><dt>Standort</dt><dd>Köln</dd><dt>Arbeitszeit</dt><dd>Teilzeit</dd></dl></dd></dl>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Sozialarbeiter*in (m/w/d)"], drafts.Select(d => d.Title));
        Assert.Equal(["Köln"], drafts.Select(d => d.Location));
    }

    [Fact]
    public void A_glossary_is_no_listing()
    {
        const string html = """
            <html><body><main><h1>Glossary</h1>
              <dl><dt>Public defender</dt><dd>A lawyer paid by the state to represent people who cannot afford one.</dd>
              <dt>Paralegal</dt><dd>A trained assistant who supports lawyers with research and case files.</dd></dl>
            </main></body></html>
            """;

        Assert.Empty(ListingHeuristicsStrategy.Extract(Html.Parse(html), Page));
    }

    [Theory]
    [InlineData("Recrutamento", "Técnico Superior de Serviço Social", "Local de trabalho: Porto", "Ajudante de Ação Direta", "Local de trabalho: Vila Nova de Gaia", "Porto")]
    [InlineData("Trabaja con nosotros", "Abogado/a penalista", "Lugar de trabajo: Sevilla", "Auxiliar administrativo/a", "Lugar de trabajo: Cádiz", "Sevilla")]
    [InlineData("Offres d'emploi", "Juriste en droit des étrangers", "Lieu : Lyon", "Agent·e d'accueil", "Lieu : Grenoble", "Lyon")]
    [InlineData("Vacatures", "Juridisch medewerker", "Standplaats: Utrecht", "Medewerker onthaal", "Standplaats: Zwolle", "Utrecht")]
    public void A_builder_s_classed_title_line_naming_the_careers_section_heads_the_title_lines_after_it(string section, string first,
        string firstFacts, string second, string secondFacts, string firstPlace)
    {
        // Tilda writes no heading element: the section's title and each opening's are divs its classes name titles.
        var html = $"""
            <html><body><main><div class="t-records">
              <div class="t-rec"><div class="t030"><div class="t-col"><div class="t030__title t-title">{section}</div><div class="t030__descr t-descr">Venha trabalhar connosco.</div></div></div></div>
              <div class="t-rec"><div class="t120"><div class="t-col"><div class="t120__title t-heading">{first}</div><div class="t120__text t-text">{firstFacts}<br>Tempo completo</div></div></div></div>
              <div class="t-rec"><div class="t120"><div class="t-col"><div class="t120__title t-heading">{second}</div><div class="t120__text t-text">{secondFacts}<br>Part-time</div></div></div></div>
            </div></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal([first, second], drafts.Select(d => d.Title));
        Assert.Equal(firstPlace, drafts[0].Location);
    }

    [Fact]
    public void A_classed_title_line_naming_no_careers_section_heads_nothing()
    {
        var html = """
            <html><body><main><div class="t-records">
              <div class="t-rec"><div class="t-col"><div class="t030__title t-title">A nossa equipa</div></div></div>
              <div class="t-rec"><div class="t-col"><div class="t120__title t-heading">Técnica Superior de Serviço Social</div><div class="t120__text t-text">Maria Silva<br>Porto</div></div></div>
              <div class="t-rec"><div class="t-col"><div class="t120__title t-heading">Ajudante de Ação Direta</div><div class="t120__text t-text">João Costa<br>Gaia</div></div></div>
            </div></main></body></html>
            """;

        Assert.Empty(ListingHeuristicsStrategy.Extract(Html.Parse(html), Page));
    }

    [Theory]
    [InlineData("heading-style-h5", "Sozialarbeiter/in FH", "Bern", "Pensum 60–80 %", "Praktikant/in Soziale Arbeit")]
    [InlineData("h5", "Juriste", "Genève", "Taux d'activité 80 %", "Stagiaire juriste")]
    [InlineData("text-h4", "Avvocato/a", "Lugano", "Grado di occupazione 80 %", "Praticante legale")]
    public void A_card_link_s_title_is_the_element_classed_as_a_heading_not_the_whole_card(string headingClass, string first, string place, string workload, string second)
    {
        var html = $"""
            <html><body><main><h1>Offene Stellen</h1><div role="list" class="jobs_list w-dyn-items">
            <div role="listitem" class="jobs_item w-dyn-item"><a href="/stellen/first" class="job-card_link"><div class="{headingClass}">{first}</div><div class="job-card_meta"><div>{place}</div><div>{workload}</div><div>Bewerbung bis 15.01.2027</div></div></a></div>
            <div role="listitem" class="jobs_item w-dyn-item"><a href="/stellen/second" class="job-card_link"><div class="{headingClass}">{second}</div><div class="job-card_meta"><div>{place}</div><div>{workload}</div><div>Bewerbung bis 31.01.2027</div></div></a></div>
            </div></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal([(first, place), (second, place)], drafts.Select(d => (d.Title!, d.Location!)));
    }
}
