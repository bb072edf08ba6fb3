using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Extraction;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class TownsAfterPrepositionTests
{
    private static readonly Uri Page = new("https://members.test/careers/");

    [Theory]
    [InlineData("Am Lehrstuhl ist zum 1. März eine Stelle (50 %, Entgeltgruppe E 13 TV-L) in Kassel befristet für drei Jahre zu besetzen.", "Kassel")]
    [InlineData("Ab Januar, 9 Stunden pro Woche in Kassel, Vergütung 13,98 € pro Stunde.", "Kassel")]
    [InlineData("A post of 21 hours a week in Leeds, with home visits across the county.", "Leeds")]
    [InlineData("Le contrat est de 28 heures par semaine à Lyon avec des déplacements en région.", "Lyon")]
    [InlineData("Jornada de 20 horas semanales en Sevilla, con horario flexible.", "Sevilla")]
    [InlineData("Un posto a tempo parziale, 20 ore settimanali a Milano presso la clinica legale.", "Milano")]
    [InlineData("Vaga de 30 horas semanais em Recife com início imediato e contrato anual.", "Recife")]
    [InlineData("Een functie van 24 uur per week in Utrecht met ruimte voor groei en scholing.", "Utrecht")]
    [InlineData("Die Stelle ist am Standort Kassel ab sofort in Vollzeit zu besetzen.", "Kassel")]
    public void Reads_a_known_town_in_a_sentence_about_the_post(string text, string town) =>
        Assert.Equal(town, ProseFields.Location(text));

    [Theory]
    [InlineData("Die Stelle ist in Teilzeit und in Absprache mit dem Team zu besetzen.")]
    [InlineData("Die Law Clinic berät Ratsuchende in Kassel seit über zwanzig Jahren.")]
    [InlineData("Our clients in Leeds are mostly tenants facing eviction.")]
    [InlineData("Nous accompagnons les personnes exilées à Lyon depuis 1998.")]
    [InlineData("Für die Stelle arbeiten wir in Leeds und Manchester.")]
    [InlineData("Un poste de 28 heures par semaine à Lyon et Villeurbanne.")]
    public void Reads_no_town_in_another_sentence_nor_a_noun_that_is_none(string text) =>
        Assert.Null(ProseFields.Location(text));

    [Theory]
    [InlineData("Stellenangebote", "Sozialarbeiter*in (m/w/d) in Kassel", "Jurist*in (m/w/d) in Kassel", "Vollzeit, unbefristet", "Kassel")]
    [InlineData("Current vacancies", "Paralegal in Leeds", "Senior Caseworker in Leeds", "Full-time, permanent", "Leeds")]
    [InlineData("Offres d'emploi", "Juriste à Lyon", "Assistant·e juridique à Lyon", "CDI, temps plein", "Lyon")]
    [InlineData("Ofertas de empleo", "Abogado/a en Sevilla", "Trabajador/a social en Sevilla", "Jornada completa", "Sevilla")]
    [InlineData("Lavora con noi", "Avvocato/a a Milano", "Assistente legale a Milano", "Tempo pieno", "Milano")]
    [InlineData("Trabalhe conosco", "Advogado(a) em Recife", "Assistente social em Recife", "Tempo inteiro", "Recife")]
    [InlineData("Vacatures", "Jurist in Utrecht", "Sociaal werker in Utrecht", "32 uur per week", "Utrecht")]
    public void A_known_town_after_in_in_a_title_is_the_place_when_the_block_names_none(string heading, string first, string second, string facts, string town)
    {
        var html = $"""
            <html><body><main><h1>{heading}</h1>
            <h3>{first}</h3><p>{facts}</p>
            <h3>{second}</h3><p>{facts}</p>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal([first, second], drafts.Select(d => d.Title));
        Assert.All(drafts, d => Assert.Equal(town, d.Location));
    }

    [Fact]
    public void A_title_whose_in_names_no_town_has_no_place()
    {
        var html = """
            <html><body><main><h1>Stellenangebote</h1>
            <h3>Sozialarbeiter*in (m/w/d) in Teilzeit</h3><p>befristet, 30 Stunden pro Woche</p>
            <h3>Jurist*in (m/w/d) in Vollzeit</h3><p>unbefristet, 39 Stunden pro Woche</p>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(2, drafts.Count);
        Assert.All(drafts, d => Assert.Null(d.Location));
    }
}
