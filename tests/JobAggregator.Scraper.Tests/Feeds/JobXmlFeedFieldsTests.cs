using System.Xml.Linq;
using JobAggregator.Scraper.Extraction.Feeds;

namespace JobAggregator.Scraper.Tests.Feeds;

/// <summary>Dates and pay a job feed writes in elements of its own, the way its country writes them.</summary>
public sealed class JobXmlFeedFieldsTests
{
    [Theory]
    [InlineData("03-11-2025", true, "2025-11-03")]
    [InlineData("03/11/2025", true, "2025-11-03")]
    [InlineData("03.11.2025", false, "2025-11-03")]
    [InlineData("2025-11-03", true, "2025-11-03")]
    public void Reads_a_day_first_date_with_dashes_slashes_or_dots(string text, bool dayFirst, string expected) =>
        Assert.Equal(expected, JobXmlFeedMapper.Date(text, dayFirst));

    [Theory]
    [InlineData("<job><salary_min>2.950,00</salary_min><salary_max>3.600,00</salary_max><salary_currency>EUR</salary_currency></job>", 2950, 3600)]
    [InlineData("<job><salary_min>17,25</salary_min><salary_max>19,80</salary_max></job>", 17.25, 19.80)]
    [InlineData("<job><salary><min>$52,000</min><max>$58,500.00</max></salary></job>", 52000, 58500)]
    public void Reads_pay_elements_written_in_either_convention(string xml, double min, double max)
    {
        var salary = FeedSalaryElements.Of(XElement.Parse(xml));

        Assert.NotNull(salary);
        Assert.Equal((decimal)min, salary.Min);
        Assert.Equal((decimal)max, salary.Max);
    }

    [Theory]
    [InlineData("<vacatures><vacature><titel>Jurist</titel><organisatie>Stichting Recht</organisatie><plaats>Utrecht</plaats><uren>24</uren><dienstverband>Vast</dienstverband><publicatiedatum>2026-11-20</publicatiedatum><sluitingsdatum>2027-01-10</sluitingsdatum><url>https://example.nl/vacatures/jurist</url></vacature></vacatures>",
        "Jurist", "Stichting Recht", "Utrecht", "24 hours per week, Vast", "2026-11-20", "2027-01-10")]
    [InlineData("<stellenangebote><stellenangebot><bezeichnung>Sozialarbeiter*in (m/w/d)</bezeichnung><arbeitgeber>Rechtshilfe e.V.</arbeitgeber><standort>Köln</standort><stunden>30</stunden><anstellungsart>befristet</anstellungsart><veröffentlicht>01.12.2026</veröffentlicht><bewerbungsschluss>15.01.2027</bewerbungsschluss><url>https://example.de/stellen/1</url></stellenangebot></stellenangebote>",
        "Sozialarbeiter*in (m/w/d)", "Rechtshilfe e.V.", "Köln", "30 hours per week, befristet", "2026-12-01", "2027-01-15")]
    [InlineData("<offres><offre><titre>Juriste</titre><entreprise>Collectif Justice</entreprise><lieu>Lyon</lieu><contrat>CDD</contrat><date_publication>2026-11-02</date_publication><date_limite>2027-01-08</date_limite><url>https://example.fr/offres/juriste</url></offre></offres>",
        "Juriste", "Collectif Justice", "Lyon", "CDD", "2026-11-02", "2027-01-08")]
    [InlineData("<ofertas><oferta><título>Abogado/a penalista</título><empresa>Fundación Inocencia</empresa><ubicación>Madrid</ubicación><horas>40</horas><jornada>Jornada completa</jornada><fecha_publicación>2026-11-10</fecha_publicación><fecha_límite>2026-12-20</fecha_límite><url>https://example.es/ofertas/1</url></oferta></ofertas>",
        "Abogado/a penalista", "Fundación Inocencia", "Madrid", "40 hours per week, Jornada completa", "2026-11-10", "2026-12-20")]
    [InlineData("<offerte><offerta><titolo>Assistente legale</titolo><azienda>Progetto Innocenza</azienda><sede>Milano</sede><contratto>Tempo determinato</contratto><data_pubblicazione>2026-10-01</data_pubblicazione><scadenza>2026-10-31</scadenza><url>https://example.it/offerte/1</url></offerta></offerte>",
        "Assistente legale", "Progetto Innocenza", "Milano", "Tempo determinato", "2026-10-01", "2026-10-31")]
    [InlineData("<vagas><vaga><título>Advogado(a)</título><empresa>Projeto Inocência</empresa><cidade>Recife</cidade><regime>CLT</regime><prazo>2027-01-15</prazo><url>https://example.com.br/vagas/1</url></vaga></vagas>",
        "Advogado(a)", "Projeto Inocência", "Recife", "CLT", null, "2027-01-15")]
    public void Reads_a_job_export_whose_names_are_in_the_members_language(
        string xml, string title, string organization, string place, string type, string? posted, string? closes)
    {
        var posting = Assert.Single(JobXmlFeedMapper.Map(XDocument.Parse(xml), new Uri("https://example.org/jobs.xml"))!);

        Assert.Equal(title, posting.Title);
        Assert.Equal(organization, posting.Organization);
        Assert.Equal(place, posting.Location);
        Assert.Equal(type, posting.EmploymentType);
        Assert.Equal(posted, posting.DatePosted);
        Assert.Equal(closes, posting.ValidThrough);
        Assert.NotNull(posting.Url);
    }

    [Theory]
    [InlineData("<salaris min=\"3200\" max=\"4100\" periode=\"maand\">€ 3.200 – € 4.100 bruto per maand</salaris>", 3200, 4100, "MAAND")]
    [InlineData("<gehalt von=\"3.400\" bis=\"4.200\" zeitraum=\"Monat\" währung=\"EUR\"/>", 3400, 4200, "MONAT")]
    [InlineData("<salaire min=\"32000\" max=\"36000\" periodicité=\"an\"/>", 32000, 36000, "AN")]
    [InlineData("<salario desde=\"1800\" hasta=\"2100\" periodo=\"mes\"/>", 1800, 2100, "MES")]
    public void Reads_pay_stated_as_attributes_of_a_pay_element(string salaryXml, double min, double max, string period)
    {
        var salary = FeedSalaryElements.Of(XElement.Parse($"<job>{salaryXml}</job>"));

        Assert.NotNull(salary);
        Assert.Equal((decimal)min, salary.Min);
        Assert.Equal((decimal)max, salary.Max);
        Assert.Equal(period, salary.UnitText);
    }

    [Theory]
    [InlineData("<ofertas><oferta><titulo>Código Penal comentado</titulo><empresa>Librería</empresa><ciudad>Madrid</ciudad><precio>49,90</precio><fecha_fin>2026-12-31</fecha_fin></oferta></ofertas>")]
    [InlineData("<annonces><annonce><titre>Appartement T3</titre><type>Location</type><ville>Lyon</ville><prix periode=\"mois\">1150</prix></annonce></annonces>")]
    [InlineData("<evenementen><evenement><titel>Lezing</titel><organisatie>Stichting Onschuld</organisatie><plaats>Rotterdam</plaats><uren>2</uren></evenement></evenementen>")]
    [InlineData("<urlset><url><loc>https://example.nl/vacatures/jurist</loc><lastmod>2026-11-20</lastmod></url></urlset>")]
    public void Leaves_an_export_of_offers_ads_events_or_pages_that_states_no_job_field_unread(string xml) =>
        Assert.Null(JobXmlFeedMapper.Map(XDocument.Parse(xml), new Uri("https://example.org/export.xml")));
}
