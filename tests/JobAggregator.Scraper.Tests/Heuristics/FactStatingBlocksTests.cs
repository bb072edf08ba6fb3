using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Extraction;

namespace JobAggregator.Scraper.Tests.Heuristics;

/// <summary>Role headings without a careers heading the vocabulary knows and without links, each over lines stating the
/// opening's facts (place, contract or hours, pay, closing date): the facts make them openings; a list stating only a
/// place and opening hours stays no listing.</summary>
public sealed class FactStatingBlocksTests
{
    private static readonly Uri Page = new("https://members.test/pagina/");

    [Theory]
    [InlineData("es", "Abogado penalista", "Lugar: Rosario", "Remuneración: $1.200.000 mensuales", "Plazo para postular: hasta el 15/01/2027", "Trabajador social", "Lugar: Córdoba", "Remuneración: $900.000 mensuales", "Plazo para postular: hasta el 22/01/2027")]
    [InlineData("pt", "Analista financeiro", "Local: Recife", "Salário: R$ 4.500,00", "Inscrições até 15/01/2027", "Assistente social", "Local: Olinda", "Salário: R$ 3.900,00", "Inscrições até 22/01/2027")]
    [InlineData("fr", "Juriste en droit des étrangers", "Lieu : Lyon", "Rémunération : 2 400 € bruts mensuels", "Date limite : 15 janvier 2027", "Travailleur social", "Lieu : Grenoble", "Rémunération : 2 100 € bruts mensuels", "Date limite : 22 janvier 2027")]
    [InlineData("de", "Rechtsanwalt Asylrecht", "Ort: Köln", "Gehalt: 4.200 € brutto monatlich", "Bewerbungsfrist: 15.01.2027", "Sozialarbeiter", "Ort: Bonn", "Gehalt: 3.400 € brutto monatlich", "Bewerbungsfrist: 22.01.2027")]
    [InlineData("it", "Avvocato penalista", "Sede: Milano", "Retribuzione: 2.300 € lordi mensili", "Scadenza: 15/01/2027", "Assistente sociale", "Sede: Torino", "Retribuzione: 1.900 € lordi mensili", "Scadenza: 22/01/2027")]
    [InlineData("nl", "Juridisch medewerker", "Plaats: Utrecht", "Salaris: € 3.200 bruto per maand", "Sluitingsdatum: 15 januari 2027", "Sociaal werker", "Plaats: Zwolle", "Salaris: € 2.900 bruto per maand", "Sluitingsdatum: 22 januari 2027")]
    [InlineData("en", "Staff attorney", "Location: Leeds", "Salary: £32,000 per year", "Closing date: 15 January 2027", "Caseworker", "Location: York", "Salary: £26,000 per year", "Closing date: 22 January 2027")]
    public void Role_headings_over_their_stated_facts_are_openings_without_a_careers_heading(string language, string first, string firstPlace,
        string firstPay, string firstClosing, string second, string secondPlace, string secondPay, string secondClosing)
    {
        var html = $"""
            <html lang="{language}"><body><main><h1>Asociación Horizonte</h1><p>Intro.</p>
              <section><h2>{first}</h2><p>{firstPlace}</p><p>{firstPay}</p><p>{firstClosing}</p></section>
              <section><h2>{second}</h2><p>{secondPlace}</p><p>{secondPay}</p><p>{secondClosing}</p></section>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal([first, second], drafts.Select(d => d.Title));
        Assert.All(drafts, d => Assert.NotNull(d.ValidThrough));
    }

    [Theory]
    [InlineData("Abogado de guardia", "Lugar: Sede Centro", "Horario: lunes a viernes de 9 a 13 h", "Trabajadora social", "Lugar: Sede Norte", "Horario: martes y jueves de 10 a 14 h")]
    [InlineData("Avocat de permanence", "Lieu : Maison du droit", "Horaires : lundi 9 h – 12 h", "Travailleur social", "Lieu : Mairie annexe", "Horaires : jeudi 14 h – 17 h")]
    [InlineData("Rechtsanwalt", "Ort: Beratungsstelle Mitte", "Sprechzeiten: Montag 9–12 Uhr", "Sozialarbeiter", "Ort: Beratungsstelle Nord", "Sprechzeiten: Donnerstag 14–17 Uhr")]
    [InlineData("Duty solicitor", "Location: Leeds Law Centre", "Hours: Monday 9am to 1pm", "Caseworker", "Location: York Library", "Hours: Thursday 2pm to 5pm")]
    public void Role_headings_over_a_place_and_opening_hours_are_no_openings(string first, string firstPlace, string firstHours,
        string second, string secondPlace, string secondHours)
    {
        var html = $"""
            <html><body><main><h1>Asociación Horizonte</h1><p>Intro.</p>
              <section><h2>{first}</h2><p>{firstPlace}</p><p>{firstHours}</p></section>
              <section><h2>{second}</h2><p>{secondPlace}</p><p>{secondHours}</p></section>
            </main></body></html>
            """;

        Assert.Empty(ListingHeuristicsStrategy.Extract(Html.Parse(html), Page));
    }

    [Theory]
    [InlineData("https://forms.gle/abc123", "Candidate-se")]
    [InlineData("https://docs.google.com/forms/d/e/1FAIpQLSc/viewform", "Postular")]
    [InlineData("https://forms.office.com/r/AbC123", "Postuler")]
    [InlineData("https://acme.typeform.com/to/xYz", "Apply")]
    [InlineData("https://form.jotform.com/230000000", "Jetzt bewerben")]
    public void An_apply_button_to_a_form_is_the_application_and_the_opening_stays_on_the_page(string form, string button)
    {
        var html = $"""
            <html><body><main><h1>Asociación Horizonte</h1>
              <section><h2>Abogado penalista</h2><p>Lugar: Rosario</p><p>Remuneración: $1.200.000 mensuales</p><a href="{form}">{button}</a></section>
              <section><h2>Trabajador social</h2><p>Lugar: Córdoba</p><p>Remuneración: $900.000 mensuales</p><a href="{form}">{button}</a></section>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(2, drafts.Count);
        Assert.All(drafts, d => Assert.Null(d.Url));
        Assert.All(drafts, d => Assert.Equal(new Uri(form), d.ApplyUrl));
    }
}
