using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Extraction;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class BracketedFactsTests
{
    [Theory]
    [InlineData("<p><a href='/a'>Paralegal</a> (Denver, part-time, $24/hour) and more</p>", "Denver", "part-time", "$24/hour", null)]
    [InlineData("<li><strong>Juriste</strong> (Lille, CDI, 2 400 € brut mensuel, date limite : 3 mars 2027) – PDF</li>", "Lille", "CDI", "2 400 € brut mensuel", "3 mars 2027")]
    [InlineData("<li><b>Sozialarbeiter*in</b> (Vollzeit, Leipzig-Plagwitz)</li>", "Leipzig-Plagwitz", "Vollzeit", null, null)]
    [InlineData("<p><a href='/b'>Abogado/a</a> (Valencia, jornada completa, 28.000 € brutos anuales)</p>", "Valencia", "jornada completa", "28.000 € brutos anuales", null)]
    [InlineData("<p><a href='/c'>Legal Intern</a> (Paid, 10 weeks, $18/hour)</p>", null, null, "$18/hour", null)]
    [InlineData("<p><a href='/d'>Asistente</a> (Guadalajara, Jalisco, cierre 29 de enero de 2027)</p>", "Guadalajara, Jalisco", null, null, "29 de enero de 2027")]
    [InlineData("<p><a href='/e'>Juriste</a> (Lyon, France, CDI, clôture 3 mars 2027)</p>", "Lyon, France", "CDI", null, "3 mars 2027")]
    [InlineData("<p><a href='/f'>Avvocato/a</a> (Milano, chiusura candidature 10 gennaio 2027)</p>", "Milano", null, null, "10 gennaio 2027")]
    public void Reads_the_facts_in_brackets_after_a_title(string html, string? place, string? type, string? pay, string? closing)
    {
        var title = Html.Parse($"<html><body>{html}</body></html>").QuerySelector("a, strong, b")!;

        var facts = BracketedFacts.After(title);

        Assert.Equal((place, type, pay, closing), (facts?.Location, facts?.EmploymentType, facts?.SalaryText, facts?.ValidThrough));
    }

    [Theory]
    [InlineData("<p><a href='/a'><strong>Paralegal</strong></a> (posted November 12, 2026) — Portland, OR</p>", "November 12, 2026")]
    [InlineData("<p><a href='/a'>Juriste</a> (publié le 4 décembre 2026, Lyon)</p>", "4 décembre 2026")]
    [InlineData("<p><a href='/a'>Abogado/a</a> (publicado el 3 de diciembre de 2026)</p>", "3 de diciembre de 2026")]
    [InlineData("<p><a href='/a'>Sozialarbeiter*in</a> (veröffentlicht am 01.12.2026, Vollzeit)</p>", "01.12.2026")]
    [InlineData("<p><a href='/a'>Avvocato/a</a> (pubblicato il 2 dicembre 2026)</p>", "2 dicembre 2026")]
    [InlineData("<p><a href='/a'>Jurist</a> (geplaatst op 5 december 2026, Utrecht)</p>", "5 december 2026")]
    public void Reads_a_posted_date_in_brackets_after_a_title(string html, string posted)
    {
        var title = Html.Parse($"<html><body>{html}</body></html>").QuerySelector("strong, a")!;

        Assert.Equal(posted, BracketedFacts.After(title)?.DatePosted);
    }

    [Theory]
    [InlineData("<p><a href='/a'>Staff Attorney</a> and a <a href='/b'>Paralegal</a>.</p>")]
    [InlineData("<p><a href='/a'>Annual report</a> (PDF, 2 MB)</p>")]
    public void Gives_nothing_without_facts_in_brackets_after_the_title(string html)
    {
        var title = Html.Parse($"<html><body>{html}</body></html>").QuerySelector("a")!;

        Assert.Null(BracketedFacts.After(title));
    }
}
