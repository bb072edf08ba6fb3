using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Extraction;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class ClosingSentencesTests
{
    private static readonly Uri Page = new("https://members.test/careers/");

    [Theory]
    [InlineData("Vacancies", "We are looking for two people to join us. Applications close Friday 15 January 2027 at 5pm.", "Office Manager", "Legal Researcher", "Wellington · Part-time", "15 January 2027")]
    [InlineData("Offres d'emploi", "Nous recrutons deux personnes. Date limite : vendredi 15 janvier 2027.", "Juriste", "Assistant·e juridique", "Lyon · CDI", "15 janvier 2027")]
    [InlineData("Ofertas de empleo", "Buscamos dos personas. Fecha límite: 15 de enero de 2027.", "Abogado/a", "Trabajador/a social", "Madrid · Jornada completa", "15 de enero de 2027")]
    [InlineData("Stellenangebote", "Wir suchen Verstärkung. Bewerbungsschluss: 15. Januar 2027.", "Sozialarbeiter*in (m/w/d)", "Jurist*in (m/w/d)", "Berlin · Vollzeit", "15. Januar 2027")]
    public void An_introduction_above_the_openings_dates_every_opening(string heading, string intro, string first, string second, string facts, string closes)
    {
        var html = $"""
            <html><body><main><h1>{heading}</h1><p>{intro}</p>
            <div class="cols"><div class="col"><h3>{first}</h3><p>{facts}</p></div><div class="col"><h3>{second}</h3><p>{facts}</p></div></div>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal([first, second], drafts.Select(d => d.Title));
        Assert.All(drafts, d => Assert.Equal(closes, d.ValidThrough));
    }

    [Theory]
    [InlineData("To apply for either role, send a CV to jobs@example.org by 5pm on Friday 8 January 2027.", "Casework Solicitor", "Supporter Care Officer", "Salary: £38,000", "8 January 2027")]
    [InlineData("Para postular a cualquiera de los puestos, enviá tu CV hasta el 8 de enero de 2027.", "Abogado/a", "Asistente administrativo/a", "Lugar: Rosario", "8 de enero de 2027")]
    [InlineData("Pour les deux postes, envoyez votre CV avant le 8 janvier 2027.", "Juriste", "Chargé·e d'accueil", "Lieu : Lyon", "8 janvier 2027")]
    [InlineData("Bewerbungen für beide Stellen bitte bis zum 8. Januar 2027 an jobs@example.de.", "Jurist*in (m/w/d)", "Verwaltungskraft (m/w/d)", "Ort: Leipzig", "8. Januar 2027")]
    public void A_closing_sentence_for_every_opening_after_the_last_dates_each(string closing, string first, string second, string fact, string closes)
    {
        var html = $"""
            <html><body><main><h1>We are hiring</h1><p>Our team is growing.</p>
            <h3>{first}</h3><ul><li>{fact}</li></ul><p>You will run a caseload.</p>
            <h3>{second}</h3><ul><li>{fact}</li></ul><p>You will look after our supporters.</p>
            <p>{closing}</p><p><a href="/subscribe">Subscribe</a></p>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal([first, second], drafts.Select(d => d.Title));
        Assert.All(drafts, d => Assert.Equal(closes, d.ValidThrough));
    }

    [Fact]
    public void A_sentence_about_one_opening_after_the_last_dates_only_that_one()
    {
        const string html = """
            <html><body><main><h1>We are hiring</h1>
            <h3>Staff Attorney</h3><ul><li>Location: Tulsa, OK</li></ul><p>You will run a caseload.</p>
            <h3>Paralegal</h3><ul><li>Location: Tulsa, OK</li></ul><p>You will support our attorneys.</p>
            <p>The paralegal post closes on 8 January 2027.</p>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Staff Attorney", "Paralegal"], drafts.Select(d => d.Title));
        Assert.Null(drafts[0].ValidThrough);
    }

    [Theory]
    [InlineData("zh", "加入我们", "法务专员", "社工督导", "<div class=\"apply\"><p>简历投递：请将简历发送至 hr@example.cn</p><p>截止日期：2026年12月31日</p></div>", "2026年12月31日")]
    [InlineData("en", "Join our team", "Staff Attorney", "Paralegal", "<p>Closing date: 15 January 2027</p>", "15 January 2027")]
    [InlineData("fr", "Offres d'emploi", "Juriste", "Assistant·e juridique", "<div class=\"postuler\"><p>Envoyez votre CV à rh@example.fr.</p><p>Date limite : 8 janvier 2027</p></div>", "8 janvier 2027")]
    [InlineData("es", "Trabaja con nosotros", "Abogado/a", "Trabajador/a social", "<p>Fecha límite: 20 de diciembre de 2026</p>", "20 de diciembre de 2026")]
    public void A_labelled_closing_line_after_the_list_dates_every_opening(string language, string heading, string first, string second, string after,
        string closes)
    {
        var html = $"""
            <html lang="{language}"><body><main><div class="page-content"><h1>{heading}</h1>
              <div class="job-item"><h3 class="job-title">{first}</h3><p>Lyon · Full-time · €2.000</p></div>
              <div class="job-item"><h3 class="job-title">{second}</h3><p>Lyon · Full-time · €2.000</p></div>{after}
            </div></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), new Uri("https://members.test/jobs/"));

        Assert.Equal([first, second], drafts.Select(d => d.Title));
        Assert.All(drafts, d => Assert.Equal(closes, d.ValidThrough));
    }
}
