using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Extraction;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class JobTablesTests
{
    private static readonly Uri Page = new("https://members.test/careers/");

    [Theory]
    [InlineData("Position", "Salary", """<a href="/jobs/apd">Assistant Public Defender – Felony</a><br><small>San Antonio, TX · Full-time</small>""", "$85,000 - $105,000 annually",
        "Assistant Public Defender – Felony", "San Antonio, TX", "Full-time")]
    [InlineData("Puesto", "Salario", """<a href="/empleo/abogado">Abogado/a penalista</a><br><small>Madrid · Jornada completa</small>""", "32.000 € brutos anuales",
        "Abogado/a penalista", "Madrid", "Jornada completa")]
    [InlineData("Stelle", "Vergütung", """<strong><a href="/stellen/sozialarbeit">Sozialarbeiter*in (m/w/d)</a></strong><br>Berlin · Teilzeit""", "3.400 € brutto monatlich",
        "Sozialarbeiter*in (m/w/d)", "Berlin", "Teilzeit")]
    [InlineData("Functie", "Salaris", """<a href="/vacatures/jurist">Jurist</a><small>Utrecht · Parttime</small>""", "€ 3.800 bruto per maand",
        "Jurist", "Utrecht", "Parttime")]
    [InlineData("Poste", "Salaire", """<div><a href="/offres/juriste">Juriste en droit des étrangers</a></div><div>Lyon · CDI</div>""", "2 300 € brut mensuel",
        "Juriste en droit des étrangers", "Lyon", "CDI")]
    public void A_title_cell_s_line_under_the_title_is_the_row_s_facts(
        string titleHeader, string payHeader, string titleCell, string pay, string title, string place, string type)
    {
        var html = $"""
            <html><body><main><h2>Careers</h2><table><thead><tr><th>{titleHeader}</th><th>{payHeader}</th></tr></thead><tbody>
            <tr><td>{titleCell}</td><td>{pay}</td></tr>
            <tr><td><a href="/jobs/other">Paralegal</a></td><td>{pay}</td></tr>
            </tbody></table></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal((title, place, type, pay), (drafts[0].Title, drafts[0].Location, drafts[0].EmploymentType, drafts[0].SalaryText));
        Assert.Equal("Paralegal", drafts[1].Title);
    }

    [Theory]
    [InlineData("""<a href="/jobs/apd">Assistant Public Defender</a> – Felony""", "Assistant Public Defender – Felony")]
    [InlineData("""<a href="/jobs/apd">Assistant Public Defender</a> <em>(Felony)</em>""", "Assistant Public Defender (Felony)")]
    public void A_title_cell_of_one_line_is_the_title(string titleCell, string title)
    {
        var html = $"""
            <html><body><main><table><tr><th>Position</th><th>Location</th></tr>
            <tr><td>{titleCell}</td><td>San Antonio, TX</td></tr>
            <tr><td><a href="/jobs/other">Paralegal</a></td><td>Austin, TX</td></tr>
            </table></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(title, drafts[0].Title);
        Assert.Equal("San Antonio, TX", drafts[0].Location);
    }
}
