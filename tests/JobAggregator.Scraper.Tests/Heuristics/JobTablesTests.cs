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

    [Theory]
    [InlineData("Position", "Location", "Status", "Closing date", "Indianapolis, IN", "Full-time", "01/22/2027")]
    [InlineData("Poste", "Lieu", "Contrat", "Date limite", "Lyon", "CDI", "15/01/2027")]
    [InlineData("Puesto", "Ubicación", "Jornada", "Fecha límite", "Madrid", "Jornada completa", "15/01/2027")]
    [InlineData("Stelle", "Ort", "Arbeitszeit", "Bewerbungsfrist", "Berlin", "Vollzeit", "15.01.2027")]
    public void A_cell_spanned_over_rows_belongs_to_each_row(
        string titleHeader, string placeHeader, string typeHeader, string closingHeader, string place, string type, string closing)
    {
        var html = $"""
            <html><body><main><table><thead><tr><th>{titleHeader}</th><th>{placeHeader}</th><th>{typeHeader}</th><th>{closingHeader}</th></tr></thead><tbody>
            <tr><td><a href="/jobs/1">Staff Attorney</a></td><td rowspan="3">{place}</td><td rowspan="3">{type}</td><td>{closing}</td></tr>
            <tr><td><a href="/jobs/2">Investigator</a></td><td>{closing}</td></tr>
            <tr><td><a href="/jobs/3">Paralegal</a></td><td>{closing}</td></tr>
            <tr><td><a href="/jobs/4">Social Worker</a></td><td colspan="2">{place}</td><td>{closing}</td></tr>
            </tbody></table></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Staff Attorney", "Investigator", "Paralegal", "Social Worker"], drafts.Select(d => d.Title));
        Assert.All(drafts, d => Assert.Equal(place, d.Location));
        Assert.Equal([type, type, type, null], drafts.Select(d => d.EmploymentType));
        Assert.All(drafts, d => Assert.Equal(closing, d.ValidThrough));
    }

    [Fact]
    public void A_title_cell_spanned_over_rows_is_one_opening()
    {
        const string html = """
            <html><body><main><table><tr><th>Position</th><th>Location</th></tr>
            <tr><td rowspan="2"><a href="/jobs/apd">Assistant Public Defender</a></td><td>San Antonio, TX</td></tr>
            <tr><td>Austin, TX</td></tr>
            <tr><td><a href="/jobs/other">Paralegal</a></td><td>Austin, TX</td></tr>
            </table></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Assistant Public Defender", "Paralegal"], drafts.Select(d => d.Title));
        Assert.Equal("San Antonio, TX", drafts[0].Location);
    }
}
