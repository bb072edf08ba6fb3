using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Extraction;

namespace JobAggregator.Scraper.Tests.Heuristics;

/// <summary>A title's hours words say what kind of job an opening is when its block states only the contract's terms.</summary>
public sealed class TitleHoursOverTermsTests
{
    [Theory]
    [InlineData("Stellenangebote", "Verwaltungsassistenz (Vollzeit, 37 Std.)", "Befristet als Karenzvertretung bis 31.12.2027", "Vollzeit")]
    [InlineData("Vacancies", "Office Manager (full-time)", "Fixed-term contract until 31 December 2027", "full-time")]
    [InlineData("Offres d'emploi", "Assistant·e administratif·ve à temps partiel", "CDD de 12 mois", "temps partiel")]
    [InlineData("Vacatures", "Juridisch medewerker (parttime)", "Tijdelijk contract voor één jaar", "parttime")]
    public void A_titles_hours_win_over_a_blocks_terms(string heading, string title, string terms, string hours)
    {
        var html = $"""
            <html><body><main><h1>{heading}</h1>
              <div><h3>{title}</h3><ul><li>Graz</li><li>{terms}</li><li>€ 2.560 brutto monatlich</li></ul></div>
              <div><h3>Sozialarbeiter*in</h3><ul><li>Leoben</li><li>Teilzeit</li><li>€ 2.780 brutto monatlich</li></ul></div>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), new Uri("https://members.test/jobs/"));

        Assert.Equal(2, drafts.Count);
        Assert.Equal(hours, drafts[0].EmploymentType, ignoreCase: true);
    }
}
