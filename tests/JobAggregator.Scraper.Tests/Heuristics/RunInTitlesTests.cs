using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Extraction;

namespace JobAggregator.Scraper.Tests.Heuristics;

/// <summary>Openings written as paragraphs that open with a bold title run into their sentence after a dash, under a
/// hiring heading; bold run-ins of ordinary prose are no openings.</summary>
public sealed class RunInTitlesTests
{
    private static readonly Uri Page = new("https://members.test/newsletter/december/");

    [Theory]
    [InlineData("We're hiring", "Staff Attorney", "Chicago, IL. Full-time. Salary: $72,000 per year. Apply by January 8, 2027.", "Paralegal", "Springfield, IL, part-time (20 hours a week). $24 an hour. Apply by January 15, 2027.")]
    [InlineData("On recrute", "Juriste (H/F)", "Lyon, CDI à temps plein. Rémunération : 2 400 € bruts mensuels.", "Assistant·e social·e", "Grenoble, CDD à temps partiel. Rémunération : 1 900 € bruts mensuels.")]
    [InlineData("Wir stellen ein", "Sozialarbeiter*in (m/w/d)", "Köln, Teilzeit (30 Std.). Gehalt: 3.100 € brutto/Monat.", "Rechtsanwalt (m/w/d)", "Bonn, Vollzeit. Gehalt: 4.800 € brutto/Monat.")]
    [InlineData("Lavora con noi", "Avvocato/a penalista", "Milano, tempo pieno. Retribuzione: 2.300 € lordi mensili.", "Assistente sociale", "Torino, part-time. Retribuzione: 1.400 € lordi mensili.")]
    [InlineData("Vacatures", "Juridisch medewerker", "Utrecht, 32 uur per week. Salaris: € 3.200 bruto per maand.", "Sociaal werker", "Zwolle, 24 uur per week. Salaris: € 2.900 bruto per maand.")]
    [InlineData("Estamos contratando", "Advogado(a) criminalista", "Recife, tempo integral. Salário: R$ 6.500 por mês.", "Assistente de comunicação", "Olinda, meio período. Salário: R$ 2.900 por mês.")]
    [InlineData("Buscamos gente", "Abogado/a para el área de litigio", "Rosario. Jornada completa. Remuneración: $1.450.000 mensuales.", "Asistente de comunicación", "Córdoba, medio tiempo. Honorarios: $620.000 mensuales.")]
    public void Bold_titles_run_into_their_facts_under_a_hiring_heading_are_openings(string heading, string first, string firstFacts, string second, string secondFacts)
    {
        var html = $"""
            <html><body><main><h1>Newsletter</h1><p>News of the month.</p><h2>{heading}</h2>
              <p><strong>{first}</strong> – {firstFacts}</p>
              <p><strong>{second}</strong> – {secondFacts}</p>
              <h2>Agenda</h2><p>12/12 – Training day.</p>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal([first, second], drafts.Select(d => d.Title));
        Assert.All(drafts, d => Assert.NotNull(d.SalaryText));
    }

    [Theory]
    [InlineData("Nuestro equipo", "<p><strong>Ana Pérez</strong> – abogada, coordina el área de litigio.</p><p><strong>Luis Gómez</strong> – trabajador social, jornada completa.</p>")]
    [InlineData("Our team", "<p><strong>Staff Attorney</strong> – Maria Lopez leads our litigation, full-time since 2019.</p><p><strong>Paralegal</strong> – John Smith, part-time.</p>")]
    [InlineData("Noticias", "<p><strong>Nota:</strong> la abogada de turno atiende de 9 a 13 h, jornada completa.</p><p><strong>Abogado/a voluntario/a</strong> – gracias por tu ayuda en 2026, medio tiempo.</p>")]
    [InlineData("Rückblick", "<p><strong>Rechtsanwältin (m/w/d)</strong> – unsere Kollegin sprach in Köln, Teilzeit seit 2020.</p><p><strong>Sozialarbeiter*in</strong> – Vollzeit, im Team seit 2018.</p>")]
    public void Bold_run_ins_of_ordinary_prose_are_no_openings(string heading, string paragraphs)
    {
        var html = $"<html><body><main><h1>Boletín</h1><h2>{heading}</h2>{paragraphs}</main></body></html>";

        Assert.Empty(ListingHeuristicsStrategy.Extract(Html.Parse(html), Page));
    }
}
