using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Extraction;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class DeadlineBoxesTests
{
    private static readonly Uri Page = new("https://members.test/employment/");

    [Theory]
    [InlineData("en", "Current openings", "Apply by", "Staff Attorney", "Paralegal", "January 15, 2027", "January 8, 2027")]
    [InlineData("de", "Offene Stellen", "Fristen", "Sozialarbeiter*in", "Jurist*in", "15. Januar 2027", "8. Januar 2027")]
    [InlineData("fr", "Offres d'emploi", "Dates limites", "Juriste", "Travailleur social", "15 janvier 2027", "8 janvier 2027")]
    [InlineData("es", "Trabaja con nosotros", "Plazos", "Abogado/a", "Trabajador/a social", "15 de enero de 2027", "8 de enero de 2027")]
    [InlineData("it", "Lavora con noi", "Scadenze", "Avvocato/a", "Assistente sociale", "15 gennaio 2027", "8 gennaio 2027")]
    [InlineData("nl", "Vacatures", "Sluitingsdata", "Jurist", "Maatschappelijk werker", "15 januari 2027", "8 januari 2027")]
    [InlineData("pt", "Trabalhe conosco", "Prazos", "Advogado(a)", "Assistente social", "15 de janeiro de 2027", "8 de janeiro de 2027")]
    public void A_side_box_of_role_and_date_lines_under_a_deadline_heading_dates_the_openings_it_names(string language, string section, string heading,
        string first, string second, string firstDate, string secondDate)
    {
        var html = $"""
            <html lang="{language}"><body><main><div class="row"><div class="col-8"><h2>{section}</h2>
              <dl><dt><a href="/employment/one/">{first}</a></dt><dd>Baltimore · Full-time · $72,500</dd>
                  <dt><a href="/employment/two/">{second} (2027)</a></dt><dd>Baltimore · Full-time · $58,000</dd></dl></div>
              <div class="col-4"><div class="card"><h3>{heading}</h3>
                <ul><li><strong>{first}:</strong> {firstDate}</li><li><strong>{second}:</strong> {secondDate}</li><li><strong>Volunteer:</strong> rolling</li></ul></div></div>
            </div></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal([firstDate, secondDate], drafts.Select(d => d.ValidThrough));
    }

    [Fact]
    public void Lines_under_another_heading_date_nothing()
    {
        const string html = """
            <html lang="en"><body><main><h2>Current openings</h2>
              <dl><dt><a href="/employment/one/">Staff Attorney</a></dt><dd>Baltimore · Full-time · $72,500</dd>
                  <dt><a href="/employment/two/">Paralegal</a></dt><dd>Baltimore · Full-time · $58,000</dd></dl>
              <h3>Upcoming events</h3><ul><li><strong>Staff Attorney:</strong> January 15, 2027</li></ul>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(2, drafts.Count);
        Assert.All(drafts, d => Assert.Null(d.ValidThrough));
    }
}
